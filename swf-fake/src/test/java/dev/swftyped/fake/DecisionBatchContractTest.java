package dev.swftyped.fake;

import static org.assertj.core.api.Assertions.assertThat;
import static software.amazon.awssdk.services.swf.model.EventType.ACTIVITY_TASK_SCHEDULED;
import static software.amazon.awssdk.services.swf.model.EventType.CANCEL_TIMER_FAILED;
import static software.amazon.awssdk.services.swf.model.EventType.CANCEL_WORKFLOW_EXECUTION_FAILED;
import static software.amazon.awssdk.services.swf.model.EventType.COMPLETE_WORKFLOW_EXECUTION_FAILED;
import static software.amazon.awssdk.services.swf.model.EventType.CONTINUE_AS_NEW_WORKFLOW_EXECUTION_FAILED;
import static software.amazon.awssdk.services.swf.model.EventType.DECISION_TASK_COMPLETED;
import static software.amazon.awssdk.services.swf.model.EventType.DECISION_TASK_SCHEDULED;
import static software.amazon.awssdk.services.swf.model.EventType.FAIL_WORKFLOW_EXECUTION_FAILED;
import static software.amazon.awssdk.services.swf.model.EventType.MARKER_RECORDED;
import static software.amazon.awssdk.services.swf.model.EventType.REQUEST_CANCEL_ACTIVITY_TASK_FAILED;
import static software.amazon.awssdk.services.swf.model.EventType.TIMER_STARTED;
import static software.amazon.awssdk.services.swf.model.EventType.WORKFLOW_EXECUTION_CANCELED;
import static software.amazon.awssdk.services.swf.model.EventType.WORKFLOW_EXECUTION_COMPLETED;
import static software.amazon.awssdk.services.swf.model.EventType.WORKFLOW_EXECUTION_FAILED;
import static software.amazon.awssdk.services.swf.model.EventType.WORKFLOW_EXECUTION_SIGNALED;

import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.services.swf.model.CancelWorkflowExecutionFailedEventAttributes;
import software.amazon.awssdk.services.swf.model.CloseStatus;
import software.amazon.awssdk.services.swf.model.CompleteWorkflowExecutionFailedEventAttributes;
import software.amazon.awssdk.services.swf.model.ContinueAsNewWorkflowExecutionFailedEventAttributes;
import software.amazon.awssdk.services.swf.model.Decision;
import software.amazon.awssdk.services.swf.model.DecisionTaskCompletedEventAttributes;
import software.amazon.awssdk.services.swf.model.DecisionTaskStartedEventAttributes;
import software.amazon.awssdk.services.swf.model.DecisionType;
import software.amazon.awssdk.services.swf.model.DescribeWorkflowExecutionResponse;
import software.amazon.awssdk.services.swf.model.ExecutionStatus;
import software.amazon.awssdk.services.swf.model.FailWorkflowExecutionFailedEventAttributes;
import software.amazon.awssdk.services.swf.model.HistoryEvent;
import software.amazon.awssdk.services.swf.model.MarkerRecordedEventAttributes;
import software.amazon.awssdk.services.swf.model.PollForActivityTaskResponse;
import software.amazon.awssdk.services.swf.model.PollForDecisionTaskResponse;
import software.amazon.awssdk.services.swf.model.UnknownResourceException;
import software.amazon.awssdk.services.swf.model.WorkflowExecutionCanceledEventAttributes;
import software.amazon.awssdk.services.swf.model.WorkflowExecutionCompletedEventAttributes;
import software.amazon.awssdk.services.swf.model.WorkflowExecutionFailedEventAttributes;

/**
 * RespondDecisionTaskCompleted as a whole: the token, whole-batch validation, the completed event
 * and execution context, order and timestamps, UNHANDLED_DECISION, and closing (RD-1 to RD-11,
 * D-3 to D-5, D-7).
 */
