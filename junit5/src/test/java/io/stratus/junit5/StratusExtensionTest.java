package io.stratus.junit5;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.platform.engine.discovery.DiscoverySelectors.selectClass;
import static org.junit.platform.testkit.engine.EventConditions.event;
import static org.junit.platform.testkit.engine.EventConditions.finishedWithFailure;
import static org.junit.platform.testkit.engine.TestExecutionResultConditions.instanceOf;
import static org.junit.platform.testkit.engine.TestExecutionResultConditions.message;

import io.stratus.junit5.samples.InjectionSample;
import io.stratus.junit5.samples.MisconfiguredSamples;
import io.stratus.junit5.samples.ParallelSamples;
import io.stratus.junit5.samples.ResetSamples;
import io.stratus.junit5.samples.SharedSamples;
import java.net.ConnectException;
import java.net.Socket;
import java.net.URI;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtensionConfigurationException;
import org.junit.platform.engine.reporting.ReportEntry;
import org.junit.platform.testkit.engine.EngineExecutionResults;
import org.junit.platform.testkit.engine.EngineTestKit;
import org.junit.platform.testkit.engine.Event;
import org.junit.platform.testkit.engine.EventType;

/** The extension seen from JUnit: sample classes run through the engine test kit. */
class StratusExtensionTest {

    private static EngineExecutionResults run(Class<?>... classes) {
        EngineTestKit.Builder builder = EngineTestKit.engine("junit-jupiter");
        for (Class<?> type : classes) {
            builder.selectors(selectClass(type));
        }
        return builder.execute();
    }

    private static List<URI> reportedEndpoints(EngineExecutionResults results) {
        return results.allEvents().stream()
                .filter(e -> e.getType() == EventType.REPORTING_ENTRY_PUBLISHED)
                .map(e -> e.getPayload(ReportEntry.class).orElseThrow().getKeyValuePairs().get("endpoint"))
                .map(URI::create)
                .toList();
    }

    private static void assertRefusesConnections(URI endpoint) {
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> new Socket(endpoint.getHost(), endpoint.getPort()).close())
                .isInstanceOf(ConnectException.class);
    }

    @Test
    void injectsEndpointHandleAndClientsIntoFieldsAndParameters() {
        EngineExecutionResults results = run(InjectionSample.class);

        results.testEvents().assertStatistics(stats -> stats.succeeded(1).failed(0));
    }

    @Test
    void eachClassHasItsOwnInstanceClosedAfterItsLastTest() {
        EngineExecutionResults results = run(InjectionSample.class, SharedSamples.Own.class);

        results.testEvents().assertStatistics(stats -> stats.succeeded(2).failed(0));
        List<URI> endpoints = reportedEndpoints(results);
        assertThat(endpoints).hasSize(2).doesNotHaveDuplicates();
        endpoints.forEach(StratusExtensionTest::assertRefusesConnections);
    }

    @Test
    void sharedClassesUseOneInstanceClosedAtTheEndOfTheRun() {
        EngineExecutionResults results = run(SharedSamples.SharedOne.class, SharedSamples.SharedTwo.class,
                SharedSamples.Own.class);

        results.testEvents().assertStatistics(stats -> stats.succeeded(3).failed(0));
        List<URI> endpoints = reportedEndpoints(results);
        assertThat(endpoints.get(0)).isEqualTo(endpoints.get(1));
        assertThat(endpoints.get(2)).isNotEqualTo(endpoints.get(0));
        endpoints.forEach(StratusExtensionTest::assertRefusesConnections);
    }

    @Test
    void resetBeforeEachEmptiesTheTablesBeforeEveryTest() {
        run(ResetSamples.ResetBeforeEach.class).testEvents().assertStatistics(stats -> stats.succeeded(2).failed(0));
    }

    @Test
    void keptDataIsSeenByLaterTestsUnlessAMethodAsksForAReset() {
        run(ResetSamples.KeepWithOneResettingTest.class).testEvents()
                .assertStatistics(stats -> stats.succeeded(3).failed(0));
    }

    @Test
    void concurrentTestsThatResetNeverSeeEachOthersResets() {
        EngineExecutionResults results = EngineTestKit.engine("junit-jupiter")
                .configurationParameter("junit.jupiter.execution.parallel.enabled", "true")
                .configurationParameter("junit.jupiter.execution.parallel.mode.default", "concurrent")
                .configurationParameter("junit.jupiter.execution.parallel.mode.classes.default", "concurrent")
                .selectors(selectClass(ParallelSamples.ConcurrentMethodsA.class),
                        selectClass(ParallelSamples.ConcurrentMethodsB.class),
                        selectClass(ParallelSamples.ConcurrentMethodsC.class))
                .execute();

        results.testEvents().assertStatistics(stats -> stats.succeeded(18).failed(0));
    }

    @Test
    void registeringTheExtensionWithTheBuilderWorksLikeTheAnnotation() {
        run(MisconfiguredSamples.Registered.class).testEvents().assertStatistics(stats -> stats.succeeded(1).failed(0));
    }

    @Test
    void extensionWithoutAnnotationOrBuilderFailsTheClassWithAnExplanation() {
        run(MisconfiguredSamples.WithoutAnnotation.class).containerEvents().assertThatEvents().haveExactly(1,
                event(finishedWithFailure(instanceOf(ExtensionConfigurationException.class), message(
                        "StratusExtension on " + MisconfiguredSamples.WithoutAnnotation.class.getName()
                                + " needs @StratusTest on the class, or registration through @RegisterExtension"
                                + " static StratusExtension ... = StratusExtension.builder()...build()"))));
    }

    @Test
    void fieldOfATypeStratusCannotProvideIsRejected() throws NoSuchFieldException {
        String field = MisconfiguredSamples.UnsupportedField.class.getDeclaredField("notInjectable").toString();

        run(MisconfiguredSamples.UnsupportedField.class).testEvents().assertThatEvents().haveExactly(1,
                event(finishedWithFailure(instanceOf(ExtensionConfigurationException.class),
                        message(m -> m.startsWith("@StratusInject field " + field
                                + " has type java.lang.String; Stratus injects java.net.URI,")))));
    }

    @Test
    void missingTemplateFailsTheClass() {
        Optional<Event> failure = run(MisconfiguredSamples.MissingTemplate.class).containerEvents().failed().stream()
                .findFirst();

        assertThat(failure).isPresent();
        assertThat(failure.get().getPayload(org.junit.platform.engine.TestExecutionResult.class).orElseThrow()
                .getThrowable().orElseThrow().getMessage())
                .startsWith("Template missing.yaml is neither a classpath resource nor a file");
    }
}
