package dev.swftyped;

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
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Replays a history into an {@link ExecutionState}. Tasks, children and timers are kept by the id
 * of the event that opened them, because SWF refers to them so and because a closed task's or
 * timer's id may be used again; the few lookups by a task's own id take the open one.
 */
final class StateBuilder {
  private final Event.WorkflowExecutionStarted start;
  private ExecutionStatus status = ExecutionStatus.OPEN;
  private Optional<Instant> ended = Optional.empty();
  private Optional<String> result = Optional.empty();
  private Optional<String> failureReason = Optional.empty();
  private Optional<String> stopDetails = Optional.empty();
  private Optional<String> continuingRunId = Optional.empty();
  private boolean cancelRequested;
  private final Map<Long, Task> tasks = new LinkedHashMap<>();
  private final Map<Long, LambdaTask> lambdaTasks = new LinkedHashMap<>();
  private final Map<Long, Child> children = new LinkedHashMap<>();
  private final Map<Long, Timer> timers = new LinkedHashMap<>();
  private final List<Event.WorkflowExecutionSignaled> signals = new ArrayList<>();
  private final List<Event.MarkerRecorded> markers = new ArrayList<>();
  private final List<Event.DecisionFailed> decisionFailures = new ArrayList<>();
  /** The id of the latest DecisionTaskCompleted event; 0 before the first, so early events are new. */
  private long lastDecision;

  private StateBuilder(Event.WorkflowExecutionStarted start) {
    this.start = start;
  }

  static ExecutionState build(List<? extends Event> events) {
    if (events.isEmpty() || !(events.get(0) instanceof Event.WorkflowExecutionStarted)) {
      throw new IllegalArgumentException("a history begins with WorkflowExecutionStarted, but "
          + (events.isEmpty() ? "this one is empty" : "this one begins with " + describe(events.get(0))));
    }
    StateBuilder builder = new StateBuilder((Event.WorkflowExecutionStarted) events.get(0));
    Event previous = events.get(0);
    for (Event event : events.subList(1, events.size())) {
      if (event.id() <= previous.id()) {
        throw new IllegalArgumentException("the events of a history must be oldest first, but "
            + describe(event) + " follows " + describe(previous));
      }
      builder.apply(event);
      previous = event;
    }
    return builder.state();
  }

  private static String describe(Event event) {
    return event.eventType() + " event " + event.id();
  }

  private void apply(Event event) {
    if (event instanceof Event.DecisionFailed) {
      decisionFailures.add((Event.DecisionFailed) event);
    }
    if (event instanceof Event.DecisionTaskCompleted) {
      lastDecision = event.id();
    } else if (event instanceof Event.WorkflowExecutionCompleted) {
      close(ExecutionStatus.COMPLETED, event);
      result = ((Event.WorkflowExecutionCompleted) event).result();
    } else if (event instanceof Event.WorkflowExecutionFailed) {
      close(ExecutionStatus.FAILED, event);
      failureReason = ((Event.WorkflowExecutionFailed) event).reason();
      stopDetails = ((Event.WorkflowExecutionFailed) event).details();
    } else if (event instanceof Event.WorkflowExecutionCanceled) {
      close(ExecutionStatus.CANCELLED, event);
      stopDetails = ((Event.WorkflowExecutionCanceled) event).details();
    } else if (event instanceof Event.WorkflowExecutionTerminated) {
      close(ExecutionStatus.TERMINATED, event);
      failureReason = ((Event.WorkflowExecutionTerminated) event).reason();
      stopDetails = ((Event.WorkflowExecutionTerminated) event).details();
    } else if (event instanceof Event.WorkflowExecutionTimedOut) {
      close(ExecutionStatus.TIMED_OUT, event);
    } else if (event instanceof Event.WorkflowExecutionContinuedAsNew) {
      close(ExecutionStatus.CONTINUED_AS_NEW, event);
      continuingRunId = Optional.of(((Event.WorkflowExecutionContinuedAsNew) event).newExecutionRunId());
    } else if (event instanceof Event.WorkflowExecutionCancelRequested) {
      cancelRequested = true;
    } else if (event instanceof Event.WorkflowExecutionSignaled) {
      signals.add((Event.WorkflowExecutionSignaled) event);
    } else if (event instanceof Event.MarkerRecorded) {
      markers.add((Event.MarkerRecorded) event);
    } else {
      applyToTask(event);
      applyToLambdaTask(event);
      applyToChild(event);
      applyToTimer(event);
    }
  }

  private void close(ExecutionStatus closed, Event event) {
    status = closed;
    ended = Optional.of(event.occurred());
  }

  // ---------------------------------------------------------------- activity tasks

