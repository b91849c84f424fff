package dev.swftyped;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;
import java.util.stream.LongStream;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.services.swf.model.ActivityType;
import software.amazon.awssdk.services.swf.model.CountPendingActivityTasksRequest;
import software.amazon.awssdk.services.swf.model.CountPendingActivityTasksResponse;
import software.amazon.awssdk.services.swf.model.CountPendingDecisionTasksRequest;
import software.amazon.awssdk.services.swf.model.CountPendingDecisionTasksResponse;
import software.amazon.awssdk.services.swf.model.EventType;
import software.amazon.awssdk.services.swf.model.HistoryEvent;
import software.amazon.awssdk.services.swf.model.PollForActivityTaskRequest;
import software.amazon.awssdk.services.swf.model.PollForActivityTaskResponse;
import software.amazon.awssdk.services.swf.model.PollForDecisionTaskRequest;
import software.amazon.awssdk.services.swf.model.PollForDecisionTaskResponse;
import software.amazon.awssdk.services.swf.model.RecordActivityTaskHeartbeatRequest;
import software.amazon.awssdk.services.swf.model.RecordActivityTaskHeartbeatResponse;
import software.amazon.awssdk.services.swf.model.RespondActivityTaskCanceledRequest;
import software.amazon.awssdk.services.swf.model.RespondActivityTaskCompletedRequest;
import software.amazon.awssdk.services.swf.model.RespondActivityTaskFailedRequest;
import software.amazon.awssdk.services.swf.model.RespondDecisionTaskCompletedRequest;
import software.amazon.awssdk.services.swf.model.TaskList;
import software.amazon.awssdk.services.swf.model.LimitExceededException;
import software.amazon.awssdk.services.swf.model.WorkflowExecution;
import software.amazon.awssdk.services.swf.model.WorkflowExecutionSignaledEventAttributes;
import software.amazon.awssdk.services.swf.model.WorkflowType;

/**
 * Decision and activity tasks map to SWF's requests member by member and back from its responses,
 * with a double that records requests: empty polls, histories fetched page by page only when
 * needed, execution contexts and task-list overrides, heartbeats that learn of a cancellation,
 * SWF's limits, and truncated counts.
 */
class TaskMappingTest {
  static final Instant NOW = Instant.parse("2026-05-01T09:00:00Z");
  static final TaskList DECIDERS = TaskList.builder().name("deciders").build();
  static final WorkflowExecution RUN = WorkflowExecution.builder().workflowId("order-42").runId("run-1").build();

  final RecordingSwfClient client = new RecordingSwfClient();
  final ExecutionOperationsTest.RecordingLogger log = new ExecutionOperationsTest.RecordingLogger();
  final SwfTyped swf = new SwfTyped(client, Clock.fixed(NOW, ZoneOffset.UTC), log);

  static HistoryEvent signal(long id) {
    return HistoryEvent.builder()
        .eventId(id)
        .eventTimestamp(NOW.plusSeconds(id))
        .eventType(EventType.WORKFLOW_EXECUTION_SIGNALED)
        .workflowExecutionSignaledEventAttributes(
            WorkflowExecutionSignaledEventAttributes.builder().signalName("s" + id).build())
        .build();
  }

  static List<HistoryEvent> signals(long from, long to) {
    return LongStream.rangeClosed(from, to).mapToObj(TaskMappingTest::signal).collect(Collectors.toList());
  }

  static PollForDecisionTaskResponse page(String token, long startedEventId, List<HistoryEvent> events,
      String nextPageToken) {
    return PollForDecisionTaskResponse.builder()
        .taskToken(token)
        .startedEventId(startedEventId)
        .previousStartedEventId(3L)
        .workflowExecution(RUN)
        .workflowType(WorkflowType.builder().name("Order").version("1").build())
        .events(events)
        .nextPageToken(nextPageToken)
        .build();
  }

  // ---------------------------------------------------------------- decision tasks

