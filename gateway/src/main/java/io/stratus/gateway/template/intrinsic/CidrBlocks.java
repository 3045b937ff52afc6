package io.stratus.gateway.template.intrinsic;

import java.math.BigInteger;
import java.net.InetAddress;
import java.net.UnknownHostException;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * {@code Fn::Cidr}: splits an IPv4 or IPv6 block into {@code count} consecutive subnets with
 * {@code cidrBits} host bits each. See
 * https://docs.aws.amazon.com/AWSCloudFormation/latest/UserGuide/intrinsic-function-reference-cidr.html
 */
final class CidrBlocks {

    /** CloudFormation's limit on the number of subnets one Fn::Cidr returns. */
    static final int MAX_COUNT = 256;
    private static final Pattern LITERAL = Pattern.compile("[0-9a-fA-F:.]+/[0-9]{1,3}");

    private CidrBlocks() {
    }

    /** The subnets; the message of any exception thrown says what is wrong with the arguments. */
    static List<String> split(String block, int count, int cidrBits) {
        if (!LITERAL.matcher(block).matches()) {
            throw new IllegalArgumentException("Fn::Cidr requires an IP block in CIDR notation, got " + block);
        }
        int slash = block.indexOf('/');
        byte[] address;
        try {
            // The pattern admits only address literals, so this never performs a DNS lookup.
            address = InetAddress.getByName(block.substring(0, slash)).getAddress();
        } catch (UnknownHostException e) {
            throw new IllegalArgumentException("Fn::Cidr requires an IP block in CIDR notation, got " + block, e);
        }
        int width = address.length * 8;
        int prefix = Integer.parseInt(block.substring(slash + 1));
        int subnetPrefix = width - cidrBits;
        if (prefix > width || cidrBits < 0 || subnetPrefix < prefix) {
            throw new IllegalArgumentException("Fn::Cidr cannot carve /" + subnetPrefix + " subnets out of " + block);
        }
        if (count < 1 || count > MAX_COUNT) {
            throw new IllegalArgumentException("Fn::Cidr count must be between 1 and " + MAX_COUNT);
        }
        BigInteger available = BigInteger.ONE.shiftLeft(subnetPrefix - prefix);
        if (BigInteger.valueOf(count).compareTo(available) > 0) {
            throw new IllegalArgumentException("Fn::Cidr cannot fit " + count + " /" + subnetPrefix
                    + " subnets in " + block);
        }
        BigInteger mask = BigInteger.ONE.shiftLeft(width).subtract(BigInteger.ONE)
                .xor(BigInteger.ONE.shiftLeft(width - prefix).subtract(BigInteger.ONE));
        BigInteger base = new BigInteger(1, address).and(mask);
        List<String> subnets = new ArrayList<>(count);
        for (int i = 0; i < count; i++) {
            BigInteger start = base.add(BigInteger.valueOf(i).shiftLeft(cidrBits));
            subnets.add(format(start, address.length) + "/" + subnetPrefix);
        }
        return subnets;
    }

    private static String format(BigInteger value, int length) {
        byte[] raw = value.toByteArray();
        byte[] bytes = new byte[length];
        int copy = Math.min(raw.length, length);
        System.arraycopy(raw, raw.length - copy, bytes, length - copy, copy);
        try {
            String text = InetAddress.getByAddress(bytes).getHostAddress();
            return length == 4 ? text : compressIpv6(text);
        } catch (UnknownHostException e) {
            throw new IllegalStateException(e);
        }
    }

    // Java prints IPv6 in full ("2001:db8:0:0:0:0:0:0"); AWS prints the compressed form ("2001:db8::").
    private static String compressIpv6(String full) {
        String[] groups = full.split(":");
        int bestStart = -1;
        int bestLength = 0;
        for (int i = 0; i < groups.length; ) {
            if (groups[i].equals("0")) {
                int j = i;
                while (j < groups.length && groups[j].equals("0")) {
                    j++;
                }
                if (j - i > bestLength && j - i > 1) {
                    bestStart = i;
                    bestLength = j - i;
                }
                i = j;
            } else {
                i++;
            }
        }
        if (bestStart < 0) {
            return full;
        }
        String head = String.join(":", java.util.Arrays.copyOfRange(groups, 0, bestStart));
        String tail = String.join(":", java.util.Arrays.copyOfRange(groups, bestStart + bestLength, groups.length));
        return head + "::" + tail;
    }
}
