package dev.swftyped.fake;

import static org.assertj.core.api.Assertions.assertThat;
import static software.amazon.awssdk.services.swf.model.EventType.ACTIVITY_TASK_CANCELED;
import static software.amazon.awssdk.services.swf.model.EventType.ACTIVITY_TASK_CANCEL_REQUESTED;
import static software.amazon.awssdk.services.swf.model.EventType.ACTIVITY_TASK_SCHEDULED;
import static software.amazon.awssdk.services.swf.model.EventType.DECISION_TASK_COMPLETED;
import static software.amazon.awssdk.services.swf.model.EventType.DECISION_TASK_SCHEDULED;
import static software.amazon.awssdk.services.swf.model.EventType.DECISION_TASK_STARTED;
import static software.amazon.awssdk.services.swf.model.EventType.REQUEST_CANCEL_ACTIVITY_TASK_FAILED;
import static software.amazon.awssdk.services.swf.model.EventType.SCHEDULE_ACTIVITY_TASK_FAILED;

import java.time.Duration;
import java.util.List;
import java.util.function.UnaryOperator;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.services.swf.model.ActivityTaskCancelRequestedEventAttributes;
import software.amazon.awssdk.services.swf.model.ActivityTaskCanceledEventAttributes;
import software.amazon.awssdk.services.swf.model.ActivityTaskScheduledEventAttributes;
import software.amazon.awssdk.services.swf.model.ActivityType;
import software.amazon.awssdk.services.swf.model.Decision;
import software.amazon.awssdk.services.swf.model.HistoryEvent;
import software.amazon.awssdk.services.swf.model.PollForActivityTaskResponse;
import software.amazon.awssdk.services.swf.model.RegisterActivityTypeRequest;
import software.amazon.awssdk.services.swf.model.RequestCancelActivityTaskFailedEventAttributes;
import software.amazon.awssdk.services.swf.model.ScheduleActivityTaskDecisionAttributes;
import software.amazon.awssdk.services.swf.model.ScheduleActivityTaskFailedCause;
import software.amazon.awssdk.services.swf.model.ScheduleActivityTaskFailedEventAttributes;

/** ScheduleActivityTask (D-1: its causes in order, type defaults) and RequestCancelActivityTask (D-2). */
class ActivityDecisionContractTest extends TaskPlaneContract {
  static final ActivityType BARE = ActivityType.builder().name("Bare").version("1").build();

  @Override
  SwfFake.Builder configure(SwfFake.Builder builder) {
    return super.configure(builder).openActivityTaskLimit(2);
  }

  private String runId;

  void startOrder() {
    runId = start("order-1");
  }

  void registerBare(UnaryOperator<RegisterActivityTypeRequest.Builder> defaults) {
    registerActivityType(BARE, defaults);
  }

  static Decision scheduleBare(String activityId,
      UnaryOperator<ScheduleActivityTaskDecisionAttributes.Builder> more) {
    return scheduleActivity(activityId, a -> more.apply(a.activityType(BARE)));
  }

  // ---------------------------------------------------------------- failures (D-1)

  @Test
  void anUnregisteredTypeFailsWithItsOwnEventAndADecisionTask() {
    registerDomainAndType();
    startOrder();
    advance(Duration.ofSeconds(3));

    decideNext(scheduleActivity("a1"));

    List<HistoryEvent> events = eventsFrom("order-1", runId, 4);
    assertThat(events).extracting(HistoryEvent::eventType).containsExactly(DECISION_TASK_COMPLETED,
        SCHEDULE_ACTIVITY_TASK_FAILED, DECISION_TASK_SCHEDULED);
    assertThat(events).extracting(HistoryEvent::eventTimestamp).containsOnly(at(3));
    assertThat(events.get(1).scheduleActivityTaskFailedEventAttributes()).isEqualTo(
        ScheduleActivityTaskFailedEventAttributes.builder().activityType(CHARGE).activityId("a1")
            .cause(ScheduleActivityTaskFailedCause.ACTIVITY_TYPE_DOES_NOT_EXIST).decisionTaskCompletedEventId(4L)
            .build());
    assertThat(openCounts("order-1", runId)).isEqualTo(counts(1, 0, 0, 0));
    assertThat(describe("order-1", runId).latestActivityTaskTimestamp()).isNull();
  }

