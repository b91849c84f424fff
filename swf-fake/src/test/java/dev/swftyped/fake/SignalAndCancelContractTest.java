package dev.swftyped.fake;

import static org.assertj.core.api.Assertions.assertThat;
import static software.amazon.awssdk.services.swf.model.EventType.DECISION_TASK_COMPLETED;
import static software.amazon.awssdk.services.swf.model.EventType.DECISION_TASK_SCHEDULED;
import static software.amazon.awssdk.services.swf.model.EventType.DECISION_TASK_STARTED;
import static software.amazon.awssdk.services.swf.model.EventType.WORKFLOW_EXECUTION_CANCEL_REQUESTED;
import static software.amazon.awssdk.services.swf.model.EventType.WORKFLOW_EXECUTION_SIGNALED;

import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.services.swf.model.HistoryEvent;
import software.amazon.awssdk.services.swf.model.PollForDecisionTaskResponse;
import software.amazon.awssdk.services.swf.model.WorkflowExecutionCancelRequestedEventAttributes;
import software.amazon.awssdk.services.swf.model.WorkflowExecutionSignaledEventAttributes;

/** Signals and cancel requests from the API, as deciders see them (SG-1, CR-1, Q-12). */
class SignalAndCancelContractTest extends TaskPlaneContract {

  @Test
  void aSignalToAWaitingRunSchedulesADecisionTaskAtItsInstant() {
    registerDomainAndType();
    String runId = start("order-1");
    decideNext();
    advance(Duration.ofSeconds(8));

    swf.signalWorkflowExecution(r -> r.domain(DOMAIN).workflowId("order-1").signalName("paid").input("42"));

    List<HistoryEvent> events = eventsFrom("order-1", runId, 5);
    assertThat(events).extracting(HistoryEvent::eventType).containsExactly(WORKFLOW_EXECUTION_SIGNALED,
        DECISION_TASK_SCHEDULED);
    assertThat(events).extracting(HistoryEvent::eventTimestamp).containsOnly(at(8));
    assertThat(events.get(0).workflowExecutionSignaledEventAttributes()).isEqualTo(
        WorkflowExecutionSignaledEventAttributes.builder().signalName("paid").input("42").externalInitiatedEventId(0L)
            .build());
    assertThat(pendingDecisions(DECIDERS)).isEqualTo(1);
  }

  @Test
  void aSignalDuringADecisionTaskReachesTheDeciderInTheNextTask() {
    registerDomainAndType();
    String runId = start("order-1");
    PollForDecisionTaskResponse first = takeDecision();
    swf.signalWorkflowExecution(r -> r.domain(DOMAIN).workflowId("order-1").signalName("paid"));
    assertThat(first.events()).extracting(HistoryEvent::eventType).doesNotContain(WORKFLOW_EXECUTION_SIGNALED);

    decide(first.taskToken());
    PollForDecisionTaskResponse next = takeDecision();

    assertThat(next.events()).extracting(HistoryEvent::eventType).containsExactly(
        software.amazon.awssdk.services.swf.model.EventType.WORKFLOW_EXECUTION_STARTED, DECISION_TASK_SCHEDULED,
        DECISION_TASK_STARTED, WORKFLOW_EXECUTION_SIGNALED, DECISION_TASK_SCHEDULED, DECISION_TASK_COMPLETED,
        DECISION_TASK_STARTED);
    assertThat(next.events().get(3).workflowExecutionSignaledEventAttributes().input()).isNull();
    assertThat(history("order-1", runId)).hasSize(7);
  }

  @Test
  void aCancelRequestHasNoCauseAndSchedulesADecisionTask() {
    registerDomainAndType();
    String runId = start("order-1");
    decideNext();
    advance(Duration.ofSeconds(2));

    swf.requestCancelWorkflowExecution(r -> r.domain(DOMAIN).workflowId("order-1"));

    List<HistoryEvent> events = eventsFrom("order-1", runId, 5);
    assertThat(events).extracting(HistoryEvent::eventType).containsExactly(WORKFLOW_EXECUTION_CANCEL_REQUESTED,
        DECISION_TASK_SCHEDULED);
    assertThat(events).extracting(HistoryEvent::eventTimestamp).containsOnly(at(2));
    assertThat(events.get(0).workflowExecutionCancelRequestedEventAttributes()).isEqualTo(
        WorkflowExecutionCancelRequestedEventAttributes.builder().externalInitiatedEventId(0L).build());
    assertThat(describe("order-1", runId).executionInfo().cancelRequested()).isTrue();
  }

  @Test
  void aCancelRequestDuringADecisionTaskSchedulesTheNextBeforeItCompletes() {
    registerDomainAndType();
    String runId = start("order-1");
    PollForDecisionTaskResponse task = takeDecision();

    swf.requestCancelWorkflowExecution(r -> r.domain(DOMAIN).workflowId("order-1"));
    decide(task.taskToken());

    assertThat(typesFrom("order-1", runId, 4)).containsExactly(WORKFLOW_EXECUTION_CANCEL_REQUESTED,
        DECISION_TASK_SCHEDULED, DECISION_TASK_COMPLETED);
  }

  @Test
  void eachCancelRequestIsRecordedWhileTheRunIsOpen() {
    registerDomainAndType();
    String runId = start("order-1");
    decideNext();

    swf.requestCancelWorkflowExecution(r -> r.domain(DOMAIN).workflowId("order-1"));
    swf.requestCancelWorkflowExecution(r -> r.domain(DOMAIN).workflowId("order-1"));

    assertThat(typesFrom("order-1", runId, 5)).containsExactly(WORKFLOW_EXECUTION_CANCEL_REQUESTED,
        DECISION_TASK_SCHEDULED, WORKFLOW_EXECUTION_CANCEL_REQUESTED);
  }
}
