package io.stratus.dynamo.number;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.stratus.dynamo.error.DynamoDbException;
import io.stratus.dynamo.error.ErrorCode;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class DynamoNumberTest {

    @ParameterizedTest
    @CsvSource({"1.0,1", "-0,0", "0.000,0", "1e3,1000", "0.10,0.1", "+5,5", "-1.50E-2,-0.015", ".5,0.5", "5.,5"})
    void numbersAreNormalisedWithoutExponentOrTrailingZeros(String input, String expected) {
        assertThat(DynamoNumber.normalize(input)).isEqualTo(expected);
    }

    @Test
    void largestExponentIsWrittenOut() {
        assertThat(DynamoNumber.normalize("1E125")).isEqualTo("1" + "0".repeat(125));
    }

    @Test
    void emptyTextCannotBeConverted() {
        assertValidation("", "The parameter cannot be converted to a numeric value");
    }

    @ParameterizedTest
    @CsvSource({"abc", "1e", "0x10", "NaN", "Infinity", "'1 '", "--1", "1.2.3"})
    void malformedTextCannotBeConverted(String text) {
        assertValidation(text, "The parameter cannot be converted to a numeric value: " + text);
    }

    @Test
    void thirtyNineSignificantDigitsAreRejected() {
        assertValidation("123456789012345678901234567890123456789",
                "Attempting to store more than 38 significant digits in a Number");
        assertValidation("-1.23456789012345678901234567890123456789",
                "Attempting to store more than 38 significant digits in a Number");
    }

    @Test
    void thirtyEightDigitsWithTrailingZerosAreAccepted() {
        assertThat(DynamoNumber.normalize("12345678901234567890123456789012345678000"))
                .isEqualTo("12345678901234567890123456789012345678000");
    }

    @Test
    void magnitudeAboveRangeOverflows() {
        String overflow = "Number overflow. Attempting to store a number with magnitude larger than supported range";
        assertValidation("1e126", overflow);
        assertValidation("-1e126", overflow);
        assertValidation("1e999999999999", overflow);
        assertThat(DynamoNumber.normalize("9.9999999999999999999999999999999999999E+125")).startsWith("99999");
    }

    @Test
    void magnitudeBelowRangeUnderflows() {
        String underflow = "Number underflow. Attempting to store a number with magnitude smaller than supported range";
        assertValidation("1e-131", underflow);
        assertValidation("-1e-131", underflow);
        assertValidation("1e-999999999999", underflow);
        assertThat(DynamoNumber.normalize("1e-130")).isEqualTo("0." + "0".repeat(129) + "1");
    }

    @ParameterizedTest
    @CsvSource({"0,1", "1,2", "10,2", "99,2", "123,3", "0.5,2", "12345,4", "1.5,3"})
    void sizeIsOneBytePerDigitPairPlusOne(String number, int size) {
        assertThat(DynamoNumber.size(number)).isEqualTo(size);
    }

    private static void assertValidation(String text, String message) {
        assertThatThrownBy(() -> DynamoNumber.normalize(text))
                .isInstanceOfSatisfying(DynamoDbException.class, e -> {
                    assertThat(e.code()).isEqualTo(ErrorCode.VALIDATION);
                    assertThat(e.getMessage()).isEqualTo(message);
                });
    }
}