  private void applyToTask(Event event) {
    if (event instanceof Event.ActivityTaskScheduled) {
      tasks.put(event.id(), new Task((Event.ActivityTaskScheduled) event));
    } else if (event instanceof Event.ActivityTaskStarted) {
      Event.ActivityTaskStarted started = (Event.ActivityTaskStarted) event;
      Task task = task(started.scheduledEventId(), event);
      task.status = TaskStatus.STARTED;
      task.started = Optional.of(event.occurred());
      task.workerIdentity = started.identity();
    } else if (event instanceof Event.ActivityTaskCompleted) {
      Event.ActivityTaskCompleted completed = (Event.ActivityTaskCompleted) event;
      task(completed.scheduledEventId(), event).end(TaskStatus.COMPLETED, event).result = completed.result();
    } else if (event instanceof Event.ActivityTaskFailed) {
      Event.ActivityTaskFailed failed = (Event.ActivityTaskFailed) event;
      Task task = task(failed.scheduledEventId(), event).end(TaskStatus.FAILED, event);
      task.failureReason = failed.reason();
      task.stopDetails = failed.details();
    } else if (event instanceof Event.ActivityTaskCanceled) {
      Event.ActivityTaskCanceled cancelled = (Event.ActivityTaskCanceled) event;
      task(cancelled.scheduledEventId(), event).end(TaskStatus.CANCELLED, event).stopDetails = cancelled.details();
    } else if (event instanceof Event.ActivityTaskTimedOut) {
      Event.ActivityTaskTimedOut timedOut = (Event.ActivityTaskTimedOut) event;
      Task task = task(timedOut.scheduledEventId(), event).end(TaskStatus.TIMED_OUT, event);
      task.timeoutType = Optional.of(timedOut.timeoutType());
      task.stopDetails = timedOut.details();
    } else if (event instanceof Event.ActivityTaskCancelRequested) {
      openTask(((Event.ActivityTaskCancelRequested) event).activityId(), event).cancelRequested = true;
    }
  }

  private Task task(long scheduledEventId, Event event) {
    return found(tasks.get(scheduledEventId), event, "ActivityTaskScheduled", scheduledEventId);
  }

  /** The open task with this id: SWF allows one open task per id, and ids of closed tasks are reused. */
  private Task openTask(String activityId, Event event) {
    Task open = null;
    for (Task task : tasks.values()) {
      if (task.scheduled.activityId().equals(activityId) && !task.status.hasEnded()) {
        open = task;
      }
    }
    if (open == null) {
      throw new IllegalArgumentException(
          describe(event) + " refers to activity task " + activityId + ", but no task with that id is open");
    }
    return open;
  }

  private static final class Task {
    final Event.ActivityTaskScheduled scheduled;
    TaskStatus status = TaskStatus.SCHEDULED;
    Optional<Instant> started = Optional.empty();
    Optional<Instant> ended = Optional.empty();
    Optional<String> workerIdentity = Optional.empty();
    boolean cancelRequested;
    Optional<String> result = Optional.empty();
    Optional<String> failureReason = Optional.empty();
    Optional<String> stopDetails = Optional.empty();
    Optional<TimeoutType> timeoutType = Optional.empty();

    Task(Event.ActivityTaskScheduled scheduled) {
      this.scheduled = scheduled;
    }

    Task end(TaskStatus end, Event event) {
      status = end;
      ended = Optional.of(event.occurred());
      return this;
    }

    TaskState state() {
      return new TaskState(scheduled.id(), scheduled.activityId(), scheduled.activityType(), status,
          scheduled.configuration(), scheduled.occurred(), started, ended, scheduled.input(), scheduled.control(),
          workerIdentity, cancelRequested, result, failureReason, stopDetails, timeoutType);
    }
  }

  // ---------------------------------------------------------------- Lambda tasks

