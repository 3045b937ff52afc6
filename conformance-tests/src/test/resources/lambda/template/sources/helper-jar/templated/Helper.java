package templated;

/** Packed into the function's jar next to its handler. */
public final class Helper {
    private Helper() {
    }

    public static String describe() {
        return "packed with the handler";
    }
}
