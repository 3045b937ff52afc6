package io.stratus.server.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

class CommandLineParserTest {

    private static Command parse(Map<String, String> env, String... args) throws UsageException {
        return CommandLineParser.parse(args, env);
    }

    private static CliOptions options(String... args) throws UsageException {
        return parse(Map.of(), args).options();
    }

    @Nested
    class HelpAndVersion {

        @Test
        void helpWinsOverEverythingElse() throws UsageException {
            assertThat(parse(Map.of(), "--port", "x", "--help").action()).isEqualTo(Command.Action.HELP);
            assertThat(parse(Map.of(), "-h").action()).isEqualTo(Command.Action.HELP);
        }

        @Test
        void versionIsRecognised() throws UsageException {
            assertThat(parse(Map.of(), "--version").action()).isEqualTo(Command.Action.VERSION);
            assertThat(parse(Map.of(), "-V").action()).isEqualTo(Command.Action.VERSION);
        }
    }

    @Nested
    class Start {

        @Test
        void noArgumentsStartWithTheDefaults() throws UsageException {
            Command command = parse(Map.of());

            assertThat(command.action()).isEqualTo(Command.Action.START);
            assertThat(command.options()).isEqualTo(new CliOptions("127.0.0.1", 4566, null, null, Map.of(), "info", "us-east-1", null, null, List.of()));
        }

        @Test
        void everyOptionIsParsedWithOrWithoutTheStartCommand() throws UsageException {
            CliOptions expected = new CliOptions("0.0.0.0", 0, Path.of("t.yaml"), Path.of("data"),
                    Map.of("Stage", "dev", "Name", "a=b"), "debug", "eu-west-1", Path.of("env.json"), "jwks.json",
                    List.of("k1", "k2"));

            assertThat(options("start", "--template", "t.yaml", "--port", "0", "--host", "0.0.0.0",
                    "--data-dir", "data", "--parameter-overrides", "Stage=dev,Name=a=b", "--log-level", "DEBUG",
                    "--region", "eu-west-1", "--env-vars", "env.json", "--jwks", "jwks.json",
                    "--api-key", "k1", "--api-key", "k2"))
                    .isEqualTo(expected);
            assertThat(options("--template=t.yaml", "--port=0", "--host=0.0.0.0", "--data-dir=data",
                    "--parameter-overrides=Stage=dev", "--parameter-overrides", "Name=a=b", "--log-level=debug",
                    "--region=eu-west-1", "--env-vars=env.json", "--jwks=jwks.json", "--api-key=k1", "--api-key=k2"))
                    .isEqualTo(expected);
        }

        @Test
        void environmentFillsUnsetOptions() throws UsageException {
            Map<String, String> env = Map.ofEntries(Map.entry("STRATUS_PORT", "5000"), Map.entry("STRATUS_HOST", "0.0.0.0"),
                    Map.entry("STRATUS_TEMPLATE", "env.yaml"), Map.entry("STRATUS_DATA_DIR", "/var/stratus"),
                    Map.entry("STRATUS_LOG_LEVEL", "warn"), Map.entry("STRATUS_REGION", "ap-southeast-2"),
                    Map.entry("STRATUS_ENV_VARS", "env.json"), Map.entry("STRATUS_JWKS", "https://idp/jwks.json"),
                    Map.entry("STRATUS_API_KEYS", "k1, k2"), Map.entry("STRATUS_PARAMETER_OVERRIDES", "Stage=prod"));

            assertThat(parse(env).options()).isEqualTo(new CliOptions("0.0.0.0", 5000, Path.of("env.yaml"),
                    Path.of("/var/stratus"), Map.of("Stage", "prod"), "warn", "ap-southeast-2", Path.of("env.json"),
                    "https://idp/jwks.json", List.of("k1", "k2")));
        }

        @Test
        void parameterOverridesTakeEverySamForm() throws UsageException {
            assertThat(options("--parameter-overrides", "Stage=dev Token=a=b").parameters())
                    .containsExactly(Map.entry("Stage", "dev"), Map.entry("Token", "a=b"));
            assertThat(options("--parameter-overrides",
                    "ParameterKey=Stage,ParameterValue=dev ParameterKey=Token,ParameterValue=x").parameters())
                    .containsExactly(Map.entry("Stage", "dev"), Map.entry("Token", "x"));
        }

