package dev.swftyped.benchmarks;

import dev.swftyped.fake.FakeClock;
import dev.swftyped.fake.SwfFake;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.annotations.Warmup;
import software.amazon.awssdk.services.swf.SwfClient;
import software.amazon.awssdk.services.swf.model.CloseStatus;
import software.amazon.awssdk.services.swf.model.Decision;
import software.amazon.awssdk.services.swf.model.DecisionType;
import software.amazon.awssdk.services.swf.model.EventType;
import software.amazon.awssdk.services.swf.model.HistoryEvent;
import software.amazon.awssdk.services.swf.model.PollForActivityTaskResponse;
import software.amazon.awssdk.services.swf.model.PollForDecisionTaskResponse;
import software.amazon.awssdk.services.swf.model.WorkflowExecutionInfo;

/**
 * Whole workflows, from start to close, in process: a parent that starts three children of ten
 * sequential activities each, driven by one thread; and the time-skipping case, a workflow that
 * waits thirty days on a timer, then runs an activity, with its decider and its worker polling on
 * threads of their own while the benchmark thread waits in {@code awaitClosed}.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Warmup(iterations = 5, time = 1)
@Measurement(iterations = 5, time = 1)
@Fork(value = 1, jvmArgsAppend = {"-Xms2g", "-Xmx2g", "-XX:+UseParallelGC"})
public class WorkflowBenchmark {
  private static final String DOMAIN = "bench";
  private static final Instant START = Instant.parse("2026-01-01T00:00:00Z");

  /** A fake whose polls answer at once, for the workflow driven from one thread. */
  private SwfFake driven;
  private SwfClient swf;
  /** A fake whose polls wait, for the decider and worker threads of the time-skipping case. */
  private SwfFake fake;
  private SwfClient threaded;
  private int workflows;
  private final AtomicBoolean running = new AtomicBoolean(true);
  private Thread decider;
  private Thread worker;

  @Setup
  public void setUp() {
    driven = SwfFake.builder().clock(FakeClock.at(START)).seed(3).pollTimeout(Duration.ZERO).build();
    swf = driven.client();
    register(swf);
    fake = SwfFake.builder().clock(FakeClock.at(START)).seed(4).pollTimeout(Duration.ofMillis(200)).build();
    threaded = fake.client();
    register(threaded);
    decider = new Thread(this::decideWaitingWorkflows, "waiting-decider");
    worker = new Thread(this::work, "waiting-worker");
    decider.start();
    worker.start();
  }

  private static void register(SwfClient swf) {
    swf.registerDomain(r -> r.name(DOMAIN).workflowExecutionRetentionPeriodInDays("1"));
    for (String type : List.of("Parent", "Child", "Waiting")) {
      swf.registerWorkflowType(r -> r.domain(DOMAIN).name(type).version("1")
          .defaultTaskList(t -> t.name(type + "-deciders"))
          .defaultExecutionStartToCloseTimeout("31536000")
          .defaultTaskStartToCloseTimeout("30")
          .defaultChildPolicy("TERMINATE"));
    }
    swf.registerActivityType(r -> r.domain(DOMAIN).name("Step").version("1")
        .defaultTaskList(t -> t.name("workers"))
        .defaultTaskScheduleToStartTimeout("NONE")
        .defaultTaskScheduleToCloseTimeout("NONE")
        .defaultTaskStartToCloseTimeout("300")
        .defaultTaskHeartbeatTimeout("NONE"));
  }

  @TearDown
  public void tearDown() throws InterruptedException {
    running.set(false);
    fake.close();
    decider.join(5_000);
    worker.join(5_000);
  }

  // ---------------------------------------------------------------- a parent and three children

  /** A parent that starts three children of ten sequential activities, all driven from this thread. */
  @Benchmark
  public WorkflowExecutionInfo parentWithThreeChildren() {
    String parent = "parent-" + workflows++;
    String runId = swf.startWorkflowExecution(r -> r.domain(DOMAIN).workflowId(parent)
        .workflowType(t -> t.name("Parent").version("1"))).runId();
    boolean progress = true;
    while (progress) {
      progress = false;
      PollForDecisionTaskResponse parentTask = swf.pollForDecisionTask(r -> r.domain(DOMAIN)
          .taskList(t -> t.name("Parent-deciders")));
      if (parentTask.taskToken() != null) {
        progress = true;
        swf.respondDecisionTaskCompleted(r -> r.taskToken(parentTask.taskToken())
            .decisions(decideParent(parent, parentTask.events())));
      }
      PollForDecisionTaskResponse childTask = swf.pollForDecisionTask(r -> r.domain(DOMAIN)
          .taskList(t -> t.name("Child-deciders")));
      if (childTask.taskToken() != null) {
        progress = true;
        swf.respondDecisionTaskCompleted(r -> r.taskToken(childTask.taskToken())
            .decisions(decideSteps(childTask.events(), 10)));
      }
      PollForActivityTaskResponse step = swf.pollForActivityTask(r -> r.domain(DOMAIN)
          .taskList(t -> t.name("child-workers")));
      if (step.taskToken() != null) {
        progress = true;
        swf.respondActivityTaskCompleted(r -> r.taskToken(step.taskToken()).result("done"));
      }
    }
    WorkflowExecutionInfo info = swf.describeWorkflowExecution(r -> r.domain(DOMAIN)
        .execution(e -> e.workflowId(parent).runId(runId))).executionInfo();
    if (info.closeStatus() != CloseStatus.COMPLETED) {
      throw new IllegalStateException(parent + " did not complete\n" + driven.diagnostics());
    }
    return info;
  }

  private static List<Decision> decideParent(String parent, List<HistoryEvent> events) {
    long started = count(events, EventType.START_CHILD_WORKFLOW_EXECUTION_INITIATED);
    if (started == 0) {
      return List.of(child(parent + "-a"), child(parent + "-b"), child(parent + "-c"));
    }
    if (count(events, EventType.CHILD_WORKFLOW_EXECUTION_COMPLETED) == 3) {
      return List.of(Decision.builder().decisionType(DecisionType.COMPLETE_WORKFLOW_EXECUTION).build());
    }
    return List.of();
  }

  private static Decision child(String workflowId) {
    return Decision.builder().decisionType(DecisionType.START_CHILD_WORKFLOW_EXECUTION)
        .startChildWorkflowExecutionDecisionAttributes(a -> a.workflowId(workflowId)
            .workflowType(t -> t.name("Child").version("1")))
        .build();
  }

  /** One activity after another, then complete. */
  private static List<Decision> decideSteps(List<HistoryEvent> events, int steps) {
    long done = count(events, EventType.ACTIVITY_TASK_COMPLETED);
    if (done == steps) {
      return List.of(Decision.builder().decisionType(DecisionType.COMPLETE_WORKFLOW_EXECUTION).build());
    }
    if (count(events, EventType.ACTIVITY_TASK_SCHEDULED) > done) {
      return List.of();
    }
    return List.of(Decision.builder().decisionType(DecisionType.SCHEDULE_ACTIVITY_TASK)
        .scheduleActivityTaskDecisionAttributes(a -> a.activityId("step-" + done)
            .activityType(t -> t.name("Step").version("1")).taskList(t -> t.name("child-workers")))
        .build());
  }

  private static long count(List<HistoryEvent> events, EventType type) {
    long count = 0;
    for (HistoryEvent event : events) {
      if (event.eventType() == type) {
        count++;
      }
    }
    return count;
  }

  // ---------------------------------------------------------------- time skipping

  /**
   * A workflow that starts a 30-day timer, then an activity, then completes, its decider and worker
   * on their own threads: the time from its start to its close under {@code awaitClosed}.
   */
  @Benchmark
  public WorkflowExecutionInfo thirtyDayTimerSkipped() {
    String workflowId = "waiting-" + workflows++;
    threaded.startWorkflowExecution(r -> r.domain(DOMAIN).workflowId(workflowId).workflowType(t -> t.name("Waiting")
        .version("1")));
    return fake.awaitClosed(DOMAIN, workflowId, Duration.ofDays(31));
  }

  private void decideWaitingWorkflows() {
    while (running.get()) {
      PollForDecisionTaskResponse task = threaded.pollForDecisionTask(r -> r.domain(DOMAIN)
          .taskList(t -> t.name("Waiting-deciders")));
      if (task.taskToken() == null) {
        continue;
      }
      List<HistoryEvent> events = task.events();
      Decision next;
      if (count(events, EventType.TIMER_STARTED) == 0) {
        next = Decision.builder().decisionType(DecisionType.START_TIMER)
            .startTimerDecisionAttributes(a -> a.timerId("thirty-days").startToFireTimeout("2592000")).build();
      } else if (count(events, EventType.ACTIVITY_TASK_SCHEDULED) == 0) {
        next = Decision.builder().decisionType(DecisionType.SCHEDULE_ACTIVITY_TASK)
            .scheduleActivityTaskDecisionAttributes(a -> a.activityId("ship")
                .activityType(t -> t.name("Step").version("1")))
            .build();
      } else {
        next = Decision.builder().decisionType(DecisionType.COMPLETE_WORKFLOW_EXECUTION).build();
      }
      threaded.respondDecisionTaskCompleted(r -> r.taskToken(task.taskToken()).decisions(next));
    }
  }

  private void work() {
    while (running.get()) {
      PollForActivityTaskResponse task = threaded.pollForActivityTask(r -> r.domain(DOMAIN)
          .taskList(t -> t.name("workers")));
      if (task.taskToken() != null) {
        threaded.respondActivityTaskCompleted(r -> r.taskToken(task.taskToken()).result("shipped"));
      }
    }
  }
}
