package io.stratus.examples.items;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.stratus.junit5.ResetMode;
import io.stratus.junit5.Stratus;
import io.stratus.junit5.StratusInject;
import io.stratus.junit5.StratusTest;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;

/**
 * The REST API of {@code examples/template.yaml}, served by an embedded Stratus exactly as the template
 * declares it: the functions run from this project ({@code CodeUri: items-app}), the admin authorizer guards
 * DELETE, and the items land in the template's table.
 */
@StratusTest(template = "../template.yaml", reset = ResetMode.BEFORE_EACH)
class ItemsRestApiTest {

    private static final String ADMIN = "Bearer local-admin-token";
    private static final String BOOKS = "/categories/books/items";

    @StratusInject
    DynamoDbClient dynamo;

    private ApiClient api;

    @BeforeEach
    void connect(Stratus stratus) {
        // The REST API's local base URL includes its stage: http://127.0.0.1:PORT/Prod
        api = new ApiClient(stratus.apiUrls().get("ItemsRestApi").toString());
    }

    private JsonNode create(String category, String name, String price) {
        ApiClient.Response created = api.post("/categories/" + category + "/items",
                "{\"name\":\"" + name + "\",\"price\":" + price + "}");
        assertThat(created.status()).as(created.body()).isEqualTo(201);
        return created.json();
    }

    @Nested
    class Crud {

        @Test
        void aCreatedItemIsReadBackAtItsLocation() {
            ApiClient.Response created = api.post(BOOKS, "{\"name\":\"Dune\",\"price\":9.99}");

            assertThat(created.status()).isEqualTo(201);
            JsonNode item = created.json();
            assertThat(item.get("name").asText()).isEqualTo("Dune");
            assertThat(item.get("price").decimalValue()).isEqualByComparingTo("9.99");
            assertThat(item.get("status").asText()).isEqualTo("active");
            assertThat(item.get("version").asLong()).isEqualTo(1);
            String location = created.raw().headers().firstValue("Location").orElseThrow();
            assertThat(location).isEqualTo(BOOKS + "/" + item.get("id").asText());

            ApiClient.Response read = api.get(location);
            assertThat(read.status()).isEqualTo(200);
            assertThat(read.json()).isEqualTo(item);
        }

        @Test
        void aCreatedItemIsStoredInTheTemplatesTableUnderItsCategory() {
            JsonNode item = create("books", "Dune", "9.99");

            Map<String, AttributeValue> stored = dynamo.getItem(r -> r.tableName("items-dev").key(Map.of(
                    "pk", AttributeValue.fromS("books"), "sk", AttributeValue.fromS(item.get("id").asText())))).item();

            assertThat(stored).containsEntry("name", AttributeValue.fromS("Dune"))
                    .containsEntry("price", AttributeValue.fromN("9.99"))
                    .containsEntry("status", AttributeValue.fromS("active"))
                    .containsEntry("version", AttributeValue.fromN("1"));
        }

        @Test
        void aMissingItemIsNotFound() {
            ApiClient.Response read = api.get(BOOKS + "/nope");

            assertThat(read.status()).isEqualTo(404);
            assertThat(read.json().get("message").asText()).isEqualTo("item nope not found");
        }

        @Test
        void aBodyWithoutAPriceIsABadRequest() {
            ApiClient.Response created = api.post(BOOKS, "{\"name\":\"Dune\"}");

            assertThat(created.status()).isEqualTo(400);
            assertThat(created.json().get("message").asText()).isEqualTo("price is required");
        }

        @Test
        void aBodyThatIsNotJsonIsABadRequest() {
            ApiClient.Response created = api.post(BOOKS, "name=Dune");

            assertThat(created.status()).isEqualTo(400);
            assertThat(created.json().get("message").asText()).isEqualTo("the body is not valid JSON");
        }
    }

    @Nested
    class OptimisticLocking {

        @Test
        void anUpdateFromTheCurrentVersionMovesTheItemToTheNextVersion() {
            JsonNode item = create("books", "Dune", "9.99");
            String path = BOOKS + "/" + item.get("id").asText();

            ApiClient.Response updated = api.put(path,
                    "{\"name\":\"Dune (paperback)\",\"price\":7.50,\"status\":\"archived\",\"version\":1}");

            assertThat(updated.status()).as(updated.body()).isEqualTo(200);
            assertThat(updated.json().get("version").asLong()).isEqualTo(2);
            assertThat(updated.json().get("status").asText()).isEqualTo("archived");
            assertThat(api.get(path).json().get("name").asText()).isEqualTo("Dune (paperback)");
        }

        @Test
        void anUpdateFromAStaleVersionIsAConflictAndChangesNothing() {
            JsonNode item = create("books", "Dune", "9.99");
            String path = BOOKS + "/" + item.get("id").asText();
            assertThat(api.put(path, "{\"name\":\"First writer\",\"price\":1,\"version\":1}").status()).isEqualTo(200);

            ApiClient.Response second = api.put(path, "{\"name\":\"Second writer\",\"price\":2,\"version\":1}");

            assertThat(second.status()).isEqualTo(409);
            assertThat(second.json().get("message").asText())
                    .isEqualTo("item " + item.get("id").asText() + " is at version 2, not 1");
            JsonNode current = api.get(path).json();
            assertThat(current.get("name").asText()).isEqualTo("First writer");
            assertThat(current.get("version").asLong()).isEqualTo(2);
        }

