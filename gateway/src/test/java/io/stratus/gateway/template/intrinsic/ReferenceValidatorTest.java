package io.stratus.gateway.template.intrinsic;

import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.stratus.gateway.template.TemplateLoader;
import java.util.Map;
import org.junit.jupiter.api.Test;

class ReferenceValidatorTest {

    private static void load(String yaml) {
        TemplateLoader.parse(yaml, "t.yaml", Map.of());
    }

    private static final String TOPIC = "Resources:\n  T: {Type: AWS::SNS::Topic, Properties: {TopicName: x}}\n";

    @Test
    void referencesInBranchesThatAreNeverTakenAreStillChecked() {
        assertThatThrownBy(() -> load("""
                Conditions:
                  Never: !Equals [a, b]
                Resources:
                  T:
                    Type: AWS::SNS::Topic
                    Properties:
                      TopicName: !If [Never, !Ref Ghost, x]
                """)).hasMessage("Resources.T.Properties.TopicName: Template format error: Unresolved resource "
                + "dependencies [Ghost] in the Resources block of the template");
    }

    @Test
    void conditionsCannotReferToResources() {
        assertThatThrownBy(() -> load("Conditions:\n  C: !Equals [!Ref T, x]\n" + TOPIC))
                .hasMessage("Conditions.C: Template format error: Unresolved dependencies [T]. Cannot "
                        + "reference resources in the Conditions block of the template");
    }

    @Test
    void dependsOnMustNameAResource() {
        assertThatThrownBy(() -> load("Resources:\n  T: {Type: AWS::SNS::Topic, DependsOn: [Ghost]}\n"))
                .hasMessage("Resources.T.DependsOn: Template format error: Unresolved resource dependencies [Ghost] in "
                        + "the Resources block of the template");
    }

    @Test
    void outputsAreCheckedAsTheirOwnBlock() {
        assertThatThrownBy(() -> load(TOPIC + "Outputs:\n  O: {Value: !Sub '${Ghost.Arn}'}\n"))
                .hasMessage("Outputs.O.Value: Template format error: Unresolved resource dependencies "
                        + "[Ghost.Arn] in the Outputs block of the template");
    }

    @Test
    void subMapVariablesAndEscapesAreNotReferences() {
        assertThatCode(() -> load(TOPIC + "Outputs:\n  O: {Value: !Sub ['${X}${!Y}${T.TopicName}', {X: 1}]}\n"))
                .doesNotThrowAnyException();
    }

    @Test
    void anIfOnAnUndeclaredConditionIsRejectedBeforeEvaluation() {
        assertThatThrownBy(() -> load(TOPIC + "Outputs:\n  O: {Value: !If [Ghost, a, b]}\n"))
                .hasMessage("Outputs.O.Value: Template error: unresolved condition dependency Ghost in Fn::If");
    }
}
