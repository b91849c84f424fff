package dev.swftyped.fake;

import static java.util.concurrent.TimeUnit.SECONDS;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicBoolean;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.services.swf.SwfClient;
import software.amazon.awssdk.services.swf.model.ActivityType;
import software.amazon.awssdk.services.swf.model.ChildPolicy;
import software.amazon.awssdk.services.swf.model.CloseStatus;
import software.amazon.awssdk.services.swf.model.Decision;
import software.amazon.awssdk.services.swf.model.DecisionType;
import software.amazon.awssdk.services.swf.model.EventType;
import software.amazon.awssdk.services.swf.model.HistoryEvent;
import software.amazon.awssdk.services.swf.model.PollForActivityTaskResponse;
import software.amazon.awssdk.services.swf.model.PollForDecisionTaskResponse;
import software.amazon.awssdk.services.swf.model.WorkflowExecutionInfo;

/**
 * {@code SwfFake.awaitClosed}: a decider and a worker on their own threads, with fake time skipped
 * while nothing is scheduled or started; and its failures. In process only: it is the fake's
 * method, not the client's.
 */
class AwaitClosedTest {
  static final Instant START = Instant.parse("2026-03-01T12:00:00Z");
  static final String DOMAIN = "orders";
  static final ActivityType CHARGE = ActivityType.builder().name("Charge").version("1").build();
  static final long THIRTY_DAYS = Duration.ofDays(30).toSeconds();

  private final ExecutorService threads = Executors.newCachedThreadPool();
  private final AtomicBoolean stopped = new AtomicBoolean();
  private SwfFake fake;

  @AfterEach
  void stop() throws InterruptedException {
    stopped.set(true);
    if (fake != null) {
      fake.close();
    }
    threads.shutdown();
    assertThat(threads.awaitTermination(10, SECONDS)).as("the decider and worker threads end").isTrue();
  }

  SwfFake newFake(SwfFake.Builder builder) {
    fake = builder.seed(7).build();
    SwfClient swf = fake.client();
    swf.registerDomain(r -> r.name(DOMAIN).workflowExecutionRetentionPeriodInDays("7"));
    swf.registerWorkflowType(r -> r.domain(DOMAIN).name("Order").version("1").defaultTaskList(t -> t.name("deciders"))
        .defaultExecutionStartToCloseTimeout(Long.toString(2 * THIRTY_DAYS)).defaultTaskStartToCloseTimeout("30")
        .defaultChildPolicy(ChildPolicy.TERMINATE));
    swf.registerActivityType(r -> r.domain(DOMAIN).name(CHARGE.name()).version(CHARGE.version())
        .defaultTaskList(t -> t.name("workers")).defaultTaskScheduleToStartTimeout("60")
        .defaultTaskScheduleToCloseTimeout("120").defaultTaskStartToCloseTimeout("60")
        .defaultTaskHeartbeatTimeout("NONE"));
    return fake;
  }

  String start(String workflowId) {
    return fake.client().startWorkflowExecution(r -> r.domain(DOMAIN).workflowId(workflowId)
        .workflowType(t -> t.name("Order").version("1"))).runId();
  }

  /** What the decider answers, from the type of the last event before its task's started event. */
  static Decision decisionFor(PollForDecisionTaskResponse task) {
    List<HistoryEvent> events = task.events();
    EventType cause = events.get(events.size() - 3).eventType();
    switch (cause) {
      case WORKFLOW_EXECUTION_STARTED:
        return Decision.builder().decisionType(DecisionType.START_TIMER)
            .startTimerDecisionAttributes(a -> a.timerId("wait").startToFireTimeout(Long.toString(THIRTY_DAYS))).build();
      case TIMER_FIRED:
        return Decision.builder().decisionType(DecisionType.SCHEDULE_ACTIVITY_TASK)
            .scheduleActivityTaskDecisionAttributes(a -> a.activityId("charge").activityType(CHARGE)).build();
      default:
        return Decision.builder().decisionType(DecisionType.COMPLETE_WORKFLOW_EXECUTION)
            .completeWorkflowExecutionDecisionAttributes(a -> a.result("done")).build();
    }
  }

  void runDecider() {
    threads.submit(() -> {
      while (!stopped.get()) {
        PollForDecisionTaskResponse task = fake.client().pollForDecisionTask(r -> r.domain(DOMAIN)
            .taskList(t -> t.name("deciders")));
        if (task.taskToken() != null) {
          fake.client().respondDecisionTaskCompleted(r -> r.taskToken(task.taskToken()).decisions(decisionFor(task)));
        }
      }
      return null;
    });
  }