        @Test
        void apiKeysOfTheCommandLineAddToTheEnvironments() throws UsageException {
            assertThat(parse(Map.of("STRATUS_API_KEYS", "k1"), "--api-key", "k2").options().apiKeys())
                    .containsExactly("k1", "k2");
        }

        @Test
        void optionsWinOverTheEnvironment() throws UsageException {
            CliOptions options = parse(Map.of("STRATUS_PORT", "5000", "STRATUS_HOST", "0.0.0.0"), "--port", "6000").options();

            assertThat(options.port()).isEqualTo(6000);
            assertThat(options.host()).isEqualTo("0.0.0.0");
        }

        @Test
        void blankEnvironmentVariablesAreIgnored() throws UsageException {
            assertThat(parse(Map.of("STRATUS_PORT", " ", "STRATUS_TEMPLATE", "")).options())
                    .isEqualTo(new CliOptions("127.0.0.1", 4566, null, null, Map.of(), "info", "us-east-1", null, null, List.of()));
        }
    }

    @Nested
    class Errors {

        @Test
        void unknownOptionIsNamed() {
            assertThatThrownBy(() -> options("--prot", "1")).isInstanceOf(UsageException.class)
                    .hasMessage("unknown option '--prot'");
        }

        @Test
        void unknownCommandIsNamed() {
            assertThatThrownBy(() -> options("stop")).hasMessage("unknown command 'stop'");
        }

        @Test
        void strayArgumentIsNamed() {
            assertThatThrownBy(() -> options("--port", "1", "extra")).hasMessage("unexpected argument 'extra'");
        }

        @Test
        void optionWithoutAValueIsReported() {
            assertThatThrownBy(() -> options("--port")).hasMessage("option '--port' needs a value");
            assertThatThrownBy(() -> options("--template", "--port", "1")).hasMessage("option '--template' needs a value");
        }

        @Test
        void portOutOfRangeIsReported() {
            assertThatThrownBy(() -> options("--port", "70000"))
                    .hasMessage("invalid port '70000': expected a number from 0 to 65535");
            assertThatThrownBy(() -> options("--port", "abc"))
                    .hasMessage("invalid port 'abc': expected a number from 0 to 65535");
        }

        @Test
        void invalidEnvironmentPortNamesTheVariable() {
            assertThatThrownBy(() -> parse(Map.of("STRATUS_PORT", "x")))
                    .hasMessage("invalid STRATUS_PORT 'x': expected a number from 0 to 65535");
        }

        @Test
        void unknownLogLevelIsReported() {
            assertThatThrownBy(() -> options("--log-level", "loud"))
                    .hasMessage("invalid log level 'loud': expected trace, debug, info, warn, error or off");
        }

        @Test
        void aRegionThatIsNotARegionNameIsReported() {
            assertThatThrownBy(() -> options("--region", "us east"))
                    .hasMessage("invalid region 'us east': expected a region name such as us-east-1");
            assertThatThrownBy(() -> parse(Map.of("STRATUS_REGION", "mars")))
                    .hasMessage("invalid STRATUS_REGION 'mars': expected a region name such as us-east-1");
        }

        @Test
        void theNewOptionsNeedValues() {
            assertThatThrownBy(() -> options("--env-vars")).hasMessage("option '--env-vars' needs a value");
            assertThatThrownBy(() -> options("--jwks", "--port", "1")).hasMessage("option '--jwks' needs a value");
            assertThatThrownBy(() -> options("--api-key=")).hasMessage("option '--api-key' needs a value");
        }

        @Test
        void parameterOverrideWithoutEqualsIsReported() {
            assertThatThrownBy(() -> options("--parameter-overrides", "Stage=dev,oops"))
                    .hasMessage("invalid parameter override 'oops': expected KEY=VALUE");
        }
    }
}
