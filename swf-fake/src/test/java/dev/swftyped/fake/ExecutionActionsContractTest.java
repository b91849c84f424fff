package dev.swftyped.fake;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.services.swf.model.ChildPolicy;
import software.amazon.awssdk.services.swf.model.CloseStatus;
import software.amazon.awssdk.services.swf.model.EventType;
import software.amazon.awssdk.services.swf.model.ExecutionStatus;
import software.amazon.awssdk.services.swf.model.HistoryEvent;
import software.amazon.awssdk.services.swf.model.UnknownResourceException;
import software.amazon.awssdk.services.swf.model.WorkflowExecutionCancelRequestedEventAttributes;
import software.amazon.awssdk.services.swf.model.WorkflowExecutionInfo;
import software.amazon.awssdk.services.swf.model.WorkflowExecutionOpenCounts;
import software.amazon.awssdk.services.swf.model.WorkflowExecutionSignaledEventAttributes;
import software.amazon.awssdk.services.swf.model.WorkflowExecutionTerminatedCause;
import software.amazon.awssdk.services.swf.model.WorkflowExecutionTerminatedEventAttributes;

/** Signalling, requesting cancellation of and terminating executions. */
class ExecutionActionsContractTest extends ContractTest {

  @Test
  void aSignalIsRecordedWithItsInputAndAnExternalIdOfZero() {
    registerDomainAndType();
    String runId = start("order-1");
    advance(Duration.ofSeconds(5));

    swf.signalWorkflowExecution(r -> r.domain(DOMAIN).workflowId("order-1").signalName("paid").input("{\"p\":1}"));

    HistoryEvent signaled = history("order-1", runId).get(2);
    assertThat(signaled.eventType()).isEqualTo(EventType.WORKFLOW_EXECUTION_SIGNALED);
    assertThat(signaled.eventTimestamp()).isEqualTo(START.plusSeconds(5));
    assertThat(signaled.workflowExecutionSignaledEventAttributes())
        .isEqualTo(WorkflowExecutionSignaledEventAttributes.builder()
            .signalName("paid").input("{\"p\":1}").externalInitiatedEventId(0L).build());
  }

  @Test
  void aSignalWithoutInputHasNoInput() {
    registerDomainAndType();
    String runId = start("order-1");

    swf.signalWorkflowExecution(r -> r.domain(DOMAIN).workflowId("order-1").signalName("ping"));

    assertThat(history("order-1", runId).get(2).workflowExecutionSignaledEventAttributes().input()).isNull();
  }

  @Test
  void noDecisionTaskIsScheduledWhileOneIsAlreadyScheduled() {
    registerDomainAndType();
    String runId = start("order-1");

    swf.signalWorkflowExecution(r -> r.domain(DOMAIN).workflowId("order-1").signalName("a"));
    swf.requestCancelWorkflowExecution(r -> r.domain(DOMAIN).workflowId("order-1"));

    assertThat(history("order-1", runId)).extracting(HistoryEvent::eventType).containsExactly(
        EventType.WORKFLOW_EXECUTION_STARTED, EventType.DECISION_TASK_SCHEDULED,
        EventType.WORKFLOW_EXECUTION_SIGNALED, EventType.WORKFLOW_EXECUTION_CANCEL_REQUESTED);
    assertThat(swf.countPendingDecisionTasks(r -> r.domain(DOMAIN).taskList(t -> t.name("deciders"))).count())
        .isEqualTo(1);
  }

  @Test
  void aSignalMayNameTheOpenRun() {
    registerDomainAndType();
    String runId = start("order-1");

    swf.signalWorkflowExecution(r -> r.domain(DOMAIN).workflowId("order-1").runId(runId).signalName("paid"));

    assertThat(history("order-1", runId)).hasSize(3);
  }

