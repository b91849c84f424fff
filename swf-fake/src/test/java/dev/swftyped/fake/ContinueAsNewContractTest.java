package dev.swftyped.fake;

import static org.assertj.core.api.Assertions.assertThat;
import static software.amazon.awssdk.services.swf.model.EventType.CONTINUE_AS_NEW_WORKFLOW_EXECUTION_FAILED;
import static software.amazon.awssdk.services.swf.model.EventType.DECISION_TASK_COMPLETED;
import static software.amazon.awssdk.services.swf.model.EventType.DECISION_TASK_SCHEDULED;
import static software.amazon.awssdk.services.swf.model.EventType.WORKFLOW_EXECUTION_CONTINUED_AS_NEW;
import static software.amazon.awssdk.services.swf.model.EventType.WORKFLOW_EXECUTION_STARTED;
import static software.amazon.awssdk.services.swf.model.EventType.WORKFLOW_EXECUTION_TIMED_OUT;

import java.time.Duration;
import java.util.List;
import java.util.function.UnaryOperator;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.services.swf.model.ChildPolicy;
import software.amazon.awssdk.services.swf.model.CloseStatus;
import software.amazon.awssdk.services.swf.model.ContinueAsNewWorkflowExecutionDecisionAttributes;
import software.amazon.awssdk.services.swf.model.ContinueAsNewWorkflowExecutionFailedCause;
import software.amazon.awssdk.services.swf.model.ContinueAsNewWorkflowExecutionFailedEventAttributes;
import software.amazon.awssdk.services.swf.model.Decision;
import software.amazon.awssdk.services.swf.model.DecisionType;
import software.amazon.awssdk.services.swf.model.ExecutionStatus;
import software.amazon.awssdk.services.swf.model.HistoryEvent;
import software.amazon.awssdk.services.swf.model.PollForActivityTaskResponse;
import software.amazon.awssdk.services.swf.model.UnknownResourceException;
import software.amazon.awssdk.services.swf.model.WorkflowExecutionContinuedAsNewEventAttributes;
import software.amazon.awssdk.services.swf.model.WorkflowExecutionInfo;
import software.amazon.awssdk.services.swf.model.WorkflowExecutionStartedEventAttributes;

/** ContinueAsNewWorkflowExecution (CAN-1 to CAN-3). */
class ContinueAsNewContractTest extends TaskPlaneContract {
  private String runId;

  static Decision continueAsNew(UnaryOperator<ContinueAsNewWorkflowExecutionDecisionAttributes.Builder> more) {
    return Decision.builder().decisionType(DecisionType.CONTINUE_AS_NEW_WORKFLOW_EXECUTION)
        .continueAsNewWorkflowExecutionDecisionAttributes(more.apply(
            ContinueAsNewWorkflowExecutionDecisionAttributes.builder()).build())
        .build();
  }

  /** The open run of order-1 (on SWF, once visibility shows that one run, open). */
  WorkflowExecutionInfo openRun() {
    return eventually(() -> swf.listOpenWorkflowExecutions(r -> r.domain(DOMAIN)
        .startTimeFilter(f -> f.oldestDate(listedSince())).executionFilter(f -> f.workflowId("order-1")))
        .executionInfos(), open -> open.size() == 1 && describe("order-1", open.get(0).execution().runId())
            .executionInfo().executionStatus() == ExecutionStatus.OPEN)
        .get(0);
  }