  @Test
  void aDeprecatedTypeFailsBeforeAnIdInUse() {
    registerAll();
    startOrder();
    decideNext(scheduleActivity("a1"), startTimer("t", 0));
    swf.deprecateActivityType(r -> r.domain(DOMAIN).activityType(CHARGE));

    assertThat(causeOf(scheduleActivity("a1"))).isEqualTo(ScheduleActivityTaskFailedCause.ACTIVITY_TYPE_DEPRECATED);
  }

  @Test
  void anOpenActivitysIdIsInUseBeforeTheLimitIsChecked() {
    registerAll();
    startOrder();
    decideNext(scheduleActivity("a1"), scheduleActivity("a2"), startTimer("t", 0));

    assertThat(causeOf(scheduleActivity("a1"))).isEqualTo(ScheduleActivityTaskFailedCause.ACTIVITY_ID_ALREADY_IN_USE);
  }

  @Test
  void anIdInUseInTheSameBatchFails() {
    registerAll();
    startOrder();

    decideNext(scheduleActivity("a1"), scheduleActivity("a1"));

    assertThat(typesFrom("order-1", runId, 4)).containsExactly(DECISION_TASK_COMPLETED, ACTIVITY_TASK_SCHEDULED,
        SCHEDULE_ACTIVITY_TASK_FAILED, DECISION_TASK_SCHEDULED);
    assertThat(event("order-1", runId, 6).scheduleActivityTaskFailedEventAttributes().cause())
        .isEqualTo(ScheduleActivityTaskFailedCause.ACTIVITY_ID_ALREADY_IN_USE);
  }

  @Test
  void theIdOfAClosedActivityMayBeReused() {
    registerAll();
    startOrder();
    decideNext(scheduleActivity("a1"));
    completeActivity(takeActivity().taskToken(), null);

    decideNext(scheduleActivity("a1"));

    assertThat(types("order-1", runId)).last().isEqualTo(ACTIVITY_TASK_SCHEDULED);
    assertThat(openCounts("order-1", runId).openActivityTasks()).isEqualTo(1);
  }

  @Test
  @FakeOnly("needs the fake's quota of 2 open activities (SWF's is 1,000)")
  void theOpenActivityLimitComesBeforeAMissingTaskList() {
    registerAll();
    registerBare(r -> r);
    startOrder();
    decideNext(scheduleActivity("a1"), scheduleActivity("a2"), startTimer("t", 0));

    assertThat(causeOf(scheduleBare("a3", a -> a)))
        .isEqualTo(ScheduleActivityTaskFailedCause.OPEN_ACTIVITIES_LIMIT_EXCEEDED);
  }

  @Test
  void aMissingTaskListComesBeforeMissingTimeouts() {
    registerDomainAndType();
    registerBare(r -> r);
    startOrder();

    assertThat(causeOf(scheduleBare("a1", a -> a))).isEqualTo(ScheduleActivityTaskFailedCause.DEFAULT_TASK_LIST_UNDEFINED);
  }

  @Test
  void missingTimeoutsFailInTheOrderScheduleToStartScheduleToCloseStartToCloseHeartbeat() {
    registerDomainAndType();
    registerBare(r -> r.defaultTaskList(t -> t.name(WORKERS)));
    startOrder();

    assertThat(causeOf(scheduleBare("a1", a -> a)))
        .isEqualTo(ScheduleActivityTaskFailedCause.DEFAULT_SCHEDULE_TO_START_TIMEOUT_UNDEFINED);
    assertThat(causeOf(scheduleBare("a1", a -> a.scheduleToStartTimeout("10"))))
        .isEqualTo(ScheduleActivityTaskFailedCause.DEFAULT_SCHEDULE_TO_CLOSE_TIMEOUT_UNDEFINED);
    assertThat(causeOf(scheduleBare("a1", a -> a.scheduleToStartTimeout("10").scheduleToCloseTimeout("20"))))
        .isEqualTo(ScheduleActivityTaskFailedCause.DEFAULT_START_TO_CLOSE_TIMEOUT_UNDEFINED);
    assertThat(causeOf(scheduleBare("a1", a -> a.scheduleToStartTimeout("10").scheduleToCloseTimeout("20")
        .startToCloseTimeout("15")))).isEqualTo(ScheduleActivityTaskFailedCause.DEFAULT_HEARTBEAT_TIMEOUT_UNDEFINED);
    assertThat(causeOf(scheduleBare("a1", a -> a.scheduleToStartTimeout("10").scheduleToCloseTimeout("20")
        .startToCloseTimeout("15").heartbeatTimeout("NONE")))).isNull();
  }