class DecisionBatchContractTest extends TaskPlaneContract {
  static final String ENUM_SET = "[CompleteWorkflowExecution, StartTimer, RequestCancelExternalWorkflowExecution, "
      + "SignalExternalWorkflowExecution, CancelTimer, RecordMarker, ScheduleActivityTask, "
      + "ContinueAsNewWorkflowExecution, ScheduleLambdaFunction, FailWorkflowExecution, RequestCancelActivityTask, "
      + "StartChildWorkflowExecution, CancelWorkflowExecution]";

  // ---------------------------------------------------------------- the token (RD-1, TK-3)

  @Test
  void aTokenTheFakeDidNotIssueIsInvalid() {
    registerDomainAndType();
    start("order-1");

    validation(() -> decide("bm90IGEgdG9rZW4="), "Invalid token");
    validation(() -> decide("not base64 !"), "Invalid token");
  }

  @Test
  void anActivityTokenIsNotADecisionToken() {
    registerAll();
    start("order-1");
    decideNext(scheduleActivity("a1"));
    PollForActivityTaskResponse activity = takeActivity();

    validation(() -> decide(activity.taskToken()), "Invalid token");
  }

  @Test
  void aMissingTokenFailsModelValidation() {
    registerDomainAndType();

    validation(() -> swf.respondDecisionTaskCompleted(r -> r.decisions(complete(null))),
        "1 validation error detected: Value null at 'taskToken' failed to satisfy constraint: "
            + "Member must not be null");
    validation(() -> swf.respondDecisionTaskCompleted(r -> r.taskToken("")),
        "1 validation error detected: Value '' at 'taskToken' failed to satisfy constraint: "
            + "Member must have length greater than or equal to 1");
  }

  @Test
  void theTokenIsCheckedBeforeTheRulesOfTheBatch() {
    registerDomainAndType();
    start("order-1");

    validation(() -> decide("bm90IGEgdG9rZW4=", complete(null), marker("m", null)), "Invalid token");
  }

  @Test
  void aCompletedTaskCannotBeCompletedAgain() {
    registerDomainAndType();
    start("order-1");
    PollForDecisionTaskResponse task = decideNext();

    fault(() -> decide(task.taskToken()), UnknownResourceException.class, "UnknownResourceFault",
        "Unknown decision task, scheduledEventId = 2");
  }

  @Test
  void aTaskOfAClosedRunNamesTheRun() {
    registerDomainAndType();
    String runId = start("order-1");
    PollForDecisionTaskResponse task = takeDecision();
    swf.terminateWorkflowExecution(r -> r.domain(DOMAIN).workflowId("order-1"));

    fault(() -> decide(task.taskToken()), UnknownResourceException.class, "UnknownResourceFault",
        "Unknown execution: WorkflowExecution=[workflowId=order-1, runId=" + runId + "]");
  }

  @Test
  void aClosedRunIsReportedBeforeTheRulesOfTheBatch() {
    registerDomainAndType();
    String runId = start("order-1");
    PollForDecisionTaskResponse task = takeDecision();
    swf.terminateWorkflowExecution(r -> r.domain(DOMAIN).workflowId("order-1"));

    fault(() -> decide(task.taskToken(), complete(null), marker("m", null)), UnknownResourceException.class,
        "UnknownResourceFault", "Unknown execution: WorkflowExecution=[workflowId=order-1, runId=" + runId + "]");
    fault(() -> decide(task.taskToken(), scheduleActivity("a:b")), UnknownResourceException.class,
        "UnknownResourceFault", "Unknown execution: WorkflowExecution=[workflowId=order-1, runId=" + runId + "]");
  }

  @Test
  void aCompletedTaskIsReportedBeforeTheRulesOfTheBatch() {
    registerDomainAndType();
    start("order-1");
    PollForDecisionTaskResponse task = decideNext();

    fault(() -> decide(task.taskToken(), complete(null), marker("m", null)), UnknownResourceException.class,
        "UnknownResourceFault", "Unknown decision task, scheduledEventId = 2");
  }