  @Test
  void continuingClosesTheRunAndStartsTheNextAtTheSameInstant() {
    registerDomainAndType();
    runId = start("order-1", r -> r.tagList("vip").taskList(t -> t.name("custom")).executionStartToCloseTimeout("99")
        .taskStartToCloseTimeout("9").childPolicy(ChildPolicy.ABANDON).taskPriority("4"));
    advance(Duration.ofSeconds(6));

    decide(pollDecision("custom").taskToken(), continueAsNew(a -> a.input("next")));

    String newRunId = openRun().execution().runId();
    assertThat(newRunId).isNotEqualTo(runId);
    List<HistoryEvent> old = eventsFrom("order-1", runId, 4);
    assertThat(old).extracting(HistoryEvent::eventType).containsExactly(DECISION_TASK_COMPLETED,
        WORKFLOW_EXECUTION_CONTINUED_AS_NEW);
    assertThat(old.get(1).eventTimestamp()).isEqualTo(at(6));
    assertThat(old.get(1).workflowExecutionContinuedAsNewEventAttributes()).isEqualTo(
        WorkflowExecutionContinuedAsNewEventAttributes.builder().input("next").decisionTaskCompletedEventId(4L)
            .newExecutionRunId(newRunId).executionStartToCloseTimeout("3600").taskList(t -> t.name(DECIDERS))
            .taskStartToCloseTimeout("30").childPolicy(ChildPolicy.TERMINATE).workflowType(ORDER).build());
    WorkflowExecutionInfo closed = describe("order-1", runId).executionInfo();
    assertThat(closed.closeStatus()).isEqualTo(CloseStatus.CONTINUED_AS_NEW);
    assertThat(closed.closeTimestamp()).isEqualTo(at(6));

    List<HistoryEvent> next = history("order-1", newRunId);
    assertThat(next).extracting(HistoryEvent::eventType).containsExactly(WORKFLOW_EXECUTION_STARTED,
        DECISION_TASK_SCHEDULED);
    assertThat(next).extracting(HistoryEvent::eventTimestamp).containsOnly(at(6));
    assertThat(next.get(0).workflowExecutionStartedEventAttributes()).isEqualTo(
        WorkflowExecutionStartedEventAttributes.builder().input("next").executionStartToCloseTimeout("3600")
            .taskStartToCloseTimeout("30").childPolicy(ChildPolicy.TERMINATE).taskList(t -> t.name(DECIDERS))
            .workflowType(ORDER).continuedExecutionRunId(runId).parentInitiatedEventId(0L).build());
    assertThat(describe("order-1", newRunId).executionInfo().startTimestamp()).isEqualTo(at(6));
    assertThat(pendingDecisions(DECIDERS)).isEqualTo(1);
  }

  @Test
  void theDecisionsValuesWinAndTagsPriorityAndRoleAreNotInherited() {
    registerDomainAndType();
    runId = start("order-1", r -> r.tagList("vip").taskPriority("4").lambdaRole("arn:aws:iam::1:role/a"));

    decideNext(continueAsNew(a -> a.executionStartToCloseTimeout("50").taskStartToCloseTimeout("NONE")
        .taskList(t -> t.name("next")).childPolicy(ChildPolicy.REQUEST_CANCEL).tagList("t2").taskPriority("-1")
        .lambdaRole("arn:aws:iam::1:role/b")));

    WorkflowExecutionContinuedAsNewEventAttributes continued = event("order-1", runId, 5)
        .workflowExecutionContinuedAsNewEventAttributes();
    assertThat(continued.executionStartToCloseTimeout()).isEqualTo("50");
    assertThat(continued.taskStartToCloseTimeout()).isEqualTo("NONE");
    assertThat(continued.taskList().name()).isEqualTo("next");
    assertThat(continued.childPolicy()).isEqualTo(ChildPolicy.REQUEST_CANCEL);
    assertThat(continued.tagList()).containsExactly("t2");
    assertThat(continued.taskPriority()).isEqualTo("-1");
    assertThat(continued.lambdaRole()).isEqualTo("arn:aws:iam::1:role/b");
    assertThat(continued.input()).isNull();
    String newRunId = openRun().execution().runId();
    assertThat(openRun().tagList()).containsExactly("t2");
    assertThat(event("order-1", newRunId, 2).decisionTaskScheduledEventAttributes().taskPriority()).isEqualTo("-1");
    assertThat(pendingDecisions("next")).isEqualTo(1);
  }

