package io.stratus.gateway.auth;

import java.nio.charset.StandardCharsets;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.Signature;
import java.security.interfaces.RSAPublicKey;
import java.util.Base64;

/**
 * Mints RS256 tokens for tests: a key pair from the JDK's {@code KeyPairGenerator}, its public half as a
 * JWKS document, and {@link #sign} for any claims. docs/api-gateway.md shows the same steps.
 */
public final class TokenMint {

    private static final Base64.Encoder URL = Base64.getUrlEncoder().withoutPadding();

    private final KeyPair keys;
    private final String kid;

    public TokenMint(String kid) {
        try {
            KeyPairGenerator generator = KeyPairGenerator.getInstance("RSA");
            generator.initialize(2048);
            this.keys = generator.generateKeyPair();
        } catch (java.security.GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
        this.kid = kid;
    }

    /** The public key as a JWKS document. */
    public String jwks() {
        RSAPublicKey pub = (RSAPublicKey) keys.getPublic();
        return "{\"keys\":[{\"kty\":\"RSA\",\"alg\":\"RS256\",\"use\":\"sig\",\"kid\":\"" + kid + "\",\"n\":\""
                + URL.encodeToString(unsigned(pub.getModulus().toByteArray())) + "\",\"e\":\""
                + URL.encodeToString(unsigned(pub.getPublicExponent().toByteArray())) + "\"}]}";
    }

    /** A compact RS256 JWS of {@code claimsJson}. */
    public String sign(String claimsJson) {
        String header = URL.encodeToString(("{\"alg\":\"RS256\",\"typ\":\"JWT\",\"kid\":\"" + kid + "\"}")
                .getBytes(StandardCharsets.UTF_8));
        String payload = URL.encodeToString(claimsJson.getBytes(StandardCharsets.UTF_8));
        try {
            Signature rsa = Signature.getInstance("SHA256withRSA");
            rsa.initSign(keys.getPrivate());
            rsa.update((header + "." + payload).getBytes(StandardCharsets.US_ASCII));
            return header + "." + payload + "." + URL.encodeToString(rsa.sign());
        } catch (java.security.GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }

    private static byte[] unsigned(byte[] twosComplement) {
        return twosComplement.length > 1 && twosComplement[0] == 0
                ? java.util.Arrays.copyOfRange(twosComplement, 1, twosComplement.length) : twosComplement;
    }
}
