package io.stratus.examples.items;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.stratus.junit5.Stratus;
import io.stratus.junit5.StratusTest;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

/**
 * The HTTP API of {@code examples/template.yaml}: the public catalogue read from the {@code byStatus} index and
 * the JWT-protected profile routes, with tokens minted here and verified against {@code examples/jwks.json},
 * which the extension hands to the JWT authorizer.
 */
@StratusTest(template = "../template.yaml", jwks = "../jwks.json")
class StorefrontHttpApiTest {

    private static final String ISSUER = "https://auth.example.com/";
    private static final String AUDIENCE = "items-app";

    private static ApiClient storefront;
    private static ApiClient backOffice;

    @BeforeAll
    static void connect(Stratus stratus) {
        // The HTTP API is on the $default stage, so it is served at the root; the REST API under /Prod.
        storefront = new ApiClient(stratus.apiUrls().get("ItemsHttpApi").toString());
        backOffice = new ApiClient(stratus.apiUrls().get("ItemsRestApi").toString());
    }

    private static long inAMinute() {
        return System.currentTimeMillis() / 1000 + 60;
    }

    private static String bearer(TokenMint mint, String claims) {
        return "Bearer " + mint.sign(claims);
    }

    private static String userToken(String subject, String scope) {
        return bearer(TokenMint.withTestKey(), """
                {"sub":"%s","email":"%s@example.com","iss":"%s","aud":"%s","exp":%d,"scope":"%s"}"""
                .formatted(subject, subject, ISSUER, AUDIENCE, inAMinute(), scope));
    }

    @Nested
    class Catalogue {

        @Test
        void activeItemsOfEveryCategoryAreListedNewestFirstPageByPageAndArchivedOnesApart() {
            List<String> created = new ArrayList<>();
            for (String category : List.of("books", "games", "books", "music")) {
                ApiClient.Response item = backOffice.post("/categories/" + category + "/items",
                        "{\"name\":\"" + category + created.size() + "\",\"price\":3}");
                assertThat(item.status()).isEqualTo(201);
                created.add(item.json().get("id").asText());
            }
            String archivedId = created.remove(1);
            assertThat(backOffice.put("/categories/games/items/" + archivedId,
                    "{\"name\":\"old game\",\"price\":1,\"status\":\"archived\",\"version\":1}").status()).isEqualTo(200);

            List<String> listed = new ArrayList<>();
            int pages = 0;
            String next = null;
            do {
                ApiClient.Response page = storefront.get("/catalog/items?limit=2" + (next == null ? "" : "&next=" + next));
                assertThat(page.status()).as(page.body()).isEqualTo(200);
                page.json().get("items").forEach(i -> listed.add(i.get("id").asText()));
                next = page.json().hasNonNull("next") ? page.json().get("next").asText() : null;
                assertThat(++pages).isLessThanOrEqualTo(3);
            } while (next != null);

            Collections.reverse(created);
            assertThat(listed).containsExactlyElementsOf(created);
            JsonNode archived = storefront.get("/catalog/items?status=archived").json().get("items");
            assertThat(archived).hasSize(1);
            assertThat(archived.get(0).get("name").asText()).isEqualTo("old game");
        }

        @Test
        void anUnknownStatusIsABadRequest() {
            ApiClient.Response page = storefront.get("/catalog/items?status=sold");

            assertThat(page.status()).isEqualTo(400);
            assertThat(page.json().get("message").asText()).isEqualTo("status must be active or archived");
        }
    }

    @Nested
    class Profiles {

        @Test
        void aSignedInUserSavesAndReadsTheirProfile() {
            String token = userToken("alice", "profile/write openid");

            ApiClient.Response saved = storefront.put("/me", "{\"displayName\":\"Alice\"}", "Authorization", token);

            assertThat(saved.status()).as(saved.body()).isEqualTo(200);
            JsonNode profile = storefront.get("/me", "Authorization", token).json();
            assertThat(profile.get("userId").asText()).isEqualTo("alice");
            assertThat(profile.get("displayName").asText()).isEqualTo("Alice");
            assertThat(profile.get("email").asText()).isEqualTo("alice@example.com");
        }

        @Test
        void aUserWithoutAProfileGetsNotFound() {
            ApiClient.Response read = storefront.get("/me", "Authorization", userToken("bob", "openid"));

            assertThat(read.status()).isEqualTo(404);
            assertThat(read.json().get("message").asText()).isEqualTo("profile not found");
        }

        @Test
        void savingWithoutTheWriteScopeIsForbidden() {
            ApiClient.Response saved = storefront.put("/me", "{\"displayName\":\"Carol\"}",
                    "Authorization", userToken("carol", "openid"));

            assertThat(saved.status()).isEqualTo(403);
            assertThat(saved.body()).isEqualTo("{\"message\":\"Forbidden\"}");
        }

        @Test
        void aRequestWithoutATokenIsUnauthorized() {
            ApiClient.Response read = storefront.get("/me");

            assertThat(read.status()).isEqualTo(401);
            assertThat(read.body()).isEqualTo("{\"message\":\"Unauthorized\"}");
        }

        @Test
        void aTokenForAnotherAudienceIsUnauthorized() {
            String token = bearer(TokenMint.withTestKey(), """
                    {"sub":"dave","iss":"%s","aud":"another-app","exp":%d}""".formatted(ISSUER, inAMinute()));

            assertThat(storefront.get("/me", "Authorization", token).status()).isEqualTo(401);
        }

        @Test
        void anExpiredTokenIsUnauthorized() {
            String token = bearer(TokenMint.withTestKey(), """
                    {"sub":"erin","iss":"%s","aud":"%s","exp":%d}"""
                    .formatted(ISSUER, AUDIENCE, System.currentTimeMillis() / 1000 - 600));

            assertThat(storefront.get("/me", "Authorization", token).status()).isEqualTo(401);
        }

        @Test
        void aTokenSignedWithAnotherKeyIsUnauthorized() {
            String token = bearer(TokenMint.withForeignKey(), """
                    {"sub":"mallory","iss":"%s","aud":"%s","exp":%d}""".formatted(ISSUER, AUDIENCE, inAMinute()));

            assertThat(storefront.get("/me", "Authorization", token).status()).isEqualTo(401);
        }
    }
}
