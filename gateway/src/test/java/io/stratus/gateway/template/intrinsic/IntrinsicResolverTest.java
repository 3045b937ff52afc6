package io.stratus.gateway.template.intrinsic;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.stratus.gateway.template.TemplateException;
import io.stratus.gateway.template.model.StackIdentity;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

class IntrinsicResolverTest {

    private static final ObjectMapper JSON = new ObjectMapper();

    /** One resource, Table, whose Ref is its name and whose attributes echo their name. */
    private static final ResourceResolver RESOURCES = new ResourceResolver() {
        @Override
        public boolean isDeclared(String logicalId) {
            return logicalId.equals("Table");
        }

        @Override
        public Object ref(String logicalId, IntrinsicResolver resolver, String path) {
            return "table-name";
        }

        @Override
        public Object getAtt(String logicalId, String attribute, IntrinsicResolver resolver, String path) {
            return "table-" + attribute;
        }
    };

    private final List<String> notices = new ArrayList<>();
    private final IntrinsicResolver resolver = new IntrinsicResolver(StackIdentity.DEFAULT,
            Map.of("Stage", "dev", "Subnets", List.of("a", "b", "c"), "Count", "3"),
            tree("{\"Region\": {\"us-east-1\": {\"Ami\": \"ami-1\", \"Zones\": [\"x\", \"y\"]}}}"),
            tree("""
                    {"IsDev": {"Fn::Equals": [{"Ref": "Stage"}, "dev"]},
                     "IsProd": {"Fn::Equals": ["prod", {"Ref": "Stage"}]},
                     "DevAndNotProd": {"Fn::And": [{"Condition": "IsDev"}, {"Fn::Not": [{"Condition": "IsProd"}]}]},
                     "Either": {"Fn::Or": [{"Condition": "IsProd"}, {"Fn::Equals": [3, {"Ref": "Count"}]}]},
                     "Loop1": {"Fn::Not": [{"Condition": "Loop2"}]},
                     "Loop2": {"Fn::Not": [{"Condition": "Loop1"}]}}
                    """), RESOURCES, notices::add);

    @SuppressWarnings("unchecked")
    private static Map<String, Object> tree(String json) {
        try {
            return JSON.readValue(json, Map.class);
        } catch (Exception e) {
            throw new IllegalArgumentException(e);
        }
    }

    private Object resolve(String json) {
        return ((Map<?, ?>) resolver.resolve(tree("{\"V\": " + json + "}"), "Resources.R.Properties")).get("V");
    }

    @Nested
    class Ref {

        @Test
        void refToAParameterGivesItsValue() {
            assertThat(resolve("{\"Ref\": \"Stage\"}")).isEqualTo("dev");
            assertThat(resolve("{\"Ref\": \"Subnets\"}")).isEqualTo(List.of("a", "b", "c"));
        }

        @Test
        void refToPseudoParametersGivesTheStackValues() {
            assertThat(resolve("[{\"Ref\": \"AWS::Region\"}, {\"Ref\": \"AWS::AccountId\"}, {\"Ref\": \"AWS::StackName\"},"
                    + " {\"Ref\": \"AWS::Partition\"}, {\"Ref\": \"AWS::URLSuffix\"}]"))
                    .isEqualTo(List.of("us-east-1", "000000000000", "stratus", "aws", "amazonaws.com"));
            assertThat((String) resolve("{\"Ref\": \"AWS::StackId\"}"))
                    .matches("arn:aws:cloudformation:us-east-1:000000000000:stack/stratus/[0-9a-f-]{36}");
            assertThat(resolve("{\"Ref\": \"AWS::NotificationARNs\"}")).isEqualTo(List.of());
        }

        @Test
        void noValueRemovesTheMemberOrListItem() {
            assertThat(resolver.resolve(tree("{\"A\": {\"Ref\": \"AWS::NoValue\"}, \"B\": [1, {\"Ref\": \"AWS::NoValue\"}]}"),
                    "P")).isEqualTo(Map.of("B", List.of(1)));
        }