  private void applyToLambdaTask(Event event) {
    if (event instanceof Event.LambdaFunctionScheduled) {
      lambdaTasks.put(event.id(), new LambdaTask((Event.LambdaFunctionScheduled) event));
    } else if (event instanceof Event.LambdaFunctionStarted) {
      LambdaTask task = lambdaTask(((Event.LambdaFunctionStarted) event).scheduledEventId(), event);
      task.status = TaskStatus.STARTED;
      task.started = Optional.of(event.occurred());
    } else if (event instanceof Event.LambdaFunctionCompleted) {
      Event.LambdaFunctionCompleted completed = (Event.LambdaFunctionCompleted) event;
      lambdaTask(completed.scheduledEventId(), event).end(TaskStatus.COMPLETED, event).result = completed.result();
    } else if (event instanceof Event.LambdaFunctionFailed) {
      Event.LambdaFunctionFailed failed = (Event.LambdaFunctionFailed) event;
      LambdaTask task = lambdaTask(failed.scheduledEventId(), event).end(TaskStatus.FAILED, event);
      task.failureReason = failed.reason();
      task.stopDetails = failed.details();
    } else if (event instanceof Event.LambdaFunctionTimedOut) {
      Event.LambdaFunctionTimedOut timedOut = (Event.LambdaFunctionTimedOut) event;
      lambdaTask(timedOut.scheduledEventId(), event).end(TaskStatus.TIMED_OUT, event).timeoutType =
          timedOut.timeoutType();
    } else if (event instanceof Event.StartLambdaFunctionFailed) {
      // Without a scheduled event id the failure names no task; it stays in the history only.
      Event.StartLambdaFunctionFailed failed = (Event.StartLambdaFunctionFailed) event;
      if (failed.scheduledEventId().isPresent()) {
        LambdaTask task = lambdaTask(failed.scheduledEventId().getAsLong(), event).end(TaskStatus.FAILED, event);
        task.failureReason = failed.causeAsString();
        task.stopDetails = failed.message();
      }
    }
  }

  private LambdaTask lambdaTask(long scheduledEventId, Event event) {
    return found(lambdaTasks.get(scheduledEventId), event, "LambdaFunctionScheduled", scheduledEventId);
  }

  private static final class LambdaTask {
    final Event.LambdaFunctionScheduled scheduled;
    TaskStatus status = TaskStatus.SCHEDULED;
    Optional<Instant> started = Optional.empty();
    Optional<Instant> ended = Optional.empty();
    Optional<String> result = Optional.empty();
    Optional<String> failureReason = Optional.empty();
    Optional<String> stopDetails = Optional.empty();
    Optional<TimeoutType> timeoutType = Optional.empty();

    LambdaTask(Event.LambdaFunctionScheduled scheduled) {
      this.scheduled = scheduled;
    }

    LambdaTask end(TaskStatus end, Event event) {
      status = end;
      ended = Optional.of(event.occurred());
      return this;
    }

    LambdaTaskState state() {
      return new LambdaTaskState(scheduled.id(), scheduled.functionId(), scheduled.name(), status,
          scheduled.occurred(), started, ended, scheduled.startToCloseTimeout(), scheduled.input(),
          scheduled.control(), result, failureReason, stopDetails, timeoutType);
    }
  }

  // ---------------------------------------------------------------- children

  private void applyToChild(Event event) {
    if (event instanceof Event.StartChildWorkflowExecutionInitiated) {
      children.put(event.id(), new Child((Event.StartChildWorkflowExecutionInitiated) event));
    } else if (event instanceof Event.StartChildWorkflowExecutionFailed) {
      // SWF fails some starts before it records an initiated event; those name initiated event 0.
      Event.StartChildWorkflowExecutionFailed failed = (Event.StartChildWorkflowExecutionFailed) event;
      if (failed.initiatedEventId() != 0) {
        child(failed.initiatedEventId(), event).end(ChildStatus.START_FAILED, event).failureReason =
            Optional.of(failed.causeAsString());
      }
    } else if (event instanceof Event.ChildWorkflowExecutionStarted) {
      Event.ChildWorkflowExecutionStarted started = (Event.ChildWorkflowExecutionStarted) event;
      Child child = child(started.initiatedEventId(), event);
      child.status = ChildStatus.OPEN;
      child.execution = started.workflowExecution();
      child.started = Optional.of(event.occurred());
    } else if (event instanceof Event.ChildWorkflowExecutionCompleted) {
      Event.ChildWorkflowExecutionCompleted completed = (Event.ChildWorkflowExecutionCompleted) event;
      child(completed.initiatedEventId(), event).close(ChildStatus.COMPLETED, completed.workflowExecution(), event)
          .result = completed.result();
    } else if (event instanceof Event.ChildWorkflowExecutionFailed) {
      Event.ChildWorkflowExecutionFailed failed = (Event.ChildWorkflowExecutionFailed) event;
      Child child =
          child(failed.initiatedEventId(), event).close(ChildStatus.FAILED, failed.workflowExecution(), event);
      child.failureReason = failed.reason();
      child.stopDetails = failed.details();
    } else if (event instanceof Event.ChildWorkflowExecutionCanceled) {
      Event.ChildWorkflowExecutionCanceled cancelled = (Event.ChildWorkflowExecutionCanceled) event;
      child(cancelled.initiatedEventId(), event).close(ChildStatus.CANCELLED, cancelled.workflowExecution(), event)
          .stopDetails = cancelled.details();
    } else if (event instanceof Event.ChildWorkflowExecutionTerminated) {
      Event.ChildWorkflowExecutionTerminated terminated = (Event.ChildWorkflowExecutionTerminated) event;
      child(terminated.initiatedEventId(), event).close(ChildStatus.TERMINATED, terminated.workflowExecution(), event);
    } else if (event instanceof Event.ChildWorkflowExecutionTimedOut) {
      Event.ChildWorkflowExecutionTimedOut timedOut = (Event.ChildWorkflowExecutionTimedOut) event;
      child(timedOut.initiatedEventId(), event).close(ChildStatus.TIMED_OUT, timedOut.workflowExecution(), event)
          .timeoutType = Optional.of(timedOut.timeoutType());
    }
  }