  @Test
  void signallingWhatIsNotOpenFailsWithTheTargetInTheMessage() {
    registerDomainAndType();
    String runId = start("order-1");
    swf.terminateWorkflowExecution(r -> r.domain(DOMAIN).workflowId("order-1"));

    fault(() -> swf.signalWorkflowExecution(r -> r.domain(DOMAIN).workflowId("order-1").signalName("s")),
        UnknownResourceException.class, "UnknownResourceFault", "Unknown execution, workflowId = order-1");
    fault(() -> swf.signalWorkflowExecution(r -> r.domain(DOMAIN).workflowId("order-1").runId(runId).signalName("s")),
        UnknownResourceException.class, "UnknownResourceFault",
        "Unknown execution: WorkflowExecution=[workflowId=order-1, runId=" + runId + "]");
    fault(() -> swf.signalWorkflowExecution(r -> r.domain("nowhere").workflowId("order-1").signalName("s")),
        UnknownResourceException.class, "UnknownResourceFault", "Unknown domain: nowhere");
  }

  @Test
  void aRunIdOfAnotherWorkflowIdIsUnknown() {
    registerDomainAndType();
    String runId = start("order-1");
    start("order-2");

    fault(() -> swf.signalWorkflowExecution(r -> r.domain(DOMAIN).workflowId("order-2").runId(runId).signalName("s")),
        UnknownResourceException.class, "UnknownResourceFault",
        "Unknown execution: WorkflowExecution=[workflowId=order-2, runId=" + runId + "]");
  }

  @Test
  void aCancelRequestIsRecordedWithoutCauseAndShownWhileOpen() {
    registerDomainAndType();
    String runId = start("order-1");

    swf.requestCancelWorkflowExecution(r -> r.domain(DOMAIN).workflowId("order-1"));

    HistoryEvent requested = history("order-1", runId).get(2);
    assertThat(requested.workflowExecutionCancelRequestedEventAttributes())
        .isEqualTo(WorkflowExecutionCancelRequestedEventAttributes.builder().externalInitiatedEventId(0L).build());
    assertThat(describe("order-1", runId).executionInfo().cancelRequested()).isTrue();
    assertThat(describe("order-1", runId).executionInfo().executionStatus()).isEqualTo(ExecutionStatus.OPEN);
  }

  @Test
  void aSecondCancelRequestIsRecordedAgain() {
    registerDomainAndType();
    String runId = start("order-1");

    swf.requestCancelWorkflowExecution(r -> r.domain(DOMAIN).workflowId("order-1"));
    swf.requestCancelWorkflowExecution(r -> r.domain(DOMAIN).workflowId("order-1").runId(runId));

    assertThat(history("order-1", runId)).extracting(HistoryEvent::eventType)
        .containsSubsequence(EventType.WORKFLOW_EXECUTION_CANCEL_REQUESTED, EventType.WORKFLOW_EXECUTION_CANCEL_REQUESTED);
  }

  @Test
  void terminateClosesTheRunAndRecordsWhyWithTheRunsChildPolicy() {
    registerDomainAndType();
    String runId = start("order-1");
    advance(Duration.ofMinutes(2));

    swf.terminateWorkflowExecution(r -> r.domain(DOMAIN).workflowId("order-1").reason("stuck").details("no payment"));

    List<HistoryEvent> history = history("order-1", runId);
    HistoryEvent terminated = history.get(history.size() - 1);
    assertThat(terminated.eventTimestamp()).isEqualTo(START.plus(Duration.ofMinutes(2)));
    assertThat(terminated.workflowExecutionTerminatedEventAttributes())
        .isEqualTo(WorkflowExecutionTerminatedEventAttributes.builder()
            .reason("stuck").details("no payment").childPolicy(ChildPolicy.TERMINATE)
            .cause(WorkflowExecutionTerminatedCause.OPERATOR_INITIATED).build());
    WorkflowExecutionInfo info = describe("order-1", runId).executionInfo();
    assertThat(info.executionStatus()).isEqualTo(ExecutionStatus.CLOSED);
    assertThat(info.closeStatus()).isEqualTo(CloseStatus.TERMINATED);
    assertThat(info.closeTimestamp()).isEqualTo(START.plus(Duration.ofMinutes(2)));
  }

