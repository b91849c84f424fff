package dev.swftyped;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.swftyped.fake.FakeClock;
import dev.swftyped.fake.SwfCall;
import dev.swftyped.fake.SwfFake;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * Decision and activity tasks against the fake, on one thread: what the library sends, the fake
 * accepts and records, and what the fake answers, the library reads. Among them the Python
 * library's bugs 9 (the execution context's name), 10 (a task-list override can be made) and 14
 * (an empty poll has no task token).
 */
class TasksAgainstFakeTest {
  static final Instant START = Instant.parse("2026-01-01T00:00:00Z");
  static final WorkflowId ORDER = WorkflowId.of("Order", "1");
  static final ActivityId CHARGE = ActivityId.of("Charge", "1");

  final FakeClock clock = FakeClock.at(START);
  final SwfFake fake = SwfFake.builder().clock(clock).seed(7).pollTimeout(Duration.ZERO).build();
  final SwfTyped swf = SwfTyped.create(fake.client(), clock);

  TasksAgainstFakeTest() {
    register(swf);
  }

  /** Domain orders, workflow type Order 1 on list deciders, activity type Charge 1 on list payments. */
  static void register(SwfTyped swf) {
    swf.registerDomain("orders", DomainConfiguration.retainingDays(7));
    swf.registerWorkflowType("orders", ORDER, PartialExecutionConfiguration.builder()
        .timeout(Timeout.of(Duration.ofDays(30)))
        .decisionTaskTimeout(Timeout.ofSeconds(30))
        .decisionTaskList("deciders")
        .childExecutionPolicy(ChildExecutionTerminationPolicy.TERMINATE)
        .build());
    swf.registerActivityType("orders", CHARGE, PartialTaskConfiguration.builder()
        .taskList("payments")
        .startToCloseTimeout(Timeout.ofSeconds(600))
        .scheduleToStartTimeout(Timeout.none())
        .scheduleToCloseTimeout(Timeout.none())
        .heartbeatTimeout(Timeout.none())
        .build());
  }

  @AfterEach
  void closeFake() {
    fake.close();
  }

  ExecutionId start(String id) {
    return swf.startExecution("orders", ORDER, CurrentExecutionId.of(id), StartOptions.defaults().withInput("in"));
  }

  DecisionTask decisionTask() {
    return swf.pollDecisionTask("orders", "deciders", "decider-1").orElseThrow();
  }

  long polls(String operation) {
    return fake.calls().stream().map(SwfCall::operation).filter(operation::equals).count();
  }

  @Test
  void emptyPollsAreEmptyNotErrors() {
    assertThat(swf.pollDecisionTask("orders", "deciders")).isEmpty();
    assertThat(swf.pollActivityTask("orders", "payments", "worker-1")).isEmpty();
    assertThat(fake.calls()).extracting(call -> call.response().orElseThrow().toString())
        .allSatisfy(response -> assertThat(response).doesNotContain("TaskToken="));
  }

  @Test
  void aWorkflowRunsThroughTheTypedTasks() throws Exception {
    ExecutionId run = start("order-1");

    DecisionTask first = decisionTask();
    assertThat(first.execution()).isEqualTo(run);
    assertThat(first.workflow()).isEqualTo(ORDER);
    assertThat(first.previousStartedEventId()).isZero();
    assertThat(first.state().input()).contains("in");
    assertThat(first.events()).last().isInstanceOf(Event.DecisionTaskStarted.class)
        .extracting(Event::id).isEqualTo(first.startedEventId());
    swf.respondDecisionTask(first, Decisions.of(Decision.ScheduleActivityTask.of(CHARGE, "charge-1")
        .withInput("1999")).withExecutionContext("charging"));

    ActivityTask charge = swf.pollActivityTask("orders", "payments", "worker-1").orElseThrow();
    assertThat(charge.activityId()).isEqualTo("charge-1");
    assertThat(charge.activityType()).isEqualTo(CHARGE);
    assertThat(charge.execution()).isEqualTo(run);
    assertThat(charge.input()).contains("1999");
    swf.heartbeat(charge.token(), "half way");
    swf.completeActivityTask(charge.token(), "charged");

    DecisionTask second = decisionTask();
    assertThat(second.previousStartedEventId()).isEqualTo(first.startedEventId());
    assertThat(second.state().tasks()).singleElement().satisfies(task -> {
      assertThat(task.status()).isEqualTo(ExecutionState.TaskStatus.COMPLETED);
      assertThat(task.result()).contains("charged");
      assertThat(task.workerIdentity()).contains("worker-1");
    });
    assertThat(second.events()).filteredOn(Event.DecisionTaskCompleted.class::isInstance)
        .singleElement()
        .extracting(event -> ((Event.DecisionTaskCompleted) event).executionContext())
        .isEqualTo(Optional.of("charging"));
    assertThat(swf.describeExecution("orders", run).latestContext()).contains("charging");
    swf.respondDecisionTask(second, Decisions.of(Decision.CompleteWorkflowExecution.of().withResult("done")));

    assertThat(swf.describeExecution("orders", run).info().status()).isEqualTo(ExecutionStatus.COMPLETED);
  }