  @Test
  void aModelViolationIsReportedBeforeTheToken() {
    registerDomainAndType();

    validation(() -> decide("bm90IGEgdG9rZW4=", marker("m".repeat(257), null)),
        "1 validation error detected: Value '" + "m".repeat(257) + "' at "
            + "'decisions.1.member.recordMarkerDecisionAttributes.markerName' failed to satisfy constraint: "
            + "Member must have length less than or equal to 256");
  }

  // ---------------------------------------------------------------- whole-batch validation (RD-2)

  @Test
  void aModelViolationInADecisionIsAddressedByItsOneBasedIndexAndChangesNothing() {
    registerDomainAndType();
    String runId = start("order-1");
    PollForDecisionTaskResponse task = takeDecision();
    Decision noTimerId = Decision.builder().decisionType(DecisionType.START_TIMER)
        .startTimerDecisionAttributes(a -> a.startToFireTimeout("5")).build();

    validation(() -> decide(task.taskToken(), marker("m", null), noTimerId),
        "1 validation error detected: Value null at 'decisions.2.member.startTimerDecisionAttributes.timerId' "
            + "failed to satisfy constraint: Member must not be null");

    assertThat(history("order-1", runId)).hasSize(3);
    decide(task.taskToken(), marker("m", null));
    assertThat(typesFrom("order-1", runId, 4)).containsExactly(DECISION_TASK_COMPLETED, MARKER_RECORDED);
  }

  @Test
  void anOversizedNestedMemberFailsModelValidation() {
    registerDomainAndType();
    start("order-1");
    PollForDecisionTaskResponse task = takeDecision();

    validation(() -> decide(task.taskToken(), marker("m".repeat(257), null)),
        "1 validation error detected: Value '" + "m".repeat(257) + "' at "
            + "'decisions.1.member.recordMarkerDecisionAttributes.markerName' failed to satisfy constraint: "
            + "Member must have length less than or equal to 256");
  }

  @Test
  void anUnknownDecisionTypeListsTheServicesEnumSet() {
    registerDomainAndType();
    start("order-1");
    PollForDecisionTaskResponse task = takeDecision();
    Decision bogus = Decision.builder().decisionType("Bogus").build();

    validation(() -> decide(task.taskToken(), bogus),
        "1 validation error detected: Value 'Bogus' at 'decisions.1.member.decisionType' failed to satisfy "
            + "constraint: Member must satisfy enum value set: " + ENUM_SET);
  }

  @Test
  void aDecisionWithoutItsAttributesReportsTheirRequiredMembersAsNull() {
    registerDomainAndType();
    start("order-1");
    PollForDecisionTaskResponse task = takeDecision();
    Decision bare = Decision.builder().decisionType(DecisionType.RECORD_MARKER).build();

    validation(() -> decide(task.taskToken(), bare),
        "1 validation error detected: Value null at 'decisions.1.member.recordMarkerDecisionAttributes.markerName' "
            + "failed to satisfy constraint: Member must not be null");
  }

  @Test
  void attributesOfAnotherDecisionTypeDoNotStandInForTheDecisionsOwn() {
    registerDomainAndType();
    String runId = start("order-1");
    PollForDecisionTaskResponse task = takeDecision();
    Decision mixed = Decision.builder().decisionType(DecisionType.START_TIMER)
        .recordMarkerDecisionAttributes(a -> a.markerName("m")).build();

    validation(() -> decide(task.taskToken(), mixed), "2 validation errors detected: "
        + "Value null at 'decisions.1.member.startTimerDecisionAttributes.startToFireTimeout' failed to satisfy "
        + "constraint: Member must not be null; "
        + "Value null at 'decisions.1.member.startTimerDecisionAttributes.timerId' failed to satisfy constraint: "
        + "Member must not be null");

    assertThat(history("order-1", runId)).hasSize(3);
  }