  // ---------------------------------------------------------------- success (D-1)

  @Test
  void aScheduledActivityHoldsTheTypesDefaultsAndOmitsWhatWasNotGiven() {
    registerAll();
    startOrder();
    advance(Duration.ofSeconds(2));

    decideNext(scheduleActivity("a1"));

    HistoryEvent scheduled = event("order-1", runId, 5);
    assertThat(scheduled.eventTimestamp()).isEqualTo(at(2));
    assertThat(scheduled.activityTaskScheduledEventAttributes()).isEqualTo(ActivityTaskScheduledEventAttributes
        .builder().activityType(CHARGE).activityId("a1").taskList(t -> t.name(WORKERS))
        .scheduleToStartTimeout("60").scheduleToCloseTimeout("600").startToCloseTimeout("300")
        .heartbeatTimeout("NONE").decisionTaskCompletedEventId(4L).build());
    assertThat(typesFrom("order-1", runId, 4)).containsExactly(DECISION_TASK_COMPLETED, ACTIVITY_TASK_SCHEDULED);
    assertThat(openCounts("order-1", runId)).isEqualTo(counts(0, 1, 0, 0));
    assertThat(pendingActivities(WORKERS)).isEqualTo(1);
    assertThat(describe("order-1", runId).latestActivityTaskTimestamp()).isEqualTo(at(2));
  }

  @Test
  void theDecisionsValuesWinOverTheTypesDefaults() {
    registerAll();
    startOrder();

    decideNext(scheduleActivity("a1", a -> a.taskList(t -> t.name("fast")).scheduleToStartTimeout("1")
        .scheduleToCloseTimeout("NONE").startToCloseTimeout("2").heartbeatTimeout("3").taskPriority("-4")
        .input("in").control("ctl")));

    assertThat(event("order-1", runId, 5).activityTaskScheduledEventAttributes()).isEqualTo(
        ActivityTaskScheduledEventAttributes.builder().activityType(CHARGE).activityId("a1")
            .taskList(t -> t.name("fast")).scheduleToStartTimeout("1").scheduleToCloseTimeout("NONE")
            .startToCloseTimeout("2").heartbeatTimeout("3").taskPriority("-4").input("in").control("ctl")
            .decisionTaskCompletedEventId(4L).build());
    assertThat(pendingActivities("fast")).isEqualTo(1);
    assertThat(pendingActivities(WORKERS)).isZero();
  }

  @Test
  void theTypesDefaultPriorityApplies() {
    registerDomainAndType();
    registerActivityType(CHARGE, r -> r.defaultTaskList(t -> t.name(WORKERS)).defaultTaskPriority("9")
        .defaultTaskScheduleToStartTimeout("NONE").defaultTaskScheduleToCloseTimeout("NONE")
        .defaultTaskStartToCloseTimeout("NONE").defaultTaskHeartbeatTimeout("NONE"));
    startOrder();

    decideNext(scheduleActivity("a1"));

    assertThat(event("order-1", runId, 5).activityTaskScheduledEventAttributes().taskPriority()).isEqualTo("9");
  }

  @Test
  void theWorkflowsPriorityDoesNotCarryOverToItsActivities() {
    registerAll();
    runId = start("order-1", r -> r.taskPriority("5"));

    decideNext(scheduleActivity("a1"));

    assertThat(event("order-1", runId, 5).activityTaskScheduledEventAttributes().taskPriority()).isNull();
  }

  // ---------------------------------------------------------------- RequestCancelActivityTask (D-2)