  @Test
  void aTaskListOverrideMovesTheNextDecisionTask() {
    ExecutionId run = start("order-1");
    swf.respondDecisionTask(decisionTask(), Decisions.of().withTaskListOverride(TaskListOverride.of("urgent")));
    swf.signalExecution("orders", run, "wake-up");

    assertThat(swf.pollDecisionTask("orders", "deciders")).isEmpty();
    DecisionTask moved = swf.pollDecisionTask("orders", "urgent").orElseThrow();

    assertThat(moved.history()).filteredOn(Event.DecisionTaskScheduled.class::isInstance).last()
        .extracting(event -> ((Event.DecisionTaskScheduled) event).taskList()).isEqualTo("urgent");
  }

  @Test
  void aLongHistoryIsFetchedPageByPageOnlyWhenNeeded() {
    ExecutionId run = start("order-1");
    for (int i = 0; i < 1100; i++) {
      swf.signalExecution("orders", run, "s" + i);
    }

    DecisionTask task = decisionTask();
    assertThat(polls("PollForDecisionTask")).isEqualTo(1);
    assertThat(task.history().limit(1000).count()).isEqualTo(1000);
    assertThat(polls("PollForDecisionTask")).isEqualTo(1);

    assertThat(task.history().skip(1000).findFirst()).isPresent();
    assertThat(polls("PollForDecisionTask")).isEqualTo(2);
    assertThat(task.events()).hasSize(1103).extracting(Event::id).doesNotHaveDuplicates();
    assertThat(task.state().signals()).hasSize(1100);
    assertThat(polls("PollForDecisionTask")).isEqualTo(2);
    swf.respondDecisionTask(task, Decisions.of(Decision.CompleteWorkflowExecution.of()));
    assertThat(swf.describeExecution("orders", run).info().status()).isEqualTo(ExecutionStatus.COMPLETED);
  }

  @Test
  void aCancellationRequestSurfacesInTheHeartbeatAndTheTaskIsCancelled() throws Exception {
    ExecutionId run = start("order-1");
    swf.respondDecisionTask(decisionTask(), Decisions.of(Decision.ScheduleActivityTask.of(CHARGE, "charge-1")));
    ActivityTask charge = swf.pollActivityTask("orders", "payments").orElseThrow();
    swf.heartbeat(charge.token());
    swf.signalExecution("orders", run, "customer-cancelled");
    swf.respondDecisionTask(decisionTask(), Decisions.of(Decision.RequestCancelActivityTask.of("charge-1")));

    assertThatThrownBy(() -> swf.heartbeat(charge.token(), "stopping"))
        .isInstanceOf(CancellationRequestedException.class);
    swf.cancelActivityTask(charge.token(), "stopped");

    List<Event> history = swf.listHistory("orders", run).toList();
    assertThat(history).filteredOn(Event.ActivityTaskCanceled.class::isInstance).singleElement()
        .extracting(event -> ((Event.ActivityTaskCanceled) event).details()).isEqualTo(Optional.of("stopped"));
    assertThat(ExecutionState.of(history).tasks()).singleElement()
        .extracting(ExecutionState.TaskState::status).isEqualTo(ExecutionState.TaskStatus.CANCELLED);
  }

  @Test
  void aFailureAtSwfsLimitsIsAcceptedAndRecorded() {
    ExecutionId run = start("order-1");
    swf.respondDecisionTask(decisionTask(), Decisions.of(Decision.ScheduleActivityTask.of(CHARGE, "charge-1")));
    ActivityTask charge = swf.pollActivityTask("orders", "payments").orElseThrow();

    swf.failActivityTask(charge.token(), "r".repeat(256), "d".repeat(32768));

    ExecutionState.TaskState failed = ExecutionState.of(swf.listHistory("orders", run).toList()).tasks().get(0);
    assertThat(failed.status()).isEqualTo(ExecutionState.TaskStatus.FAILED);
    assertThat(failed.failureReason()).contains("r".repeat(256));
    assertThat(failed.stopDetails()).contains("d".repeat(32768));
  }

  @Test
  void pendingCountsCountTheWaitingTasks() {
    start("order-1");
    start("order-2");
    assertThat(swf.countPendingDecisionTasks("orders", "deciders")).isEqualTo(new TaskCount(2, false));

    swf.respondDecisionTask(decisionTask(), Decisions.of(Decision.ScheduleActivityTask.of(CHARGE, "a"),
        Decision.ScheduleActivityTask.of(CHARGE, "b"), Decision.ScheduleActivityTask.of(CHARGE, "c")));

    assertThat(swf.countPendingDecisionTasks("orders", "deciders")).isEqualTo(new TaskCount(1, false));
    assertThat(swf.countPendingActivityTasks("orders", "payments")).isEqualTo(new TaskCount(3, false));
  }

  @Test
  void aDecisionTaskAnsweredTwiceIsRefusedBySwf() {
    start("order-1");
    DecisionTask task = decisionTask();
    swf.respondDecisionTask(task, Decisions.of());

    assertThatThrownBy(() -> swf.respondDecisionTask(task, Decisions.of()))
        .isInstanceOf(software.amazon.awssdk.services.swf.model.UnknownResourceException.class);
  }
}
