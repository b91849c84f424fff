package dev.swftyped.junit;

import static dev.swftyped.junit.SwfAssertions.assertThat;
import static dev.swftyped.junit.SwfAssertions.assertThatHistory;
import static dev.swftyped.junit.SwfAssertions.assertThatSwfCall;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static software.amazon.awssdk.services.swf.model.EventType.DECISION_TASK_SCHEDULED;
import static software.amazon.awssdk.services.swf.model.EventType.WORKFLOW_EXECUTION_CANCEL_REQUESTED;
import static software.amazon.awssdk.services.swf.model.EventType.WORKFLOW_EXECUTION_SIGNALED;
import static software.amazon.awssdk.services.swf.model.EventType.WORKFLOW_EXECUTION_STARTED;
import static software.amazon.awssdk.services.swf.model.EventType.WORKFLOW_EXECUTION_TERMINATED;

import dev.swftyped.CurrentExecutionId;
import dev.swftyped.ExecutionId;
import dev.swftyped.ExecutionStatus;
import dev.swftyped.StartOptions;
import dev.swftyped.SwfTyped;
import dev.swftyped.WorkflowId;
import dev.swftyped.fake.SwfFake;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.services.swf.SwfClient;

/** Each assertion passes when it should, and fails with a message in AssertJ's layout. */
@SwfTest
@RegisterDomain("orders")
@RegisterWorkflowType(name = "Order", version = "1", defaultTaskList = "deciders",
    defaultExecutionStartToCloseTimeout = "3600", defaultTaskStartToCloseTimeout = "30", defaultChildPolicy = "TERMINATE")
class SwfAssertionsTest {
  static final WorkflowId ORDER = WorkflowId.of("Order", "1");

  SwfFake fake;
  SwfTyped swf;
  ExecutionId open;
  ExecutionId terminated;

  @BeforeEach
  void twoOrders(SwfFake fake, SwfTyped swf) {
    this.fake = fake;
    this.swf = swf;
    open = swf.startExecution("orders", ORDER, CurrentExecutionId.of("order-1"),
        StartOptions.defaults().withInput("{\"order\":1}").withTags("vip", "eu"));
    swf.signalExecution("orders", open, "paid", "1999");
    terminated = swf.startExecution("orders", ORDER, CurrentExecutionId.of("order-2"));
    swf.requestCancelExecution("orders", terminated);
    swf.terminateExecution("orders", terminated);
  }

  String history(ExecutionId run) {
    return Histories.format(ExecutionAssert.history(swf, "orders", run));
  }

  // ---------------------------------------------------------------- the fake

  @Test
  void hasOpenExecutionPassesForAnOpenRun() {
    assertThat(fake).hasOpenExecution("order-1").isOpen();
  }

  @Test
  void hasOpenExecutionFailsListingWhatIsThere() {
    assertThatThrownBy(() -> assertThat(fake).hasOpenExecution("order-2"))
        .isInstanceOf(AssertionError.class)
        .hasMessage(String.format("%nExpecting the SWF fake to have an open execution with workflow id:%n  \"order-2\"%n"
            + "in domain:%n  \"orders\"%nbut it has none; the open executions there are:%n  [order-1 (OPEN)]%n"
            + "and the closed ones:%n  [order-2 (TERMINATED)]"));
  }

  @Test
  void hasNoOpenExecutionPassesForAClosedOrUnknownWorkflowId() {
    assertThat(fake).hasNoOpenExecution("order-2").hasNoOpenExecution("order-3");
  }

  @Test
  void hasNoOpenExecutionFailsWithTheOpenRunsHistory() {
    assertThatThrownBy(() -> assertThat(fake).hasNoOpenExecution("order-1"))
        .isInstanceOf(AssertionError.class)
        .hasMessage(String.format("%nExpecting the SWF fake to have no open execution with workflow id:%n  \"order-1\"%n"
            + "in domain:%n  \"orders\"%nbut run %s is open, with this history:%n%s", open.runId(), history(open)));
  }

  @Test
  void hasExecutionFindsTheLatestRunOpenOrClosed() {
    assertThat(fake).hasExecution("order-2").isClosed();
    ExecutionId again = swf.startExecution("orders", ORDER, CurrentExecutionId.of("order-2"));
    assertThat(fake).hasExecution("order-2").isOpen();
    org.assertj.core.api.Assertions.assertThat(again.runId()).isNotEqualTo(terminated.runId());
  }

