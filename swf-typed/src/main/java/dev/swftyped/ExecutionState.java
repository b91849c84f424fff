package dev.swftyped;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

/**
 * What an execution's history says about it: its status and times, its input and outcome, and the
 * state of its activity tasks, Lambda tasks, children, timers, signals, markers and failed
 * decisions. {@link #of(List)} builds it from the history's events.
 *
 * <p>A signal, marker or decision failure is <em>new</em> when no {@code DecisionTaskCompleted}
 * event came after it: the decider has not decided since.
 *
 * @param workflow the execution's workflow type
 * @param status whether it is open, or how it closed
 * @param configuration the configuration it started with
 * @param started when it started
 * @param ended when it closed, if it has
 * @param input its input, if any
 * @param result its result, if it completed with one
 * @param failureReason the reason given when it failed or was terminated, if any
 * @param stopDetails the details given when it failed, was cancelled or was terminated, if any
 * @param continuingExecutionRunId the run id of the run that continues it, if it continued as new
 * @param cancelRequested whether its cancellation was requested
 * @param tasks its activity tasks, in the order they were scheduled
 * @param lambdaTasks its Lambda tasks, in the order they were scheduled
 * @param childExecutions its children, in the order they were initiated
 * @param timers its timers, in the order they were started
 * @param signals the signals it received, in order
 * @param markers the markers its decisions recorded, in order
 * @param decisionFailures its failed decisions, in order
 */