  @Test
  void terminateCanOverrideTheChildPolicy() {
    registerDomainAndType();
    String runId = start("order-1");

    swf.terminateWorkflowExecution(r -> r.domain(DOMAIN).workflowId("order-1").runId(runId)
        .childPolicy(ChildPolicy.ABANDON));

    List<HistoryEvent> history = history("order-1", runId);
    assertThat(history.get(history.size() - 1).workflowExecutionTerminatedEventAttributes().childPolicy())
        .isEqualTo(ChildPolicy.ABANDON);
    assertThat(history.get(history.size() - 1).workflowExecutionTerminatedEventAttributes().reason()).isNull();
  }

  @Test
  void openCountsAreFrozenWhenTheRunCloses() {
    registerDomainAndType();
    String runId = start("order-1");

    swf.terminateWorkflowExecution(r -> r.domain(DOMAIN).workflowId("order-1"));

    assertThat(describe("order-1", runId).openCounts()).isEqualTo(WorkflowExecutionOpenCounts.builder()
        .openActivityTasks(0).openDecisionTasks(1).openTimers(0).openChildWorkflowExecutions(0)
        .openLambdaFunctions(0).build());
    assertThat(swf.countPendingDecisionTasks(r -> r.domain(DOMAIN).taskList(t -> t.name("deciders"))).count())
        .isZero();
  }

  @Test
  void aClosedRunNoLongerReportsItsCancelRequest() {
    registerDomainAndType();
    String runId = start("order-1");
    swf.requestCancelWorkflowExecution(r -> r.domain(DOMAIN).workflowId("order-1"));

    swf.terminateWorkflowExecution(r -> r.domain(DOMAIN).workflowId("order-1"));

    assertThat(describe("order-1", runId).executionInfo().cancelRequested()).isFalse();
  }

  @Test
  void aClosedRunCannotBeCancelledOrTerminated() {
    registerDomainAndType();
    start("order-1");
    swf.terminateWorkflowExecution(r -> r.domain(DOMAIN).workflowId("order-1"));

    fault(() -> swf.terminateWorkflowExecution(r -> r.domain(DOMAIN).workflowId("order-1")),
        UnknownResourceException.class, "UnknownResourceFault", "Unknown execution, workflowId = order-1");
    fault(() -> swf.requestCancelWorkflowExecution(r -> r.domain(DOMAIN).workflowId("order-1")),
        UnknownResourceException.class, "UnknownResourceFault", "Unknown execution, workflowId = order-1");
  }

  @Test
  void signalNeedsANameAndChecksItsLength() {
    registerDomainAndType();
    start("order-1");

    validation(() -> swf.signalWorkflowExecution(r -> r.domain(DOMAIN).workflowId("order-1")),
        "1 validation error detected: Value null at 'signalName' failed to satisfy constraint: "
            + "Member must not be null");
    validation(() -> swf.signalWorkflowExecution(r -> r.domain(DOMAIN).workflowId("order-1").signalName("s")
            .runId("r".repeat(65))),
        "1 validation error detected: Value '" + "r".repeat(65) + "' at 'runId' failed to satisfy constraint: "
            + "Member must have length less than or equal to 64");
  }

  @Test
  void terminateChecksItsReasonAndChildPolicyAndChangesNothingWhenRejected() {
    registerDomainAndType();
    String runId = start("order-1");

    validation(() -> swf.terminateWorkflowExecution(r -> r.domain(DOMAIN).workflowId("order-1")
            .reason("r".repeat(257)).childPolicy("KILL")),
        "2 validation errors detected: "
            + "Value '" + "r".repeat(257) + "' at 'reason' failed to satisfy constraint: "
            + "Member must have length less than or equal to 256; "
            + "Value 'KILL' at 'childPolicy' failed to satisfy constraint: "
            + "Member must satisfy enum value set: [TERMINATE, REQUEST_CANCEL, ABANDON]");
    assertThat(describe("order-1", runId).executionInfo().executionStatus()).isEqualTo(ExecutionStatus.OPEN);
  }
}
