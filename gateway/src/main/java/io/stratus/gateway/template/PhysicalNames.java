package io.stratus.gateway.template;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;

/**
 * Names CloudFormation would generate for resources the template leaves unnamed:
 * {@code {StackName}-{LogicalId}-{13 characters}}, e.g. {@code stratus-ItemsTable-1A2B3C4D5E6F7}.
 *
 * <p>CloudFormation's suffix is random; Stratus derives it from a hash of the stack name and logical id,
 * so every start of the same stack agrees on every name and data kept on disk is found again.
 */
final class PhysicalNames {

    /** Length of CloudFormation's random suffix. */
    static final int SUFFIX_LENGTH = 13;
    /** Length of the id API Gateway gives a REST or HTTP API. */
    static final int API_ID_LENGTH = 10;
    private static final String UPPER = "ABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789";
    private static final String LOWER = "abcdefghijklmnopqrstuvwxyz0123456789";

    private PhysicalNames() {
    }

    /** A generated name no longer than {@code maxLength}; the logical id part is cut first, as CloudFormation does. */
    static String generate(String stackName, String logicalId, int maxLength) {
        String suffix = code(stackName + "/" + logicalId, SUFFIX_LENGTH, UPPER);
        String stack = stackName;
        String id = logicalId;
        int overflow = stack.length() + id.length() + 2 + SUFFIX_LENGTH - maxLength;
        if (overflow > 0) {
            int cut = Math.min(overflow, Math.max(0, id.length() - 1));
            id = id.substring(0, id.length() - cut);
            overflow -= cut;
            if (overflow > 0) {
                stack = stack.substring(0, Math.max(1, stack.length() - overflow));
            }
        }
        return stack + "-" + id + "-" + suffix;
    }

    /** An API Gateway style id: ten lowercase letters and digits. */
    static String apiId(String stackName, String logicalId) {
        return code(stackName + "/" + logicalId, API_ID_LENGTH, LOWER);
    }

    private static String code(String seed, int length, String alphabet) {
        byte[] hash;
        try {
            hash = MessageDigest.getInstance("SHA-256").digest(seed.getBytes(StandardCharsets.UTF_8));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every JVM ships SHA-256", e);
        }
        StringBuilder out = new StringBuilder(length);
        for (int i = 0; i < length; i++) {
            out.append(alphabet.charAt((hash[i] & 0xFF) % alphabet.length()));
        }
        return out.toString();
    }
}