  @Test
  void pollDecisionTaskSendsTheDomainTaskListAndIdentity() {
    swf.pollDecisionTask("orders", "deciders", "decider-1");
    swf.pollDecisionTask("orders", "deciders");

    assertThat(client.requests()).containsExactly(
        PollForDecisionTaskRequest.builder().domain("orders").taskList(DECIDERS).identity("decider-1").build(),
        PollForDecisionTaskRequest.builder().domain("orders").taskList(DECIDERS).build());
  }

  @Test
  void anEmptyDecisionPollWithoutATaskTokenIsEmpty() {
    client.answer(PollForDecisionTaskResponse.builder().startedEventId(0L).previousStartedEventId(0L).build())
        .answer(PollForDecisionTaskResponse.builder().taskToken("").startedEventId(0L).build());

    assertThat(swf.pollDecisionTask("orders", "deciders")).isEmpty();
    assertThat(swf.pollDecisionTask("orders", "deciders")).isEmpty();
  }

  @Test
  void aDecisionTaskReadsItsTokenRunTypeAndEventIds() {
    client.answer(page("token-1", 9, signals(1, 9), null));

    DecisionTask task = swf.pollDecisionTask("orders", "deciders").orElseThrow();

    assertThat(task.token()).isEqualTo("token-1");
    assertThat(task.execution()).isEqualTo(ExecutionId.of("order-42", "run-1"));
    assertThat(task.workflow()).isEqualTo(WorkflowId.of("Order", "1"));
    assertThat(task.startedEventId()).isEqualTo(9);
    assertThat(task.previousStartedEventId()).isEqualTo(3);
    assertThat(task.events()).extracting(Event::id).containsExactly(1L, 2L, 3L, 4L, 5L, 6L, 7L, 8L, 9L);
    assertThat(task.events().get(0)).isEqualTo(Event.of(signal(1)));
  }

  @Test
  void furtherHistoryPagesAreFetchedOnlyWhenNeededWithTheSameDomainTaskListAndIdentity() {
    client.answer(page("token-1", 25, signals(1, 10), "page-2"))
        .answer(page("token-1", 25, signals(11, 20), "page-3"))
        .answer(page("token-1", 25, signals(21, 25), null));

    DecisionTask task = swf.pollDecisionTask("orders", "deciders", "decider-1").orElseThrow();
    List<Long> firstTen = task.history().limit(10).map(Event::id).toList();

    assertThat(firstTen).hasSize(10);
    assertThat(client.requests()).hasSize(1);

    List<Long> firstEleven = task.history().limit(11).map(Event::id).toList();

    assertThat(firstEleven).endsWith(11L);
    assertThat(client.requests()).hasSize(2);

    assertThat(task.events()).hasSize(25);
    assertThat(task.history().count()).isEqualTo(25);
    assertThat(client.requests()).containsExactly(
        PollForDecisionTaskRequest.builder().domain("orders").taskList(DECIDERS).identity("decider-1").build(),
        PollForDecisionTaskRequest.builder().domain("orders").taskList(DECIDERS).identity("decider-1")
            .nextPageToken("page-2").build(),
        PollForDecisionTaskRequest.builder().domain("orders").taskList(DECIDERS).identity("decider-1")
            .nextPageToken("page-3").build());
  }

  @Test
  void anEmptyIntermediatePageDoesNotEndTheHistory() {
    client.answer(page("token-1", 4, signals(1, 2), "page-2"))
        .answer(page("token-1", 4, List.of(), "page-3"))
        .answer(page("token-1", 4, signals(3, 4), null));

    DecisionTask task = swf.pollDecisionTask("orders", "deciders").orElseThrow();

    assertThat(task.history().map(Event::id)).containsExactly(1L, 2L, 3L, 4L);
  }

  @Test
  void aPageOfAnotherDecisionTaskIsRefused() {
    client.answer(page("token-1", 20, signals(1, 10), "page-2"))
        .answer(page("token-2", 30, signals(11, 20), null));
    DecisionTask task = swf.pollDecisionTask("orders", "deciders").orElseThrow();

    assertThatThrownBy(task::events).isInstanceOf(IllegalStateException.class)
        .hasMessageContaining("another task's page");
  }

