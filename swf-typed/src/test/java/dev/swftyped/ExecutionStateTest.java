package dev.swftyped;

import static dev.swftyped.History.CHARGE;
import static dev.swftyped.History.ORDER;
import static dev.swftyped.History.START;
import static dev.swftyped.History.time;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import dev.swftyped.ExecutionState.ChildExecutionState;
import dev.swftyped.ExecutionState.ChildStatus;
import dev.swftyped.ExecutionState.DecisionFailure;
import dev.swftyped.ExecutionState.LambdaTaskState;
import dev.swftyped.ExecutionState.MarkerState;
import dev.swftyped.ExecutionState.SignalState;
import dev.swftyped.ExecutionState.TaskState;
import dev.swftyped.ExecutionState.TaskStatus;
import dev.swftyped.ExecutionState.TimerState;
import dev.swftyped.ExecutionState.TimerStatus;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.OptionalLong;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

/** The execution state replays a hand-built history, rule by rule, including the Python library's bugs. */
class ExecutionStateTest {
  final History history = History.started();

  @Nested
  class TheExecution {
    @Test
    void aJustStartedExecutionIsOpenWithItsConfigurationAndInput() {
      ExecutionState state = history.state();

      assertThat(state.workflow()).isEqualTo(ORDER);
      assertThat(state.status()).isEqualTo(ExecutionStatus.OPEN);
      assertThat(state.started()).isEqualTo(START);
      assertThat(state.ended()).isEmpty();
      assertThat(state.input()).contains("{\"order\":42}");
      assertThat(state.cancelRequested()).isFalse();
      assertThat(state.configuration()).isEqualTo(PartialExecutionConfiguration.builder()
          .timeout(Timeout.ofSeconds(3600))
          .decisionTaskTimeout(Timeout.ofSeconds(30))
          .decisionTaskList("deciders")
          .childExecutionPolicy(ChildExecutionTerminationPolicy.TERMINATE)
          .build());
      assertThat(state.tasks()).isEmpty();
      assertThat(state.decisionFailures()).isEmpty();
    }

    @Test
    void aCompletedExecutionHasItsResultAndEnd() {
      long decision = history.decisionCompleted();
      long completed = history.add(new Event.WorkflowExecutionCompleted(history.nextId(), history.next(),
          Optional.of("shipped"), decision));

      ExecutionState state = history.state();

      assertThat(state.status()).isEqualTo(ExecutionStatus.COMPLETED);
      assertThat(state.ended()).contains(time(completed));
      assertThat(state.result()).contains("shipped");
      assertThat(state.failureReason()).isEmpty();
    }

    @Test
    void aFailedExecutionHasItsReasonAndDetails() {
      long decision = history.decisionCompleted();
      history.add(new Event.WorkflowExecutionFailed(history.nextId(), history.next(), Optional.of("no stock"),
          Optional.of("sku 7"), decision));

      ExecutionState state = history.state();

      assertThat(state.status()).isEqualTo(ExecutionStatus.FAILED);
      assertThat(state.failureReason()).contains("no stock");
      assertThat(state.stopDetails()).contains("sku 7");
    }

    @Test
    void aCancelledExecutionHasItsDetailsAndTheRequest() {
      history.add(new Event.WorkflowExecutionCancelRequested(history.nextId(), history.next(), Optional.empty(),
          OptionalLong.empty(), Optional.empty()));
      long decision = history.decisionCompleted();
      long cancelled = history.add(new Event.WorkflowExecutionCanceled(history.nextId(), history.next(),
          Optional.of("customer asked"), decision));

      ExecutionState state = history.state();

      assertThat(state.status()).isEqualTo(ExecutionStatus.CANCELLED);
      assertThat(state.cancelRequested()).isTrue();
      assertThat(state.ended()).contains(time(cancelled));
      assertThat(state.stopDetails()).contains("customer asked");
    }

    @Test
    void aTerminatedExecutionHasTheReasonAndDetailsOfTheRequest() {
      history.add(new Event.WorkflowExecutionTerminated(history.nextId(), history.next(), Optional.of("stuck"),
          Optional.of("ops"), ChildExecutionTerminationPolicy.ABANDON, Optional.of("OPERATOR_INITIATED")));

      ExecutionState state = history.state();

      assertThat(state.status()).isEqualTo(ExecutionStatus.TERMINATED);
      assertThat(state.failureReason()).contains("stuck");
      assertThat(state.stopDetails()).contains("ops");
    }