  @Test
  void aDecisionWhoseAttributesHaveNoRequiredMemberNeedsNone() {
    registerDomainAndType();
    String runId = start("order-1");
    PollForDecisionTaskResponse task = takeDecision();

    decide(task.taskToken(), Decision.builder().decisionType(DecisionType.COMPLETE_WORKFLOW_EXECUTION).build());

    assertThat(describe("order-1", runId).executionInfo().closeStatus()).isEqualTo(CloseStatus.COMPLETED);
    assertThat(event("order-1", runId, 5).workflowExecutionCompletedEventAttributes())
        .isEqualTo(WorkflowExecutionCompletedEventAttributes.builder().decisionTaskCompletedEventId(4L).build());
  }

  @Test
  void aClosingDecisionMustBeLast() {
    registerDomainAndType();
    String runId = start("order-1");
    PollForDecisionTaskResponse task = takeDecision();

    validation(() -> decide(task.taskToken(), complete(null), marker("m", null)),
        "Close must be last decision in list");
    validation(() -> decide(task.taskToken(), continueAsNew(null), marker("m", null)),
        "Close must be last decision in list");
    validation(() -> decide(task.taskToken(), fail(null, null), cancel(null)), "Close must be last decision in list");

    assertThat(history("order-1", runId)).hasSize(3);
    assertThat(describe("order-1", runId).executionInfo().executionStatus()).isEqualTo(ExecutionStatus.OPEN);
  }

  @Test
  void theFakesOwnRulesNameTheDecisionsMember() {
    registerAll();
    start("order-1");
    PollForDecisionTaskResponse task = takeDecision();

    validation(() -> decide(task.taskToken(), scheduleActivity("a:b")),
        "Invalid decisions.1.member.scheduleActivityTaskDecisionAttributes.activityId: a:b");
    validation(() -> decide(task.taskToken(), marker("m", null), startTimer("t", 1),
        Decision.builder().decisionType(DecisionType.START_TIMER)
            .startTimerDecisionAttributes(a -> a.timerId("t2").startToFireTimeout("NONE")).build()),
        "Invalid decisions.3.member.startTimerDecisionAttributes.startToFireTimeout: NONE");
    validation(() -> decide(task.taskToken(), scheduleActivity("a1", a -> a.heartbeatTimeout("1.5"))),
        "Invalid decisions.1.member.scheduleActivityTaskDecisionAttributes.heartbeatTimeout: 1.5");
    validation(() -> decide(task.taskToken(), scheduleActivity("a1", a -> a.taskPriority("high"))),
        "Invalid decisions.1.member.scheduleActivityTaskDecisionAttributes.taskPriority: high");
  }

  // ---------------------------------------------------------------- the completed event (RD-3, RD-4, RD-5)

  @Test
  void theCompletedEventNamesItsTaskAndOmitsWhatWasNotSent() {
    registerDomainAndType();
    String runId = start("order-1");
    advance(Duration.ofSeconds(4));
    PollForDecisionTaskResponse task = takeDecision();
    advance(Duration.ofSeconds(2));

    decide(task.taskToken());

    HistoryEvent completed = event("order-1", runId, 4);
    assertThat(completed.eventTimestamp()).isEqualTo(at(6));
    assertThat(completed.decisionTaskCompletedEventAttributes()).isEqualTo(
        DecisionTaskCompletedEventAttributes.builder().scheduledEventId(2L).startedEventId(3L).build());
    assertThat(describe("order-1", runId).latestExecutionContext()).isNull();
  }

  @Test
  void anEmptyExecutionContextIsKeptAsEmpty() {
    registerDomainAndType();
    String runId = start("order-1");
    PollForDecisionTaskResponse task = takeDecision();

    respond(task.taskToken(), r -> r.executionContext(""));

    assertThat(event("order-1", runId, 4).decisionTaskCompletedEventAttributes()).isEqualTo(
        DecisionTaskCompletedEventAttributes.builder().scheduledEventId(2L).startedEventId(3L).executionContext("")
            .build());
    assertThat(describe("order-1", runId).latestExecutionContext()).isEmpty();
  }