  @Test
  void aPageThatDoesNotContinueTheHistoryIsRefused() {
    client.answer(page("token-1", 20, signals(1, 10), "page-2"))
        .answer(page("token-1", 20, signals(1, 10), null));
    DecisionTask task = swf.pollDecisionTask("orders", "deciders").orElseThrow();

    assertThatThrownBy(() -> task.history().count()).isInstanceOf(IllegalStateException.class)
        .hasMessageContaining("starts at event 1 instead of 11");
  }

  @Test
  void anAnswerWithoutTheRunIsReportedNotHalfRead() {
    client.answer(PollForDecisionTaskResponse.builder().taskToken("token-1").startedEventId(3L).build());

    assertThatThrownBy(() -> swf.pollDecisionTask("orders", "deciders"))
        .isInstanceOf(IllegalStateException.class).hasMessageContaining("workflowExecution");
  }

  @Test
  void respondDecisionTaskSendsTheDecisionsContextAndOverride() {
    client.answer(page("token-1", 5, signals(1, 5), null));
    DecisionTask task = swf.pollDecisionTask("orders", "deciders").orElseThrow();
    Decision timer = Decision.StartTimer.of("t", java.time.Duration.ofSeconds(5));
    Decision complete = Decision.CompleteWorkflowExecution.of();

    swf.respondDecisionTask(task, Decisions.of(timer, complete).withExecutionContext("step 2")
        .withTaskListOverride(TaskListOverride.of("urgent").withScheduleToStartTimeout(Timeout.ofSeconds(30))));
    swf.respondDecisionTask("token-2", Decisions.of());

    assertThat(client.requests().subList(1, 3)).containsExactly(
        RespondDecisionTaskCompletedRequest.builder()
            .taskToken("token-1")
            .decisions(timer.toSdk(), complete.toSdk())
            .executionContext("step 2")
            .taskList(TaskList.builder().name("urgent").build())
            .taskListScheduleToStartTimeout("30")
            .build(),
        RespondDecisionTaskCompletedRequest.builder().taskToken("token-2").decisions(List.of()).build());
  }

  @Test
  void theExecutionContextIsSentUnderItsOwnNameEvenWhenEmpty() {
    swf.respondDecisionTask("token-1", Decisions.of().withExecutionContext(""));
    swf.respondDecisionTask("token-2", Decisions.of().withTaskListOverride(TaskListOverride.of("urgent")));

    RespondDecisionTaskCompletedRequest first = (RespondDecisionTaskCompletedRequest) client.requests().get(0);
    RespondDecisionTaskCompletedRequest second = (RespondDecisionTaskCompletedRequest) client.requests().get(1);
    assertThat(first.executionContext()).isEmpty();
    assertThat(first.sdkFields()).anySatisfy(field -> assertThat(field.memberName()).isEqualTo("executionContext"));
    assertThat(second.taskList().name()).isEqualTo("urgent");
    assertThat(second.taskListScheduleToStartTimeout()).isNull();
  }

  @Test
  void decisionsRejectAClosingDecisionThatIsNotLastAndAContextOverSwfsLimit() {
    assertThatThrownBy(() -> Decisions.of(Decision.CompleteWorkflowExecution.of(), Decision.CancelTimer.of("t")))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("a decision that closes the execution must come last, but CompleteWorkflowExecution is "
            + "decision 1 of 2");
    assertThatThrownBy(() -> Decisions.of().withExecutionContext("x".repeat(32769)))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("execution context");
    assertThat(Decisions.of(Decision.CancelTimer.of("t"), Decision.FailWorkflowExecution.of()).decisions())
        .hasSize(2);
    assertThatThrownBy(() -> swf.respondDecisionTask("x".repeat(1025), Decisions.of()))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("task token");
    assertThat(client.requests()).isEmpty();
  }

