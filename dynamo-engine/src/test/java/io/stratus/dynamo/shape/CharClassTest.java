package io.stratus.dynamo.shape;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.node.TextNode;
import java.util.Random;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

class CharClassTest {

    @Test
    void theTableNamePatternBecomesATable() {
        boolean[] table = CharClass.of(Shapes.TABLE_NAME_PATTERN);
        assertThat(table).isNotNull();
        assertThat(table['a']).isTrue();
        assertThat(table['Z']).isTrue();
        assertThat(table['5']).isTrue();
        assertThat(table['_']).isTrue();
        assertThat(table['.']).isTrue();
        assertThat(table['-']).isTrue();
        assertThat(table[' ']).isFalse();
        assertThat(table['/']).isFalse();
    }

    @Test
    void patternsThatAreNotOneRepeatedClassAreLeftToTheRegexEngine() {
        assertThat(CharClass.of("[a-z]*")).isNull();
        assertThat(CharClass.of("[^a-z]+")).isNull();
        assertThat(CharClass.of("[a-z]+x")).isNull();
        assertThat(CharClass.of("[\\w]+")).isNull();
        assertThat(CharClass.of("[z-a]+")).isNull();
        assertThat(CharClass.of("[a-\u00e9]+")).isNull();
    }

    /** The table check and the regex agree on random strings, for the patterns in use and a few more. */
    @Test
    void aCharClassConstraintMatchesExactlyWhatItsRegexMatches() {
        long seed = System.nanoTime();
        System.out.println("CharClassTest seed: " + seed);
        Random random = new Random(seed);
        String alphabet = "aZz09_.-/ \u00e9#:[]+\t";
        for (String regex : new String[] {Shapes.TABLE_NAME_PATTERN, "[0-9a-zA-Z_]+", "[-a-c.]+", "[ab.-]+"}) {
            Constraint.Matches constraint = new Constraint.Matches(regex);
            assertThat(constraint.charClass()).as(regex).isNotNull();
            Pattern pattern = Pattern.compile(regex);
            for (int i = 0; i < 2000; i++) {
                StringBuilder s = new StringBuilder();
                int n = random.nextInt(6);
                for (int j = 0; j < n; j++) {
                    s.append(alphabet.charAt(random.nextInt(alphabet.length())));
                }
                String text = s.toString();
                assertThat(constraint.test(TextNode.valueOf(text))).as("seed %d, %s on '%s'", seed, regex, text)
                        .isEqualTo(pattern.matcher(text).matches());
            }
        }
    }
}
