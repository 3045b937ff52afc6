package io.stratus.junit5;

/** What happens to the data of an instance's tables before each test. */
public enum ResetMode {
    /** Items written by earlier tests stay: tests of a class see each other's data. */
    NONE,
    /**
     * Every item of every table is deleted before each test; tables, their keys and indexes stay. Tests that
     * reset take the instance for themselves until they end, so concurrent tests on one instance do not see
     * each other's data vanish.
     */
    BEFORE_EACH
}