    @Test
    void aTimedOutExecutionEndsWhenItTimedOut() {
      long timedOut = history.add(new Event.WorkflowExecutionTimedOut(history.nextId(), history.next(),
          "START_TO_CLOSE", ChildExecutionTerminationPolicy.TERMINATE));

      ExecutionState state = history.state();

      assertThat(state.status()).isEqualTo(ExecutionStatus.TIMED_OUT);
      assertThat(state.ended()).contains(time(timedOut));
    }

    @Test
    void anExecutionContinuedAsNewNamesItsNewRun() {
      long decision = history.decisionCompleted();
      history.add(new Event.WorkflowExecutionContinuedAsNew(history.nextId(), history.next(), Optional.empty(),
          decision, "run-2", Optional.empty(), "deciders", OptionalInt.empty(), Optional.empty(),
          ChildExecutionTerminationPolicy.TERMINATE, List.of(), ORDER, Optional.empty()));

      ExecutionState state = history.state();

      assertThat(state.status()).isEqualTo(ExecutionStatus.CONTINUED_AS_NEW);
      assertThat(state.continuingExecutionRunId()).contains("run-2");
    }
  }

  @Nested
  class ActivityTasks {
    @Test
    void aScheduledTaskKeepsItsTypeInputControlAndTheTimeoutsOfItsEvent() {
      long decision = history.decisionCompleted();
      long scheduled = history.activityScheduled("charge-1", decision);

      TaskState task = history.state().tasks().get(0);

      assertThat(task).isEqualTo(new TaskState(scheduled, "charge-1", CHARGE, TaskStatus.SCHEDULED,
          PartialTaskConfiguration.builder()
              .taskList("payments")
              .startToCloseTimeout(Timeout.ofSeconds(60))
              .scheduleToStartTimeout(Timeout.ofSeconds(300))
              .scheduleToCloseTimeout(Timeout.none())
              .heartbeatTimeout(Timeout.ofSeconds(15))
              .taskPriority(2)
              .build(),
          time(scheduled), Optional.empty(), Optional.empty(), Optional.of("in-charge-1"),
          Optional.of("control-charge-1"), Optional.empty(), false, Optional.empty(), Optional.empty(),
          Optional.empty(), Optional.empty()));
    }

    @Test
    void aCompletedTaskHasItsWorkerTimesAndResult() {
      long scheduled = history.activityScheduled("charge-1", history.decisionCompleted());
      long started = history.activityStarted(scheduled);
      long completed = history.activityCompleted(scheduled, started, "paid");

      TaskState task = history.state().tasks().get(0);

      assertThat(task.status()).isEqualTo(TaskStatus.COMPLETED);
      assertThat(task.workerIdentity()).contains("worker-1");
      assertThat(task.started()).contains(time(started));
      assertThat(task.ended()).contains(time(completed));
      assertThat(task.result()).contains("paid");
    }

    @Test
    void aStartedTaskIsStarted() {
      long scheduled = history.activityScheduled("charge-1", history.decisionCompleted());
      history.activityStarted(scheduled);

      assertThat(history.state().tasks().get(0).status()).isEqualTo(TaskStatus.STARTED);
    }

    @Test
    void aFailedTaskHasItsReasonAndDetails() {
      long scheduled = history.activityScheduled("charge-1", history.decisionCompleted());
      history.activityFailed(scheduled, history.activityStarted(scheduled));

      TaskState task = history.state().tasks().get(0);

      assertThat(task.status()).isEqualTo(TaskStatus.FAILED);
      assertThat(task.failureReason()).contains("declined");
      assertThat(task.stopDetails()).contains("card 4242");
    }

