package io.stratus.conformance.lambda;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import software.amazon.awssdk.services.lambda.LambdaClient;
import software.amazon.awssdk.services.lambda.model.Architecture;
import software.amazon.awssdk.services.lambda.model.FunctionConfiguration;
import software.amazon.awssdk.services.lambda.model.GetFunctionResponse;
import software.amazon.awssdk.services.lambda.model.LastUpdateStatus;
import software.amazon.awssdk.services.lambda.model.ListFunctionsResponse;
import software.amazon.awssdk.services.lambda.model.PackageType;
import software.amazon.awssdk.services.lambda.model.ResourceNotFoundException;
import software.amazon.awssdk.services.lambda.model.Runtime;
import software.amazon.awssdk.services.lambda.model.State;

@ExtendWith(LambdaTargetExtension.class)
class FunctionsTest {

    private final LambdaClient lambda;
    private final LambdaTarget target;

    FunctionsTest(LambdaTarget target) {
        this.target = target;
        this.lambda = target.lambda();
    }

    @Test
    void getFunctionDescribesTheConfigurationAndReservedConcurrency() {
        GetFunctionResponse response = lambda.getFunction(r -> r.functionName(LambdaTarget.SINGLE));

        FunctionConfiguration config = response.configuration();
        assertThat(config.functionName()).isEqualTo(LambdaTarget.SINGLE);
        assertThat(config.functionArn()).isEqualTo(target.functionArn(LambdaTarget.SINGLE));
        assertThat(config.runtime()).isEqualTo(Runtime.JAVA17);
        assertThat(config.handler()).isEqualTo("io.stratus.conformance.lambda.handlers.SleepingHandler");
        assertThat(config.timeout()).isEqualTo(10);
        assertThat(config.memorySize()).isEqualTo(128);
        assertThat(config.version()).isEqualTo("$LATEST");
        assertThat(config.role()).startsWith("arn:aws:iam::" + target.accountId() + ":role/");
        assertThat(config.state()).isEqualTo(State.ACTIVE);
        assertThat(config.lastUpdateStatus()).isEqualTo(LastUpdateStatus.SUCCESSFUL);
        assertThat(config.packageType()).isEqualTo(PackageType.ZIP);
        assertThat(config.architectures()).containsExactly(Architecture.X86_64);
        assertThat(config.lastModified()).matches("\\d{4}-\\d{2}-\\d{2}T\\d{2}:\\d{2}:\\d{2}\\.\\d{3}\\+0000");
        assertThat(config.codeSha256()).hasSize(44);
        assertThat(response.code().repositoryType()).isEqualTo("S3");
        assertThat(response.concurrency().reservedConcurrentExecutions()).isEqualTo(1);
    }

    @Test
    void getFunctionConfigurationShowsTheFunctionsOwnEnvironment() {
        var config = lambda.getFunctionConfiguration(r -> r.functionName(
                target.functionArn(LambdaTarget.ORDERS_ENV)));

        assertThat(config.environment().variables()).containsExactly(java.util.Map.entry("TABLE_NAME", "orders-table"));
        assertThat(config.functionName()).isEqualTo(LambdaTarget.ORDERS_ENV);
    }

    @Test
    void getFunctionOfAnUnknownFunctionIsResourceNotFound() {
        assertThatThrownBy(() -> lambda.getFunction(r -> r.functionName("missing")))
                .isInstanceOfSatisfying(ResourceNotFoundException.class, e -> assertThat(
                        e.awsErrorDetails().errorMessage()).isEqualTo("Function not found: "
                        + target.functionArn("missing")));
    }

    @Test
    void listFunctionsPagesThroughEveryFunctionInNameOrder() {
        List<String> names = new ArrayList<>();
        String marker = null;
        int pages = 0;
        do {
            String from = marker;
            ListFunctionsResponse page = lambda.listFunctions(r -> r.maxItems(5).marker(from));
            assertThat(page.functions()).hasSizeLessThanOrEqualTo(5);
            page.functions().forEach(f -> names.add(f.functionName()));
            marker = page.nextMarker();
            pages++;
        } while (marker != null);

        assertThat(names).isSorted().doesNotHaveDuplicates()
                .contains(LambdaTarget.GREETING, LambdaTarget.SINGLE, LambdaTarget.TRIVIAL);
        assertThat(pages).isEqualTo((names.size() + 4) / 5);
        assertThat(lambda.listFunctionsPaginator(r -> r.maxItems(3)).functions().stream()
                .map(FunctionConfiguration::functionName).toList()).isEqualTo(names);
    }
}
