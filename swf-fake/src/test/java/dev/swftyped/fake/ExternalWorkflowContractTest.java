package dev.swftyped.fake;

import static org.assertj.core.api.Assertions.assertThat;
import static software.amazon.awssdk.services.swf.model.EventType.DECISION_TASK_COMPLETED;
import static software.amazon.awssdk.services.swf.model.EventType.DECISION_TASK_SCHEDULED;
import static software.amazon.awssdk.services.swf.model.EventType.EXTERNAL_WORKFLOW_EXECUTION_CANCEL_REQUESTED;
import static software.amazon.awssdk.services.swf.model.EventType.EXTERNAL_WORKFLOW_EXECUTION_SIGNALED;
import static software.amazon.awssdk.services.swf.model.EventType.MARKER_RECORDED;
import static software.amazon.awssdk.services.swf.model.EventType.REQUEST_CANCEL_EXTERNAL_WORKFLOW_EXECUTION_FAILED;
import static software.amazon.awssdk.services.swf.model.EventType.REQUEST_CANCEL_EXTERNAL_WORKFLOW_EXECUTION_INITIATED;
import static software.amazon.awssdk.services.swf.model.EventType.SIGNAL_EXTERNAL_WORKFLOW_EXECUTION_FAILED;
import static software.amazon.awssdk.services.swf.model.EventType.SIGNAL_EXTERNAL_WORKFLOW_EXECUTION_INITIATED;
import static software.amazon.awssdk.services.swf.model.EventType.WORKFLOW_EXECUTION_CANCEL_REQUESTED;
import static software.amazon.awssdk.services.swf.model.EventType.WORKFLOW_EXECUTION_SIGNALED;

import java.time.Duration;
import java.util.List;
import java.util.function.UnaryOperator;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.services.swf.model.Decision;
import software.amazon.awssdk.services.swf.model.DecisionType;
import software.amazon.awssdk.services.swf.model.ExternalWorkflowExecutionCancelRequestedEventAttributes;
import software.amazon.awssdk.services.swf.model.ExternalWorkflowExecutionSignaledEventAttributes;
import software.amazon.awssdk.services.swf.model.HistoryEvent;
import software.amazon.awssdk.services.swf.model.RequestCancelExternalWorkflowExecutionDecisionAttributes;
import software.amazon.awssdk.services.swf.model.RequestCancelExternalWorkflowExecutionFailedEventAttributes;
import software.amazon.awssdk.services.swf.model.RequestCancelExternalWorkflowExecutionInitiatedEventAttributes;
import software.amazon.awssdk.services.swf.model.SignalExternalWorkflowExecutionDecisionAttributes;
import software.amazon.awssdk.services.swf.model.SignalExternalWorkflowExecutionFailedEventAttributes;
import software.amazon.awssdk.services.swf.model.SignalExternalWorkflowExecutionInitiatedEventAttributes;
import software.amazon.awssdk.services.swf.model.WorkflowExecutionCancelRequestedEventAttributes;
import software.amazon.awssdk.services.swf.model.WorkflowExecutionSignaledEventAttributes;

/** Signals and cancel requests one run's decider sends to another run (D-10, D-11, EX-1 to EX-4). */
class ExternalWorkflowContractTest extends TaskPlaneContract {
  private String sourceRunId;
  private String targetRunId;

  static Decision signal(String workflowId, UnaryOperator<SignalExternalWorkflowExecutionDecisionAttributes.Builder> more) {
    return Decision.builder().decisionType(DecisionType.SIGNAL_EXTERNAL_WORKFLOW_EXECUTION)
        .signalExternalWorkflowExecutionDecisionAttributes(more.apply(SignalExternalWorkflowExecutionDecisionAttributes
            .builder().workflowId(workflowId).signalName("ping")).build())
        .build();
  }

  static Decision requestCancel(String workflowId,
      UnaryOperator<RequestCancelExternalWorkflowExecutionDecisionAttributes.Builder> more) {
    return Decision.builder().decisionType(DecisionType.REQUEST_CANCEL_EXTERNAL_WORKFLOW_EXECUTION)
        .requestCancelExternalWorkflowExecutionDecisionAttributes(more.apply(
            RequestCancelExternalWorkflowExecutionDecisionAttributes.builder().workflowId(workflowId)).build())
        .build();
  }

  /** A target that waits (its first task done: events 1 to 4) on another list, and a source with a task on deciders. */
  void sourceAndTarget() {
    registerDomainAndType();
    targetRunId = start("target", r -> r.taskList(t -> t.name("targets")));
    decide(pollDecision("targets").taskToken());
    sourceRunId = start("source");
  }