  @Test
  void cancellingAnUnknownActivityFails() {
    registerAll();
    startOrder();

    decideNext(requestCancelActivity("ghost"));

    assertThat(typesFrom("order-1", runId, 4)).containsExactly(DECISION_TASK_COMPLETED,
        REQUEST_CANCEL_ACTIVITY_TASK_FAILED, DECISION_TASK_SCHEDULED);
    assertThat(event("order-1", runId, 5).requestCancelActivityTaskFailedEventAttributes()).isEqualTo(
        RequestCancelActivityTaskFailedEventAttributes.builder().activityId("ghost").cause("ACTIVITY_ID_UNKNOWN")
            .decisionTaskCompletedEventId(4L).build());
  }

  @Test
  void cancellingAClosedActivityFails() {
    registerAll();
    startOrder();
    decideNext(scheduleActivity("a1"));
    completeActivity(takeActivity().taskToken(), null);

    decideNext(requestCancelActivity("a1"));

    assertThat(typesFrom("order-1", runId, 10)).containsExactly(DECISION_TASK_COMPLETED,
        REQUEST_CANCEL_ACTIVITY_TASK_FAILED, DECISION_TASK_SCHEDULED);
  }

  @Test
  void cancellingAnActivityNotYetStartedCancelsItAtOnce() {
    registerAll();
    startOrder();
    decideNext(scheduleActivity("a1"), startTimer("t", 0));
    advance(Duration.ofSeconds(5));

    decideNext(requestCancelActivity("a1"));

    List<HistoryEvent> events = eventsFrom("order-1", runId, 10);
    assertThat(events).extracting(HistoryEvent::eventType).containsExactly(DECISION_TASK_COMPLETED,
        ACTIVITY_TASK_CANCEL_REQUESTED, ACTIVITY_TASK_CANCELED, DECISION_TASK_SCHEDULED);
    assertThat(events).extracting(HistoryEvent::eventTimestamp).containsOnly(at(5));
    assertThat(events.get(1).activityTaskCancelRequestedEventAttributes()).isEqualTo(
        ActivityTaskCancelRequestedEventAttributes.builder().activityId("a1").decisionTaskCompletedEventId(10L)
            .build());
    assertThat(events.get(2).activityTaskCanceledEventAttributes()).isEqualTo(ActivityTaskCanceledEventAttributes
        .builder().scheduledEventId(5L).startedEventId(0L).latestCancelRequestedEventId(11L).build());
    assertThat(openCounts("order-1", runId)).isEqualTo(counts(1, 0, 0, 0));
    assertThat(pendingActivities(WORKERS)).isZero();
    assertThat(emptyPollActivity().taskToken()).isNull();
    assertThat(describe("order-1", runId).latestActivityTaskTimestamp()).isEqualTo(at(5));
  }

  @Test
  void cancellingAStartedActivityOnlyAsksItsWorker() {
    registerAll();
    startOrder();
    decideNext(scheduleActivity("a1"));
    PollForActivityTaskResponse task = takeActivity();
    swf.signalWorkflowExecution(r -> r.domain(DOMAIN).workflowId("order-1").signalName("stop"));
    assertThat(swf.recordActivityTaskHeartbeat(r -> r.taskToken(task.taskToken())).cancelRequested()).isFalse();

    decideNext(requestCancelActivity("a1"));

    assertThat(typesFrom("order-1", runId, 9)).containsExactly(DECISION_TASK_STARTED, DECISION_TASK_COMPLETED,
        ACTIVITY_TASK_CANCEL_REQUESTED);
    assertThat(openCounts("order-1", runId)).isEqualTo(counts(0, 1, 0, 0));
    assertThat(swf.recordActivityTaskHeartbeat(r -> r.taskToken(task.taskToken())).cancelRequested()).isTrue();

    swf.respondActivityTaskCanceled(r -> r.taskToken(task.taskToken()).details("stopped"));

    assertThat(typesFrom("order-1", runId, 12)).containsExactly(ACTIVITY_TASK_CANCELED, DECISION_TASK_SCHEDULED);
    assertThat(event("order-1", runId, 12).activityTaskCanceledEventAttributes()).isEqualTo(
        ActivityTaskCanceledEventAttributes.builder().details("stopped").scheduledEventId(5L).startedEventId(6L)
            .latestCancelRequestedEventId(11L).build());
  }