  @Test
  void aDecisionTaskCanBeMadeWithItsWholeHistoryForTestingADecider() {
    History history = History.started();
    long signalled = history.add(new Event.WorkflowExecutionSignaled(history.nextId(), history.next(), "go",
        Optional.empty(), Optional.empty(), java.util.OptionalLong.empty()));

    DecisionTask task = DecisionTask.of("token-1", ExecutionId.of("order-42", "run-1"), History.ORDER, signalled,
        0, history.events);

    assertThat(task.events()).isEqualTo(history.events);
    assertThat(task.state().signals()).extracting(ExecutionState.SignalState::name).containsExactly("go");
    assertThat(task.state()).isSameAs(task.state());
  }

  // ---------------------------------------------------------------- activity tasks

  @Test
  void pollActivityTaskSendsTheDomainTaskListAndIdentityAndReadsTheTask() {
    client.answer(PollForActivityTaskResponse.builder()
        .taskToken("token-1")
        .activityId("charge-42")
        .activityType(ActivityType.builder().name("Charge").version("1").build())
        .workflowExecution(RUN)
        .startedEventId(7L)
        .input("{\"amount\":1999}")
        .build());

    ActivityTask task = swf.pollActivityTask("orders", "payments", "worker-1").orElseThrow();
    swf.pollActivityTask("orders", "payments");

    assertThat(task).isEqualTo(new ActivityTask("token-1", "charge-42", ActivityId.of("Charge", "1"),
        ExecutionId.of("order-42", "run-1"), 7, Optional.of("{\"amount\":1999}")));
    TaskList payments = TaskList.builder().name("payments").build();
    assertThat(client.requests()).containsExactly(
        PollForActivityTaskRequest.builder().domain("orders").taskList(payments).identity("worker-1").build(),
        PollForActivityTaskRequest.builder().domain("orders").taskList(payments).build());
  }

  @Test
  void anEmptyActivityPollWithoutATaskTokenIsEmpty() {
    client.answer(PollForActivityTaskResponse.builder().startedEventId(0L).build())
        .answer(PollForActivityTaskResponse.builder().taskToken("").startedEventId(0L).build());

    assertThat(swf.pollActivityTask("orders", "payments")).isEmpty();
    assertThat(swf.pollActivityTask("orders", "payments")).isEmpty();
  }

  @Test
  void anActivityTaskWithoutInputHasNone() {
    client.answer(PollForActivityTaskResponse.builder().taskToken("token-1").activityId("a")
        .activityType(ActivityType.builder().name("Charge").version("1").build())
        .workflowExecution(RUN).startedEventId(7L).build());

    assertThat(swf.pollActivityTask("orders", "payments").orElseThrow().input()).isEmpty();
  }

  @Test
  void activityPollsRejectATaskListWithOuterWhitespace() {
    assertThatThrownBy(() -> swf.pollActivityTask("orders", " payments"))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("whitespace");
    assertThat(client.requests()).isEmpty();
  }

  @Test
  void heartbeatsSendTheTokenAndDetailsAndThrowWhenCancellationIsRequested() throws Exception {
    client.answer(RecordActivityTaskHeartbeatResponse.builder().cancelRequested(false).build())
        .answer(RecordActivityTaskHeartbeatResponse.builder().cancelRequested(true).build());

    swf.heartbeat("token-1", "half way");
    assertThatThrownBy(() -> swf.heartbeat("token-1"))
        .isInstanceOf(CancellationRequestedException.class)
        .satisfies(e -> assertThat(((CancellationRequestedException) e).taskToken()).isEqualTo("token-1"));

    assertThat(client.requests()).containsExactly(
        RecordActivityTaskHeartbeatRequest.builder().taskToken("token-1").details("half way").build(),
        RecordActivityTaskHeartbeatRequest.builder().taskToken("token-1").build());
  }

