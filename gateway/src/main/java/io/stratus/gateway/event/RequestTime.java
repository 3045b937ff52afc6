package io.stratus.gateway.event;

import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

/** The Common Log Format time of {@code requestContext.requestTime} / {@code time}: {@code 04/Mar/2020:19:15:17 +0000}. */
public final class RequestTime {

    private static final DateTimeFormatter CLF =
            DateTimeFormatter.ofPattern("dd/MMM/yyyy:HH:mm:ss Z", Locale.ENGLISH).withZone(ZoneOffset.UTC);

    private RequestTime() {
    }

    /** Formats {@code epochMillis} in UTC. */
    public static String clf(long epochMillis) {
        return CLF.format(Instant.ofEpochMilli(epochMillis));
    }
}
