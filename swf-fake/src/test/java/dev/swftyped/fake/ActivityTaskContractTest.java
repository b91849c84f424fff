package dev.swftyped.fake;

import static org.assertj.core.api.Assertions.assertThat;
import static software.amazon.awssdk.services.swf.model.EventType.ACTIVITY_TASK_COMPLETED;
import static software.amazon.awssdk.services.swf.model.EventType.ACTIVITY_TASK_FAILED;
import static software.amazon.awssdk.services.swf.model.EventType.ACTIVITY_TASK_STARTED;
import static software.amazon.awssdk.services.swf.model.EventType.ACTIVITY_TASK_TIMED_OUT;
import static software.amazon.awssdk.services.swf.model.EventType.DECISION_TASK_SCHEDULED;

import java.time.Duration;
import java.util.List;
import java.util.function.UnaryOperator;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.services.swf.model.ActivityTaskCanceledEventAttributes;
import software.amazon.awssdk.services.swf.model.ActivityTaskCompletedEventAttributes;
import software.amazon.awssdk.services.swf.model.ActivityTaskFailedEventAttributes;
import software.amazon.awssdk.services.swf.model.ActivityTaskStartedEventAttributes;
import software.amazon.awssdk.services.swf.model.ActivityTaskTimedOutEventAttributes;
import software.amazon.awssdk.services.swf.model.ActivityTaskTimeoutType;
import software.amazon.awssdk.services.swf.model.CountPendingActivityTasksResponse;
import software.amazon.awssdk.services.swf.model.HistoryEvent;
import software.amazon.awssdk.services.swf.model.PollForActivityTaskResponse;
import software.amazon.awssdk.services.swf.model.PollForDecisionTaskResponse;
import software.amazon.awssdk.services.swf.model.ScheduleActivityTaskDecisionAttributes;
import software.amazon.awssdk.services.swf.model.UnknownResourceException;

/**
 * Activity tasks seen by workers: polls, the three responses, heartbeats, the four timeouts and
 * their ties (AT-1 to AT-10), and CountPendingActivityTasks (CP-1).
 */
class ActivityTaskContractTest extends TaskPlaneContract {
  private String runId;

  /** Starts order-1 and schedules one Charge activity {@code a1} (event 5) at the start instant. */
  void scheduleOne(UnaryOperator<ScheduleActivityTaskDecisionAttributes.Builder> more) {
    registerAll();
    runId = start("order-1", r -> r.executionStartToCloseTimeout("86400"));
    decideNext(scheduleActivity("a1", more));
  }

  void scheduleOne() {
    scheduleOne(a -> a.input("{\"amount\":3}"));
  }

  List<HistoryEvent> eventsFrom(long eventId) {
    return eventsFrom("order-1", runId, eventId);
  }

  // ---------------------------------------------------------------- polls (AT-1 to AT-3)

  @Test
  void aPollHandsOutTheActivityWithItsInputAndNothingElse() {
    scheduleOne();
    advance(Duration.ofSeconds(7));

    PollForActivityTaskResponse task = pollActivity();

    assertThat(task.taskToken()).isNotEmpty().hasSizeLessThanOrEqualTo(1024);
    assertThat(task.activityId()).isEqualTo("a1");
    assertThat(task.startedEventId()).isEqualTo(6);
    assertThat(task.workflowExecution()).isEqualTo(run("order-1", runId));
    assertThat(task.activityType()).isEqualTo(CHARGE);
    assertThat(task.input()).isEqualTo("{\"amount\":3}");
    HistoryEvent started = event("order-1", runId, 6);
    assertThat(started.eventType()).isEqualTo(ACTIVITY_TASK_STARTED);
    assertThat(started.eventTimestamp()).isEqualTo(at(7));
    assertThat(started.activityTaskStartedEventAttributes()).isEqualTo(ActivityTaskStartedEventAttributes.builder()
        .scheduledEventId(5L).identity("worker-1").build());
    assertThat(history("order-1", runId)).as("a start is not a trigger").hasSize(6);
    assertThat(describe("order-1", runId).latestActivityTaskTimestamp()).isEqualTo(at(7));
    assertThat(pendingActivities(WORKERS)).isZero();
    assertThat(openCounts("order-1", runId)).isEqualTo(counts(0, 1, 0, 0));
  }