  @Test
  void withoutTagsTheNewRunHasNone() {
    registerDomainAndType();
    runId = start("order-1", r -> r.tagList("vip"));

    decideNext(continueAsNew((String) null));

    String newRunId = openRun().execution().runId();
    assertThat(openRun().hasTagList() && !openRun().tagList().isEmpty()).isFalse();
    assertThat(event("order-1", newRunId, 1).workflowExecutionStartedEventAttributes().hasTagList()).isFalse();
    assertThat(event("order-1", runId, 5).workflowExecutionContinuedAsNewEventAttributes().hasTagList()).isFalse();
  }

  @Test
  void anotherVersionUsesThatVersionsDefaults() {
    registerDomainAndType();
    swf.registerWorkflowType(r -> r.domain(DOMAIN).name(ORDER.name()).version("2")
        .defaultTaskList(t -> t.name("v2")).defaultExecutionStartToCloseTimeout("70")
        .defaultTaskStartToCloseTimeout("7").defaultChildPolicy(ChildPolicy.ABANDON).defaultTaskPriority("2")
        .defaultLambdaRole("arn:aws:iam::1:role/v2"));
    runId = start("order-1");

    decideNext(continueAsNew(a -> a.workflowTypeVersion("2")));

    String newRunId = openRun().execution().runId();
    assertThat(event("order-1", newRunId, 1).workflowExecutionStartedEventAttributes()).isEqualTo(
        WorkflowExecutionStartedEventAttributes.builder().executionStartToCloseTimeout("70")
            .taskStartToCloseTimeout("7").childPolicy(ChildPolicy.ABANDON).taskList(t -> t.name("v2"))
            .taskPriority("2").workflowType(t -> t.name(ORDER.name()).version("2"))
            .lambdaRole("arn:aws:iam::1:role/v2").continuedExecutionRunId(runId).parentInitiatedEventId(0L).build());
  }

  /** Answers order-1's next task with the decision and returns the failure cause, or null if the run continued. */
  ContinueAsNewWorkflowExecutionFailedCause causeOf(Decision decision) {
    decideNext(decision);
    List<HistoryEvent> events = history("order-1", runId);
    HistoryEvent failed = events.get(events.size() - 2);
    if (failed.eventType() != CONTINUE_AS_NEW_WORKFLOW_EXECUTION_FAILED) {
      return null;
    }
    assertThat(events.get(events.size() - 1).eventType()).isEqualTo(DECISION_TASK_SCHEDULED);
    assertThat(failed.continueAsNewWorkflowExecutionFailedEventAttributes().decisionTaskCompletedEventId())
        .isEqualTo(events.size() - 2);
    return failed.continueAsNewWorkflowExecutionFailedEventAttributes().cause();
  }

