package templated;

/** Packed alone into lib/helper.jar of the sam build directory, as sam build lays out dependencies. */
public final class Helper {
    private Helper() {
    }

    public static String describe() {
        return "loaded from " + Helper.class.getProtectionDomain().getCodeSource().getLocation().getPath();
    }
}
