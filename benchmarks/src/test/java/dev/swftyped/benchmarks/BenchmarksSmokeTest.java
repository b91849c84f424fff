package dev.swftyped.benchmarks;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Collection;
import org.junit.jupiter.api.Test;
import org.openjdk.jmh.results.RunResult;
import org.openjdk.jmh.runner.Runner;
import org.openjdk.jmh.runner.options.Options;
import org.openjdk.jmh.runner.options.OptionsBuilder;
import org.openjdk.jmh.runner.options.TimeValue;

/**
 * The build's smoke run: every benchmark compiles and runs one short iteration, on the smallest
 * domain. The real measurements are run by hand (see benchmarks/README.md).
 */
class BenchmarksSmokeTest {

  @Test
  void everyBenchmarkRunsOnce() throws Exception {
    Options options = new OptionsBuilder()
        .include(Benchmarks.class.getPackageName() + "\\..*Benchmark\\..*")
        .forks(0)
        .warmupIterations(0)
        .measurementIterations(1)
        .measurementTime(TimeValue.milliseconds(50))
        .param("executions", "1000")
        .shouldFailOnError(true)
        .build();

    Collection<RunResult> results = new Runner(options).run();

    assertThat(results).extracting(result -> result.getParams().getBenchmark().replaceAll(".*\\.benchmarks\\.", ""))
        .contains("FakeOperationsBenchmark.signal", "FakeStartTerminateBenchmark.start", "FloorBenchmark.start",
            "TypedLibraryBenchmark.typedDescribe", "FreshFakeBenchmark.freshFakeWithDomainAndType",
            "ContentionBenchmark.mixedTwoThreads", "HttpRoundTripBenchmark.describeOverHttp",
            "TaskPlaneBenchmark.decisionRoundTrip", "TaskPlaneBenchmark.activityRoundTrip",
            "TaskPlaneBenchmark.tenActivityWorkflow", "WorkflowBenchmark.parentWithThreeChildren",
            "WorkflowBenchmark.thirtyDayTimerSkipped", "TasksAndWorkersBenchmark.decisionTaskOfAThousandEventsToState",
            "TasksAndWorkersBenchmark.rawActivityRoundTrip", "TasksAndWorkersBenchmark.workerActivityRoundTrip",
            "OrderWorkflowBenchmark.paidOnTheSecondDayAndShipped", "OrderWorkflowBenchmark.unpaidAndCancelledAfterThreeDays",
            "OrderWorkflowBenchmark.declinedThenChargedAnHourLater", "OrderWorkflowBenchmark.cancelledWhileShipping")
        .hasSize(41);
    assertThat(results).allSatisfy(result -> assertThat(result.getPrimaryResult().getScore()).isPositive());
  }

  @Test
  void theWaitingPollMeasurementsRun() throws Exception {
    long[] latencies = HttpPolls.latencies(5);
    assertThat(latencies).hasSize(5);
    assertThat(latencies[0]).isPositive();
    HttpPolls.Held held = HttpPolls.holdPolls(60);
    assertThat(held.serverThreadsWhileHeld()).isLessThan(60);
  }

  @Test
  void theHeapMeasurementRuns() {
    assertThat(HeapPerExecution.measure(20_000)).isPositive();
  }
}