    @Test
    void aCancelledTaskHasItsDetailsAndItsCancelRequest() {
      long scheduled = history.activityScheduled("charge-1", history.decisionCompleted());
      long started = history.activityStarted(scheduled);
      history.activityCancelRequested("charge-1", history.decisionCompleted());
      history.activityCanceled(scheduled, started);

      TaskState task = history.state().tasks().get(0);

      assertThat(task.status()).isEqualTo(TaskStatus.CANCELLED);
      assertThat(task.cancelRequested()).isTrue();
      assertThat(task.stopDetails()).contains("no longer needed");
    }

    @Test
    void aTimedOutTaskHasItsTimeoutTypeAndLastHeartbeatDetails() {
      long scheduled = history.activityScheduled("charge-1", history.decisionCompleted());
      long timedOut = history.activityTimedOut(scheduled, history.activityStarted(scheduled), "HEARTBEAT");

      TaskState task = history.state().tasks().get(0);

      assertThat(task.status()).isEqualTo(TaskStatus.TIMED_OUT);
      assertThat(task.timeoutType()).contains(TimeoutType.HEARTBEAT);
      assertThat(task.stopDetails()).contains("50%");
      assertThat(task.ended()).contains(time(timedOut));
    }

    @Test
    void aCancelRequestForAReusedTaskIdMarksTheOpenTask() {
      long first = history.activityScheduled("charge", history.decisionCompleted());
      history.activityFailed(first, history.activityStarted(first));
      long second = history.activityScheduled("charge", history.decisionCompleted());
      history.activityCancelRequested("charge", history.decisionCompleted());

      List<TaskState> tasks = history.state().tasks();

      assertThat(tasks).extracting(TaskState::scheduledEventId).containsExactly(first, second);
      assertThat(tasks).extracting(TaskState::cancelRequested).containsExactly(false, true);
      assertThat(tasks).extracting(TaskState::status).containsExactly(TaskStatus.FAILED, TaskStatus.SCHEDULED);
    }

    @Test
    void aCancelRequestForATaskThatIsNotOpenIsReported() {
      long scheduled = history.activityScheduled("charge", history.decisionCompleted());
      history.activityCompleted(scheduled, history.activityStarted(scheduled), "ok");
      long request = history.activityCancelRequested("charge", history.decisionCompleted());

      assertThatIllegalArgumentException()
          .isThrownBy(history::state)
          .withMessage("ActivityTaskCancelRequested event " + request
              + " refers to activity task charge, but no task with that id is open");
    }

    @Test
    void anEventOfATaskThatWasNeverScheduledIsReported() {
      long started = history.activityStarted(99);

      assertThatIllegalArgumentException()
          .isThrownBy(history::state)
          .withMessage("ActivityTaskStarted event " + started
              + " refers to ActivityTaskScheduled event 99, which is not in the history");
    }
  }

  @Nested
  class LambdaTasks {
    @Test
    void aCompletedLambdaTaskHasItsFunctionTimesAndResult() {
      long scheduled = history.lambdaScheduled("resize-1", history.decisionCompleted());
      long started = history.lambdaStarted(scheduled);
      long completed = history.add(new Event.LambdaFunctionCompleted(history.nextId(), history.next(), scheduled,
          started, Optional.of("done")));

      assertThat(history.state().lambdaTasks()).containsExactly(new LambdaTaskState(scheduled, "resize-1", "resize",
          TaskStatus.COMPLETED, time(scheduled), Optional.of(time(started)), Optional.of(time(completed)),
          Optional.of(Timeout.ofSeconds(30)), Optional.of("{}"), Optional.of("c"), Optional.of("done"),
          Optional.empty(), Optional.empty(), Optional.empty()));
    }

    @Test
    void aFailedLambdaTaskHasItsReasonAndDetails() {
      long scheduled = history.lambdaScheduled("resize-1", history.decisionCompleted());
      long started = history.lambdaStarted(scheduled);
      history.add(new Event.LambdaFunctionFailed(history.nextId(), history.next(), scheduled, started,
          Optional.of("OOM"), Optional.of("128 MB")));

      LambdaTaskState task = history.state().lambdaTasks().get(0);

      assertThat(task.status()).isEqualTo(TaskStatus.FAILED);
      assertThat(task.failureReason()).contains("OOM");
      assertThat(task.stopDetails()).contains("128 MB");
    }