  void runWorker() {
    threads.submit(() -> {
      while (!stopped.get()) {
        PollForActivityTaskResponse task = fake.client().pollForActivityTask(r -> r.domain(DOMAIN)
            .taskList(t -> t.name("workers")));
        if (task.taskToken() != null) {
          fake.client().respondActivityTaskCompleted(r -> r.taskToken(task.taskToken()).result("charged"));
        }
      }
      return null;
    });
  }

  @Test
  void aThirtyDayTimerThenAnActivityThenCompleteClosesUnderAwaitClosed() {
    FakeClock clock = FakeClock.at(START);
    newFake(SwfFake.builder().clock(clock).pollTimeout(Duration.ofSeconds(2)));
    String runId = start("order-1");
    runDecider();
    runWorker();

    WorkflowExecutionInfo info = fake.awaitClosed(DOMAIN, "order-1", Duration.ofDays(31));

    assertThat(info.execution().runId()).isEqualTo(runId);
    assertThat(info.closeStatus()).isEqualTo(CloseStatus.COMPLETED);
    assertThat(info.startTimestamp()).isEqualTo(START);
    assertThat(info.closeTimestamp()).isEqualTo(START.plus(Duration.ofDays(30)));
    List<HistoryEvent> history = fake.client().getWorkflowExecutionHistory(r -> r.domain(DOMAIN)
        .execution(e -> e.workflowId("order-1").runId(runId))).events();
    assertThat(history).filteredOn(e -> e.eventType() == EventType.TIMER_STARTED)
        .extracting(HistoryEvent::eventTimestamp).containsExactly(START);
    assertThat(history).filteredOn(e -> e.eventType() == EventType.TIMER_FIRED)
        .extracting(HistoryEvent::eventTimestamp).containsExactly(START.plus(Duration.ofDays(30)));
    assertThat(history).filteredOn(e -> e.eventType() == EventType.ACTIVITY_TASK_COMPLETED)
        .extracting(e -> e.activityTaskCompletedEventAttributes().result()).containsExactly("charged");
    assertThat(history).last().extracting(HistoryEvent::eventType)
        .isEqualTo(EventType.WORKFLOW_EXECUTION_COMPLETED);
    assertThat(clock.instant()).isEqualTo(START.plus(Duration.ofDays(30)));
  }

  @Test
  void awaitClosedFollowsContinueAsNewToTheRunThatCloses() {
    newFake(SwfFake.builder().clock(FakeClock.at(START)).pollTimeout(Duration.ofSeconds(2)));
    String first = start("order-1");
    threads.submit(() -> {
      boolean continued = false;
      while (!stopped.get()) {
        PollForDecisionTaskResponse task = fake.client().pollForDecisionTask(r -> r.domain(DOMAIN)
            .taskList(t -> t.name("deciders")));
        if (task.taskToken() != null) {
          DecisionType type = continued ? DecisionType.COMPLETE_WORKFLOW_EXECUTION
              : DecisionType.CONTINUE_AS_NEW_WORKFLOW_EXECUTION;
          continued = true;
          fake.client().respondDecisionTaskCompleted(r -> r.taskToken(task.taskToken())
              .decisions(d -> d.decisionType(type)));
        }
      }
      return null;
    });

    WorkflowExecutionInfo info = fake.awaitClosed(DOMAIN, "order-1", Duration.ofDays(1));

    assertThat(info.execution().runId()).isNotEqualTo(first);
    assertThat(info.closeStatus()).isEqualTo(CloseStatus.COMPLETED);
  }

  @Test
  void moreFakeTimeThanAllowedFailsWithTheDiagnostics() {
    newFake(SwfFake.builder().clock(FakeClock.at(START)).pollTimeout(Duration.ZERO));
    start("order-1");
    PollForDecisionTaskResponse task = fake.client().pollForDecisionTask(r -> r.domain(DOMAIN)
        .taskList(t -> t.name("deciders")));
    fake.client().respondDecisionTaskCompleted(r -> r.taskToken(task.taskToken()).decisions(decisionFor(task)));

    AssertionError failure = catchThrowableOfType(AssertionError.class,
        () -> fake.awaitClosed(DOMAIN, "order-1", Duration.ofDays(1)));

    assertThat(failure).isNotNull();
    assertThat(failure.getMessage()).startsWith("order-1 did not close within PT24H of fake time")
        .contains("order-1").contains("wait");
    assertThat(fake.clock().instant()).as("the clock does not jump past the limit").isBefore(
        START.plus(Duration.ofDays(30)));
  }

