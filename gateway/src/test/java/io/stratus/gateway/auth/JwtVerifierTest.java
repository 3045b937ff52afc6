package io.stratus.gateway.auth;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import org.junit.jupiter.api.Test;

class JwtVerifierTest {

    private static final TokenMint MINT = new TokenMint("key-1");
    private static final long NOW = 1_700_000_000L;
    private static final Clock CLOCK = Clock.fixed(Instant.ofEpochSecond(NOW), ZoneOffset.UTC);
    private static final String ISSUER = "https://issuer.example.com";
    private final JwtVerifier verifier = new JwtVerifier(Jwks.parse(MINT.jwks()), CLOCK);

    private static String claims(String iss, String aud, long exp) {
        return "{\"sub\":\"user-1\",\"iss\":\"" + iss + "\",\"aud\":\"" + aud + "\",\"exp\":" + exp
                + ",\"scope\":\"orders/read orders/write\"}";
    }

    @Test
    void aValidTokenYieldsItsClaims() throws Exception {
        JsonNode claims = verifier.verify("Bearer " + MINT.sign(claims(ISSUER, "client-1", NOW + 60)), ISSUER,
                List.of("client-1"));
        assertThat(claims.get("sub").asText()).isEqualTo("user-1");
        assertThat(JwtVerifier.scopes(claims)).containsExactly("orders/read", "orders/write");
    }

    @Test
    void anExpiredTokenIsRejected() {
        assertThatThrownBy(() -> verifier.verify(MINT.sign(claims(ISSUER, "client-1", NOW)), ISSUER, List.of()))
                .isInstanceOf(JwtVerifier.InvalidTokenException.class).hasMessageContaining("expired");
    }

    @Test
    void anotherIssuerOrAudienceIsRejected() {
        String token = MINT.sign(claims("https://evil.example.com", "client-1", NOW + 60));
        assertThatThrownBy(() -> verifier.verify(token, ISSUER, List.of()))
                .isInstanceOf(JwtVerifier.InvalidTokenException.class).hasMessageContaining("issuer");
        String other = MINT.sign(claims(ISSUER, "client-2", NOW + 60));
        assertThatThrownBy(() -> verifier.verify(other, ISSUER, List.of("client-1")))
                .isInstanceOf(JwtVerifier.InvalidTokenException.class).hasMessageContaining("audience");
    }

    @Test
    void aTokenSignedByAnotherKeyOrTamperedWithIsRejected() {
        String foreign = new TokenMint("key-1").sign(claims(ISSUER, "client-1", NOW + 60));
        assertThatThrownBy(() -> verifier.verify(foreign, null, List.of()))
                .isInstanceOf(JwtVerifier.InvalidTokenException.class).hasMessageContaining("signature");
        String token = MINT.sign(claims(ISSUER, "client-1", NOW + 60));
        String[] parts = token.split("\\.");
        String tampered = parts[0] + "." + java.util.Base64.getUrlEncoder().withoutPadding()
                .encodeToString(claims(ISSUER, "admin", NOW + 60).getBytes()) + "." + parts[2];
        assertThatThrownBy(() -> verifier.verify(tampered, null, List.of()))
                .isInstanceOf(JwtVerifier.InvalidTokenException.class).hasMessageContaining("signature");
    }

    @Test
    void anUnsignedTokenIsRejected() {
        String none = java.util.Base64.getUrlEncoder().withoutPadding().encodeToString("{\"alg\":\"none\"}".getBytes())
                + "." + java.util.Base64.getUrlEncoder().withoutPadding()
                .encodeToString(claims(ISSUER, "client-1", NOW + 60).getBytes()) + ".";
        assertThatThrownBy(() -> verifier.verify(none, null, List.of()))
                .isInstanceOf(JwtVerifier.InvalidTokenException.class).hasMessageContaining("alg");
    }
}