  @Test
  void theLatestExecutionContextStaysWhenALaterResponseHasNone() {
    registerDomainAndType();
    String runId = start("order-1");
    PollForDecisionTaskResponse first = takeDecision();
    respond(first.taskToken(), r -> r.executionContext("step-1").decisions(startTimer("t", 0)));
    assertThat(describe("order-1", runId).latestExecutionContext()).isEqualTo("step-1");

    decideNext();

    assertThat(describe("order-1", runId).latestExecutionContext()).isEqualTo("step-1");
  }

  @Test
  void aTaskListOverrideIsRecordedInTheCompletedEvent() {
    registerDomainAndType();
    String runId = start("order-1");
    PollForDecisionTaskResponse task = takeDecision();

    respond(task.taskToken(), r -> r.taskList(t -> t.name("vip")).taskListScheduleToStartTimeout("30"));

    assertThat(event("order-1", runId, 4).decisionTaskCompletedEventAttributes()).isEqualTo(
        DecisionTaskCompletedEventAttributes.builder().scheduledEventId(2L).startedEventId(3L)
            .taskList(t -> t.name("vip")).taskListScheduleToStartTimeout("30").build());
  }

  @Test
  void decisionsApplyInOrderAtTheCompletedEventsInstant() {
    registerAll();
    String runId = start("order-1");
    PollForDecisionTaskResponse task = takeDecision();
    advance(Duration.ofSeconds(9));

    decide(task.taskToken(), marker("a", "1"), startTimer("t2", 60), startTimer("t1", 60), marker("a", null),
        scheduleActivity("act"));

    List<HistoryEvent> events = eventsFrom("order-1", runId, 4);
    assertThat(events).extracting(HistoryEvent::eventType).containsExactly(DECISION_TASK_COMPLETED, MARKER_RECORDED,
        TIMER_STARTED, TIMER_STARTED, MARKER_RECORDED, ACTIVITY_TASK_SCHEDULED);
    assertThat(events).extracting(HistoryEvent::eventTimestamp).containsOnly(at(9));
    assertThat(events.get(2).timerStartedEventAttributes().timerId()).isEqualTo("t2");
    assertThat(events.get(3).timerStartedEventAttributes().timerId()).isEqualTo("t1");
    assertThat(events.get(1).markerRecordedEventAttributes()).isEqualTo(MarkerRecordedEventAttributes.builder()
        .markerName("a").details("1").decisionTaskCompletedEventId(4L).build());
    assertThat(events.get(4).markerRecordedEventAttributes()).isEqualTo(MarkerRecordedEventAttributes.builder()
        .markerName("a").decisionTaskCompletedEventId(4L).build());
  }

  @Test
  void markersAreNeverTriggersAndMayRepeatAcrossBatches() {
    registerDomainAndType();
    String runId = start("order-1");
    decideNext(marker("m", null), marker("m", null), startTimer("t", 0));

    decideNext(marker("m", "again"));

    assertThat(types("order-1", runId).stream().filter(MARKER_RECORDED::equals)).hasSize(3);
    assertThat(types("order-1", runId)).last().isEqualTo(MARKER_RECORDED);
    assertThat(openCounts("order-1", runId)).isEqualTo(counts(0, 0, 0, 0));
  }