  @Test
  void aSignalIsInitiatedInTheBatchAndDeliveredAfterItToBothSides() {
    sourceAndTarget();
    advance(Duration.ofSeconds(2));

    decideNext(signal("target", a -> a.input("in").control("ctl")), marker("m", null));

    List<HistoryEvent> source = eventsFrom("source", sourceRunId, 4);
    assertThat(source).extracting(HistoryEvent::eventType).containsExactly(DECISION_TASK_COMPLETED,
        SIGNAL_EXTERNAL_WORKFLOW_EXECUTION_INITIATED, MARKER_RECORDED, EXTERNAL_WORKFLOW_EXECUTION_SIGNALED,
        DECISION_TASK_SCHEDULED);
    assertThat(source).extracting(HistoryEvent::eventTimestamp).containsOnly(at(2));
    assertThat(source.get(1).signalExternalWorkflowExecutionInitiatedEventAttributes()).isEqualTo(
        SignalExternalWorkflowExecutionInitiatedEventAttributes.builder().workflowId("target").signalName("ping")
            .input("in").decisionTaskCompletedEventId(4L).control("ctl").build());
    assertThat(source.get(3).externalWorkflowExecutionSignaledEventAttributes()).isEqualTo(
        ExternalWorkflowExecutionSignaledEventAttributes.builder().workflowExecution(run("target", targetRunId))
            .initiatedEventId(5L).build());

    List<HistoryEvent> target = eventsFrom("target", targetRunId, 5);
    assertThat(target).extracting(HistoryEvent::eventType).containsExactly(WORKFLOW_EXECUTION_SIGNALED,
        DECISION_TASK_SCHEDULED);
    assertThat(target).extracting(HistoryEvent::eventTimestamp).containsOnly(at(2));
    assertThat(target.get(0).workflowExecutionSignaledEventAttributes()).isEqualTo(
        WorkflowExecutionSignaledEventAttributes.builder().signalName("ping").input("in")
            .externalWorkflowExecution(run("source", sourceRunId)).externalInitiatedEventId(5L).build());
  }

  @Test
  void aSignalMayNameTheTargetsRun() {
    sourceAndTarget();

    decideNext(signal("target", a -> a.runId(targetRunId)));

    assertThat(event("source", sourceRunId, 5).signalExternalWorkflowExecutionInitiatedEventAttributes().runId())
        .isEqualTo(targetRunId);
    assertThat(typesFrom("target", targetRunId, 5)).containsExactly(WORKFLOW_EXECUTION_SIGNALED,
        DECISION_TASK_SCHEDULED);
  }

  @Test
  void aRunMaySignalItself() {
    registerDomainAndType();
    sourceRunId = start("source");

    decideNext(signal("source", a -> a));

    assertThat(typesFrom("source", sourceRunId, 4)).containsExactly(DECISION_TASK_COMPLETED,
        SIGNAL_EXTERNAL_WORKFLOW_EXECUTION_INITIATED, WORKFLOW_EXECUTION_SIGNALED, DECISION_TASK_SCHEDULED,
        EXTERNAL_WORKFLOW_EXECUTION_SIGNALED);
  }

  @Test
  void aSignalToNoOpenRunFailsWithTheDecisionsIds() {
    sourceAndTarget();
    swf.terminateWorkflowExecution(r -> r.domain(DOMAIN).workflowId("target"));

    decideNext(signal("target", a -> a.control("ctl")), signal("nobody", a -> a.runId("r1")));

    List<HistoryEvent> source = eventsFrom("source", sourceRunId, 4);
    assertThat(source).extracting(HistoryEvent::eventType).containsExactly(DECISION_TASK_COMPLETED,
        SIGNAL_EXTERNAL_WORKFLOW_EXECUTION_INITIATED, SIGNAL_EXTERNAL_WORKFLOW_EXECUTION_INITIATED,
        SIGNAL_EXTERNAL_WORKFLOW_EXECUTION_FAILED, DECISION_TASK_SCHEDULED, SIGNAL_EXTERNAL_WORKFLOW_EXECUTION_FAILED);
    assertThat(source.get(3).signalExternalWorkflowExecutionFailedEventAttributes()).isEqualTo(
        SignalExternalWorkflowExecutionFailedEventAttributes.builder().workflowId("target")
            .cause("UNKNOWN_EXTERNAL_WORKFLOW_EXECUTION").initiatedEventId(5L).decisionTaskCompletedEventId(4L)
            .control("ctl").build());
    assertThat(source.get(5).signalExternalWorkflowExecutionFailedEventAttributes()).isEqualTo(
        SignalExternalWorkflowExecutionFailedEventAttributes.builder().workflowId("nobody").runId("r1")
            .cause("UNKNOWN_EXTERNAL_WORKFLOW_EXECUTION").initiatedEventId(6L).decisionTaskCompletedEventId(4L)
            .build());
  }

  @Test
  void aSignalToAClosedRunOfAnOpenWorkflowIdFails() {
    sourceAndTarget();
    String oldRunId = targetRunId;
    swf.terminateWorkflowExecution(r -> r.domain(DOMAIN).workflowId("target"));
    start("target", r -> r.taskList(t -> t.name("targets")));

    decideNext(signal("target", a -> a.runId(oldRunId)));

    assertThat(typesFrom("source", sourceRunId, 5)).containsExactly(SIGNAL_EXTERNAL_WORKFLOW_EXECUTION_INITIATED,
        SIGNAL_EXTERNAL_WORKFLOW_EXECUTION_FAILED, DECISION_TASK_SCHEDULED);
  }