        @Test
        void refToAResourceAsksTheResourceResolver() {
            assertThat(resolve("{\"Ref\": \"Table\"}")).isEqualTo("table-name");
        }

        @Test
        void refToAnUnknownNameIsUnresolved() {
            assertThatThrownBy(() -> resolve("{\"Ref\": \"Nope\"}")).isInstanceOf(TemplateException.class)
                    .hasMessage("Resources.R.Properties.V: Template format error: Unresolved resource dependencies "
                            + "[Nope] in the Resources block of the template");
        }

        @Test
        void refMustNameAString() {
            assertThatThrownBy(() -> resolve("{\"Ref\": [\"a\"]}"))
                    .hasMessage("Resources.R.Properties.V: Template format error: Every Ref object must have a single "
                            + "String value.");
        }
    }

    @Nested
    class GetAtt {

        @Test
        void getAttAcceptsListAndDottedForms() {
            assertThat(resolve("{\"Fn::GetAtt\": [\"Table\", \"Arn\"]}")).isEqualTo("table-Arn");
            assertThat(resolve("{\"Fn::GetAtt\": \"Table.StreamArn\"}")).isEqualTo("table-StreamArn");
            assertThat(resolve("{\"Fn::GetAtt\": [\"Table\", {\"Ref\": \"Stage\"}]}")).isEqualTo("table-dev");
        }

        @Test
        void getAttOfAnUndefinedResourceIsRejected() {
            assertThatThrownBy(() -> resolve("{\"Fn::GetAtt\": [\"Nope\", \"Arn\"]}"))
                    .hasMessage("Resources.R.Properties.V: Template error: instance of Fn::GetAtt references undefined "
                            + "resource Nope");
        }

        @Test
        void getAttNeedsTwoNonEmptyParameters() {
            assertThatThrownBy(() -> resolve("{\"Fn::GetAtt\": [\"Table\"]}"))
                    .hasMessage("Resources.R.Properties.V: Template error: every Fn::GetAtt object requires two "
                            + "non-empty parameters, the resource name and the resource attribute");
        }
    }

    @Nested
    class Sub {

        @Test
        void subReplacesParametersPseudoParametersResourcesAndAttributes() {
            assertThat(resolve("{\"Fn::Sub\": \"${Stage}/${AWS::Region}/${Table}/${Table.Arn}\"}"))
                    .isEqualTo("dev/us-east-1/table-name/table-Arn");
        }

        @Test
        void subWithAVariableMapPrefersTheMap() {
            assertThat(resolve("{\"Fn::Sub\": [\"${Stage}-${Name}\", {\"Stage\": \"x\", \"Name\": {\"Ref\": \"Table\"}}]}"))
                    .isEqualTo("x-table-name");
        }

        @Test
        void subKeepsEscapedVariablesAndUnclosedBracesAsText() {
            assertThat(resolve("{\"Fn::Sub\": \"${!Literal}-${Stage}-${open\"}")).isEqualTo("${Literal}-dev-${open");
        }

        @Test
        void subRejectsAListVariable() {
            assertThatThrownBy(() -> resolve("{\"Fn::Sub\": \"${Subnets}\"}"))
                    .hasMessage("Resources.R.Properties.V: Template error: variable Subnets in Fn::Sub expression does "
                            + "not resolve to a string");
        }

        @Test
        void subWithAnUnknownVariableIsUnresolved() {
            assertThatThrownBy(() -> resolve("{\"Fn::Sub\": \"${Nope}\"}"))
                    .hasMessageContaining("Unresolved resource dependencies [Nope]");
        }
    }

    @Nested
    class ListFunctions {

        @Test
        void joinConcatenatesResolvedItems() {
            assertThat(resolve("{\"Fn::Join\": [\"-\", [\"a\", {\"Ref\": \"Stage\"}, 3]]}")).isEqualTo("a-dev-3");
            assertThat(resolve("{\"Fn::Join\": [\",\", {\"Ref\": \"Subnets\"}]}")).isEqualTo("a,b,c");
        }

