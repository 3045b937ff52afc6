package io.stratus.server.netty;

import java.util.concurrent.ThreadLocalRandom;

/**
 * Generates request ids shaped like DynamoDB's {@code x-amzn-RequestId}: 52 characters of
 * {@code [A-Z0-9]}.
 */
public final class RequestIds {

    /** DynamoDB's request ids are 52 upper-case alphanumerics (observed on live responses). */
    public static final int LENGTH = 52;

    private static final char[] ALPHABET = "ABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789".toCharArray();

    private RequestIds() {
    }

    /** A fresh random id; uniqueness is statistical, which is all clients rely on. */
    public static String next() {
        ThreadLocalRandom random = ThreadLocalRandom.current();
        char[] id = new char[LENGTH];
        for (int i = 0; i < LENGTH; i++) {
            id[i] = ALPHABET[random.nextInt(ALPHABET.length)];
        }
        return new String(id);
    }
}
