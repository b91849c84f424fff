package dev.swftyped.benchmarks;

import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OperationsPerInvocation;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.annotations.Warmup;
import org.openjdk.jmh.infra.BenchmarkParams;
import org.openjdk.jmh.infra.Blackhole;
import software.amazon.awssdk.services.swf.SwfClient;
import software.amazon.awssdk.services.swf.model.ActivityType;
import software.amazon.awssdk.services.swf.model.Decision;
import software.amazon.awssdk.services.swf.model.DecisionType;
import software.amazon.awssdk.services.swf.model.PollForActivityTaskRequest;
import software.amazon.awssdk.services.swf.model.PollForActivityTaskResponse;
import software.amazon.awssdk.services.swf.model.PollForDecisionTaskRequest;
import software.amazon.awssdk.services.swf.model.PollForDecisionTaskResponse;
import software.amazon.awssdk.services.swf.model.RespondActivityTaskCompletedRequest;
import software.amazon.awssdk.services.swf.model.RespondDecisionTaskCompletedRequest;
import software.amazon.awssdk.services.swf.model.StartWorkflowExecutionRequest;
import software.amazon.awssdk.services.swf.model.TaskList;

/**
 * What deciders and workers pay per task in the fake, in a domain of {@code executions} open
 * executions: a decision round trip (poll, then respond with one decision) and an activity round
 * trip (poll, then complete), each measured over a batch of {@value #BATCH} tasks waiting on one
 * list; and a whole workflow of ten sequential activities, from start to close, on one thread.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.SingleShotTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Warmup(iterations = 20)
@Measurement(iterations = 20)
@Fork(value = 1, jvmArgsAppend = {"-Xms4g", "-Xmx4g", "-XX:+UseParallelGC"})
public class TaskPlaneBenchmark {
  static final int BATCH = 10_000;
  static final ActivityType ACTIVITY = ActivityType.builder().name("Reserve").version("1").build();
  static final TaskList DECIDERS = TaskList.builder().name("bench-deciders").build();
  static final TaskList WORKERS = TaskList.builder().name("bench-workers").build();
  static final TaskList WORKFLOW_DECIDERS = TaskList.builder().name("workflow-deciders").build();
  static final TaskList WORKFLOW_WORKERS = TaskList.builder().name("workflow-workers").build();

  @Param({"10000"})
  public int executions;

  private Store store;
  private SwfClient swf;
  private int batch;
  private int workflows;
  private String[] batchIds;

  private final PollForDecisionTaskRequest pollDecision = PollForDecisionTaskRequest.builder()
      .domain(Store.DOMAIN).taskList(DECIDERS).identity("decider-1").build();
  private final PollForActivityTaskRequest pollActivity = PollForActivityTaskRequest.builder()
      .domain(Store.DOMAIN).taskList(WORKERS).identity("worker-1").build();

  @Setup
  public void fill() {
    store = new Store(executions);
    swf = store.swf;
    swf.registerActivityType(r -> r.domain(Store.DOMAIN).name(ACTIVITY.name()).version(ACTIVITY.version())
        .defaultTaskList(WORKERS)
        .defaultTaskScheduleToStartTimeout("NONE")
        .defaultTaskScheduleToCloseTimeout("NONE")
        .defaultTaskStartToCloseTimeout("300")
        .defaultTaskHeartbeatTimeout("NONE"));
  }

  /**
   * Starts the batch's executions, each with a decision task waiting on the benchmark's list; for
   * the activity round trip, also takes each decision task and schedules one activity task. The
   * heap is settled afterwards.
   */
  @Setup(Level.Iteration)
  public void nextBatch(BenchmarkParams params) {
    batch++;
    batchIds = new String[BATCH];
    for (int i = 0; i < BATCH; i++) {
      batchIds[i] = "batch-" + batch + "-" + i;
      swf.startWorkflowExecution(StartWorkflowExecutionRequest.builder().domain(Store.DOMAIN)
          .workflowId(batchIds[i]).workflowType(Store.TYPE).taskList(DECIDERS).build());
    }
    if (params.getBenchmark().endsWith(".activityRoundTrip")) {
      for (int i = 0; i < BATCH; i++) {
        decide();
      }
    }
    Store.settle();
  }

  /** Closes the batch's executions, so that the domain stays at its size. */
  @TearDown(Level.Iteration)
  public void closeBatch() {
    for (String workflowId : batchIds) {
      swf.terminateWorkflowExecution(r -> r.domain(Store.DOMAIN).workflowId(workflowId));
    }
  }

  private PollForDecisionTaskResponse decide() {
    PollForDecisionTaskResponse task = swf.pollForDecisionTask(pollDecision);
    swf.respondDecisionTaskCompleted(RespondDecisionTaskCompletedRequest.builder()
        .taskToken(task.taskToken())
        .decisions(schedule("a-" + task.startedEventId()))
        .build());
    return task;
  }

  private static Decision schedule(String activityId) {
    return Decision.builder()
        .decisionType(DecisionType.SCHEDULE_ACTIVITY_TASK)
        .scheduleActivityTaskDecisionAttributes(a -> a.activityType(ACTIVITY).activityId(activityId))
        .build();
  }

  /** Poll a decision task (its history of three events) and answer with one ScheduleActivityTask. */
  @Benchmark
  @OperationsPerInvocation(BATCH)
  public void decisionRoundTrip(Blackhole blackhole) {
    for (int i = 0; i < BATCH; i++) {
      blackhole.consume(decide());
    }
  }

  /** Poll an activity task and complete it (which schedules a decision task). */
  @Benchmark
  @OperationsPerInvocation(BATCH)
  public void activityRoundTrip(Blackhole blackhole) {
    for (int i = 0; i < BATCH; i++) {
      PollForActivityTaskResponse task = swf.pollForActivityTask(pollActivity);
      blackhole.consume(swf.respondActivityTaskCompleted(RespondActivityTaskCompletedRequest.builder()
          .taskToken(task.taskToken()).result("reserved").build()));
    }
  }

  /**
   * A workflow of ten activities one after the other, from its start to its completion: eleven
   * decision tasks (each with the whole history so far) and ten activity tasks, on one thread.
   */
  @Benchmark
  @BenchmarkMode(Mode.AverageTime)
  @Warmup(iterations = 5, time = 1)
  @Measurement(iterations = 5, time = 1)
  public void tenActivityWorkflow(Blackhole blackhole) {
    String workflowId = "workflow-" + workflows++;
    swf.startWorkflowExecution(StartWorkflowExecutionRequest.builder().domain(Store.DOMAIN).workflowId(workflowId)
        .workflowType(Store.TYPE).taskList(WORKFLOW_DECIDERS).build());
    for (int step = 0; step <= 10; step++) {
      PollForDecisionTaskResponse decisionTask = swf.pollForDecisionTask(r -> r.domain(Store.DOMAIN)
          .taskList(WORKFLOW_DECIDERS));
      Decision next = step < 10
          ? Decision.builder().decisionType(DecisionType.SCHEDULE_ACTIVITY_TASK)
              .scheduleActivityTaskDecisionAttributes(a -> a.activityType(ACTIVITY).activityId("step")
                  .taskList(WORKFLOW_WORKERS).input("{\"order\":42}"))
              .build()
          : Decision.builder().decisionType(DecisionType.COMPLETE_WORKFLOW_EXECUTION)
              .completeWorkflowExecutionDecisionAttributes(a -> a.result("shipped")).build();
      swf.respondDecisionTaskCompleted(r -> r.taskToken(decisionTask.taskToken()).decisions(next));
      if (step < 10) {
        PollForActivityTaskResponse activityTask = swf.pollForActivityTask(r -> r.domain(Store.DOMAIN)
            .taskList(WORKFLOW_WORKERS));
        blackhole.consume(swf.respondActivityTaskCompleted(r -> r.taskToken(activityTask.taskToken())
            .result("done")));
      }
    }
  }
}