  @Test
  void aPollWithoutIdentityOrInputHasNeither() {
    scheduleOne(a -> a);

    PollForActivityTaskResponse task = swf.pollForActivityTask(r -> r.domain(DOMAIN).taskList(t -> t.name(WORKERS)));

    assertThat(task.input()).isNull();
    assertThat(event("order-1", runId, 6).activityTaskStartedEventAttributes())
        .isEqualTo(ActivityTaskStartedEventAttributes.builder().scheduledEventId(5L).build());
  }

  @Test
  void anEmptyActivityPollHasOnlyAZeroStartedEventId() {
    registerAll();

    PollForActivityTaskResponse empty = emptyPollActivity("never-used");

    assertThat(empty.taskToken()).isNull();
    assertThat(empty.activityId()).isNull();
    assertThat(empty.workflowExecution()).isNull();
    assertThat(empty.activityType()).isNull();
    assertThat(empty.input()).isNull();
    assertThat(empty.startedEventId()).isZero();
  }

  @Test
  void anActivityPollChecksItsTaskListThenTheDomain() {
    validation(() -> swf.pollForActivityTask(r -> r.domain("nowhere").taskList(t -> t.name(" workers"))),
        "Invalid taskList:  workers");
    validation(() -> swf.pollForActivityTask(r -> r.domain("nowhere").taskList(t -> t.name("a:b"))),
        "Invalid taskList: a:b");
    fault(() -> swf.pollForActivityTask(r -> r.domain("nowhere").taskList(t -> t.name(WORKERS))),
        UnknownResourceException.class, "UnknownResourceFault", "Unknown domain: nowhere");
  }

  @Test
  void tasksAreHandedOutByPriorityThenInSchedulingOrder() {
    registerAll();
    runId = start("order-1");
    decideNext(scheduleActivity("first"), scheduleActivity("second"), scheduleActivity("urgent",
        a -> a.taskPriority("3")), scheduleActivity("late", a -> a.taskPriority("-3")), startTimer("t", 10));
    advance(Duration.ofSeconds(10));
    decideNext(scheduleActivity("later-but-plain"));

    assertThat(takeActivity().activityId()).isEqualTo("urgent");
    assertThat(takeActivity().activityId()).isEqualTo("first");
    assertThat(takeActivity().activityId()).isEqualTo("second");
    assertThat(takeActivity().activityId()).isEqualTo("later-but-plain");
    assertThat(takeActivity().activityId()).isEqualTo("late");
    assertThat(emptyPollActivity().taskToken()).isNull();
  }

  // ---------------------------------------------------------------- responses (AT-4 to AT-6)

  @Test
  void aCompletionIsRecordedWithADecisionTaskAtTheSameInstant() {
    scheduleOne();
    PollForActivityTaskResponse task = takeActivity();
    advance(Duration.ofSeconds(4));

    completeActivity(task.taskToken(), "charged");

    List<HistoryEvent> events = eventsFrom(7);
    assertThat(events).extracting(HistoryEvent::eventType).containsExactly(ACTIVITY_TASK_COMPLETED,
        DECISION_TASK_SCHEDULED);
    assertThat(events).extracting(HistoryEvent::eventTimestamp).containsOnly(at(4));
    assertThat(events.get(0).activityTaskCompletedEventAttributes()).isEqualTo(ActivityTaskCompletedEventAttributes
        .builder().result("charged").scheduledEventId(5L).startedEventId(6L).build());
    assertThat(openCounts("order-1", runId)).isEqualTo(counts(1, 0, 0, 0));
    assertThat(describe("order-1", runId).latestActivityTaskTimestamp()).isEqualTo(at(4));
  }

  @Test
  void aCompletionWithoutResultHasNone() {
    scheduleOne();

    completeActivity(takeActivity().taskToken(), null);

    assertThat(event("order-1", runId, 7).activityTaskCompletedEventAttributes()).isEqualTo(
        ActivityTaskCompletedEventAttributes.builder().scheduledEventId(5L).startedEventId(6L).build());
  }

