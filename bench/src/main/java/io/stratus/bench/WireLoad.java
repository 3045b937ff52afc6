package io.stratus.bench;

import io.stratus.bench.wire.LoadOptions;
import io.stratus.bench.wire.LoadRunner;
import io.stratus.bench.wire.ResultTable;
import io.stratus.bench.wire.Scenario;
import io.stratus.bench.wire.ScenarioResult;
import io.stratus.bench.wire.Scenarios;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * The wire load generator: runs the chosen scenarios one after another against a running Stratus
 * and prints requests per second and latency percentiles per scenario. Exits 1 when any request
 * failed, 2 on bad options.
 */
public final class WireLoad {

    private WireLoad() {
    }

    /** Runs {@code java -cp benchmarks.jar io.stratus.bench.WireLoad --endpoint http://127.0.0.1:PORT ...}. */
    public static void main(String[] args) throws Exception {
        LoadOptions options;
        try {
            if (args.length == 0 || args[0].equals("--help") || args[0].equals("-h")) {
                System.out.print(LoadOptions.USAGE);
                System.exit(args.length == 0 ? 2 : 0);
                return;
            }
            options = LoadOptions.parse(args);
        } catch (IllegalArgumentException e) {
            System.err.println("WireLoad: " + e.getMessage());
            System.err.print(LoadOptions.USAGE);
            System.exit(2);
            return;
        }
        LoadRunner runner = new LoadRunner(options, Long.toString(System.currentTimeMillis(), 36));
        List<ScenarioResult> results = new ArrayList<>();
        for (Scenario scenario : Scenarios.select(options.scenarios())) {
            System.err.printf("WireLoad: %s (%s): %d connections, %d s warm-up, %d s measured, %s client%n",
                    scenario.name(), scenario.description(), options.connections(), options.warmupSeconds(),
                    options.durationSeconds(), options.client().name().toLowerCase(Locale.ROOT));
            results.add(runner.run(scenario));
        }
        System.out.print(ResultTable.render(results));
        boolean failed = false;
        for (ScenarioResult r : results) {
            if (r.errors() > 0) {
                failed = true;
                System.out.printf("%s: %d errors; first: %s%n", r.scenario(), r.errors(), r.firstError());
            }
        }
        System.exit(failed ? 1 : 0);
    }
}
