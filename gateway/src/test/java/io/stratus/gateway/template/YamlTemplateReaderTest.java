package io.stratus.gateway.template;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

class YamlTemplateReaderTest {

    private static Object value(String yaml) {
        return TemplateReader.read("V: " + yaml + "\n", "t.yaml").get("V");
    }

    @Nested
    class ShortFormTags {

        @Test
        void refBecomesItsLongForm() {
            assertThat(value("!Ref Stage")).isEqualTo(Map.of("Ref", "Stage"));
        }

        @Test
        void getAttInDottedFormSplitsAtTheFirstDotOnly() {
            assertThat(value("!GetAtt Db.Endpoint.Address")).isEqualTo(Map.of("Fn::GetAtt", List.of("Db", "Endpoint.Address")));
        }

        @Test
        void getAttInListFormIsKept() {
            assertThat(value("!GetAtt [Table, Arn]")).isEqualTo(Map.of("Fn::GetAtt", List.of("Table", "Arn")));
        }

        @Test
        void subInStringAndListForms() {
            assertThat(value("!Sub '${A}-x'")).isEqualTo(Map.of("Fn::Sub", "${A}-x"));
            assertThat(value("!Sub ['${A}', {A: !Ref B}]"))
                    .isEqualTo(Map.of("Fn::Sub", List.of("${A}", Map.of("A", Map.of("Ref", "B")))));
        }

        @ParameterizedTest
        @CsvSource(delimiter = '|', value = {
                "!Join [',', [a, b]]|Fn::Join",
                "!Select [0, [a]]|Fn::Select",
                "!Split [',', 'a,b']|Fn::Split",
                "!If [C, a, b]|Fn::If",
                "!Equals [a, b]|Fn::Equals",
                "!And [!Condition A, !Condition B]|Fn::And",
                "!Or [!Condition A, !Condition B]|Fn::Or",
                "!Not [!Condition A]|Fn::Not",
                "!FindInMap [M, a, b]|Fn::FindInMap",
                "!Base64 text|Fn::Base64",
                "!GetAZs ''|Fn::GetAZs",
                "!ImportValue shared|Fn::ImportValue",
                "!Cidr ['10.0.0.0/16', 2, 8]|Fn::Cidr",
                "!Length [a]|Fn::Length",
                "!ToJsonString {a: b}|Fn::ToJsonString",
                "!Transform {Name: M}|Fn::Transform",
                "!Condition IsProd|Condition"})
        void everyShortFormTagBecomesItsLongForm(String yaml, String key) {
            Object value = value(yaml);
            assertThat(value).isInstanceOf(Map.class);
            assertThat(List.copyOf(((Map<?, ?>) value).keySet())).isEqualTo(List.of(key));
        }

        @Test
        void nestedTagsKeepTheirStructure() {
            assertThat(value("!Select [0, !Split [',', !Ref List]]")).isEqualTo(Map.of("Fn::Select",
                    List.of(0L, Map.of("Fn::Split", List.of(",", Map.of("Ref", "List"))))));
        }

        @Test
        void anUnknownTagIsReportedWithItsPathAndLine() {
            assertThatThrownBy(() -> TemplateReader.read("Resources:\n  T:\n    Properties:\n      Name: !Reff X\n", "t.yaml"))
                    .isInstanceOf(TemplateException.class)
                    .hasMessageStartingWith("Resources.T.Properties.Name: Template format error: unknown tag !Reff "
                            + "(line 4, column 13); CloudFormation knows !Ref, ");
        }
    }

    @Nested
    class Scalars {

        @ParameterizedTest
        @CsvSource({"yes", "no", "on", "off", "y", "n", "Yes", "NO"})
        void yaml11BooleanWordsStayStrings(String word) {
            assertThat(value(word)).isEqualTo(word);
        }

        @Test
        void trueAndFalseAreBooleans() {
            assertThat(value("true")).isEqualTo(true);
            assertThat(value("False")).isEqualTo(false);
            assertThat(value("'true'")).isEqualTo("true");
        }

        @Test
        void decimalsKeepTheirWrittenScale() {
            assertThat(value("3.10")).isEqualTo(new BigDecimal("3.10"));
            assertThat(value("5")).isEqualTo(5L);
        }

        @Test
        void datesOctalsAndVersionsStayStrings() {
            assertThat(value("2010-09-09")).isEqualTo("2010-09-09");
            assertThat(value("0777")).isEqualTo("0777");
            assertThat(value("1.2.3")).isEqualTo("1.2.3");
            assertThat(value("0x1F")).isEqualTo("0x1F");
        }

        @Test
        void numericMappingKeysBecomeStrings() {
            assertThat(value("{123456789012: prod, 1.50: x}")).isEqualTo(Map.of("123456789012", "prod", "1.50", "x"));
        }

        @Test
        void nullAndEmptyValuesAreNull() {
            Map<String, Object> root = TemplateReader.read("A: ~\nB:\nC: null\n", "t.yaml");
            assertThat(root).containsEntry("A", null).containsEntry("B", null).containsEntry("C", null);
        }
    }

    @Nested
    class Errors {

        @Test
        void aSyntaxErrorNamesTheLineAndColumn() {
            assertThatThrownBy(() -> TemplateReader.read("Resources:\n  A: b\n   c: d\n", "t.yaml"))
                    .hasMessage("Template format error: YAML not well-formed. (line 3, column 5 of t.yaml): "
                            + "mapping values are not allowed here");
        }

        @Test
        void aliasesAreRejectedLikeCloudFormationDoes() {
            assertThatThrownBy(() -> TemplateReader.read("A: &x {k: v}\nB: *x\n", "t.yaml"))
                    .hasMessage("Template error: YAML aliases are not allowed in CloudFormation templates "
                            + "(line 2, column 4 of t.yaml)");
        }

        @Test
        void duplicateKeysAreRejected() {
            assertThatThrownBy(() -> TemplateReader.read("A: 1\nA: 2\n", "t.yaml"))
                    .hasMessageStartingWith("Template format error: YAML not well-formed. (line 2, column 1 of t.yaml): "
                            + "found duplicate key A");
        }

        @Test
        void aDocumentThatIsNotAMappingIsRejected() {
            assertThatThrownBy(() -> TemplateReader.read("- a\n- b\n", "t.yaml"))
                    .hasMessage("Template format error: t.yaml is not a template: its top level must be a mapping of "
                            + "sections such as Resources");
        }
    }
}