    @Test
    void aTimedOutLambdaTaskHasItsTimeoutType() {
      long scheduled = history.lambdaScheduled("resize-1", history.decisionCompleted());
      long started = history.lambdaStarted(scheduled);
      history.add(new Event.LambdaFunctionTimedOut(history.nextId(), history.next(), scheduled, started,
          Optional.of("START_TO_CLOSE")));

      LambdaTaskState task = history.state().lambdaTasks().get(0);

      assertThat(task.status()).isEqualTo(TaskStatus.TIMED_OUT);
      assertThat(task.timeoutType()).contains(TimeoutType.START_TO_CLOSE);
    }

    @Test
    void aLambdaFunctionThatCouldNotStartFailsItsTaskWithSwfsCauseAndMessage() {
      long scheduled = history.lambdaScheduled("resize-1", history.decisionCompleted());
      long failed = history.add(new Event.StartLambdaFunctionFailed(history.nextId(), history.next(),
          OptionalLong.of(scheduled), Optional.of("ASSUME_ROLE_FAILED"), Optional.of("no role")));

      LambdaTaskState task = history.state().lambdaTasks().get(0);

      assertThat(task.status()).isEqualTo(TaskStatus.FAILED);
      assertThat(task.ended()).contains(time(failed));
      assertThat(task.failureReason()).contains("ASSUME_ROLE_FAILED");
      assertThat(task.stopDetails()).contains("no role");
    }

    @Test
    void aStartFailureThatNamesNoTaskChangesNoTask() {
      history.lambdaScheduled("resize-1", history.decisionCompleted());
      history.add(new Event.StartLambdaFunctionFailed(history.nextId(), history.next(), OptionalLong.empty(),
          Optional.of("ASSUME_ROLE_FAILED"), Optional.empty()));

      assertThat(history.state().lambdaTasks()).singleElement()
          .satisfies(task -> assertThat(task.status()).isEqualTo(TaskStatus.SCHEDULED));
    }
  }

  @Nested
  class Children {
    static final ExecutionId CHILD = ExecutionId.of("ship-42", "run-c");
    static final WorkflowId SHIP = WorkflowId.of("Ship", "1");

    @Test
    void anInitiatedChildHasItsWorkflowIdConfigurationInputAndControl() {
      long initiated = history.childInitiated("ship-42", history.decisionCompleted());

      assertThat(history.state().childExecutions()).containsExactly(new ChildExecutionState(initiated,
          CurrentExecutionId.of("ship-42"), SHIP, ChildStatus.INITIATED, PartialExecutionConfiguration.builder()
              .timeout(Timeout.ofSeconds(600))
              .decisionTaskTimeout(Timeout.ofSeconds(20))
              .decisionTaskList("shippers")
              .childExecutionPolicy(ChildExecutionTerminationPolicy.ABANDON)
              .build(),
          time(initiated), Optional.empty(), Optional.empty(), Optional.of("{\"ship\":1}"),
          Optional.of("ship-control"), Optional.empty(), Optional.empty(), Optional.empty(), Optional.empty()));
    }

    @Test
    void aStartedChildIsOpenWithItsRun() {
      long initiated = history.childInitiated("ship-42", history.decisionCompleted());
      long started = history.childStarted(initiated, CHILD);

      ChildExecutionState child = history.state().childExecutions().get(0);

      assertThat(child.status()).isEqualTo(ChildStatus.OPEN);
      assertThat(child.execution()).isEqualTo(CHILD);
      assertThat(child.started()).contains(time(started));
    }

    @Test
    void aCompletedChildHasItsResultAndTheRunThatCompleted() {
      long initiated = history.childInitiated("ship-42", history.decisionCompleted());
      long started = history.childStarted(initiated, CHILD);
      ExecutionId continued = ExecutionId.of("ship-42", "run-d");
      long completed = history.add(new Event.ChildWorkflowExecutionCompleted(history.nextId(), history.next(),
          continued, SHIP, Optional.of("shipped"), initiated, started));

      ChildExecutionState child = history.state().childExecutions().get(0);

      assertThat(child.status()).isEqualTo(ChildStatus.COMPLETED);
      assertThat(child.execution()).isEqualTo(continued);
      assertThat(child.result()).contains("shipped");
      assertThat(child.ended()).contains(time(completed));
    }