  @Test
  void failingDecisionsScheduleOneDecisionTaskAfterTheWholeBatch() {
    registerDomainAndType();
    String runId = start("order-1");

    decideNext(cancelTimer("none"), requestCancelActivity("none"), marker("m", null));

    assertThat(typesFrom("order-1", runId, 4)).containsExactly(DECISION_TASK_COMPLETED, CANCEL_TIMER_FAILED,
        REQUEST_CANCEL_ACTIVITY_TASK_FAILED, MARKER_RECORDED, DECISION_TASK_SCHEDULED);
    assertThat(pendingDecisions(DECIDERS)).isEqualTo(1);
    assertThat(event("order-1", runId, 8).eventTimestamp()).isEqualTo(at(0));
  }

  // ---------------------------------------------------------------- UNHANDLED_DECISION (RD-9)

  /** Starts order-1, hands out its first task and signals it: a decision task is then scheduled. */
  PollForDecisionTaskResponse taskOvertakenByASignal() {
    registerDomainAndType();
    start("order-1");
    PollForDecisionTaskResponse task = takeDecision();
    swf.signalWorkflowExecution(r -> r.domain(DOMAIN).workflowId("order-1").signalName("late"));
    return task;
  }

  @Test
  void completingAfterASignalArrivedFailsWithUnhandledDecisionAndKeepsTheRestOfTheBatch() {
    PollForDecisionTaskResponse task = taskOvertakenByASignal();
    String runId = task.workflowExecution().runId();

    decide(task.taskToken(), marker("m", null), complete("done"));

    assertThat(typesFrom("order-1", runId, 4)).containsExactly(WORKFLOW_EXECUTION_SIGNALED, DECISION_TASK_SCHEDULED,
        DECISION_TASK_COMPLETED, MARKER_RECORDED, COMPLETE_WORKFLOW_EXECUTION_FAILED);
    assertThat(event("order-1", runId, 8).completeWorkflowExecutionFailedEventAttributes()).isEqualTo(
        CompleteWorkflowExecutionFailedEventAttributes.builder().cause("UNHANDLED_DECISION")
            .decisionTaskCompletedEventId(6L).build());
    assertThat(describe("order-1", runId).executionInfo().executionStatus()).isEqualTo(ExecutionStatus.OPEN);
    assertThat(pendingDecisions(DECIDERS)).isEqualTo(1);
    PollForDecisionTaskResponse next = takeDecision();
    assertThat(next.startedEventId()).isEqualTo(9);
    assertThat(event("order-1", runId, 9).decisionTaskStartedEventAttributes())
        .isEqualTo(DecisionTaskStartedEventAttributes.builder().scheduledEventId(5L).identity("decider-1").build());
  }

  @Test
  void failingAfterASignalArrivedFailsWithUnhandledDecision() {
    PollForDecisionTaskResponse task = taskOvertakenByASignal();
    String runId = task.workflowExecution().runId();

    decide(task.taskToken(), fail("r", "d"));

    assertThat(typesFrom("order-1", runId, 6)).containsExactly(DECISION_TASK_COMPLETED, FAIL_WORKFLOW_EXECUTION_FAILED);
    assertThat(event("order-1", runId, 7).failWorkflowExecutionFailedEventAttributes()).isEqualTo(
        FailWorkflowExecutionFailedEventAttributes.builder().cause("UNHANDLED_DECISION")
            .decisionTaskCompletedEventId(6L).build());
  }

  @Test
  void cancellingAfterASignalArrivedFailsWithUnhandledDecision() {
    PollForDecisionTaskResponse task = taskOvertakenByASignal();
    String runId = task.workflowExecution().runId();

    decide(task.taskToken(), cancel("d"));

    assertThat(typesFrom("order-1", runId, 6)).containsExactly(DECISION_TASK_COMPLETED,
        CANCEL_WORKFLOW_EXECUTION_FAILED);
    assertThat(event("order-1", runId, 7).cancelWorkflowExecutionFailedEventAttributes()).isEqualTo(
        CancelWorkflowExecutionFailedEventAttributes.builder().cause("UNHANDLED_DECISION")
            .decisionTaskCompletedEventId(6L).build());
  }