  @Test
  void aFailureWithOnlyAReasonHasNoDetails() {
    scheduleOne();
    advance(Duration.ofSeconds(1));

    swf.respondActivityTaskFailed(r -> r.taskToken(takeActivity().taskToken()).reason("card declined"));

    assertThat(eventsFrom(7)).extracting(HistoryEvent::eventType).containsExactly(ACTIVITY_TASK_FAILED,
        DECISION_TASK_SCHEDULED);
    assertThat(event("order-1", runId, 7).activityTaskFailedEventAttributes()).isEqualTo(
        ActivityTaskFailedEventAttributes.builder().reason("card declined").scheduledEventId(5L).startedEventId(6L)
            .build());
    assertThat(describe("order-1", runId).latestActivityTaskTimestamp()).isEqualTo(at(1));
  }

  @Test
  void aFailureWithDetailsRecordsThem() {
    scheduleOne();

    swf.respondActivityTaskFailed(r -> r.taskToken(takeActivity().taskToken()).details("trace"));

    assertThat(event("order-1", runId, 7).activityTaskFailedEventAttributes()).isEqualTo(
        ActivityTaskFailedEventAttributes.builder().details("trace").scheduledEventId(5L).startedEventId(6L).build());
  }

  @Test
  void aWorkerMayCancelWithoutACancelRequest() {
    scheduleOne();

    swf.respondActivityTaskCanceled(r -> r.taskToken(takeActivity().taskToken()));

    assertThat(eventsFrom(7)).extracting(HistoryEvent::eventType).containsExactly(
        software.amazon.awssdk.services.swf.model.EventType.ACTIVITY_TASK_CANCELED, DECISION_TASK_SCHEDULED);
    assertThat(event("order-1", runId, 7).activityTaskCanceledEventAttributes()).isEqualTo(
        ActivityTaskCanceledEventAttributes.builder().scheduledEventId(5L).startedEventId(6L).build());
  }

  @Test
  void aCompletionWhileADecisionTaskIsStartedSchedulesTheNextBeforeThatOneCompletes() {
    scheduleOne();
    PollForActivityTaskResponse activity = takeActivity();
    swf.signalWorkflowExecution(r -> r.domain(DOMAIN).workflowId("order-1").signalName("s"));
    PollForDecisionTaskResponse decision = takeDecision();

    completeActivity(activity.taskToken(), null);
    decide(decision.taskToken());

    assertThat(typesFrom("order-1", runId, 7)).containsExactly(
        software.amazon.awssdk.services.swf.model.EventType.WORKFLOW_EXECUTION_SIGNALED, DECISION_TASK_SCHEDULED,
        software.amazon.awssdk.services.swf.model.EventType.DECISION_TASK_STARTED, ACTIVITY_TASK_COMPLETED,
        DECISION_TASK_SCHEDULED, software.amazon.awssdk.services.swf.model.EventType.DECISION_TASK_COMPLETED);
  }

  // ---------------------------------------------------------------- closed tasks (AT-9, TK-*)

  @Test
  void everyResponseToAClosedTaskNamesTheActivity() {
    scheduleOne();
    PollForActivityTaskResponse task = takeActivity();
    completeActivity(task.taskToken(), null);
    String unknown = "Unknown activity, scheduledEventId = 5";

    fault(() -> completeActivity(task.taskToken(), null), UnknownResourceException.class, "UnknownResourceFault",
        unknown);
    fault(() -> swf.respondActivityTaskFailed(r -> r.taskToken(task.taskToken())), UnknownResourceException.class,
        "UnknownResourceFault", unknown);
    fault(() -> swf.respondActivityTaskCanceled(r -> r.taskToken(task.taskToken())), UnknownResourceException.class,
        "UnknownResourceFault", unknown);
    fault(() -> swf.recordActivityTaskHeartbeat(r -> r.taskToken(task.taskToken())), UnknownResourceException.class,
        "UnknownResourceFault", unknown);
    assertThat(history("order-1", runId)).hasSize(8);
  }

