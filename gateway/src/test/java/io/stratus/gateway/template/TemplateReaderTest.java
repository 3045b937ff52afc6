package io.stratus.gateway.template;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.util.Map;
import org.junit.jupiter.api.Test;

class TemplateReaderTest {

    @Test
    void jsonIsReadIntoThePlainTreeWithLongFormFunctions() {
        Map<String, Object> root = TemplateReader.read("""
                  {"Resources": {"T": {"Type": "AWS::DynamoDB::Table",
                    "Properties": {"TableName": {"Fn::Sub": "${AWS::StackName}-t"}, "N": 5, "D": 1.50, "B": true,
                                   "L": [null]}}}}
                """, "t.json");
        Map<?, ?> properties = (Map<?, ?>) ((Map<?, ?>) ((Map<?, ?>) root.get("Resources")).get("T")).get("Properties");
        assertThat(properties.get("TableName")).isEqualTo(Map.of("Fn::Sub", "${AWS::StackName}-t"));
        assertThat(properties.get("N")).isEqualTo(5L);
        assertThat(properties.get("D")).isEqualTo(new BigDecimal("1.50"));
        assertThat(properties.get("B")).isEqualTo(true);
        assertThat(properties.get("L")).isEqualTo(java.util.Collections.singletonList(null));
    }

    @Test
    void theTreeIsUnmodifiable() {
        Map<String, Object> root = TemplateReader.read("A: [1]\n", "t.yaml");
        assertThatThrownBy(() -> root.put("B", 1)).isInstanceOf(UnsupportedOperationException.class);
    }

    @Test
    void aByteOrderMarkIsIgnored() {
        assertThat(TemplateReader.read("\uFEFF{\"A\": 1}", "t.json")).isEqualTo(Map.of("A", 1L));
    }

    @Test
    void malformedJsonNamesTheLineAndColumn() {
        assertThatThrownBy(() -> TemplateReader.read("{\n  \"A\": 1,\n}", "t.json"))
                .isInstanceOf(TemplateException.class)
                .hasMessage("Template format error: JSON not well-formed. (line 3, column 1 of t.json): Unexpected character ('}' (code 125)): "
                        + "was expecting double-quote to start field name");
    }

    @Test
    void duplicateJsonKeysAreRejected() {
        assertThatThrownBy(() -> TemplateReader.read("{\"A\": 1, \"A\": 2}", "t.json"))
                .hasMessageStartingWith("Template format error: JSON not well-formed. (line 1, column")
                .hasMessageContaining("Duplicate field 'A'");
    }
}