  @Test
  void continuingAsNewAfterASignalArrivedFailsWithUnhandledDecision() {
    PollForDecisionTaskResponse task = taskOvertakenByASignal();
    String runId = task.workflowExecution().runId();

    decide(task.taskToken(), continueAsNew("next"));

    assertThat(typesFrom("order-1", runId, 6)).containsExactly(DECISION_TASK_COMPLETED,
        CONTINUE_AS_NEW_WORKFLOW_EXECUTION_FAILED);
    assertThat(event("order-1", runId, 7).continueAsNewWorkflowExecutionFailedEventAttributes()).isEqualTo(
        ContinueAsNewWorkflowExecutionFailedEventAttributes.builder().cause("UNHANDLED_DECISION")
            .decisionTaskCompletedEventId(6L).build());
    assertThat(describe("order-1", runId).executionInfo().executionStatus()).isEqualTo(ExecutionStatus.OPEN);
  }

  @Test
  void aFailedDecisionEarlierInTheSameBatchDoesNotMakeTheCloseUnhandled() {
    registerDomainAndType();
    String runId = start("order-1");

    decideNext(cancelTimer("none"), complete(null));

    assertThat(typesFrom("order-1", runId, 4)).containsExactly(DECISION_TASK_COMPLETED, CANCEL_TIMER_FAILED,
        WORKFLOW_EXECUTION_COMPLETED);
    assertThat(describe("order-1", runId).executionInfo().closeStatus()).isEqualTo(CloseStatus.COMPLETED);
  }

  // ---------------------------------------------------------------- closing (RD-10, RD-11, D-3 to D-5)

  @Test
  void completingClosesTheRunAtTheCompletedEventsInstantWithItsResult() {
    registerDomainAndType();
    String runId = start("order-1");
    PollForDecisionTaskResponse task = takeDecision();
    advance(Duration.ofSeconds(12));

    decide(task.taskToken(), complete("{\"ok\":true}"));

    HistoryEvent completed = event("order-1", runId, 5);
    assertThat(completed.eventType()).isEqualTo(WORKFLOW_EXECUTION_COMPLETED);
    assertThat(completed.eventTimestamp()).isEqualTo(at(12));
    assertThat(completed.workflowExecutionCompletedEventAttributes()).isEqualTo(
        WorkflowExecutionCompletedEventAttributes.builder().result("{\"ok\":true}").decisionTaskCompletedEventId(4L)
            .build());
    DescribeWorkflowExecutionResponse described = describe("order-1", runId);
    assertThat(described.executionInfo().executionStatus()).isEqualTo(ExecutionStatus.CLOSED);
    assertThat(described.executionInfo().closeStatus()).isEqualTo(CloseStatus.COMPLETED);
    assertThat(described.executionInfo().closeTimestamp()).isEqualTo(at(12));
    assertThat(history("order-1", runId)).hasSize(5);
  }

  @Test
  void failingRecordsOnlyTheReasonAndDetailsGiven() {
    registerDomainAndType();
    String runId = start("order-1");

    decideNext(fail("broken", null));

    assertThat(event("order-1", runId, 5).workflowExecutionFailedEventAttributes()).isEqualTo(
        WorkflowExecutionFailedEventAttributes.builder().reason("broken").decisionTaskCompletedEventId(4L).build());
    assertThat(describe("order-1", runId).executionInfo().closeStatus()).isEqualTo(CloseStatus.FAILED);
  }

  @Test
  void failingWithDetailsRecordsThem() {
    registerDomainAndType();
    String runId = start("order-1");

    decideNext(fail(null, "why"));

    assertThat(typesFrom("order-1", runId, 5)).containsExactly(WORKFLOW_EXECUTION_FAILED);
    assertThat(event("order-1", runId, 5).workflowExecutionFailedEventAttributes()).isEqualTo(
        WorkflowExecutionFailedEventAttributes.builder().details("why").decisionTaskCompletedEventId(4L).build());
  }