  @Test
  void hasExecutionFailsListingTheExecutions() {
    assertThatThrownBy(() -> assertThat(fake).hasExecution("order-3"))
        .isInstanceOf(AssertionError.class)
        .hasMessage(String.format("%nExpecting the SWF fake to have an execution with workflow id:%n  \"order-3\"%n"
            + "in domain:%n  \"orders\"%nbut it has none; the executions there are:%n"
            + "  [order-1 (OPEN), order-2 (TERMINATED)]"));
  }

  @Test
  void hasExecutionCountCountsByStatus() {
    assertThat(fake).hasExecutionCount(ExecutionStatus.OPEN, 1)
        .hasExecutionCount(ExecutionStatus.TERMINATED, 1)
        .hasExecutionCount(ExecutionStatus.COMPLETED, 0);
  }

  @Test
  void hasExecutionCountFailsWithTheExecutionsItFound() {
    assertThatThrownBy(() -> assertThat(fake).hasExecutionCount(ExecutionStatus.OPEN, 2))
        .isInstanceOf(AssertionError.class)
        .hasMessage(String.format("%nExpecting the SWF fake to have 2 executions with status OPEN in domain \"orders\"%n"
            + "but it has 1:%n  [order-1 (OPEN)]"));
  }

  @Test
  void assertionsNeedADomainWhenTheFakeHasSeveral(SwfClient client) {
    client.registerDomain(r -> r.name("archive").workflowExecutionRetentionPeriodInDays("1"));

    assertThatThrownBy(() -> assertThat(fake).hasOpenExecution("order-1"))
        .isInstanceOf(AssertionError.class)
        .hasMessage(String.format("%nExpecting the SWF fake to have one domain to look in%nbut it has 2: "
            + "[archive, orders]%nPick one with inDomain(...)"));
    assertThat(fake).inDomain("orders").hasOpenExecution("order-1");
    assertThat(fake).inDomain("archive").hasNoOpenExecution("order-1");
  }

  // ---------------------------------------------------------------- one execution

  @Test
  void executionAssertionsPassOnWhatTheRunIs() {
    assertThat(fake).hasOpenExecution("order-1")
        .isOpen()
        .hasStatus(ExecutionStatus.OPEN)
        .isOfType(ORDER)
        .hasTags("eu", "vip")
        .hasInput("{\"order\":1}");
    assertThat(fake).hasExecution("order-2").isClosed().hasStatus(ExecutionStatus.TERMINATED).hasTags();
  }

  @Test
  void isOpenFailsWithTheHistory() {
    assertThatThrownBy(() -> assertThat(fake).hasExecution("order-2").isOpen())
        .isInstanceOf(AssertionError.class)
        .hasMessage(String.format("%nExpecting execution order-2 (run %s) to have status:%n  OPEN%nbut it has:%n"
            + "  TERMINATED%nIts history:%n%s", terminated.runId(), history(terminated)));
  }

  @Test
  void isClosedFailsWithTheHistory() {
    assertThatThrownBy(() -> assertThat(fake).hasExecution("order-1").isClosed())
        .isInstanceOf(AssertionError.class)
        .hasMessage(String.format("%nExpecting execution order-1 (run %s) to be closed%nbut it is open.%nIts history:%n%s",
            open.runId(), history(open)));
  }

  @Test
  void isOfTypeFailsWithTheTypes() {
    assertThatThrownBy(() -> assertThat(fake).hasExecution("order-1").isOfType(WorkflowId.of("Order", "2")))
        .isInstanceOf(AssertionError.class)
        .hasMessage(String.format("%nExpecting execution order-1 (run %s) to be of workflow type:%n  Order 2%n"
            + "but it is of:%n  Order 1%nIts history:%n%s", open.runId(), history(open)));
  }

  @Test
  void hasTagsFailsWithTheTags() {
    assertThatThrownBy(() -> assertThat(fake).hasExecution("order-1").hasTags("vip"))
        .isInstanceOf(AssertionError.class)
        .hasMessage(String.format("%nExpecting execution order-1 (run %s) to have the tags:%n  [vip]%nbut it has:%n"
            + "  [vip, eu]%nIts history:%n%s", open.runId(), history(open)));
  }

