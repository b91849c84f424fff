package dev.swftyped.benchmarks;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;
import org.openjdk.jmh.infra.Blackhole;
import software.amazon.awssdk.services.swf.model.*;

/**
 * The floor under each fake operation: building the same SDK request and the same SDK response,
 * with no SWF in between. No implementation of the {@code SwfClient} interface can do less.
 */
@State(Scope.Thread)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Warmup(iterations = 5, time = 1)
@Measurement(iterations = 5, time = 1)
@Fork(value = 1, jvmArgsAppend = {"-XX:+UseParallelGC"})
public class FloorBenchmark {
  private static final Instant NOW = Instant.parse("2026-01-01T00:00:00Z");
  private static final String RUN = "22d12NFxxZpfk+ine6eN2zV3XPLcHuFcue3fpgz1U5/m4=";
  private int next;

  private String workflowId() {
    return "order-" + (next++ & 1023);
  }

  private static WorkflowExecutionInfo info(String workflowId) {
    return WorkflowExecutionInfo.builder()
        .execution(WorkflowExecution.builder().workflowId(workflowId).runId(RUN).build())
        .workflowType(Store.TYPE)
        .startTimestamp(NOW)
        .executionStatus(ExecutionStatus.OPEN)
        .tagList("vip")
        .cancelRequested(false)
        .build();
  }

  @Benchmark
  public void start(Blackhole blackhole) {
    blackhole.consume(Store.start(workflowId(), "vip"));
    blackhole.consume(StartWorkflowExecutionResponse.builder().runId(RUN).build());
  }

  @Benchmark
  public void signal(Blackhole blackhole) {
    String workflowId = workflowId();
    blackhole.consume(SignalWorkflowExecutionRequest.builder().domain(Store.DOMAIN).workflowId(workflowId).runId(RUN)
        .signalName("paid").input("{\"amount\":1999}").build());
    blackhole.consume(SignalWorkflowExecutionResponse.builder().build());
  }

  @Benchmark
  public void requestCancel(Blackhole blackhole) {
    String workflowId = workflowId();
    blackhole.consume(RequestCancelWorkflowExecutionRequest.builder().domain(Store.DOMAIN).workflowId(workflowId)
        .runId(RUN).build());
    blackhole.consume(RequestCancelWorkflowExecutionResponse.builder().build());
  }

  @Benchmark
  public void terminate(Blackhole blackhole) {
    blackhole.consume(TerminateWorkflowExecutionRequest.builder().domain(Store.DOMAIN).workflowId(workflowId())
        .reason("done").build());
    blackhole.consume(TerminateWorkflowExecutionResponse.builder().build());
  }

  @Benchmark
  public void describe(Blackhole blackhole) {
    String workflowId = workflowId();
    blackhole.consume(DescribeWorkflowExecutionRequest.builder().domain(Store.DOMAIN)
        .execution(e -> e.workflowId(workflowId).runId(RUN)).build());
    blackhole.consume(DescribeWorkflowExecutionResponse.builder()
        .executionInfo(info(workflowId))
        .executionConfiguration(WorkflowExecutionConfiguration.builder()
            .taskStartToCloseTimeout("30").executionStartToCloseTimeout("31536000")
            .taskList(TaskList.builder().name("deciders").build()).childPolicy(ChildPolicy.TERMINATE).build())
        .openCounts(WorkflowExecutionOpenCounts.builder().openActivityTasks(0).openDecisionTasks(1).openTimers(0)
            .openChildWorkflowExecutions(0).openLambdaFunctions(0).build())
        .build());
  }

  @Benchmark
  public void history(Blackhole blackhole) {
    String workflowId = workflowId();
    blackhole.consume(GetWorkflowExecutionHistoryRequest.builder().domain(Store.DOMAIN)
        .execution(e -> e.workflowId(workflowId).runId(RUN)).build());
    blackhole.consume(GetWorkflowExecutionHistoryResponse.builder().events(
        HistoryEvent.builder().eventId(1L).eventTimestamp(NOW).eventType(EventType.WORKFLOW_EXECUTION_STARTED)
            .workflowExecutionStartedEventAttributes(WorkflowExecutionStartedEventAttributes.builder()
                .input("{\"order\":42}").executionStartToCloseTimeout("31536000").taskStartToCloseTimeout("30")
                .childPolicy(ChildPolicy.TERMINATE).taskList(TaskList.builder().name("deciders").build())
                .workflowType(Store.TYPE).tagList("vip").parentInitiatedEventId(0L).build())
            .build(),
        HistoryEvent.builder().eventId(2L).eventTimestamp(NOW).eventType(EventType.DECISION_TASK_SCHEDULED)
            .decisionTaskScheduledEventAttributes(DecisionTaskScheduledEventAttributes.builder()
                .taskList(TaskList.builder().name("deciders").build()).startToCloseTimeout("30")
                .scheduleToStartTimeout("NONE").build())
            .build()).build());
  }

  @Benchmark
  public void listPageOf100(Blackhole blackhole) {
    blackhole.consume(ListOpenWorkflowExecutionsRequest.builder().domain(Store.DOMAIN)
        .startTimeFilter(f -> f.oldestDate(Instant.EPOCH)).maximumPageSize(100).build());
    List<WorkflowExecutionInfo> infos = new ArrayList<>(100);
    for (int i = 0; i < 100; i++) {
      infos.add(info(workflowId()));
    }
    blackhole.consume(ListOpenWorkflowExecutionsResponse.builder().executionInfos(infos).nextPageToken("token")
        .build());
  }

  @Benchmark
  public void countWithTagFilter(Blackhole blackhole) {
    blackhole.consume(CountOpenWorkflowExecutionsRequest.builder().domain(Store.DOMAIN)
        .startTimeFilter(f -> f.oldestDate(Instant.EPOCH)).tagFilter(f -> f.tag("vip")).build());
    blackhole.consume(CountOpenWorkflowExecutionsResponse.builder().count(500).truncated(false).build());
  }
}
