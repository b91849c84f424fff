package dev.swftyped.benchmarks;

import dev.swftyped.ActivityWorker;
import dev.swftyped.DecisionTask;
import dev.swftyped.ExecutionState;
import dev.swftyped.SwfTyped;
import java.util.Optional;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OperationsPerInvocation;
import org.openjdk.jmh.annotations.OutputTimeUnit;
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
import software.amazon.awssdk.services.swf.model.StartWorkflowExecutionRequest;
import software.amazon.awssdk.services.swf.model.TaskList;

/**
 * What swf-typed's tasks and workers cost: a decision task of 1,000 events read from the SDK's
 * response and built into its {@link ExecutionState} (target: 1 ms at most); and an activity round
 * trip (poll, then complete) on the fake, done by raw SDK calls in a loop and by an {@link
 * ActivityWorker} with one thread, each over a batch of {@value #BATCH} waiting tasks (target: the
 * worker at most 25% slower per task).
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.SingleShotTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Warmup(iterations = 20)
@Measurement(iterations = 20)
@Fork(value = 1, jvmArgsAppend = {"-Xms4g", "-Xmx4g", "-XX:+UseParallelGC"})
public class TasksAndWorkersBenchmark {
  static final int BATCH = 10_000;
  static final int HISTORY = 1_000;
  static final ActivityType ACTIVITY = ActivityType.builder().name("Reserve").version("1").build();
  static final TaskList DECIDERS = TaskList.builder().name("bench-deciders").build();
  static final String WORKERS = "bench-workers";

  private Store store;
  private SwfClient swf;
  private SwfTyped typed;
  private SwfTyped canned;
  private int batch;
  private String[] batchIds;

  private final PollForActivityTaskRequest pollActivity = PollForActivityTaskRequest.builder()
      .domain(Store.DOMAIN).taskList(t -> t.name(WORKERS)).identity("worker-1").build();

  /**
   * Fills the fake with a run whose decision task has 1,000 events (its start, its first decision
   * task and 997 signals), polled once; the SDK's response then answers every poll of a stub
   * client, so that reading it costs what reading SWF's answer costs.
   */
  @Setup
  public void fill() {
    store = new Store(0);
    swf = store.swf;
    typed = SwfTyped.create(swf, store.clock);
    swf.registerActivityType(r -> r.domain(Store.DOMAIN).name(ACTIVITY.name()).version(ACTIVITY.version())
        .defaultTaskList(t -> t.name(WORKERS))
        .defaultTaskScheduleToStartTimeout("NONE")
        .defaultTaskScheduleToCloseTimeout("NONE")
        .defaultTaskStartToCloseTimeout("300")
        .defaultTaskHeartbeatTimeout("NONE"));
    swf.startWorkflowExecution(StartWorkflowExecutionRequest.builder().domain(Store.DOMAIN).workflowId("long")
        .workflowType(Store.TYPE).taskList(t -> t.name("long-deciders")).input("{\"order\":42}").build());
    for (int i = 0; i < HISTORY - 3; i++) {
      int n = i;
      swf.signalWorkflowExecution(r -> r.domain(Store.DOMAIN).workflowId("long").signalName("s" + n).input("i" + n));
    }
    PollForDecisionTaskResponse response = swf.pollForDecisionTask(r -> r.domain(Store.DOMAIN)
        .taskList(t -> t.name("long-deciders")));
    if (response.events().size() != HISTORY || response.nextPageToken() != null) {
      throw new IllegalStateException("expected one page of " + HISTORY + " events, got " + response.events().size());
    }
    canned = SwfTyped.create(new SwfClient() {
      @Override
      public PollForDecisionTaskResponse pollForDecisionTask(PollForDecisionTaskRequest request) {
        return response;
      }

      @Override
      public String serviceName() {
        return SERVICE_NAME;
      }

      @Override
      public void close() {}
    });
  }

  /** For the round trips: {@value #BATCH} runs, each with one activity task waiting. */
  @Setup(Level.Iteration)
  public void nextBatch(BenchmarkParams params) {
    if (params.getBenchmark().endsWith("decisionTaskOfAThousandEventsToState")) {
      return;
    }
    batch++;
    batchIds = new String[BATCH];
    for (int i = 0; i < BATCH; i++) {
      batchIds[i] = "batch-" + batch + "-" + i;
      swf.startWorkflowExecution(StartWorkflowExecutionRequest.builder().domain(Store.DOMAIN)
          .workflowId(batchIds[i]).workflowType(Store.TYPE).taskList(DECIDERS).build());
      PollForDecisionTaskResponse task = swf.pollForDecisionTask(r -> r.domain(Store.DOMAIN).taskList(DECIDERS));
      swf.respondDecisionTaskCompleted(r -> r.taskToken(task.taskToken()).decisions(Decision.builder()
          .decisionType(DecisionType.SCHEDULE_ACTIVITY_TASK)
          .scheduleActivityTaskDecisionAttributes(a -> a.activityType(ACTIVITY).activityId("a")).build()));
    }
    Store.settle();
  }

  /** Closes the batch's runs. */
  @TearDown(Level.Iteration)
  public void closeBatch() {
    if (batchIds != null) {
      for (String workflowId : batchIds) {
        swf.terminateWorkflowExecution(r -> r.domain(Store.DOMAIN).workflowId(workflowId));
      }
      batchIds = null;
    }
  }

  /** A decision task of 1,000 events: the SDK's response read into typed events and its state built. */
  @Benchmark
  @BenchmarkMode(Mode.AverageTime)
  @Warmup(iterations = 5, time = 1)
  @Measurement(iterations = 5, time = 1)
  public ExecutionState decisionTaskOfAThousandEventsToState() {
    DecisionTask task = canned.pollDecisionTask(Store.DOMAIN, "long-deciders").orElseThrow();
    return task.state();
  }

  /** Raw SDK calls: poll an activity task and complete it, one after the other, on one thread. */
  @Benchmark
  @OperationsPerInvocation(BATCH)
  public void rawActivityRoundTrip(Blackhole blackhole) {
    for (int i = 0; i < BATCH; i++) {
      PollForActivityTaskResponse task = swf.pollForActivityTask(pollActivity);
      blackhole.consume(swf.respondActivityTaskCompleted(RespondActivityTaskCompletedRequest.builder()
          .taskToken(task.taskToken()).result("reserved").build()));
    }
  }

  /**
   * An activity worker with one thread does the same: it starts, takes and completes every task of
   * the batch, and is closed once the last handler has run (its answer is sent before close returns).
   */
  @Benchmark
  @OperationsPerInvocation(BATCH)
  public void workerActivityRoundTrip() throws InterruptedException {
    CountDownLatch handled = new CountDownLatch(BATCH);
    try (ActivityWorker worker = ActivityWorker.builder(typed, Store.DOMAIN, WORKERS, (task, context) -> {
      handled.countDown();
      return Optional.of("reserved");
    }).identity("worker-1").build().start()) {
      if (!handled.await(5, TimeUnit.MINUTES)) {
        throw new IllegalStateException("the worker handled " + (BATCH - handled.getCount()) + " tasks");
      }
    }
  }
}