  @Test
  void aSignalToAnotherDomainsWorkflowIdFails() {
    sourceAndTarget();
    registerDomain("elsewhere");
    registerOrderType("elsewhere");
    swf.startWorkflowExecution(r -> r.domain("elsewhere").workflowId("far").workflowType(ORDER));

    decideNext(signal("far", a -> a));

    assertThat(typesFrom("source", sourceRunId, 6)).containsExactly(SIGNAL_EXTERNAL_WORKFLOW_EXECUTION_FAILED,
        DECISION_TASK_SCHEDULED);
  }

  @Test
  void aCancelRequestIsInitiatedInTheBatchAndDeliveredAfterIt() {
    sourceAndTarget();
    advance(Duration.ofSeconds(3));

    decideNext(requestCancel("target", a -> a.control("ctl")));

    List<HistoryEvent> source = eventsFrom("source", sourceRunId, 4);
    assertThat(source).extracting(HistoryEvent::eventType).containsExactly(DECISION_TASK_COMPLETED,
        REQUEST_CANCEL_EXTERNAL_WORKFLOW_EXECUTION_INITIATED, EXTERNAL_WORKFLOW_EXECUTION_CANCEL_REQUESTED,
        DECISION_TASK_SCHEDULED);
    assertThat(source).extracting(HistoryEvent::eventTimestamp).containsOnly(at(3));
    assertThat(source.get(1).requestCancelExternalWorkflowExecutionInitiatedEventAttributes()).isEqualTo(
        RequestCancelExternalWorkflowExecutionInitiatedEventAttributes.builder().workflowId("target")
            .decisionTaskCompletedEventId(4L).control("ctl").build());
    assertThat(source.get(2).externalWorkflowExecutionCancelRequestedEventAttributes()).isEqualTo(
        ExternalWorkflowExecutionCancelRequestedEventAttributes.builder().workflowExecution(run("target", targetRunId))
            .initiatedEventId(5L).build());

    List<HistoryEvent> target = eventsFrom("target", targetRunId, 5);
    assertThat(target).extracting(HistoryEvent::eventType).containsExactly(WORKFLOW_EXECUTION_CANCEL_REQUESTED,
        DECISION_TASK_SCHEDULED);
    assertThat(target.get(0).workflowExecutionCancelRequestedEventAttributes()).isEqualTo(
        WorkflowExecutionCancelRequestedEventAttributes.builder().externalWorkflowExecution(run("source", sourceRunId))
            .externalInitiatedEventId(5L).build());
    assertThat(describe("target", targetRunId).executionInfo().cancelRequested()).isTrue();
  }

  @Test
  void aCancelRequestToNoOpenRunFails() {
    sourceAndTarget();

    decideNext(requestCancel("nobody", a -> a.runId("r1").control("ctl")));

    List<HistoryEvent> source = eventsFrom("source", sourceRunId, 5);
    assertThat(source).extracting(HistoryEvent::eventType).containsExactly(
        REQUEST_CANCEL_EXTERNAL_WORKFLOW_EXECUTION_INITIATED, REQUEST_CANCEL_EXTERNAL_WORKFLOW_EXECUTION_FAILED,
        DECISION_TASK_SCHEDULED);
    assertThat(source.get(0).requestCancelExternalWorkflowExecutionInitiatedEventAttributes().runId())
        .isEqualTo("r1");
    assertThat(source.get(1).requestCancelExternalWorkflowExecutionFailedEventAttributes()).isEqualTo(
        RequestCancelExternalWorkflowExecutionFailedEventAttributes.builder().workflowId("nobody").runId("r1")
            .cause("UNKNOWN_EXTERNAL_WORKFLOW_EXECUTION").initiatedEventId(5L).decisionTaskCompletedEventId(4L)
            .control("ctl").build());
  }

  @Test
  void aSignalSentWhileTheSourceClosesStillReachesTheTarget() {
    sourceAndTarget();

    decideNext(signal("target", a -> a), complete(null));

    assertThat(typesFrom("source", sourceRunId, 4)).containsExactly(DECISION_TASK_COMPLETED,
        SIGNAL_EXTERNAL_WORKFLOW_EXECUTION_INITIATED,
        software.amazon.awssdk.services.swf.model.EventType.WORKFLOW_EXECUTION_COMPLETED);
    assertThat(typesFrom("target", targetRunId, 5)).containsExactly(WORKFLOW_EXECUTION_SIGNALED,
        DECISION_TASK_SCHEDULED);
  }

  @Test
  void aRunIdOfAnotherWorkflowIdIsNotFound() {
    sourceAndTarget();

    decideNext(signal("other-id", a -> a.runId(targetRunId)));

    assertThat(typesFrom("source", sourceRunId, 6)).containsExactly(SIGNAL_EXTERNAL_WORKFLOW_EXECUTION_FAILED,
        DECISION_TASK_SCHEDULED);
    assertThat(history("target", targetRunId)).hasSize(4);
  }
}