public record ExecutionState(
    WorkflowId workflow,
    ExecutionStatus status,
    PartialExecutionConfiguration configuration,
    Instant started,
    Optional<Instant> ended,
    Optional<String> input,
    Optional<String> result,
    Optional<String> failureReason,
    Optional<String> stopDetails,
    Optional<String> continuingExecutionRunId,
    boolean cancelRequested,
    List<TaskState> tasks,
    List<LambdaTaskState> lambdaTasks,
    List<ChildExecutionState> childExecutions,
    List<TimerState> timers,
    List<SignalState> signals,
    List<MarkerState> markers,
    List<DecisionFailure> decisionFailures) {

  /**
   * Creates the value after checking its components.
   *
   * @param workflow the execution's workflow type
   * @param status whether it is open, or how it closed
   * @param configuration the configuration it started with
   * @param started when it started
   * @param ended when it closed, if it has
   * @param input its input, if any
   * @param result its result, if it completed with one
   * @param failureReason the reason given when it failed or was terminated, if any
   * @param stopDetails the details given when it failed, was cancelled or was terminated, if any
   * @param continuingExecutionRunId the run id of the run that continues it, if it continued as new
   * @param cancelRequested whether its cancellation was requested
   * @param tasks its activity tasks, in the order they were scheduled
   * @param lambdaTasks its Lambda tasks, in the order they were scheduled
   * @param childExecutions its children, in the order they were initiated
   * @param timers its timers, in the order they were started
   * @param signals the signals it received, in order
   * @param markers the markers its decisions recorded, in order
   * @param decisionFailures its failed decisions, in order
   */
  public ExecutionState {
    Check.notNull("workflow", workflow);
    Check.notNull("status", status);
    Check.notNull("configuration", configuration);
    Check.notNull("started", started);
    Check.notNull("ended", ended);
    Check.notNull("input", input);
    Check.notNull("result", result);
    Check.notNull("failure reason", failureReason);
    Check.notNull("stop details", stopDetails);
    Check.notNull("continuing execution run id", continuingExecutionRunId);
    tasks = List.copyOf(Check.notNull("tasks", tasks));
    lambdaTasks = List.copyOf(Check.notNull("lambda tasks", lambdaTasks));
    childExecutions = List.copyOf(Check.notNull("child executions", childExecutions));
    timers = List.copyOf(Check.notNull("timers", timers));
    signals = List.copyOf(Check.notNull("signals", signals));
    markers = List.copyOf(Check.notNull("markers", markers));
    decisionFailures = List.copyOf(Check.notNull("decision failures", decisionFailures));
  }

  /**
   * Builds the state of an execution from its history.
   *
   * @param events the history's events, oldest first, beginning with {@code
   *     WorkflowExecutionStarted}; the events of a listing in reverse order must be put back in order
   * @return the execution's state
   * @throws IllegalArgumentException if the history does not begin with {@code
   *     WorkflowExecutionStarted}, its events are not in order, or an event refers to an event
   *     that is not in it
   */
  public static ExecutionState of(List<? extends Event> events) {
    return StateBuilder.build(Check.notNull("events", events));
  }

  /**
   * Returns the state as JSON: keys are the components' names; statuses, policies and timeout types
   * are lower case with hyphens ({@code "timed-out"}); instants are ISO-8601 strings; timeouts and
   * durations are numbers of seconds, and a timeout of {@code NONE} is {@code "none"}; absent
   * values are left out.
   *
   * @return the JSON text
   */
  public String toJson() {
    return StateJson.write(this);
  }

  /** The status of an activity or Lambda task. */
  public enum TaskStatus {
    /** Scheduled, waiting for a worker. */
    SCHEDULED,
    /** A worker has it. */
    STARTED,
    /** It completed. */
    COMPLETED,
    /** It failed. */
    FAILED,
    /** It was cancelled. */
    CANCELLED,
    /** It timed out. */
    TIMED_OUT;

    /**
     * {@return whether the task has ended: completed, failed, cancelled or timed out}
     */
    public boolean hasEnded() {
      return this != SCHEDULED && this != STARTED;
    }
  }

  /** The status of a child execution, from its initiation to its close. */
  public enum ChildStatus {
    /** A decision asked to start it; it has not started yet. */
    INITIATED,
    /** It could not be started. */
    START_FAILED,
    /** It started and is open. */
    OPEN,
    /** It completed. */
    COMPLETED,
    /** It failed. */
    FAILED,
    /** It was cancelled. */
    CANCELLED,
    /** It was terminated. */
    TERMINATED,
    /** It timed out. */
    TIMED_OUT
  }

  /** The status of a timer. */
  public enum TimerStatus {
    /** Started, not yet fired. */
    STARTED,
    /** It fired. */
    FIRED,
    /** A decision cancelled it. */
    CANCELLED
  }

  /**
   * An activity task of the execution.
   *
   * @param scheduledEventId the id of its {@code ActivityTaskScheduled} event, which identifies it
   *     even when a later task reuses its id
   * @param id the task's id (SWF's {@code activityId})
   * @param activity its activity type
   * @param status its status
   * @param configuration the task list, timeouts and priority SWF scheduled it with
   * @param scheduled when it was scheduled
   * @param started when a worker took it, if one did
   * @param ended when it ended, if it has
   * @param input its input, if any
   * @param deciderControl the data the decider attached for its own use, if any
   * @param workerIdentity the identity of the worker that took it, if one did and gave one
   * @param cancelRequested whether a decision requested its cancellation
   * @param result its result, if it completed with one
   * @param failureReason the reason the worker gave when it failed, if any
   * @param stopDetails the details given when it failed, was cancelled or timed out, if any
   * @param timeoutType which timeout passed, if it timed out
   */
  public record TaskState(
      long scheduledEventId,
      String id,
      ActivityId activity,
      TaskStatus status,
      PartialTaskConfiguration configuration,
      Instant scheduled,
      Optional<Instant> started,
      Optional<Instant> ended,
      Optional<String> input,
      Optional<String> deciderControl,
      Optional<String> workerIdentity,
      boolean cancelRequested,
      Optional<String> result,
      Optional<String> failureReason,
      Optional<String> stopDetails,
      Optional<TimeoutType> timeoutType) {
    /**
     * Creates the value after checking that no component is null.
     *
     * @param scheduledEventId the id of its {@code ActivityTaskScheduled} event, which identifies it
     *     even when a later task reuses its id
     * @param id the task's id (SWF's {@code activityId})
     * @param activity its activity type
     * @param status its status
     * @param configuration the task list, timeouts and priority SWF scheduled it with
     * @param scheduled when it was scheduled
     * @param started when a worker took it, if one did
     * @param ended when it ended, if it has
     * @param input its input, if any
     * @param deciderControl the data the decider attached for its own use, if any
     * @param workerIdentity the identity of the worker that took it, if one did and gave one
     * @param cancelRequested whether a decision requested its cancellation
     * @param result its result, if it completed with one
     * @param failureReason the reason the worker gave when it failed, if any
     * @param stopDetails the details given when it failed, was cancelled or timed out, if any
     * @param timeoutType which timeout passed, if it timed out
     */
    public TaskState {
      Check.notNull("id", id);
      Check.notNull("activity", activity);
      Check.notNull("status", status);
      Check.notNull("configuration", configuration);
      Check.notNull("scheduled", scheduled);
      Check.notNull("started", started);
      Check.notNull("ended", ended);
      Check.notNull("input", input);
      Check.notNull("decider control", deciderControl);
      Check.notNull("worker identity", workerIdentity);
      Check.notNull("result", result);
      Check.notNull("failure reason", failureReason);
      Check.notNull("stop details", stopDetails);
      Check.notNull("timeout type", timeoutType);
    }
  }

  /**
   * A Lambda task of the execution.
   *
   * @param scheduledEventId the id of its {@code LambdaFunctionScheduled} event
   * @param id the task's id (SWF's {@code id})
   * @param lambdaFunction the Lambda function's name
   * @param status its status
   * @param scheduled when it was scheduled
   * @param started when the function was invoked, if it was
   * @param ended when it ended, if it has
   * @param timeout how long the function may run, if SWF reported it
   * @param input the function's input, if any
   * @param deciderControl the data the decider attached for its own use, if any
   * @param result its result, if it completed with one
   * @param failureReason why it failed, if it did: the function's reason, or SWF's cause when the
   *     function could not be invoked
   * @param stopDetails the details of its failure, if any
   * @param timeoutType which timeout passed, if it timed out
   */
  public record LambdaTaskState(
      long scheduledEventId,
      String id,
      String lambdaFunction,
      TaskStatus status,
      Instant scheduled,
      Optional<Instant> started,
      Optional<Instant> ended,
      Optional<Timeout> timeout,
      Optional<String> input,
      Optional<String> deciderControl,
      Optional<String> result,
      Optional<String> failureReason,
      Optional<String> stopDetails,
      Optional<TimeoutType> timeoutType) {
    /**
     * Creates the value after checking that no component is null.
     *
     * @param scheduledEventId the id of its {@code LambdaFunctionScheduled} event
     * @param id the task's id (SWF's {@code id})
     * @param lambdaFunction the Lambda function's name
     * @param status its status
     * @param scheduled when it was scheduled
     * @param started when the function was invoked, if it was
     * @param ended when it ended, if it has
     * @param timeout how long the function may run, if SWF reported it
     * @param input the function's input, if any
     * @param deciderControl the data the decider attached for its own use, if any
     * @param result its result, if it completed with one
     * @param failureReason why it failed, if it did: the function's reason, or SWF's cause when
     *     the function could not be invoked
     * @param stopDetails the details of its failure, if any
     * @param timeoutType which timeout passed, if it timed out
     */
    public LambdaTaskState {
      Check.notNull("id", id);
      Check.notNull("lambda function", lambdaFunction);
      Check.notNull("status", status);
      Check.notNull("scheduled", scheduled);
      Check.notNull("started", started);
      Check.notNull("ended", ended);
      Check.notNull("timeout", timeout);
      Check.notNull("input", input);
      Check.notNull("decider control", deciderControl);
      Check.notNull("result", result);
      Check.notNull("failure reason", failureReason);
      Check.notNull("stop details", stopDetails);
      Check.notNull("timeout type", timeoutType);
    }
  }

  /**
   * A child execution, from the decision that initiated it to its close.
   *
   * @param initiatedEventId the id of its {@code StartChildWorkflowExecutionInitiated} event
   * @param execution the child: its workflow id until it starts, then its run
   * @param workflow its workflow type
   * @param status its status
   * @param configuration the configuration it was to start with
   * @param initiated when the decision initiated it
   * @param started when it started, if it has
   * @param ended when it closed or failed to start, if it has
   * @param input its input, if any
   * @param deciderControl the data the decider attached for its own use, if any
   * @param result its result, if it completed with one
   * @param failureReason why it failed (its decider's reason) or could not start (SWF's cause), if
   *     it did
   * @param stopDetails the details given when it failed or was cancelled, if any
   * @param timeoutType which timeout passed, if it timed out
   */
  public record ChildExecutionState(
      long initiatedEventId,
      ExecutionTarget execution,
      WorkflowId workflow,
      ChildStatus status,
      PartialExecutionConfiguration configuration,
      Instant initiated,
      Optional<Instant> started,
      Optional<Instant> ended,
      Optional<String> input,
      Optional<String> deciderControl,
      Optional<String> result,
      Optional<String> failureReason,
      Optional<String> stopDetails,
      Optional<TimeoutType> timeoutType) {
    /**
     * Creates the value after checking that no component is null.
     *
     * @param initiatedEventId the id of its {@code StartChildWorkflowExecutionInitiated} event
     * @param execution the child: its workflow id until it starts, then its run
     * @param workflow its workflow type
     * @param status its status
     * @param configuration the configuration it was to start with
     * @param initiated when the decision initiated it
     * @param started when it started, if it has
     * @param ended when it closed or failed to start, if it has
     * @param input its input, if any
     * @param deciderControl the data the decider attached for its own use, if any
     * @param result its result, if it completed with one
     * @param failureReason why it failed (its decider's reason) or could not start (SWF's cause),
     *     if it did
     * @param stopDetails the details given when it failed or was cancelled, if any
     * @param timeoutType which timeout passed, if it timed out
     */
    public ChildExecutionState {
      Check.notNull("execution", execution);
      Check.notNull("workflow", workflow);
      Check.notNull("status", status);
      Check.notNull("configuration", configuration);
      Check.notNull("initiated", initiated);
      Check.notNull("started", started);
      Check.notNull("ended", ended);
      Check.notNull("input", input);
      Check.notNull("decider control", deciderControl);
      Check.notNull("result", result);
      Check.notNull("failure reason", failureReason);
      Check.notNull("stop details", stopDetails);
      Check.notNull("timeout type", timeoutType);
    }
  }

  /**
   * A timer of the execution.
   *
   * @param startedEventId the id of its {@code TimerStarted} event
   * @param id the timer's id
   * @param status its status
   * @param duration how long after it started it fires
   * @param started when it started
   * @param ended when it fired or was cancelled, if it has
   * @param deciderControl the data the decider attached for its own use, if any
   */
  public record TimerState(
      long startedEventId,
      String id,
      TimerStatus status,
      Duration duration,
      Instant started,
      Optional<Instant> ended,
      Optional<String> deciderControl) {
    /**
     * Creates the value after checking that no component is null.
     *
     * @param startedEventId the id of its {@code TimerStarted} event
     * @param id the timer's id
     * @param status its status
     * @param duration how long after it started it fires
     * @param started when it started
     * @param ended when it fired or was cancelled, if it has
     * @param deciderControl the data the decider attached for its own use, if any
     */
    public TimerState {
      Check.notNull("id", id);
      Check.notNull("status", status);
      Check.notNull("duration", duration);
      Check.notNull("started", started);
      Check.notNull("ended", ended);
      Check.notNull("decider control", deciderControl);
    }
  }

  /**
   * A signal the execution received.
   *
   * @param name the signal's name
   * @param received when it arrived
   * @param input its input, if any
   * @param sender the execution that sent it, if another execution did
   * @param isNew whether no decision task completed after it arrived
   */
  public record SignalState(
      String name, Instant received, Optional<String> input, Optional<ExecutionId> sender, boolean isNew) {
    /**
     * Creates the value after checking that no component is null.
     *
     * @param name the signal's name
     * @param received when it arrived
     * @param input its input, if any
     * @param sender the execution that sent it, if another execution did
     * @param isNew whether no decision task completed after it arrived
     */
    public SignalState {
      Check.notNull("name", name);
      Check.notNull("received", received);
      Check.notNull("input", input);
      Check.notNull("sender", sender);
    }
  }

  /**
   * A marker a decision recorded.
   *
   * @param name the marker's name
   * @param recorded when it was recorded
   * @param details its details, if any
   * @param isNew whether no decision task completed after it was recorded
   */
  public record MarkerState(String name, Instant recorded, Optional<String> details, boolean isNew) {
    /**
     * Creates the value after checking that no component is null.
     *
     * @param name the marker's name
     * @param recorded when it was recorded
     * @param details its details, if any
     * @param isNew whether no decision task completed after it was recorded
     */
    public MarkerState {
      Check.notNull("name", name);
      Check.notNull("recorded", recorded);
      Check.notNull("details", details);
    }
  }

  /**
   * A decision that failed.
   *
   * @param event the event that records the failure
   * @param isNew whether no decision task completed after it: the decider has not seen it yet
   */
  public record DecisionFailure(Event.DecisionFailed event, boolean isNew) {
    /**
     * Creates the value after checking that no component is null.
     *
     * @param event the event that records the failure
     * @param isNew whether no decision task completed after it: the decider has not seen it yet
     */
    public DecisionFailure {
      Check.notNull("event", event);
    }
  }
}