  @Test
  void everyResponseToATaskOfAClosedRunNamesTheRun() {
    scheduleOne();
    PollForActivityTaskResponse task = takeActivity();
    swf.terminateWorkflowExecution(r -> r.domain(DOMAIN).workflowId("order-1"));
    String unknown = "Unknown execution: WorkflowExecution=[workflowId=order-1, runId=" + runId + "]";

    fault(() -> completeActivity(task.taskToken(), null), UnknownResourceException.class, "UnknownResourceFault",
        unknown);
    fault(() -> swf.respondActivityTaskFailed(r -> r.taskToken(task.taskToken())), UnknownResourceException.class,
        "UnknownResourceFault", unknown);
    fault(() -> swf.respondActivityTaskCanceled(r -> r.taskToken(task.taskToken())), UnknownResourceException.class,
        "UnknownResourceFault", unknown);
    fault(() -> swf.recordActivityTaskHeartbeat(r -> r.taskToken(task.taskToken())), UnknownResourceException.class,
        "UnknownResourceFault", unknown);
    assertThat(openCounts("order-1", runId).openActivityTasks()).as("frozen at close").isEqualTo(1);
  }

  @Test
  void aDecisionTokenIsNotAnActivityToken() {
    registerAll();
    start("order-1");
    PollForDecisionTaskResponse decision = takeDecision();

    validation(() -> completeActivity(decision.taskToken(), null), "Invalid token");
    validation(() -> swf.recordActivityTaskHeartbeat(r -> r.taskToken(decision.taskToken())), "Invalid token");
    validation(() -> swf.respondActivityTaskFailed(r -> r.taskToken("garbage")), "Invalid token");
  }

  // ---------------------------------------------------------------- heartbeats (AT-7)

  @Test
  void aHeartbeatAppendsNothingAndAnswersNoCancelRequest() {
    scheduleOne();
    PollForActivityTaskResponse task = takeActivity();

    boolean cancelRequested = swf.recordActivityTaskHeartbeat(r -> r.taskToken(task.taskToken()).details("50%"))
        .cancelRequested();

    assertThat(cancelRequested).isFalse();
    assertThat(history("order-1", runId)).hasSize(6);
  }

  @Test
  void heartbeatsKeepAnActivityAliveAndTheLastHeartbeatsDetailsAreReportedWhenItTimesOut() {
    scheduleOne(a -> a.heartbeatTimeout("10").startToCloseTimeout("NONE").scheduleToCloseTimeout("NONE"));
    PollForActivityTaskResponse task = takeActivity();
    advance(Duration.ofSeconds(9));
    swf.recordActivityTaskHeartbeat(r -> r.taskToken(task.taskToken()).details("30%"));
    advance(Duration.ofSeconds(9));
    swf.recordActivityTaskHeartbeat(r -> r.taskToken(task.taskToken()).details("60%"));
    assertThat(history("order-1", runId)).hasSize(6);

    advance(Duration.ofSeconds(10));

    List<HistoryEvent> events = eventsFrom(7);
    assertThat(events).extracting(HistoryEvent::eventType).containsExactly(ACTIVITY_TASK_TIMED_OUT,
        DECISION_TASK_SCHEDULED);
    assertThat(events).extracting(HistoryEvent::eventTimestamp).containsOnly(at(28));
    assertThat(events.get(0).activityTaskTimedOutEventAttributes()).isEqualTo(ActivityTaskTimedOutEventAttributes
        .builder().timeoutType(ActivityTaskTimeoutType.HEARTBEAT).scheduledEventId(5L).startedEventId(6L)
        .details("60%").build());
  }

  @Test
  void aLastHeartbeatWithoutDetailsLeavesTheTimeoutWithoutDetails() {
    scheduleOne(a -> a.heartbeatTimeout("10").startToCloseTimeout("NONE").scheduleToCloseTimeout("NONE"));
    PollForActivityTaskResponse task = takeActivity();
    advance(Duration.ofSeconds(9));
    swf.recordActivityTaskHeartbeat(r -> r.taskToken(task.taskToken()).details("60%"));
    advance(Duration.ofSeconds(9));
    swf.recordActivityTaskHeartbeat(r -> r.taskToken(task.taskToken()));

    advance(Duration.ofSeconds(10));

    assertThat(eventsFrom(7).get(0).activityTaskTimedOutEventAttributes()).isEqualTo(
        ActivityTaskTimedOutEventAttributes.builder().timeoutType(ActivityTaskTimeoutType.HEARTBEAT)
            .scheduledEventId(5L).startedEventId(6L).build());
  }

