package io.stratus.gateway.template.intrinsic;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.stratus.gateway.template.TemplateException;
import io.stratus.gateway.template.model.ParameterDeclaration;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class ParameterBinderTest {

    private final List<String> notices = new ArrayList<>();

    private static ParameterDeclaration string(String name, String defaultValue, String... allowed) {
        return new ParameterDeclaration(name, "String", defaultValue, List.of(allowed), null, null, null, null, null,
                null, false);
    }

    private Map<String, Object> bind(Map<String, String> overrides, ParameterDeclaration... declarations) {
        Map<String, ParameterDeclaration> map = new LinkedHashMap<>();
        for (ParameterDeclaration d : declarations) {
            map.put(d.name(), d);
        }
        return ParameterBinder.bind(map, overrides, notices::add);
    }

    @Test
    void defaultsApplyAndOverridesWin() {
        assertThat(bind(Map.of("B", "override"), string("A", "a"), string("B", "b")))
                .containsExactly(Map.entry("A", "a"), Map.entry("B", "override"));
    }

    @Test
    void commaDelimitedListsBecomeTrimmedLists() {
        ParameterDeclaration list = new ParameterDeclaration("L", "CommaDelimitedList", "a, b,c", List.of(), null,
                null, null, null, null, null, false);
        assertThat(bind(Map.of(), list)).containsEntry("L", List.of("a", "b", "c"));
    }

    @Test
    void aValueOutsideAllowedValuesIsRejected() {
        assertThatThrownBy(() -> bind(Map.of("Stage", "qa"), string("Stage", "dev", "dev", "prod")))
                .isInstanceOf(TemplateException.class)
                .hasMessage("Parameters.Stage: Parameter 'Stage' must be one of AllowedValues");
    }

    @Test
    void aConstraintDescriptionReplacesTheMessage() {
        ParameterDeclaration p = new ParameterDeclaration("Stage", "String", "dev", List.of("dev"), null, null, null,
                null, null, "pick dev", false);
        assertThatThrownBy(() -> bind(Map.of("Stage", "qa"), p))
                .hasMessage("Parameters.Stage: Parameter 'Stage' failed to satisfy constraint: pick dev");
    }

    @Test
    void missingValuesAreListedTogether() {
        assertThatThrownBy(() -> bind(Map.of(), string("A", null), string("B", "b"), string("C", null)))
                .hasMessage("Parameters: Parameters: [A, C] must have values");
    }

    @Test
    void overridesOfUndeclaredParametersAreRejected() {
        assertThatThrownBy(() -> bind(Map.of("Nope", "x"), string("A", "a")))
                .hasMessage("Parameters: Parameters: [Nope] do not exist in the template");
    }

    @Test
    void numbersAreCheckedForTypeAndRange() {
        ParameterDeclaration n = new ParameterDeclaration("N", "Number", "5", List.of(), null, null, null,
                BigDecimal.ONE, BigDecimal.TEN, null, false);
        assertThat(bind(Map.of(), n)).containsEntry("N", "5");
        assertThatThrownBy(() -> bind(Map.of("N", "five"), n)).hasMessage("Parameters.N: Parameter 'N' must be a number");
        assertThatThrownBy(() -> bind(Map.of("N", "0"), n))
                .hasMessage("Parameters.N: Parameter 'N' must be a number not less than 1");
        assertThatThrownBy(() -> bind(Map.of("N", "11"), n))
                .hasMessage("Parameters.N: Parameter 'N' must be a number not greater than 10");
    }

    @Test
    void stringsAreCheckedForPatternAndLength() {
        ParameterDeclaration s = new ParameterDeclaration("S", "String", "abc", List.of(), "[a-z]+", 2, 4, null, null,
                null, false);
        assertThat(bind(Map.of(), s)).containsEntry("S", "abc");
        assertThatThrownBy(() -> bind(Map.of("S", "ABC"), s)).hasMessage("Parameters.S: Parameter 'S' must match pattern [a-z]+");
        assertThatThrownBy(() -> bind(Map.of("S", "a"), s))
                .hasMessage("Parameters.S: Parameter 'S' must contain at least 2 characters");
        assertThatThrownBy(() -> bind(Map.of("S", "abcde"), s))
                .hasMessage("Parameters.S: Parameter 'S' must contain at most 4 characters");
    }

    @Test
    void ssmParameterTypesUseTheNameAndSaySo() {
        ParameterDeclaration ssm = new ParameterDeclaration("Ami", "AWS::SSM::Parameter::Value<String>", "/ami/latest",
                List.of(), null, null, null, null, null, null, false);
        assertThat(bind(Map.of(), ssm)).containsEntry("Ami", "/ami/latest");
        assertThat(notices).containsExactly("Parameter Ami: Stratus has no SSM Parameter Store, so the parameter name "
                + "'/ami/latest' is used as the value");
    }
}