  @Test
  void failuresKeepTheRunOpenAndComeInTheirOrder() {
    registerDomainAndType();
    swf.registerWorkflowType(r -> r.domain(DOMAIN).name(ORDER.name()).version("bare"));
    swf.registerWorkflowType(r -> r.domain(DOMAIN).name(ORDER.name()).version("old"));
    swf.deprecateWorkflowType(r -> r.domain(DOMAIN).workflowType(t -> t.name(ORDER.name()).version("old")));
    runId = start("order-1", r -> r.executionStartToCloseTimeout("86400"));

    assertThat(causeOf(continueAsNew(a -> a.workflowTypeVersion("9"))))
        .isEqualTo(ContinueAsNewWorkflowExecutionFailedCause.WORKFLOW_TYPE_DOES_NOT_EXIST);
    assertThat(causeOf(continueAsNew(a -> a.workflowTypeVersion("old"))))
        .isEqualTo(ContinueAsNewWorkflowExecutionFailedCause.WORKFLOW_TYPE_DEPRECATED);
    assertThat(causeOf(continueAsNew(a -> a.workflowTypeVersion("bare"))))
        .isEqualTo(ContinueAsNewWorkflowExecutionFailedCause.DEFAULT_EXECUTION_START_TO_CLOSE_TIMEOUT_UNDEFINED);
    assertThat(causeOf(continueAsNew(a -> a.workflowTypeVersion("bare").executionStartToCloseTimeout("60"))))
        .isEqualTo(ContinueAsNewWorkflowExecutionFailedCause.DEFAULT_TASK_START_TO_CLOSE_TIMEOUT_UNDEFINED);
    assertThat(causeOf(continueAsNew(a -> a.workflowTypeVersion("bare").executionStartToCloseTimeout("60")
        .taskStartToCloseTimeout("5")))).isEqualTo(ContinueAsNewWorkflowExecutionFailedCause.DEFAULT_TASK_LIST_UNDEFINED);
    assertThat(causeOf(continueAsNew(a -> a.workflowTypeVersion("bare").executionStartToCloseTimeout("60")
        .taskStartToCloseTimeout("5").taskList(t -> t.name(DECIDERS)))))
        .isEqualTo(ContinueAsNewWorkflowExecutionFailedCause.DEFAULT_CHILD_POLICY_UNDEFINED);
    assertThat(describe("order-1", runId).executionInfo().executionStatus()).isEqualTo(ExecutionStatus.OPEN);
    assertThat(causeOf(continueAsNew(a -> a.workflowTypeVersion("bare").executionStartToCloseTimeout("60")
        .taskStartToCloseTimeout("5").taskList(t -> t.name(DECIDERS)).childPolicy(ChildPolicy.ABANDON)))).isNull();
    assertThat(describe("order-1", runId).executionInfo().closeStatus()).isEqualTo(CloseStatus.CONTINUED_AS_NEW);
  }

  @Test
  void aFailureEventHasOnlyItsCauseAndTheCompletedEvent() {
    registerDomainAndType();
    runId = start("order-1");

    decideNext(continueAsNew(a -> a.workflowTypeVersion("9")));

    assertThat(typesFrom("order-1", runId, 4)).containsExactly(DECISION_TASK_COMPLETED,
        CONTINUE_AS_NEW_WORKFLOW_EXECUTION_FAILED, DECISION_TASK_SCHEDULED);
    assertThat(event("order-1", runId, 5).continueAsNewWorkflowExecutionFailedEventAttributes()).isEqualTo(
        ContinueAsNewWorkflowExecutionFailedEventAttributes.builder()
            .cause(ContinueAsNewWorkflowExecutionFailedCause.WORKFLOW_TYPE_DOES_NOT_EXIST)
            .decisionTaskCompletedEventId(4L).build());
  }

  @Test
  void theOldRunsActivitiesAndTimersDieAndTheNewRunsTimeoutCountsFromItsStart() {
    registerAll();
    runId = start("order-1", r -> r.executionStartToCloseTimeout("100"));
    decideNext(scheduleActivity("a1"), startTimer("t", 30));
    PollForActivityTaskResponse activity = takeActivity();
    advance(Duration.ofSeconds(60));

    decideNext(continueAsNew(a -> a.executionStartToCloseTimeout("100")));

    fault(() -> completeActivity(activity.taskToken(), null), UnknownResourceException.class, "UnknownResourceFault",
        "Unknown execution: WorkflowExecution=[workflowId=order-1, runId=" + runId + "]");
    String newRunId = openRun().execution().runId();
    advance(Duration.ofSeconds(99));
    assertThat(describe("order-1", newRunId).executionInfo().executionStatus()).isEqualTo(ExecutionStatus.OPEN);
    advance(Duration.ofSeconds(1));
    assertThat(types("order-1", newRunId)).last().isEqualTo(WORKFLOW_EXECUTION_TIMED_OUT);
    assertThat(openCounts("order-1", runId)).isEqualTo(counts(0, 1, 0, 0));
  }
}