  @Test
  void aHeartbeatDoesNotExtendTheStartToCloseTimeout() {
    scheduleOne(a -> a.heartbeatTimeout("10").startToCloseTimeout("15"));
    PollForActivityTaskResponse task = takeActivity();
    advance(Duration.ofSeconds(8));
    swf.recordActivityTaskHeartbeat(r -> r.taskToken(task.taskToken()));

    advance(Duration.ofSeconds(7));

    assertThat(event("order-1", runId, 7).activityTaskTimedOutEventAttributes()).isEqualTo(
        ActivityTaskTimedOutEventAttributes.builder().timeoutType(ActivityTaskTimeoutType.START_TO_CLOSE)
            .scheduledEventId(5L).startedEventId(6L).build());
    assertThat(event("order-1", runId, 7).eventTimestamp()).isEqualTo(at(15));
  }

  // ---------------------------------------------------------------- the four timeouts (AT-8)

  @Test
  void anActivityNotStartedInTimeTimesOutScheduleToStartWithStartedIdZero() {
    scheduleOne(a -> a.scheduleToStartTimeout("20"));
    advance(Duration.ofMinutes(5));

    List<HistoryEvent> events = eventsFrom(6);
    assertThat(events).extracting(HistoryEvent::eventType).containsExactly(ACTIVITY_TASK_TIMED_OUT,
        DECISION_TASK_SCHEDULED);
    assertThat(events).extracting(HistoryEvent::eventTimestamp).containsOnly(at(20));
    assertThat(events.get(0).activityTaskTimedOutEventAttributes()).isEqualTo(ActivityTaskTimedOutEventAttributes
        .builder().timeoutType(ActivityTaskTimeoutType.SCHEDULE_TO_START).scheduledEventId(5L).startedEventId(0L)
        .build());
    assertThat(emptyPollActivity().taskToken()).as("a timed-out task is never handed out").isNull();
    assertThat(pendingActivities(WORKERS)).isZero();
    assertThat(openCounts("order-1", runId)).isEqualTo(counts(1, 0, 0, 0));
    assertThat(describe("order-1", runId).latestActivityTaskTimestamp()).isEqualTo(at(20));
  }

  @Test
  void aStartedActivityTimesOutScheduleToCloseAndItsTokenDies() {
    scheduleOne(a -> a.scheduleToCloseTimeout("30").startToCloseTimeout("NONE"));
    advance(Duration.ofSeconds(10));
    PollForActivityTaskResponse task = takeActivity();

    advance(Duration.ofSeconds(20));

    assertThat(event("order-1", runId, 7).activityTaskTimedOutEventAttributes()).isEqualTo(
        ActivityTaskTimedOutEventAttributes.builder().timeoutType(ActivityTaskTimeoutType.SCHEDULE_TO_CLOSE)
            .scheduledEventId(5L).startedEventId(6L).build());
    assertThat(event("order-1", runId, 7).eventTimestamp()).isEqualTo(at(30));
    fault(() -> completeActivity(task.taskToken(), null), UnknownResourceException.class, "UnknownResourceFault",
        "Unknown activity, scheduledEventId = 5");
  }

  @Test
  void aStartedActivityTimesOutStartToClose() {
    scheduleOne(a -> a.startToCloseTimeout("12"));
    advance(Duration.ofSeconds(3));
    takeActivity();

    advance(Duration.ofSeconds(12));

    assertThat(event("order-1", runId, 7).activityTaskTimedOutEventAttributes()).isEqualTo(
        ActivityTaskTimedOutEventAttributes.builder().timeoutType(ActivityTaskTimeoutType.START_TO_CLOSE)
            .scheduledEventId(5L).startedEventId(6L).build());
    assertThat(event("order-1", runId, 7).eventTimestamp()).isEqualTo(at(15));
  }