    @Test
    void aChildThatTimedOutIsTimedOutWithItsTimeoutType() {
      long initiated = history.childInitiated("ship-42", history.decisionCompleted());
      long started = history.childStarted(initiated, CHILD);
      history.add(new Event.ChildWorkflowExecutionTimedOut(history.nextId(), history.next(), CHILD, SHIP,
          "START_TO_CLOSE", initiated, started));

      ChildExecutionState child = history.state().childExecutions().get(0);

      assertThat(child.status()).isEqualTo(ChildStatus.TIMED_OUT);
      assertThat(child.timeoutType()).contains(TimeoutType.START_TO_CLOSE);
    }

    @Test
    void failedCancelledAndTerminatedChildrenCloseSo() {
      long decision = history.decisionCompleted();
      long a = history.childInitiated("a", decision);
      long b = history.childInitiated("b", decision);
      long c = history.childInitiated("c", decision);
      ExecutionId runA = ExecutionId.of("a", "1");
      ExecutionId runB = ExecutionId.of("b", "1");
      ExecutionId runC = ExecutionId.of("c", "1");
      long startedA = history.childStarted(a, runA);
      long startedB = history.childStarted(b, runB);
      long startedC = history.childStarted(c, runC);
      history.add(new Event.ChildWorkflowExecutionFailed(history.nextId(), history.next(), runA, SHIP,
          Optional.of("lost"), Optional.of("parcel"), a, startedA));
      history.add(new Event.ChildWorkflowExecutionCanceled(history.nextId(), history.next(), runB, SHIP,
          Optional.of("asked"), b, startedB));
      history.add(new Event.ChildWorkflowExecutionTerminated(history.nextId(), history.next(), runC, SHIP, c,
          startedC));

      List<ChildExecutionState> children = history.state().childExecutions();

      assertThat(children).extracting(ChildExecutionState::status)
          .containsExactly(ChildStatus.FAILED, ChildStatus.CANCELLED, ChildStatus.TERMINATED);
      assertThat(children.get(0).failureReason()).contains("lost");
      assertThat(children.get(0).stopDetails()).contains("parcel");
      assertThat(children.get(1).stopDetails()).contains("asked");
      assertThat(children).allSatisfy(child -> assertThat(child.ended()).isPresent());
    }

    @Test
    void aChildThatCouldNotStartHasSwfsCauseAndIsADecisionFailure() {
      long decision = history.decisionCompleted();
      long initiated = history.childInitiated("ship-42", decision);
      history.add(new Event.StartChildWorkflowExecutionFailed(history.nextId(), history.next(), SHIP,
          "WORKFLOW_ALREADY_RUNNING", "ship-42", initiated, decision, Optional.empty()));

      ExecutionState state = history.state();

      assertThat(state.childExecutions()).singleElement().satisfies(child -> {
        assertThat(child.status()).isEqualTo(ChildStatus.START_FAILED);
        assertThat(child.failureReason()).contains("WORKFLOW_ALREADY_RUNNING");
      });
      assertThat(state.decisionFailures()).hasSize(1);
    }

    @Test
    void aChildRefusedBeforeItWasInitiatedIsOnlyADecisionFailure() {
      long decision = history.decisionCompleted();
      history.add(new Event.StartChildWorkflowExecutionFailed(history.nextId(), history.next(), SHIP,
          "WORKFLOW_TYPE_DOES_NOT_EXIST", "ship-42", 0, decision, Optional.empty()));

      ExecutionState state = history.state();

      assertThat(state.childExecutions()).isEmpty();
      assertThat(state.decisionFailures()).extracting(failure -> failure.event().causeAsString())
          .containsExactly("WORKFLOW_TYPE_DOES_NOT_EXIST");
    }
  }