  @Test
  void hasInputFailsWithTheInputs() {
    assertThatThrownBy(() -> assertThat(fake).hasExecution("order-2").hasInput("{}"))
        .isInstanceOf(AssertionError.class)
        .hasMessage(String.format("%nExpecting execution order-2 (run %s) to have been started with input:%n  \"{}\"%n"
            + "but it was started with:%n  no input%nIts history:%n%s", terminated.runId(), history(terminated)));
  }

  @Test
  void isCancelRequestedPassesWhileTheRunIsOpen() {
    swf.requestCancelExecution("orders", open);

    assertThat(fake).hasOpenExecution("order-1").isCancelRequested();
  }

  @Test
  void isCancelRequestedFailsSayingWhy() {
    assertThatThrownBy(() -> assertThat(fake).hasExecution("order-1").isCancelRequested())
        .isInstanceOf(AssertionError.class)
        .hasMessage(String.format("%nExpecting execution order-1 (run %s) to have a cancellation requested%n"
            + "but no cancellation was requested.%nIts history:%n%s", open.runId(), history(open)));
    assertThatThrownBy(() -> assertThat(fake).hasExecution("order-2").isCancelRequested())
        .isInstanceOf(AssertionError.class)
        .hasMessageContaining("but it is closed, and SWF reports cancellation requests only of open runs.");
  }

  // ---------------------------------------------------------------- histories

  @Test
  void historyAssertionsPassOnTheEvents() {
    assertThat(fake).hasExecution("order-1").history()
        .hasEventTypes(WORKFLOW_EXECUTION_STARTED, DECISION_TASK_SCHEDULED, WORKFLOW_EXECUTION_SIGNALED)
        .containsEventTypesInOrder(WORKFLOW_EXECUTION_STARTED, WORKFLOW_EXECUTION_SIGNALED)
        .containsSignal("paid")
        .containsSignal("paid", "1999");
    assertThat(fake).hasExecution("order-2").history()
        .containsEventTypesInOrder(WORKFLOW_EXECUTION_CANCEL_REQUESTED, WORKFLOW_EXECUTION_TERMINATED);
  }

  @Test
  void hasEventTypesFailsWithBothListsAndTheHistory() {
    assertThatThrownBy(() -> assertThat(fake).hasExecution("order-1").history()
            .hasEventTypes(WORKFLOW_EXECUTION_STARTED, WORKFLOW_EXECUTION_SIGNALED))
        .isInstanceOf(AssertionError.class)
        .hasMessage(String.format("[history of execution order-1 (run %s)] %nExpecting the history to have the event "
            + "types:%n  [WorkflowExecutionStarted, WorkflowExecutionSignaled]%nbut it has:%n  [WorkflowExecutionStarted, "
            + "DecisionTaskScheduled, WorkflowExecutionSignaled]%nThe history:%n%s", open.runId(), history(open)));
  }

  @Test
  void containsEventTypesInOrderFailsNamingTheMissingType() {
    assertThatThrownBy(() -> assertThat(fake).hasExecution("order-1").history()
            .containsEventTypesInOrder(WORKFLOW_EXECUTION_SIGNALED, DECISION_TASK_SCHEDULED))
        .isInstanceOf(AssertionError.class)
        .hasMessage(String.format("[history of execution order-1 (run %s)] %nExpecting the history to contain, in this "
            + "order:%n  [WorkflowExecutionSignaled, DecisionTaskScheduled]%nbut DecisionTaskScheduled is missing after "
            + "WorkflowExecutionSignaled.%nThe history:%n%s", open.runId(), history(open)));
  }

  @Test
  void containsSignalFailsSayingWhatIsMissing() {
    List<software.amazon.awssdk.services.swf.model.HistoryEvent> events = swf.client()
        .getWorkflowExecutionHistory(r -> r.domain("orders").execution(e -> e.workflowId(open.id()).runId(open.runId())))
        .events();

    assertThatThrownBy(() -> assertThatHistory(events).containsSignal("refunded"))
        .isInstanceOf(AssertionError.class)
        .hasMessage(String.format("%nExpecting the history to contain%n  a signal named \"refunded\"%nbut it does not.%n"
            + "The history:%n%s", history(open)));
    assertThatThrownBy(() -> assertThatHistory(events).containsSignal("paid", "2000"))
        .isInstanceOf(AssertionError.class)
        .hasMessage(String.format("%nExpecting the history to contain%n  a signal named \"paid\" with input \"2000\"%n"
            + "but it does not.%nThe history:%n%s", history(open)));
  }

