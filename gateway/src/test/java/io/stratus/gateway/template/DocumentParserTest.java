package io.stratus.gateway.template;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.stratus.gateway.template.model.TemplateDocument;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class DocumentParserTest {

    private static TemplateDocument parse(String yaml) {
        return DocumentParser.parse(TemplateReader.read(yaml, "t.yaml"), "t.yaml");
    }

    private static final String TABLE = "Resources:\n  T: {Type: AWS::DynamoDB::Table}\n";

    @Test
    void theDeclaredModelKeepsTemplateOrderAndAttributes() {
        TemplateDocument d = parse("""
                AWSTemplateFormatVersion: 2010-09-09
                Transform: AWS::Serverless-2016-10-31
                Parameters:
                  Stage: {Type: String, Default: dev, AllowedValues: [dev, prod], NoEcho: true}
                Globals:
                  Function: {Timeout: 3}
                Resources:
                  B: {Type: AWS::SNS::Topic, DependsOn: A, Condition: C}
                  A: {Type: AWS::SQS::Queue, Metadata: {k: v}}
                Outputs:
                  O: {Value: x, Export: {Name: e}}
                """);
        assertThat(d.isSam()).isTrue();
        assertThat(d.resources().keySet()).containsExactly("B", "A");
        assertThat(d.resources().get("B").dependsOn()).containsExactly("A");
        assertThat(d.resources().get("B").condition()).isEqualTo("C");
        assertThat(d.resources().get("A").metadata()).isEqualTo(Map.of("k", "v"));
        assertThat(d.parameters().get("Stage").allowedValues()).isEqualTo(List.of("dev", "prod"));
        assertThat(d.parameters().get("Stage").noEcho()).isTrue();
        assertThat(d.globals().section("Function")).isEqualTo(Map.of("Timeout", 3L));
        assertThat(d.outputs().get("O").exportName()).isEqualTo("e");
    }

    @Test
    void unknownTopLevelSectionsAreRejected() {
        assertThatThrownBy(() -> parse("Resourcs: {}\nGlobals: {}\n" + TABLE))
                .isInstanceOf(TemplateException.class)
                .hasMessage("Template format error: Invalid template property or properties [Resourcs, Globals]");
    }

    @Test
    void aResourceWithoutTypeIsRejected() {
        assertThatThrownBy(() -> parse("Resources:\n  T: {Properties: {}}\n"))
                .hasMessage("Resources.T: Template format error: Every Resources object must contain a Type member.");
    }

    @Test
    void aMisspelledResourceAttributeIsRejected() {
        assertThatThrownBy(() -> parse("Resources:\n  T: {Type: AWS::SNS::Topic, Propertes: {}}\n"))
                .hasMessage("Resources.T: Template format error: Invalid template resource property 'Propertes'");
    }

    @Test
    void aNonAlphanumericLogicalIdIsRejected() {
        assertThatThrownBy(() -> parse("Resources:\n  my-table: {Type: AWS::SNS::Topic}\n"))
                .hasMessage("Resources.my-table: Template format error: Resource name my-table is non alphanumeric.");
    }

    @Test
    void parameterDeclarationsAreChecked() {
        assertThatThrownBy(() -> parse("Parameters:\n  P: {Default: x}\n" + TABLE))
                .hasMessage("Parameters.P: Template format error: Every Parameters object must contain a Type member.");
        assertThatThrownBy(() -> parse("Parameters:\n  P: {Type: Text}\n" + TABLE))
                .hasMessage("Parameters.P.Type: Template format error: Unrecognized parameter type: Text");
        assertThatThrownBy(() -> parse("Parameters:\n  P: {Type: String, Defualt: x}\n" + TABLE))
                .hasMessage("Parameters.P: Template format error: Invalid template parameter property 'Defualt'");
    }

    @Test
    void awsSpecificParameterTypesAreAccepted() {
        assertThat(parse("""
                Parameters:
                  V: {Type: AWS::EC2::VPC::Id, Default: vpc-1}
                  S: {Type: List<AWS::EC2::Subnet::Id>, Default: "a,b"}
                  M: {Type: AWS::SSM::Parameter::Value<String>, Default: /x}
                """ + TABLE).parameters().get("S").isList()).isTrue();
    }

    @Test
    void anOutputWithoutValueIsRejected() {
        assertThatThrownBy(() -> parse(TABLE + "Outputs:\n  O: {Description: d}\n"))
                .hasMessage("Outputs.O: Template format error: Every Outputs member must contain a Value object");
    }

    @Test
    void anUnknownGlobalsSectionIsRejected() {
        assertThatThrownBy(() -> parse("Transform: AWS::Serverless-2016-10-31\nGlobals:\n  Table: {}\n" + TABLE))
                .hasMessage("Globals.Table: 'Globals' section is invalid. 'Table' is not a supported resource type in "
                        + "the Globals section. Must be one of [Function, Api, HttpApi, SimpleTable, LayerVersion]");
    }

    @Test
    void anUnsupportedTemplateVersionIsRejected() {
        assertThatThrownBy(() -> parse("AWSTemplateFormatVersion: '2012-01-01'\n" + TABLE))
                .hasMessage("AWSTemplateFormatVersion: Template format error: Unsupported template version 2012-01-01 "
                        + "(the only version is 2010-09-09)");
    }
}