  @Test
  void aResponseAfterTheDueTimeLosesTheRaceEvenIfTheClockMovedWithNoCall() {
    scheduleOne(a -> a.startToCloseTimeout("12"));
    PollForActivityTaskResponse task = takeActivity();
    advance(Duration.ofSeconds(12));

    fault(() -> completeActivity(task.taskToken(), "late"), UnknownResourceException.class, "UnknownResourceFault",
        "Unknown activity, scheduledEventId = 5");
    assertThat(typesFrom("order-1", runId, 7)).containsExactly(ACTIVITY_TASK_TIMED_OUT, DECISION_TASK_SCHEDULED);
  }

  @Test
  void aResponseJustBeforeTheDueTimeWins() {
    scheduleOne(a -> a.startToCloseTimeout("12"));
    PollForActivityTaskResponse task = takeActivity();
    advance(Duration.ofMillis(11_999));

    completeActivity(task.taskToken(), "in time");
    advance(Duration.ofMinutes(1));

    assertThat(typesFrom("order-1", runId, 7)).containsExactly(ACTIVITY_TASK_COMPLETED, DECISION_TASK_SCHEDULED);
  }

  @Test
  void scheduleToStartWinsATieWithScheduleToClose() {
    scheduleOne(a -> a.scheduleToStartTimeout("20").scheduleToCloseTimeout("20"));
    advance(Duration.ofSeconds(20));

    assertThat(event("order-1", runId, 6).activityTaskTimedOutEventAttributes().timeoutType())
        .isEqualTo(ActivityTaskTimeoutType.SCHEDULE_TO_START);
    assertThat(typesFrom("order-1", runId, 6)).containsExactly(ACTIVITY_TASK_TIMED_OUT, DECISION_TASK_SCHEDULED);
  }

  @Test
  void startToCloseWinsATieWithHeartbeatAndScheduleToClose() {
    scheduleOne(a -> a.scheduleToCloseTimeout("20").startToCloseTimeout("10").heartbeatTimeout("10"));
    advance(Duration.ofSeconds(10));
    takeActivity();
    advance(Duration.ofSeconds(10));

    assertThat(event("order-1", runId, 7).activityTaskTimedOutEventAttributes().timeoutType())
        .isEqualTo(ActivityTaskTimeoutType.START_TO_CLOSE);
    assertThat(typesFrom("order-1", runId, 7)).containsExactly(ACTIVITY_TASK_TIMED_OUT, DECISION_TASK_SCHEDULED);
  }

  @Test
  void heartbeatWinsATieWithScheduleToClose() {
    scheduleOne(a -> a.scheduleToCloseTimeout("20").startToCloseTimeout("NONE").heartbeatTimeout("10"));
    advance(Duration.ofSeconds(10));
    takeActivity();
    advance(Duration.ofSeconds(10));

    assertThat(event("order-1", runId, 7).activityTaskTimedOutEventAttributes().timeoutType())
        .isEqualTo(ActivityTaskTimeoutType.HEARTBEAT);
  }

  @Test
  void timeoutsOfTwoActivitiesAtOneInstantComeInSchedulingOrderEachWithItsFollowUp() {
    registerAll();
    runId = start("order-1");
    decideNext(scheduleActivity("b", a -> a.scheduleToStartTimeout("5")),
        scheduleActivity("a", a -> a.scheduleToStartTimeout("5")));

    advance(Duration.ofSeconds(5));

    List<HistoryEvent> events = eventsFrom(7);
    assertThat(events).extracting(HistoryEvent::eventType).containsExactly(ACTIVITY_TASK_TIMED_OUT,
        DECISION_TASK_SCHEDULED, ACTIVITY_TASK_TIMED_OUT);
    assertThat(events.get(0).activityTaskTimedOutEventAttributes().scheduledEventId()).isEqualTo(5);
    assertThat(events.get(2).activityTaskTimedOutEventAttributes().scheduledEventId()).isEqualTo(6);
    assertThat(events).extracting(HistoryEvent::eventTimestamp).containsOnly(at(5));
  }

  @Test
  void activitiesOfAClosedRunNeverTimeOut() {
    scheduleOne(a -> a.scheduleToStartTimeout("20"));
    swf.terminateWorkflowExecution(r -> r.domain(DOMAIN).workflowId("order-1"));
    int events = history("order-1", runId).size();

    advance(Duration.ofMinutes(30));

    assertThat(history("order-1", runId)).hasSize(events);
  }

