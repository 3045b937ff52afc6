/**
 * Test classes that {@code StratusExtensionTest} runs through JUnit's engine test kit; surefire skips them.
 * They report what they saw through {@code TestReporter} entries.
 */
package io.stratus.junit5.samples;