  @Test
  void aTaskNobodyPollsFailsAfterTheRealTimeLimitWithTheDiagnostics() {
    newFake(SwfFake.builder().clock(FakeClock.at(START)).pollTimeout(Duration.ZERO)
        .awaitTimeout(Duration.ofMillis(300)));
    start("order-1");

    AssertionError failure = catchThrowableOfType(AssertionError.class,
        () -> fake.awaitClosed(DOMAIN, "order-1", Duration.ofDays(1)));

    assertThat(failure).isNotNull();
    assertThat(failure.getMessage()).startsWith("order-1 did not close within PT0.3S of real time")
        .contains("waiting for a decider");
    assertThat(fake.clock().instant()).as("no fake time passes while a task is scheduled").isEqualTo(START);
  }

  @Test
  void awaitClosedNeedsAFakeClock() {
    newFake(SwfFake.builder().clock(Clock.fixed(START, ZoneOffset.UTC)).pollTimeout(Duration.ZERO));
    start("order-1");

    IllegalStateException failure = catchThrowableOfType(IllegalStateException.class,
        () -> fake.awaitClosed(DOMAIN, "order-1", Duration.ofDays(1)));

    assertThat(failure).hasMessageContaining("FakeClock");
  }

  @Test
  void awaitClosedOfAnUnknownWorkflowIdFails() {
    newFake(SwfFake.builder().clock(FakeClock.at(START)).pollTimeout(Duration.ZERO));

    IllegalArgumentException failure = catchThrowableOfType(IllegalArgumentException.class,
        () -> fake.awaitClosed(DOMAIN, "nobody", Duration.ofDays(1)));

    assertThat(failure).hasMessage("domain orders has no execution with workflow id nobody");
  }

  @Test
  void anAlreadyClosedRunIsReturnedAtOnce() {
    newFake(SwfFake.builder().clock(FakeClock.at(START)).pollTimeout(Duration.ZERO));
    String runId = start("order-1");
    fake.client().terminateWorkflowExecution(r -> r.domain(DOMAIN).workflowId("order-1"));

    WorkflowExecutionInfo info = fake.awaitClosed(DOMAIN, "order-1", Duration.ZERO);

    assertThat(info.execution().runId()).isEqualTo(runId);
    assertThat(info.closeStatus()).isEqualTo(CloseStatus.TERMINATED);
  }

  @Test
  void runForLetsATestActOnTheSecondDayOfAThirtyDayWait() {
    FakeClock clock = FakeClock.at(START);
    newFake(SwfFake.builder().clock(clock).pollTimeout(Duration.ofSeconds(2)));
    String runId = start("order-1");
    runDecider();
    runWorker();

    fake.runFor(Duration.ofDays(2));

    assertThat(clock.instant()).isEqualTo(START.plus(Duration.ofDays(2)));
    List<HistoryEvent> soFar = fake.client().getWorkflowExecutionHistory(r -> r.domain(DOMAIN)
        .execution(e -> e.workflowId("order-1").runId(runId))).events();
    assertThat(soFar).extracting(HistoryEvent::eventType).as("the decider started its timer and is waiting")
        .endsWith(EventType.DECISION_TASK_COMPLETED, EventType.TIMER_STARTED);

    // The signal on day 2 reaches the decider, which completes at once (any event but a timer's).
    fake.client().signalWorkflowExecution(r -> r.domain(DOMAIN).workflowId("order-1").signalName("paid"));
    WorkflowExecutionInfo info = fake.awaitClosed(DOMAIN, "order-1", Duration.ofDays(1));

    assertThat(info.closeStatus()).isEqualTo(CloseStatus.COMPLETED);
    assertThat(info.closeTimestamp()).isEqualTo(START.plus(Duration.ofDays(2)));
  }

  @Test
  void runForAppliesWhatFallsDueOnTheWayAndStopsAtItsEnd() {
    FakeClock clock = FakeClock.at(START);
    newFake(SwfFake.builder().clock(clock).pollTimeout(Duration.ofSeconds(2)));
    String runId = start("order-1");
    runDecider();
    runWorker();

    fake.runFor(Duration.ofDays(31));

    assertThat(clock.instant()).isEqualTo(START.plus(Duration.ofDays(31)));
    assertThat(fake.client().describeWorkflowExecution(r -> r.domain(DOMAIN)
        .execution(e -> e.workflowId("order-1").runId(runId))).executionInfo().closeStatus())
        .isEqualTo(CloseStatus.COMPLETED);
  }

  @Test
  void runForFailsWithTheDiagnosticsWhenNobodyHandlesATask() {
    newFake(SwfFake.builder().clock(FakeClock.at(START)).pollTimeout(Duration.ZERO)
        .awaitTimeout(Duration.ofMillis(300)));
    start("order-1");

    AssertionError failure = catchThrowableOfType(AssertionError.class, () -> fake.runFor(Duration.ofDays(1)));

    assertThat(failure.getMessage())
        .startsWith("the deciders and workers did not finish what PT24H of fake time brought within PT0.3S of real time")
        .contains("waiting for a decider");
  }
}