  @Test
  void aSecondCancelRequestIsRecordedAndTheLatestIsReported() {
    registerAll();
    startOrder();
    decideNext(scheduleActivity("a1"));
    PollForActivityTaskResponse task = takeActivity();
    swf.signalWorkflowExecution(r -> r.domain(DOMAIN).workflowId("order-1").signalName("stop"));
    decideNext(requestCancelActivity("a1"), startTimer("t", 0));
    decideNext(requestCancelActivity("a1"));

    swf.respondActivityTaskCanceled(r -> r.taskToken(task.taskToken()));

    List<HistoryEvent> events = history("order-1", runId);
    HistoryEvent canceled = events.get(events.size() - 2);
    assertThat(events.get(16).eventType()).isEqualTo(ACTIVITY_TASK_CANCEL_REQUESTED);
    assertThat(canceled.activityTaskCanceledEventAttributes()).isEqualTo(ActivityTaskCanceledEventAttributes
        .builder().scheduledEventId(5L).startedEventId(6L).latestCancelRequestedEventId(17L).build());
  }

  /**
   * Takes order-1's next decision task, answers it with the decision and a zero-second timer (so
   * that a decision task follows either way), and returns the decision's failure cause, or null.
   */
  private ScheduleActivityTaskFailedCause causeOf(Decision decision) {
    decideNext(decision, startTimer("tick-" + history("order-1", runId).size(), 0));
    List<HistoryEvent> events = history("order-1", runId);
    for (int i = events.size() - 1; i >= 0; i--) {
      HistoryEvent event = events.get(i);
      if (event.eventType() == DECISION_TASK_COMPLETED) {
        HistoryEvent next = events.get(i + 1);
        return next.eventType() == SCHEDULE_ACTIVITY_TASK_FAILED
            ? next.scheduleActivityTaskFailedEventAttributes().cause() : null;
      }
    }
    throw new AssertionError("no completed decision task");
  }

  @Test
  void anActivityCanceledAtOnceFreesItsIdInTheSameBatch() {
    registerAll();
    startOrder();

    decideNext(scheduleActivity("a1"), requestCancelActivity("a1"), scheduleActivity("a1"));

    assertThat(typesFrom("order-1", runId, 4)).containsExactly(DECISION_TASK_COMPLETED, ACTIVITY_TASK_SCHEDULED,
        ACTIVITY_TASK_CANCEL_REQUESTED, ACTIVITY_TASK_CANCELED, ACTIVITY_TASK_SCHEDULED, DECISION_TASK_SCHEDULED);
    assertThat(openCounts("order-1", runId).openActivityTasks()).isEqualTo(1);
    assertThat(pendingActivities(WORKERS)).isEqualTo(1);
    assertThat(takeActivity().startedEventId()).isEqualTo(10);
    assertThat(event("order-1", runId, 10).activityTaskStartedEventAttributes().scheduledEventId()).isEqualTo(8);
  }

  @Test
  void anActivityCanceledBeforeItStartedNeverTimesOut() {
    registerAll();
    startOrder();
    decideNext(scheduleActivity("a1"), requestCancelActivity("a1"));
    int events = history("order-1", runId).size();

    advance(Duration.ofMinutes(20));

    assertThat(history("order-1", runId)).hasSize(events);
  }

  @Test
  @FakeOnly("needs the fake's quota of 2 open activities (SWF's is 1,000)")
  void theOpenActivityLimitCountsActivitiesScheduledInTheSameBatch() {
    registerAll();
    startOrder();

    decideNext(scheduleActivity("a1"), scheduleActivity("a2"), scheduleActivity("a3"));

    assertThat(event("order-1", runId, 7).scheduleActivityTaskFailedEventAttributes().cause())
        .isEqualTo(ScheduleActivityTaskFailedCause.OPEN_ACTIVITIES_LIMIT_EXCEEDED);
    assertThat(openCounts("order-1", runId).openActivityTasks()).isEqualTo(2);
  }
}