  @Test
  void anAbsentCancelRequestedReadsAsNotRequested() throws Exception {
    client.answer(RecordActivityTaskHeartbeatResponse.builder().build());

    swf.heartbeat("token-1");

    assertThat(client.requests()).hasSize(1);
  }

  @Test
  void completeFailAndCancelSendTheirMembers() {
    swf.completeActivityTask("token-1", "charged");
    swf.completeActivityTask("token-2");
    swf.failActivityTask("token-3", "card declined", "issuer said no");
    swf.failActivityTask("token-4", "");
    swf.cancelActivityTask("token-5", "stopped at step 3");
    swf.cancelActivityTask("token-6");

    assertThat(client.requests()).containsExactly(
        RespondActivityTaskCompletedRequest.builder().taskToken("token-1").result("charged").build(),
        RespondActivityTaskCompletedRequest.builder().taskToken("token-2").build(),
        RespondActivityTaskFailedRequest.builder().taskToken("token-3").reason("card declined")
            .details("issuer said no").build(),
        RespondActivityTaskFailedRequest.builder().taskToken("token-4").reason("").build(),
        RespondActivityTaskCanceledRequest.builder().taskToken("token-5").details("stopped at step 3").build(),
        RespondActivityTaskCanceledRequest.builder().taskToken("token-6").build());
  }

  @Test
  void valuesOverSwfsLimitsAreRejectedBeforeAnyCall() {
    List<Runnable> calls = new ArrayList<>();
    calls.add(() -> swf.failActivityTask("token-1", "r".repeat(257)));
    calls.add(() -> swf.failActivityTask("token-1", "reason", "d".repeat(32769)));
    calls.add(() -> swf.completeActivityTask("token-1", "r".repeat(32769)));
    calls.add(() -> swf.cancelActivityTask("token-1", "d".repeat(32769)));
    calls.add(() -> swf.completeActivityTask(""));
    calls.add(() -> swf.pollActivityTask("orders", "payments", "i".repeat(257)));
    calls.add(() -> swf.pollDecisionTask("orders", "a:b"));

    for (Runnable call : calls) {
      assertThatThrownBy(call::run).isInstanceOf(IllegalArgumentException.class);
    }
    assertThatThrownBy(() -> swf.heartbeat("token-1", "d".repeat(2049)))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("2048");
    assertThat(client.requests()).isEmpty();
  }

  @Test
  void sdkExceptionsPassThroughUnchanged() {
    LimitExceededException throttled = LimitExceededException.builder().message("Rate exceeded").build();
    client.answer(throttled);

    assertThatThrownBy(() -> swf.pollActivityTask("orders", "payments")).isSameAs(throttled);
  }

  // ---------------------------------------------------------------- counts

  @Test
  void pendingCountsSendTheTaskListAndReportTruncationWithAWarning() {
    client.answer(CountPendingDecisionTasksResponse.builder().count(3).truncated(false).build())
        .answer(CountPendingActivityTasksResponse.builder().count(1000).truncated(true).build());

    TaskCount decisions = swf.countPendingDecisionTasks("orders", "deciders");
    TaskCount activities = swf.countPendingActivityTasks("orders", "payments");

    assertThat(decisions).isEqualTo(new TaskCount(3, false));
    assertThat(activities).isEqualTo(new TaskCount(1000, true));
    assertThat(client.requests()).containsExactly(
        CountPendingDecisionTasksRequest.builder().domain("orders").taskList(DECIDERS).build(),
        CountPendingActivityTasksRequest.builder().domain("orders")
            .taskList(TaskList.builder().name("payments").build()).build());
    assertThat(log.messages).containsExactly("WARNING SWF truncated the count of pending activity tasks on task "
        + "list payments in domain orders: at least 1000 are waiting");
  }

  @Test
  void anAbsentTruncatedFlagReadsAsNotTruncated() {
    client.answer(CountPendingActivityTasksResponse.builder().count(2).build());

    assertThat(swf.countPendingActivityTasks("orders", "payments")).isEqualTo(new TaskCount(2, false));
    assertThat(log.messages).isEmpty();
  }
}
