package io.stratus.examples.items;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.KeyFactory;
import java.security.KeyPairGenerator;
import java.security.PrivateKey;
import java.security.Signature;
import java.security.spec.PKCS8EncodedKeySpec;
import java.util.Base64;

/**
 * Mints RS256 JSON Web Tokens with the JDK alone: {@code base64url(header).base64url(claims).base64url(signature)}.
 * {@link #withTestKey()} signs with the private half of {@code examples/jwks.json} (a key made for these tests,
 * never used anywhere else), so the tokens verify against the JWKS Stratus is started with.
 */
final class TokenMint {

    /** The {@code kid} of the key in {@code examples/jwks.json}. */
    static final String TEST_KEY_ID = "items-app-test";

    private static final Base64.Encoder BASE64URL = Base64.getUrlEncoder().withoutPadding();

    private final PrivateKey key;
    private final String keyId;

    private TokenMint(PrivateKey key, String keyId) {
        this.key = key;
        this.keyId = keyId;
    }

    /** Signs with the example's test key. */
    static TokenMint withTestKey() {
        try (InputStream pem = TokenMint.class.getResourceAsStream("/jwt/test-signing-key.pem")) {
            String text = new String(pem.readAllBytes(), StandardCharsets.US_ASCII)
                    .replace("-----BEGIN PRIVATE KEY-----", "")
                    .replace("-----END PRIVATE KEY-----", "")
                    .replaceAll("\\s", "");
            PrivateKey key = KeyFactory.getInstance("RSA")
                    .generatePrivate(new PKCS8EncodedKeySpec(Base64.getDecoder().decode(text)));
            return new TokenMint(key, TEST_KEY_ID);
        } catch (IOException | GeneralSecurityException e) {
            throw new IllegalStateException("cannot read the test signing key", e);
        }
    }

    /** Signs with a fresh key under the test key's id: the signature cannot verify. */
    static TokenMint withForeignKey() {
        try {
            KeyPairGenerator generator = KeyPairGenerator.getInstance("RSA");
            generator.initialize(2048);
            return new TokenMint(generator.generateKeyPair().getPrivate(), TEST_KEY_ID);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }

    /** A signed token carrying {@code claimsJson} as its payload. */
    String sign(String claimsJson) {
        String header = "{\"alg\":\"RS256\",\"typ\":\"JWT\",\"kid\":\"" + keyId + "\"}";
        String signingInput = encode(header) + "." + encode(claimsJson);
        try {
            Signature signature = Signature.getInstance("SHA256withRSA");
            signature.initSign(key);
            signature.update(signingInput.getBytes(StandardCharsets.US_ASCII));
            return signingInput + "." + BASE64URL.encodeToString(signature.sign());
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }

    private static String encode(String json) {
        return BASE64URL.encodeToString(json.getBytes(StandardCharsets.UTF_8));
    }
}