  @Nested
  class Timers {
    @Test
    void timersStartFireAndAreCancelledByTheirStartedEvent() {
      long decision = history.decisionCompleted();
      long fired = history.timerStarted("reminder", Duration.ofMinutes(5), decision);
      long cancelled = history.timerStarted("deadline", Duration.ZERO, decision);
      long firedAt = history.add(new Event.TimerFired(history.nextId(), history.next(), "reminder", fired));
      long cancelling = history.decisionCompleted();
      long cancelledAt = history.add(new Event.TimerCanceled(history.nextId(), history.next(), "deadline",
          cancelled, cancelling));
      long again = history.timerStarted("reminder", Duration.ofMinutes(5), history.decisionCompleted());

      assertThat(history.state().timers()).containsExactly(
          new TimerState(fired, "reminder", TimerStatus.FIRED, Duration.ofMinutes(5), time(fired),
              Optional.of(time(firedAt)), Optional.of("t-reminder")),
          new TimerState(cancelled, "deadline", TimerStatus.CANCELLED, Duration.ZERO, time(cancelled),
              Optional.of(time(cancelledAt)), Optional.of("t-deadline")),
          new TimerState(again, "reminder", TimerStatus.STARTED, Duration.ofMinutes(5), time(again),
              Optional.empty(), Optional.of("t-reminder")));
    }
  }

  @Nested
  class WhatIsNew {
    @Test
    void signalsMarkersAndFailuresBeforeTheFirstDecisionAreNew() {
      long signal = history.signaled("paid");
      history.add(new Event.MarkerRecorded(history.nextId(), history.next(), "early", Optional.empty(), 0));
      Event.StartTimerFailed failure = new Event.StartTimerFailed(history.nextId(), history.next(), "t",
          "TIMER_ID_ALREADY_IN_USE", 0);
      history.add(failure);

      ExecutionState state = history.state();

      assertThat(state.signals()).containsExactly(
          new SignalState("paid", time(signal), Optional.of("{}"), Optional.empty(), true));
      assertThat(state.markers()).extracting(MarkerState::isNew).containsExactly(true);
      assertThat(state.decisionFailures()).containsExactly(new DecisionFailure(failure, true));
    }

    @Test
    void onlyWhatCameAfterTheLastCompletedDecisionIsNew() {
      history.signaled("before");
      long decision = history.decisionCompleted();
      history.marker("seen", decision);
      long next = history.decisionCompleted();
      history.marker("latest", next);
      history.signaled("after");

      ExecutionState state = history.state();

      assertThat(state.signals()).extracting(SignalState::name, SignalState::isNew)
          .containsExactly(org.assertj.core.groups.Tuple.tuple("before", false),
              org.assertj.core.groups.Tuple.tuple("after", true));
      assertThat(state.markers()).extracting(MarkerState::name, MarkerState::isNew)
          .containsExactly(org.assertj.core.groups.Tuple.tuple("seen", false),
              org.assertj.core.groups.Tuple.tuple("latest", true));
    }

    @Test
    void aSignalFromAnotherExecutionNamesItsSender() {
      history.add(new Event.WorkflowExecutionSignaled(history.nextId(), history.next(), "paid", Optional.empty(),
          Optional.of(ExecutionId.of("billing", "run-b")), OptionalLong.of(7)));

      assertThat(history.state().signals().get(0).sender()).contains(ExecutionId.of("billing", "run-b"));
    }