        @Test
        void selectPicksByIndexGivenAsNumberOrString() {
            assertThat(resolve("{\"Fn::Select\": [1, {\"Ref\": \"Subnets\"}]}")).isEqualTo("b");
            assertThat(resolve("{\"Fn::Select\": [\"2\", [\"x\", \"y\", \"z\"]]}")).isEqualTo("z");
        }

        @Test
        void selectOutOfRangeIsRejected() {
            assertThatThrownBy(() -> resolve("{\"Fn::Select\": [5, [\"x\"]]}"))
                    .hasMessage("Resources.R.Properties.V: Template error: Fn::Select cannot select nonexistent value "
                            + "at index 5");
        }

        @Test
        void splitKeepsEmptyItemsAndTreatsTheDelimiterLiterally() {
            assertThat(resolve("{\"Fn::Split\": [\".\", \"a..b\"]}")).isEqualTo(List.of("a", "", "b"));
        }

        @Test
        void getAzsListsTheStackRegionsZones() {
            assertThat(resolve("{\"Fn::Select\": [0, {\"Fn::GetAZs\": \"\"}]}")).isEqualTo("us-east-1a");
            assertThat(resolve("{\"Fn::GetAZs\": \"eu-west-1\"}")).isEqualTo(List.of("eu-west-1a", "eu-west-1b", "eu-west-1c"));
        }

        @Test
        void cidrSplitsIpv4AndIpv6Blocks() {
            assertThat(resolve("{\"Fn::Cidr\": [\"10.0.0.0/16\", 3, 8]}"))
                    .isEqualTo(List.of("10.0.0.0/24", "10.0.1.0/24", "10.0.2.0/24"));
            assertThat(resolve("{\"Fn::Cidr\": [\"2001:db8::/56\", \"2\", \"64\"]}"))
                    .isEqualTo(List.of("2001:db8::/64", "2001:db8:0:1::/64"));
        }

        @Test
        void cidrThatDoesNotFitIsRejected() {
            assertThatThrownBy(() -> resolve("{\"Fn::Cidr\": [\"10.0.0.0/24\", 3, 8]}"))
                    .hasMessage("Resources.R.Properties.V: Template error: Fn::Cidr cannot fit 3 /24 subnets in 10.0.0.0/24");
        }

        @Test
        void lengthAndToJsonStringWork() {
            assertThat(resolve("{\"Fn::Length\": {\"Ref\": \"Subnets\"}}")).isEqualTo(3L);
            assertThat(resolve("{\"Fn::ToJsonString\": {\"a\": {\"Ref\": \"Stage\"}}}")).isEqualTo("{\"a\":\"dev\"}");
        }
    }

    @Nested
    class ScalarFunctions {

        @Test
        void base64EncodesUtf8() {
            assertThat(resolve("{\"Fn::Base64\": {\"Fn::Sub\": \"é-${Stage}\"}}")).isEqualTo("w6ktZGV2");
        }

        @Test
        void findInMapLooksUpTwoLevels() {
            assertThat(resolve("{\"Fn::FindInMap\": [\"Region\", {\"Ref\": \"AWS::Region\"}, \"Ami\"]}")).isEqualTo("ami-1");
            assertThat(resolve("{\"Fn::FindInMap\": [\"Region\", \"us-east-1\", \"Zones\"]}")).isEqualTo(List.of("x", "y"));
        }

        @Test
        void findInMapFallsBackToItsDefaultValue() {
            assertThat(resolve("{\"Fn::FindInMap\": [\"Region\", \"eu-west-1\", \"Ami\", {\"DefaultValue\": \"none\"}]}"))
                    .isEqualTo("none");
        }