        @Test
        void anUpdateOfAMissingItemIsNotFoundRatherThanAConflict() {
            ApiClient.Response updated = api.put(BOOKS + "/nope", "{\"name\":\"x\",\"price\":1,\"version\":1}");

            assertThat(updated.status()).isEqualTo(404);
        }

        @Test
        void anUpdateWithoutAVersionIsABadRequest() {
            JsonNode item = create("books", "Dune", "9.99");

            ApiClient.Response updated = api.put(BOOKS + "/" + item.get("id").asText(), "{\"name\":\"x\",\"price\":1}");

            assertThat(updated.status()).isEqualTo(400);
            assertThat(updated.json().get("message").asText())
                    .isEqualTo("version is required: the version of the item you last read");
        }
    }

    @Nested
    class Pagination {

        @Test
        void pagesOfACategoryFollowEachOtherThroughOpaqueTokensUntilTheLastHasNone() {
            List<String> created = new ArrayList<>();
            for (int i = 1; i <= 5; i++) {
                created.add(create("books", "Book " + i, "1").get("id").asText());
            }
            create("games", "Chess", "20");

            List<String> listed = new ArrayList<>();
            List<Integer> pageSizes = new ArrayList<>();
            String next = null;
            do {
                JsonNode page = api.get(BOOKS + "?limit=2" + (next == null ? "" : "&next=" + next)).json();
                page.get("items").forEach(i -> listed.add(i.get("id").asText()));
                pageSizes.add(page.get("items").size());
                next = page.hasNonNull("next") ? page.get("next").asText() : null;
                assertThat(pageSizes).hasSizeLessThanOrEqualTo(4);
            } while (next != null);

            // Ids are time-ordered, so the category's partition lists them in creation order.
            assertThat(listed).containsExactlyElementsOf(created);
            assertThat(pageSizes.subList(0, 3)).containsExactly(2, 2, 1);
        }

        @Test
        void aTokenThisApiDidNotIssueIsABadRequest() {
            ApiClient.Response page = api.get(BOOKS + "?next=not-a-token");

            assertThat(page.status()).isEqualTo(400);
            assertThat(page.json().get("message").asText()).isEqualTo("next is not a token this API returned");
        }

        @Test
        void aLimitOutOfRangeIsABadRequest() {
            assertThat(api.get(BOOKS + "?limit=0").status()).isEqualTo(400);
            assertThat(api.get(BOOKS + "?limit=101").status()).isEqualTo(400);
        }
    }

    @Nested
    class AdminAuthorizer {

        @Test
        void theAdminTokenDeletesTheItem() {
            String path = BOOKS + "/" + create("books", "Dune", "9.99").get("id").asText();

            assertThat(api.delete(path, "Authorization", ADMIN).status()).isEqualTo(204);

            assertThat(api.get(path).status()).isEqualTo(404);
        }

        @Test
        void theAllowIsCachedForTheWholeStageSoTheSameTokenDeletesAnotherItem() {
            String first = BOOKS + "/" + create("books", "Dune", "9.99").get("id").asText();
            String second = BOOKS + "/" + create("books", "Emma", "5").get("id").asText();

            assertThat(api.delete(first, "Authorization", ADMIN).status()).isEqualTo(204);
            assertThat(api.delete(second, "Authorization", ADMIN).status()).isEqualTo(204);
        }

        @Test
        void anotherBearerTokenIsDeniedExplicitlyAndTheItemStays() {
            String path = BOOKS + "/" + create("books", "Dune", "9.99").get("id").asText();

            ApiClient.Response denied = api.delete(path, "Authorization", "Bearer guess");

            assertThat(denied.status()).isEqualTo(403);
            assertThat(denied.body())
                    .isEqualTo("{\"Message\":\"User is not authorized to access this resource with an explicit deny\"}");
            assertThat(api.get(path).status()).isEqualTo(200);
        }

        @Test
        void aRequestWithoutAnAuthorizationHeaderIsUnauthorizedWithoutCallingTheAuthorizer() {
            String path = BOOKS + "/" + create("books", "Dune", "9.99").get("id").asText();

            ApiClient.Response rejected = api.delete(path);

            assertThat(rejected.status()).isEqualTo(401);
            assertThat(rejected.body()).isEqualTo("{\"message\":\"Unauthorized\"}");
        }

        @Test
        void aHeaderThatIsNotABearerTokenIsUnauthorizedByTheAuthorizer() {
            String path = BOOKS + "/" + create("books", "Dune", "9.99").get("id").asText();

            ApiClient.Response rejected = api.delete(path, "Authorization", "Basic YWRtaW46YWRtaW4=");

            assertThat(rejected.status()).isEqualTo(401);
            assertThat(rejected.body()).isEqualTo("{\"message\":\"Unauthorized\"}");
        }

        @Test
        void readingNeedsNoToken() {
            String path = BOOKS + "/" + create("books", "Dune", "9.99").get("id").asText();

            assertThat(api.get(path).status()).isEqualTo(200);
        }
    }
}