    @Test
    void everyKindOfFailedDecisionIsADecisionFailureNewUntilTheNextDecision() {
      long decision = history.decisionCompleted();
      List<Event.DecisionFailed> failures = new ArrayList<>();
      ActivityId type = CHARGE;
      WorkflowId ship = WorkflowId.of("Ship", "1");
      failures.add(new Event.ScheduleActivityTaskFailed(history.nextId(), history.next(), type, "a",
          "ACTIVITY_TYPE_DEPRECATED", decision));
      failures.add(new Event.RequestCancelActivityTaskFailed(history.nextId() + 1, history.next(), "a",
          "ACTIVITY_ID_UNKNOWN", decision));
      failures.add(new Event.CompleteWorkflowExecutionFailed(history.nextId() + 2, history.next(),
          "UNHANDLED_DECISION", decision));
      failures.add(new Event.FailWorkflowExecutionFailed(history.nextId() + 3, history.next(), "UNHANDLED_DECISION",
          decision));
      failures.add(new Event.CancelWorkflowExecutionFailed(history.nextId() + 4, history.next(),
          "UNHANDLED_DECISION", decision));
      failures.add(new Event.ContinueAsNewWorkflowExecutionFailed(history.nextId() + 5, history.next(),
          "WORKFLOW_TYPE_DOES_NOT_EXIST", decision));
      failures.add(new Event.RecordMarkerFailed(history.nextId() + 6, history.next(), "m", "OPERATION_NOT_PERMITTED",
          decision));
      failures.add(new Event.StartTimerFailed(history.nextId() + 7, history.next(), "t", "TIMER_ID_ALREADY_IN_USE",
          decision));
      failures.add(new Event.CancelTimerFailed(history.nextId() + 8, history.next(), "t", "TIMER_ID_UNKNOWN",
          decision));
      failures.add(new Event.SignalExternalWorkflowExecutionFailed(history.nextId() + 9, history.next(), "w",
          Optional.empty(), "UNKNOWN_EXTERNAL_WORKFLOW_EXECUTION", 0, decision, Optional.empty()));
      failures.add(new Event.RequestCancelExternalWorkflowExecutionFailed(history.nextId() + 10, history.next(), "w",
          Optional.empty(), "UNKNOWN_EXTERNAL_WORKFLOW_EXECUTION", 0, decision, Optional.empty()));
      failures.add(new Event.StartChildWorkflowExecutionFailed(history.nextId() + 11, history.next(), ship,
          "WORKFLOW_TYPE_DOES_NOT_EXIST", "w", 0, decision, Optional.empty()));
      failures.add(new Event.ScheduleLambdaFunctionFailed(history.nextId() + 12, history.next(), "l", "f",
          "ID_ALREADY_IN_USE", decision));
      failures.forEach(history.events::add);

      assertThat(history.state().decisionFailures())
          .containsExactlyElementsOf(failures.stream().map(failure -> new DecisionFailure(failure, true)).toList());

      history.decisionCompleted();

      assertThat(history.state().decisionFailures()).hasSize(13).noneMatch(DecisionFailure::isNew);
    }
  }

  @Nested
  class Histories {
    @Test
    void anEmptyHistoryIsRejected() {
      assertThatIllegalArgumentException()
          .isThrownBy(() -> ExecutionState.of(List.of()))
          .withMessage("a history begins with WorkflowExecutionStarted, but this one is empty");
    }

    @Test
    void aHistoryThatDoesNotBeginWithTheStartIsRejected() {
      List<Event> events = List.copyOf(history.events);
      history.signaled("s");

      assertThatIllegalArgumentException()
          .isThrownBy(() -> ExecutionState.of(history.events.subList(1, 2)))
          .withMessage("a history begins with WorkflowExecutionStarted, but this one begins with"
              + " WorkflowExecutionSignaled event 2");
      assertThat(ExecutionState.of(events).status()).isEqualTo(ExecutionStatus.OPEN);
    }

    @Test
    void aHistoryInReverseOrderIsRejected() {
      history.signaled("a");
      history.signaled("b");
      List<Event> reversed = new ArrayList<>(List.of(history.events.get(0), history.events.get(2),
          history.events.get(1)));

      assertThatIllegalArgumentException()
          .isThrownBy(() -> ExecutionState.of(reversed))
          .withMessage("the events of a history must be oldest first, but WorkflowExecutionSignaled event 2"
              + " follows WorkflowExecutionSignaled event 3");
    }

    @Test
    void eventsTheStateDoesNotTrackAreIgnored() {
      history.add(new Event.Unknown(history.nextId(), history.next(), "WorkflowExecutionPaused",
          software.amazon.awssdk.services.swf.model.HistoryEvent.builder().build()));
      history.decisionCompleted();

      assertThat(history.state().status()).isEqualTo(ExecutionStatus.OPEN);
    }

    @Test
    void theStateCopiesItsLists() {
      List<TaskState> tasks = new ArrayList<>();
      ExecutionState state = new ExecutionState(ORDER, ExecutionStatus.OPEN, PartialExecutionConfiguration.empty(),
          START, Optional.empty(), Optional.empty(), Optional.empty(), Optional.empty(), Optional.empty(),
          Optional.empty(), false, tasks, List.of(), List.of(), List.of(), List.of(), List.of(), List.of());
      tasks.add(null);

      assertThat(state.tasks()).isEmpty();
    }
  }
}