  @Test
  void historiesAreATimelineOfFakeTimeEventsAndAttributes() {
    org.assertj.core.api.Assertions.assertThat(history(terminated)).isEqualTo(
        "  1  2026-01-01T00:00:00Z  +0s      WorkflowExecutionStarted  executionStartToCloseTimeout=3600, "
            + "taskStartToCloseTimeout=30, childPolicy=TERMINATE, taskList=\"deciders\", workflowType=Order 1, "
            + "parentInitiatedEventId=0\n"
            + "  2  2026-01-01T00:00:00Z  +0s      DecisionTaskScheduled  taskList=\"deciders\", startToCloseTimeout=30, "
            + "scheduleToStartTimeout=NONE\n"
            + "  3  2026-01-01T00:00:00Z  +0s      WorkflowExecutionCancelRequested  externalInitiatedEventId=0\n"
            + "  4  2026-01-01T00:00:00Z  +0s      WorkflowExecutionTerminated  childPolicy=TERMINATE, "
            + "cause=OPERATOR_INITIATED");
  }

  @Test
  void offsetsOnTheTimelineReadAsDaysHoursMinutesAndSeconds() {
    org.assertj.core.api.Assertions.assertThat(Histories.offset(java.time.Duration.ZERO)).isEqualTo("+0s");
    org.assertj.core.api.Assertions.assertThat(Histories.offset(java.time.Duration.ofDays(3))).isEqualTo("+3d");
    org.assertj.core.api.Assertions.assertThat(Histories.offset(java.time.Duration.parse("P1DT2H5.25S")))
        .isEqualTo("+1d 2h 5.25s");
    org.assertj.core.api.Assertions.assertThat(Histories.offset(java.time.Duration.ofMillis(250))).isEqualTo("+0.25s");
  }

  // ---------------------------------------------------------------- calls

  @Test
  void failsWithPassesOnTheErrorCodeAndChainsOnTheException() {
    assertThatSwfCall(() -> swf.startExecution("orders", ORDER, CurrentExecutionId.of("order-1")))
        .failsWith("WorkflowExecutionAlreadyStartedFault");
    assertThatSwfCall(() -> swf.describeDomain("nowhere"))
        .failsWith("UnknownResourceFault")
        .hasMessageStartingWith("Unknown domain: nowhere");
  }

  @Test
  void failsWithFailsWhenTheCallReturns() {
    assertThatThrownBy(() -> assertThatSwfCall(() -> swf.describeDomain("orders")).failsWith("UnknownResourceFault"))
        .isInstanceOf(AssertionError.class)
        .hasMessage(String.format("%nExpecting the call to fail with SWF error code:%n  \"UnknownResourceFault\"%n"
            + "but it returned normally"));
  }

  @Test
  void failsWithFailsOnAnotherCode() {
    assertThatThrownBy(() -> assertThatSwfCall(() -> swf.describeDomain("nowhere")).failsWith("ValidationException"))
        .isInstanceOf(AssertionError.class)
        .hasMessage(String.format("%nExpecting the call to fail with SWF error code:%n  \"ValidationException\"%n"
            + "but it failed with error code:%n  \"UnknownResourceFault\"%nand message:%n  \"Unknown domain: nowhere\""));
  }

  @Test
  void failsWithFailsOnAnotherException() {
    assertThatThrownBy(() -> assertThatSwfCall(() -> CurrentExecutionId.of("a:b")).failsWith("ValidationException"))
        .isInstanceOf(AssertionError.class)
        .hasMessage(String.format("%nExpecting the call to fail with SWF error code:%n  \"ValidationException\"%n"
            + "but it failed with:%n  java.lang.IllegalArgumentException: workflow id must not contain ':' (SWF forbids "
            + "':', '/', '|' and control characters): \"a:b\""));
  }
}
