package io.stratus.server.dynamodb;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.netty.handler.codec.http.DefaultHttpHeaders;
import io.netty.handler.codec.http.HttpHeaders;
import io.stratus.dynamo.error.DynamoDbException;
import io.stratus.dynamo.error.ErrorCode;
import io.stratus.server.netty.ServerRequest;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The hand-scanned {@code Authorization} header: what the regex split it replaced accepted, and nothing more. */
class RequestSignatureTest {

    private static String check(String authorization) {
        HttpHeaders headers = new DefaultHttpHeaders();
        headers.add("Authorization", authorization);
        headers.add("X-Amz-Date", "20240101T000000Z");
        return RequestSignature.check(new ServerRequest("POST", "/", Map.of(), headers, new byte[0], "R"));
    }

    private static void assertIncomplete(String authorization, String missing) {
        assertThatThrownBy(() -> check(authorization)).isInstanceOfSatisfying(DynamoDbException.class, e -> {
            assertThat(e.code()).isEqualTo(ErrorCode.INCOMPLETE_SIGNATURE);
            assertThat(e.getMessage()).isEqualTo(missing + "Authorization=" + authorization);
        });
    }

    @Test
    void regionComesFromTheThirdPartOfTheCredentialScope() {
        assertThat(check("AWS4-HMAC-SHA256 Credential=AKID/20240101/eu-west-3/dynamodb/aws4_request, "
                + "SignedHeaders=host;x-amz-date, Signature=0")).isEqualTo("eu-west-3");
    }

    @Test
    void aScopeWithoutARegionOrWithAnEmptyOneIsUsEast1() {
        assertThat(check("AWS4-X Credential=AKID/20240101, SignedHeaders=h, Signature=s")).isEqualTo("us-east-1");
        assertThat(check("AWS4-X Credential=AKID/20240101//dynamodb, SignedHeaders=h, Signature=s"))
                .isEqualTo("us-east-1");
        assertThat(check("AWS4-X Credential=AKID/20240101/ap-south-1, SignedHeaders=h, Signature=s"))
                .isEqualTo("ap-south-1");
    }

    @Test
    void separatorsMayRepeatAndMix() {
        assertThat(check("AWS4-X\t ,Credential=a/b/sa-east-1/d ,, \tSignedHeaders=h,,Signature=s"))
                .isEqualTo("sa-east-1");
    }

    @Test
    void anEmptySignedHeadersIsAcceptedButAnEmptySignatureIsNot() {
        assertThat(check("AWS4-X Credential=a/b/c, SignedHeaders=, Signature=s")).isEqualTo("c");
        assertIncomplete("AWS4-X Credential=a/b/c, SignedHeaders=h, Signature=",
                "Authorization header requires 'Signature' parameter. ");
    }

    @Test
    void theFirstOccurrenceOfAParameterWins() {
        assertIncomplete("AWS4-X Credential=, Credential=a/b/c, SignedHeaders=h, Signature=s",
                "Authorization header requires 'Credential' parameter. ");
        assertThat(check("AWS4-X Credential=a/b/first, Credential=a/b/second, SignedHeaders=h, Signature=s"))
                .isEqualTo("first");
    }

    @Test
    void namesMatchExactlyAndCaseSensitively() {
        assertIncomplete("AWS4-X credential=a/b/c, Credentials=a/b/c, =x, SignedHeaders=h, Signature=s",
                "Authorization header requires 'Credential' parameter. ");
    }

    @Test
    void aValueKeepsEverythingAfterItsFirstEqualsSign() {
        assertThat(check("AWS4-X Credential=a/b/r=1/d, SignedHeaders=h, Signature=s==")).isEqualTo("r=1");
    }

    @Test
    void anAlgorithmWithoutParametersListsEveryPart() {
        assertIncomplete("AWS4-HMAC-SHA256", "Authorization header requires 'Credential' parameter. "
                + "Authorization header requires 'Signature' parameter. "
                + "Authorization header requires 'SignedHeaders' parameter. ");
    }
}