  // ---------------------------------------------------------------- pending counts (CP-1)

  @Test
  void pendingActivityTasksCountScheduledTasksOnlyPerList() {
    registerAll();
    runId = start("order-1");
    decideNext(scheduleActivity("a1"), scheduleActivity("a2"), scheduleActivity("a3", a -> a.taskList(t -> t.name(
        "other"))));

    CountPendingActivityTasksResponse before = swf.countPendingActivityTasks(r -> r.domain(DOMAIN)
        .taskList(t -> t.name(WORKERS)));
    takeActivity();

    assertThat(before.count()).isEqualTo(2);
    assertThat(before.truncated()).isFalse();
    assertThat(pendingActivities(WORKERS)).isEqualTo(1);
    assertThat(pendingActivities("other")).isEqualTo(1);
    assertThat(pendingActivities("never-used")).isZero();
    assertThat(swf.countPendingActivityTasks(r -> r.domain(DOMAIN).taskList(t -> t.name("never-used"))).truncated())
        .isFalse();
    assertThat(openCounts("order-1", runId).openActivityTasks()).isEqualTo(3);
  }

  @Test
  void pendingActivityTasksOfAnUnknownDomainFail() {
    fault(() -> swf.countPendingActivityTasks(r -> r.domain("nowhere").taskList(t -> t.name(WORKERS))),
        UnknownResourceException.class, "UnknownResourceFault", "Unknown domain: nowhere");
  }

  @Test
  void closingARunDropsItsPendingActivityTasks() {
    scheduleOne();
    assertThat(pendingActivities(WORKERS)).isEqualTo(1);

    swf.terminateWorkflowExecution(r -> r.domain(DOMAIN).workflowId("order-1"));

    assertThat(pendingActivities(WORKERS)).isZero();
    assertThat(emptyPollActivity().taskToken()).isNull();
  }

  @Test
  void theLatestActivityTimestampIsAbsentWithoutActivitiesAndKeptAfterClose() {
    registerAll();
    String plain = start("plain");
    assertThat(describe("plain", plain).latestActivityTaskTimestamp()).isNull();
    scheduleOneMore();
    advance(Duration.ofSeconds(3));
    completeActivity(takeActivity().taskToken(), null);
    advance(Duration.ofSeconds(3));

    swf.terminateWorkflowExecution(r -> r.domain(DOMAIN).workflowId("order-1"));

    assertThat(describe("order-1", runId).latestActivityTaskTimestamp()).isEqualTo(at(3));
  }

  private void scheduleOneMore() {
    runId = start("order-1");
    swf.pollForDecisionTask(r -> r.domain(DOMAIN).taskList(t -> t.name(DECIDERS)));
    PollForDecisionTaskResponse task = takeDecisionOf("order-1");
    decide(task.taskToken(), scheduleActivity("a1"));
  }

  /** Takes decision tasks until order-1's comes (plain's task is taken and left started). */
  private PollForDecisionTaskResponse takeDecisionOf(String workflowId) {
    PollForDecisionTaskResponse task = takeDecision();
    assertThat(task.workflowExecution().workflowId()).isEqualTo(workflowId);
    return task;
  }

  @Test
  void aHeartbeatDoesNotMoveTheLatestActivityTimestamp() {
    scheduleOne();
    PollForActivityTaskResponse task = takeActivity();
    advance(Duration.ofSeconds(5));

    swf.recordActivityTaskHeartbeat(r -> r.taskToken(task.taskToken()).details("x"));

    assertThat(describe("order-1", runId).latestActivityTaskTimestamp()).isEqualTo(START);
  }

  @Test
  void heartbeatDetailsOverTheModelsLimitFailValidation() {
    scheduleOne();
    PollForActivityTaskResponse task = takeActivity();
    String details = "d".repeat(2049);

    validation(() -> swf.recordActivityTaskHeartbeat(r -> r.taskToken(task.taskToken()).details(details)),
        "1 validation error detected: Value '" + details + "' at 'details' failed to satisfy constraint: "
            + "Member must have length less than or equal to 2048");
  }
}