        @Test
        void findInMapWithAMissingKeyOrMapIsRejected() {
            assertThatThrownBy(() -> resolve("{\"Fn::FindInMap\": [\"Region\", \"eu-west-1\", \"Ami\"]}"))
                    .hasMessage("Resources.R.Properties.V: Template error: Unable to get mapping for "
                            + "Region::eu-west-1::Ami");
            assertThatThrownBy(() -> resolve("{\"Fn::FindInMap\": [\"Nope\", \"a\", \"b\"]}"))
                    .hasMessage("Resources.R.Properties.V: Template error: Mapping named 'Nope' is not present in the "
                            + "'Mappings' section of template");
            assertThatThrownBy(() -> resolve("{\"Fn::FindInMap\": [\"Region\", \"a\"]}"))
                    .hasMessage("Resources.R.Properties.V: Template error: every Fn::FindInMap object requires three "
                            + "parameters, the map name, map key and the attribute for return value");
        }

        @Test
        void importValueKeepsAPlaceholderAndReportsIt() {
            assertThat(resolve("{\"Fn::ImportValue\": \"shared-Vpc\"}")).isEqualTo("<unresolved Fn::ImportValue shared-Vpc>");
            assertThat(notices).containsExactly("Resources.R.Properties.V: Fn::ImportValue shared-Vpc cannot be "
                    + "resolved, because Stratus runs a single stack and has no exports; kept as the placeholder "
                    + "<unresolved Fn::ImportValue shared-Vpc>");
        }

        @Test
        void anUnknownFunctionIsRejected() {
            assertThatThrownBy(() -> resolve("{\"Fn::Nope\": 1}"))
                    .hasMessageStartingWith("Resources.R.Properties.V: Template format error: Encountered unsupported "
                            + "function: Fn::Nope Supported functions are: [Fn::Base64, ");
        }

        @Test
        void transformMacrosAreRejected() {
            assertThatThrownBy(() -> resolve("{\"Fn::Transform\": {\"Name\": \"M\"}}"))
                    .hasMessage("Resources.R.Properties.V: Fn::Transform runs a CloudFormation macro, which Stratus "
                            + "cannot run; expand the template with the macro first");
        }
    }

    @Nested
    class Conditions {

        @Test
        void conditionFunctionsCombine() {
            assertThat(resolver.condition("IsDev", "x")).isTrue();
            assertThat(resolver.condition("IsProd", "x")).isFalse();
            assertThat(resolver.condition("DevAndNotProd", "x")).isTrue();
            assertThat(resolver.condition("Either", "x")).as("3 equals \"3\"").isTrue();
        }

        @Test
        void ifTakesOnlyTheChosenBranch() {
            assertThat(resolve("{\"Fn::If\": [\"IsDev\", \"yes\", {\"Ref\": \"Nope\"}]}")).isEqualTo("yes");
            assertThat(resolver.resolve(tree("{\"A\": {\"Fn::If\": [\"IsProd\", 1, {\"Ref\": \"AWS::NoValue\"}]}}"), "P"))
                    .isEqualTo(Map.of());
        }

        @Test
        void ifWithAnUndeclaredConditionIsRejected() {
            assertThatThrownBy(() -> resolve("{\"Fn::If\": [\"Nope\", 1, 2]}"))
                    .hasMessage("Resources.R.Properties.V: Template error: unresolved condition dependency Nope in Fn::If");
        }

        @Test
        void conditionsThatDependOnEachOtherAreACycle() {
            assertThatThrownBy(() -> resolver.condition("Loop1", "x"))
                    .hasMessage("Conditions.Loop1: Template format error: Circular dependency between conditions: "
                            + "[Loop1, Loop2]");
        }

        @Test
        void andNeedsAtLeastTwoConditions() {
            assertThatThrownBy(() -> resolve("{\"Fn::And\": [{\"Condition\": \"IsDev\"}]}"))
                    .hasMessage("Resources.R.Properties.V: Template error: every Fn::And object requires a list of at "
                            + "least 2 and at most 10 boolean parameters.");
        }
    }
}