  @Test
  void cancellingNeedsNoCancelRequest() {
    registerDomainAndType();
    String runId = start("order-1");

    decideNext(cancel(null));

    assertThat(event("order-1", runId, 5).workflowExecutionCanceledEventAttributes()).isEqualTo(
        WorkflowExecutionCanceledEventAttributes.builder().decisionTaskCompletedEventId(4L).build());
    assertThat(typesFrom("order-1", runId, 5)).containsExactly(WORKFLOW_EXECUTION_CANCELED);
    assertThat(describe("order-1", runId).executionInfo().closeStatus()).isEqualTo(CloseStatus.CANCELED);
  }

  @Test
  void cancellingAfterACancelRequestLeavesCancelRequestedFalse() {
    registerDomainAndType();
    String runId = start("order-1");
    decideNext();
    swf.requestCancelWorkflowExecution(r -> r.domain(DOMAIN).workflowId("order-1"));
    assertThat(describe("order-1", runId).executionInfo().cancelRequested()).isTrue();

    decideNext(cancel("as asked"));

    DescribeWorkflowExecutionResponse described = describe("order-1", runId);
    assertThat(described.executionInfo().cancelRequested()).isFalse();
    assertThat(event("order-1", runId, 9).workflowExecutionCanceledEventAttributes()).isEqualTo(
        WorkflowExecutionCanceledEventAttributes.builder().details("as asked").decisionTaskCompletedEventId(8L)
            .build());
  }

  @Test
  void aCancelRequestMayBeIgnoredAndTheRunCompleted() {
    registerDomainAndType();
    String runId = start("order-1");
    swf.requestCancelWorkflowExecution(r -> r.domain(DOMAIN).workflowId("order-1"));

    decideNext(complete(null));

    assertThat(describe("order-1", runId).executionInfo().closeStatus()).isEqualTo(CloseStatus.COMPLETED);
    assertThat(describe("order-1", runId).executionInfo().cancelRequested()).isFalse();
  }

  @Test
  void openActivitiesAndTimersDoNotBlockClosingAndTheirCountsFreeze() {
    registerAll();
    String runId = start("order-1");
    decideNext(scheduleActivity("a1"), scheduleActivity("a2"), startTimer("t", 600), startTimer("now", 0));
    PollForActivityTaskResponse activity = takeActivity();

    decideNext(cancel(null));

    assertThat(describe("order-1", runId).executionInfo().closeStatus()).isEqualTo(CloseStatus.CANCELED);
    assertThat(openCounts("order-1", runId)).isEqualTo(counts(0, 2, 1, 0));
    fault(() -> completeActivity(activity.taskToken(), null), UnknownResourceException.class,
        "UnknownResourceFault", "Unknown execution: WorkflowExecution=[workflowId=order-1, runId=" + runId + "]");
    assertThat(emptyPollActivity().taskToken()).as("a closed run's activity is not handed out").isNull();
    assertThat(pendingActivities(WORKERS)).isZero();
    int events = history("order-1", runId).size();
    advance(Duration.ofHours(2));
    assertThat(history("order-1", runId)).as("nothing more is recorded for the closed run").hasSize(events);
  }

  @Test
  void aRuleBrokenByALaterDecisionAppliesNoEarlierOne() {
    registerAll();
    String runId = start("order-1");
    PollForDecisionTaskResponse task = takeDecision();

    validation(() -> decide(task.taskToken(), marker("m", null), scheduleActivity("ok"), startTimer("t", 5),
        scheduleActivity("a1", a -> a.taskList(t -> t.name("bad:list")))),
        "Invalid decisions.4.member.scheduleActivityTaskDecisionAttributes.taskList.name: bad:list");

    assertThat(history("order-1", runId)).hasSize(3);
    assertThat(openCounts("order-1", runId)).isEqualTo(counts(1, 0, 0, 0));
    decide(task.taskToken());
  }
}
