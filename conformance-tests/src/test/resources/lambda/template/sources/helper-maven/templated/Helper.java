package templated;

import org.slf4j.helpers.MessageFormatter;

/** Uses the project's one dependency, which only Maven's resolution puts on the function's classpath. */
public final class Helper {
    private Helper() {
    }

    public static String describe() {
        return MessageFormatter.format("formatted by {}", "slf4j").getMessage() + " from "
                + MessageFormatter.class.getProtectionDomain().getCodeSource().getLocation().getPath();
    }
}