  private Child child(long initiatedEventId, Event event) {
    return found(children.get(initiatedEventId), event, "StartChildWorkflowExecutionInitiated", initiatedEventId);
  }

  private static final class Child {
    final Event.StartChildWorkflowExecutionInitiated initiated;
    ExecutionTarget execution;
    ChildStatus status = ChildStatus.INITIATED;
    Optional<Instant> started = Optional.empty();
    Optional<Instant> ended = Optional.empty();
    Optional<String> result = Optional.empty();
    Optional<String> failureReason = Optional.empty();
    Optional<String> stopDetails = Optional.empty();
    Optional<TimeoutType> timeoutType = Optional.empty();

    Child(Event.StartChildWorkflowExecutionInitiated initiated) {
      this.initiated = initiated;
      this.execution = new CurrentExecutionId(initiated.workflowId());
    }

    Child end(ChildStatus end, Event event) {
      status = end;
      ended = Optional.of(event.occurred());
      return this;
    }

    /** Closes the child; a child that continued as new closes with the run id of its latest run. */
    Child close(ChildStatus end, ExecutionId run, Event event) {
      execution = run;
      return end(end, event);
    }

    ChildExecutionState state() {
      return new ChildExecutionState(initiated.id(), execution, initiated.workflowType(), status,
          initiated.configuration(), initiated.occurred(), started, ended, initiated.input(), initiated.control(),
          result, failureReason, stopDetails, timeoutType);
    }
  }

  // ---------------------------------------------------------------- timers

  private void applyToTimer(Event event) {
    if (event instanceof Event.TimerStarted) {
      timers.put(event.id(), new Timer((Event.TimerStarted) event));
    } else if (event instanceof Event.TimerFired) {
      timer(((Event.TimerFired) event).startedEventId(), event).end(TimerStatus.FIRED, event);
    } else if (event instanceof Event.TimerCanceled) {
      timer(((Event.TimerCanceled) event).startedEventId(), event).end(TimerStatus.CANCELLED, event);
    }
  }

  private Timer timer(long startedEventId, Event event) {
    return found(timers.get(startedEventId), event, "TimerStarted", startedEventId);
  }

  private static final class Timer {
    final Event.TimerStarted started;
    TimerStatus status = TimerStatus.STARTED;
    Optional<Instant> ended = Optional.empty();

    Timer(Event.TimerStarted started) {
      this.started = started;
    }

    void end(TimerStatus end, Event event) {
      status = end;
      ended = Optional.of(event.occurred());
    }

    TimerState state() {
      Duration duration = started.startToFireTimeout();
      return new TimerState(started.id(), started.timerId(), status, duration, started.occurred(), ended,
          started.control());
    }
  }

  // ----------------------------------------------------------------

  private static <T> T found(T item, Event event, String opening, long id) {
    if (item == null) {
      throw new IllegalArgumentException(
          describe(event) + " refers to " + opening + " event " + id + ", which is not in the history");
    }
    return item;
  }

  private boolean isNew(Event event) {
    return event.id() > lastDecision;
  }

  private ExecutionState state() {
    return new ExecutionState(
        start.workflowType(),
        status,
        start.configuration(),
        start.occurred(),
        ended,
        start.input(),
        result,
        failureReason,
        stopDetails,
        continuingRunId,
        cancelRequested,
        tasks.values().stream().map(Task::state).toList(),
        lambdaTasks.values().stream().map(LambdaTask::state).toList(),
        children.values().stream().map(Child::state).toList(),
        timers.values().stream().map(Timer::state).toList(),
        signals.stream().map(signal -> new SignalState(signal.signalName(), signal.occurred(), signal.input(),
            signal.externalWorkflowExecution(), isNew(signal))).toList(),
        markers.stream().map(marker -> new MarkerState(marker.markerName(), marker.occurred(), marker.details(),
            isNew(marker))).toList(),
        decisionFailures.stream().map(failure -> new DecisionFailure(failure, isNew(failure))).toList());
  }
}
