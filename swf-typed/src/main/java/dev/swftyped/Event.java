package dev.swftyped;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.OptionalLong;
import software.amazon.awssdk.services.swf.model.HistoryEvent;

/**
 * One event of an execution's history: a sealed family with one record per SWF event type, named
 * as SWF names the type ({@link TimerFired} for {@code TimerFired}, {@link ActivityTaskCanceled} in
 * SWF's spelling), and {@link Unknown} for a type this library does not know yet.
 *
 * <p>{@link #of(HistoryEvent)} reads an SDK event: an event type, cause or timeout type this
 * library does not know becomes a value that says so, not an exception (only a child policy other
 * than SWF's three is reported, as {@link IllegalStateException}, since {@link
 * ChildExecutionTerminationPolicy} has no room for it). Each record keeps every attribute of its
 * type under SWF's name, typed:
 *
 * <ul>
 *   <li>ids of other events are {@code long}, or {@code OptionalLong} where SWF may leave them out;
 *       a zero stays a zero;
 *   <li>timeouts are {@link Timeout}s ({@code NONE} or seconds), and optional where SWF may leave
 *       them out; a timer's delay, never {@code NONE}, is a {@link Duration};
 *   <li>task lists are their names, priorities {@code int}s, workflow and activity types {@link
 *       WorkflowId} and {@link ActivityId}, executions {@link ExecutionId}, child policies {@link
 *       ChildExecutionTerminationPolicy}, and tags a list that is empty when there are none;
 *   <li>another execution a decision named keeps its {@code workflowId} and optional {@code runId},
 *       and {@code execution()} reads them as an {@link ExecutionTarget};
 *   <li>causes and timeout types keep SWF's name ({@code causeAsString()}, {@code
 *       timeoutTypeAsString()}), and {@code cause()} and {@code timeoutType()} read it as a constant
 *       that is {@code UNKNOWN} for a name this library does not know;
 *   <li>every other attribute SWF may leave out is an {@code Optional}, empty when it was left out;
 *   <li>the Lambda task id, which SWF calls {@code id}, is {@code functionId}: {@link #id()} is the
 *       event's own id.
 * </ul>
 */
public sealed interface Event {
  /**
   * {@return the event's id: its position in the execution's history, from 1}
   */
  long id();

  /**
   * {@return when the event happened}
   */
  Instant occurred();

  /**
   * {@return SWF's name of the event's type, such as {@code TimerFired}}
   */
  default String eventType() {
    return getClass().getSimpleName();
  }

  /**
   * Reads an SDK history event.
   *
   * @param event the SDK's event
   * @return the typed event: the record of its type, or {@link Unknown} for a type this library does
   *     not know
   * @throws IllegalStateException if the event lacks a member SWF always sends, such as its id or
   *     the attributes of its type
   */
  static Event of(HistoryEvent event) {
    return SdkEvents.event(event);
  }

  /**
   * An event that records the failure of one decision: one of the 13 {@code *Failed} events that
   * answer a decision (a {@code ScheduleActivityTask} decision fails as {@link
   * ScheduleActivityTaskFailed}, and so on).
   */
  sealed interface DecisionFailed extends Event {
    /**
     * {@return the id of the {@code DecisionTaskCompleted} event of the failed decision}
     */
    long decisionTaskCompletedEventId();

    /**
     * {@return why the decision failed, as SWF names it}
     */
    String causeAsString();
  }

  /**
   * An event of a type this library does not know: SWF's name of the type and the SDK's event.
   *
   * @param id the event's id: its position in the history, from 1
   * @param occurred when it happened
   * @param eventType SWF's name of the event's type
   * @param sdkEvent the SDK's event, with whatever attributes the SDK knows
   */
  record Unknown(long id, Instant occurred, String eventType, HistoryEvent sdkEvent) implements Event {
    /**
     * Creates the event after checking that no component is null.
     *
     * @param id the event's id: its position in the history, from 1
     * @param occurred when it happened
     * @param eventType SWF's name of the event's type
     * @param sdkEvent the SDK's event, with whatever attributes the SDK knows
     */
    public Unknown {
      Check.notNull("occurred", occurred);
      Check.notNull("eventType", eventType);
      Check.notNull("sdkEvent", sdkEvent);
    }
  }

  /**
   * The execution started.
   *
   * @param id the event's id: its position in the history, from 1
   * @param occurred when it happened
   * @param input the execution's input, if any
   * @param executionStartToCloseTimeout the execution's start-to-close timeout, if SWF reported it
   * @param taskStartToCloseTimeout the start-to-close timeout of its decision tasks, if SWF reported it
   * @param childPolicy what happens to its children when it is terminated or times out
   * @param taskList the task list of the execution's decision tasks
   * @param taskPriority the priority of the execution's decision tasks, if one was set
   * @param workflowType the workflow type
   * @param tagList its tags; empty if it has none
   * @param continuedExecutionRunId the run id of the run this one continues, if it continues one
   * @param parentWorkflowExecution the parent execution, if this is a child execution
   * @param parentInitiatedEventId the id of the {@code StartChildWorkflowExecutionInitiated} event in the
   *     parent, if SWF reported it
   * @param lambdaRole the IAM role that runs its Lambda tasks, if any
   */
  record WorkflowExecutionStarted(
      long id,
      Instant occurred,
      Optional<String> input,
      Optional<Timeout> executionStartToCloseTimeout,
      Optional<Timeout> taskStartToCloseTimeout,
      ChildExecutionTerminationPolicy childPolicy,
      String taskList,
      OptionalInt taskPriority,
      WorkflowId workflowType,
      List<String> tagList,
      Optional<String> continuedExecutionRunId,
      Optional<ExecutionId> parentWorkflowExecution,
      OptionalLong parentInitiatedEventId,
      Optional<String> lambdaRole) implements Event {
    /**
     * Creates the event after checking that no component is null.
     *
     * @param id the event's id: its position in the history, from 1
     * @param occurred when it happened
     * @param input the execution's input, if any
     * @param executionStartToCloseTimeout the execution's start-to-close timeout, if SWF reported it
     * @param taskStartToCloseTimeout the start-to-close timeout of its decision tasks, if SWF reported it
     * @param childPolicy what happens to its children when it is terminated or times out
     * @param taskList the task list of the execution's decision tasks
     * @param taskPriority the priority of the execution's decision tasks, if one was set
     * @param workflowType the workflow type
     * @param tagList its tags; empty if it has none
     * @param continuedExecutionRunId the run id of the run this one continues, if it continues one
     * @param parentWorkflowExecution the parent execution, if this is a child execution
     * @param parentInitiatedEventId the id of the {@code StartChildWorkflowExecutionInitiated} event in the
     *     parent, if SWF reported it
     * @param lambdaRole the IAM role that runs its Lambda tasks, if any
     */
    public WorkflowExecutionStarted {
      Check.notNull("occurred", occurred);
      Check.notNull("input", input);
      Check.notNull("executionStartToCloseTimeout", executionStartToCloseTimeout);
      Check.notNull("taskStartToCloseTimeout", taskStartToCloseTimeout);
      Check.notNull("childPolicy", childPolicy);
      Check.notNull("taskList", taskList);
      Check.notNull("taskPriority", taskPriority);
      Check.notNull("workflowType", workflowType);
      tagList = List.copyOf(Check.notNull("tagList", tagList));
      Check.notNull("continuedExecutionRunId", continuedExecutionRunId);
      Check.notNull("parentWorkflowExecution", parentWorkflowExecution);
      Check.notNull("parentInitiatedEventId", parentInitiatedEventId);
      Check.notNull("lambdaRole", lambdaRole);
    }

    /**
     * {@return the configuration the execution started with, as this event reports it}
     */
    public PartialExecutionConfiguration configuration() {
      return new PartialExecutionConfiguration(executionStartToCloseTimeout, taskStartToCloseTimeout,
          Optional.of(taskList), Optional.of(childPolicy), taskPriority, lambdaRole);
    }
  }

  /**
   * Cancellation of the execution was requested.
   *
   * @param id the event's id: its position in the history, from 1
   * @param occurred when it happened
   * @param externalWorkflowExecution the execution that requested it, if another execution did
   * @param externalInitiatedEventId the id of the initiating event in the execution that asked for it, if
   *     another execution did
   * @param causeAsString why SWF requested it, as SWF names it, if SWF did; {@link #cause()} reads it
   */
  record WorkflowExecutionCancelRequested(
      long id,
      Instant occurred,
      Optional<ExecutionId> externalWorkflowExecution,
      OptionalLong externalInitiatedEventId,
      Optional<String> causeAsString) implements Event {
    /**
     * Creates the event after checking that no component is null.
     *
     * @param id the event's id: its position in the history, from 1
     * @param occurred when it happened
     * @param externalWorkflowExecution the execution that requested it, if another execution did
     * @param externalInitiatedEventId the id of the initiating event in the execution that asked for it, if
     *     another execution did
     * @param causeAsString why SWF requested it, as SWF names it, if SWF did; {@link #cause()} reads it
     */
    public WorkflowExecutionCancelRequested {
      Check.notNull("occurred", occurred);
      Check.notNull("externalWorkflowExecution", externalWorkflowExecution);
      Check.notNull("externalInitiatedEventId", externalInitiatedEventId);
      Check.notNull("causeAsString", causeAsString);
    }

    /**
     * {@return why, as a constant, if SWF said; {@link Cause#UNKNOWN} for a cause this library does not
     *     know}
     */
    public Optional<Cause> cause() {
      return causeAsString.map(Cause::of);
    }

    /** Why a {@code WorkflowExecutionCancelRequested} event happened. */
    public enum Cause {
      /** The parent's child policy applied to it. */
      CHILD_POLICY_APPLIED,
      /**
       * A cause this library does not know; the event's {@code causeAsString()} has SWF's name for it.
       */
      UNKNOWN;

      static Cause of(String name) {
        return Sdk.constant(values(), name, UNKNOWN);
      }
    }
  }

  /**
   * A decision completed the execution.
   *
   * @param id the event's id: its position in the history, from 1
   * @param occurred when it happened
   * @param result the execution's result, if any
   * @param decisionTaskCompletedEventId the id of the {@code DecisionTaskCompleted} event of the decision
   *     that led to this event
   */
  record WorkflowExecutionCompleted(
      long id,
      Instant occurred,
      Optional<String> result,
      long decisionTaskCompletedEventId) implements Event {
    /**
     * Creates the event after checking that no component is null.
     *
     * @param id the event's id: its position in the history, from 1
     * @param occurred when it happened
     * @param result the execution's result, if any
     * @param decisionTaskCompletedEventId the id of the {@code DecisionTaskCompleted} event of the decision
     *     that led to this event
     */
    public WorkflowExecutionCompleted {
      Check.notNull("occurred", occurred);
      Check.notNull("result", result);
    }
  }

  /**
   * A decision to complete the execution failed.
   *
   * @param id the event's id: its position in the history, from 1
   * @param occurred when it happened
   * @param causeAsString why, as SWF names it; {@link #cause()} reads it
   * @param decisionTaskCompletedEventId the id of the {@code DecisionTaskCompleted} event of the decision
   *     that led to this event
   */
  record CompleteWorkflowExecutionFailed(
      long id,
      Instant occurred,
      String causeAsString,
      long decisionTaskCompletedEventId) implements DecisionFailed {
    /**
     * Creates the event after checking that no component is null.
     *
     * @param id the event's id: its position in the history, from 1
     * @param occurred when it happened
     * @param causeAsString why, as SWF names it; {@link #cause()} reads it
     * @param decisionTaskCompletedEventId the id of the {@code DecisionTaskCompleted} event of the decision
     *     that led to this event
     */
    public CompleteWorkflowExecutionFailed {
      Check.notNull("occurred", occurred);
      Check.notNull("causeAsString", causeAsString);
    }

    /**
     * {@return why, as a constant; {@link Cause#UNKNOWN} for a cause this library does not know}
     */
    public Cause cause() {
      return Cause.of(causeAsString);
    }

    /** Why a {@code CompleteWorkflowExecutionFailed} event happened. */
    public enum Cause {
      /** New events arrived while the decision task ran; the decider must decide again. */
      UNHANDLED_DECISION,
      /** IAM does not permit the decision. */
      OPERATION_NOT_PERMITTED,
      /**
       * A cause this library does not know; the event's {@code causeAsString()} has SWF's name for it.
       */
      UNKNOWN;

      static Cause of(String name) {
        return Sdk.constant(values(), name, UNKNOWN);
      }
    }
  }

  /**
   * A decision failed the execution.
   *
   * @param id the event's id: its position in the history, from 1
   * @param occurred when it happened
   * @param reason the reason the decision gave, if any
   * @param details the details the decision gave, if any
   * @param decisionTaskCompletedEventId the id of the {@code DecisionTaskCompleted} event of the decision
   *     that led to this event
   */
  record WorkflowExecutionFailed(
      long id,
      Instant occurred,
      Optional<String> reason,
      Optional<String> details,
      long decisionTaskCompletedEventId) implements Event {
    /**
     * Creates the event after checking that no component is null.
     *
     * @param id the event's id: its position in the history, from 1
     * @param occurred when it happened
     * @param reason the reason the decision gave, if any
     * @param details the details the decision gave, if any
     * @param decisionTaskCompletedEventId the id of the {@code DecisionTaskCompleted} event of the decision
     *     that led to this event
     */
    public WorkflowExecutionFailed {
      Check.notNull("occurred", occurred);
      Check.notNull("reason", reason);
      Check.notNull("details", details);
    }
  }

  /**
   * A decision to fail the execution failed.
   *
   * @param id the event's id: its position in the history, from 1
   * @param occurred when it happened
   * @param causeAsString why, as SWF names it; {@link #cause()} reads it
   * @param decisionTaskCompletedEventId the id of the {@code DecisionTaskCompleted} event of the decision
   *     that led to this event
   */
  record FailWorkflowExecutionFailed(
      long id,
      Instant occurred,
      String causeAsString,
      long decisionTaskCompletedEventId) implements DecisionFailed {
    /**
     * Creates the event after checking that no component is null.
     *
     * @param id the event's id: its position in the history, from 1
     * @param occurred when it happened
     * @param causeAsString why, as SWF names it; {@link #cause()} reads it
     * @param decisionTaskCompletedEventId the id of the {@code DecisionTaskCompleted} event of the decision
     *     that led to this event
     */
    public FailWorkflowExecutionFailed {
      Check.notNull("occurred", occurred);
      Check.notNull("causeAsString", causeAsString);
    }

    /**
     * {@return why, as a constant; {@link Cause#UNKNOWN} for a cause this library does not know}
     */
    public Cause cause() {
      return Cause.of(causeAsString);
    }

    /** Why a {@code FailWorkflowExecutionFailed} event happened. */
    public enum Cause {
      /** New events arrived while the decision task ran; the decider must decide again. */
      UNHANDLED_DECISION,
      /** IAM does not permit the decision. */
      OPERATION_NOT_PERMITTED,
      /**
       * A cause this library does not know; the event's {@code causeAsString()} has SWF's name for it.
       */
      UNKNOWN;

      static Cause of(String name) {
        return Sdk.constant(values(), name, UNKNOWN);
      }
    }
  }

  /**
   * The execution timed out.
   *
   * @param id the event's id: its position in the history, from 1
   * @param occurred when it happened
   * @param timeoutTypeAsString which timeout passed, as SWF names it; {@link #timeoutType()} reads it
   * @param childPolicy what happens to its children
   */
  record WorkflowExecutionTimedOut(
      long id,
      Instant occurred,
      String timeoutTypeAsString,
      ChildExecutionTerminationPolicy childPolicy) implements Event {
    /**
     * Creates the event after checking that no component is null.
     *
     * @param id the event's id: its position in the history, from 1
     * @param occurred when it happened
     * @param timeoutTypeAsString which timeout passed, as SWF names it; {@link #timeoutType()} reads it
     * @param childPolicy what happens to its children
     */
    public WorkflowExecutionTimedOut {
      Check.notNull("occurred", occurred);
      Check.notNull("timeoutTypeAsString", timeoutTypeAsString);
      Check.notNull("childPolicy", childPolicy);
    }

    /**
     * {@return which timeout passed; {@link TimeoutType#UNKNOWN} for one this library does not know}
     */
    public TimeoutType timeoutType() {
      return TimeoutType.of(timeoutTypeAsString);
    }
  }

  /**
   * A decision cancelled the execution.
   *
   * @param id the event's id: its position in the history, from 1
   * @param occurred when it happened
   * @param details the details the decision gave, if any
   * @param decisionTaskCompletedEventId the id of the {@code DecisionTaskCompleted} event of the decision
   *     that led to this event
   */
  record WorkflowExecutionCanceled(
      long id,
      Instant occurred,
      Optional<String> details,
      long decisionTaskCompletedEventId) implements Event {
    /**
     * Creates the event after checking that no component is null.
     *
     * @param id the event's id: its position in the history, from 1
     * @param occurred when it happened
     * @param details the details the decision gave, if any
     * @param decisionTaskCompletedEventId the id of the {@code DecisionTaskCompleted} event of the decision
     *     that led to this event
     */
    public WorkflowExecutionCanceled {
      Check.notNull("occurred", occurred);
      Check.notNull("details", details);
    }
  }

  /**
   * A decision to cancel the execution failed.
   *
   * @param id the event's id: its position in the history, from 1
   * @param occurred when it happened
   * @param causeAsString why, as SWF names it; {@link #cause()} reads it
   * @param decisionTaskCompletedEventId the id of the {@code DecisionTaskCompleted} event of the decision
   *     that led to this event
   */
  record CancelWorkflowExecutionFailed(
      long id,
      Instant occurred,
      String causeAsString,
      long decisionTaskCompletedEventId) implements DecisionFailed {
    /**
     * Creates the event after checking that no component is null.
     *
     * @param id the event's id: its position in the history, from 1
     * @param occurred when it happened
     * @param causeAsString why, as SWF names it; {@link #cause()} reads it
     * @param decisionTaskCompletedEventId the id of the {@code DecisionTaskCompleted} event of the decision
     *     that led to this event
     */
    public CancelWorkflowExecutionFailed {
      Check.notNull("occurred", occurred);
      Check.notNull("causeAsString", causeAsString);
    }

    /**
     * {@return why, as a constant; {@link Cause#UNKNOWN} for a cause this library does not know}
     */
    public Cause cause() {
      return Cause.of(causeAsString);
    }

    /** Why a {@code CancelWorkflowExecutionFailed} event happened. */
    public enum Cause {
      /** New events arrived while the decision task ran; the decider must decide again. */
      UNHANDLED_DECISION,
      /** IAM does not permit the decision. */
      OPERATION_NOT_PERMITTED,
      /**
       * A cause this library does not know; the event's {@code causeAsString()} has SWF's name for it.
       */
      UNKNOWN;

      static Cause of(String name) {
        return Sdk.constant(values(), name, UNKNOWN);
      }
    }
  }

  /**
   * A decision continued the execution as a new run.
   *
   * @param id the event's id: its position in the history, from 1
   * @param occurred when it happened
   * @param input the new run's input, if any
   * @param decisionTaskCompletedEventId the id of the {@code DecisionTaskCompleted} event of the decision
   *     that led to this event
   * @param newExecutionRunId the run id of the new run
   * @param executionStartToCloseTimeout the execution's start-to-close timeout, if SWF reported it
   * @param taskList the task list of the new run's decision tasks
   * @param taskPriority the priority of the new run's decision tasks, if one was set
   * @param taskStartToCloseTimeout the start-to-close timeout of its decision tasks, if SWF reported it
   * @param childPolicy what happens to its children when it is terminated or times out
   * @param tagList its tags; empty if it has none
   * @param workflowType the new run's workflow type
   * @param lambdaRole the IAM role that runs its Lambda tasks, if any
   */
  record WorkflowExecutionContinuedAsNew(
      long id,
      Instant occurred,
      Optional<String> input,
      long decisionTaskCompletedEventId,
      String newExecutionRunId,
      Optional<Timeout> executionStartToCloseTimeout,
      String taskList,
      OptionalInt taskPriority,
      Optional<Timeout> taskStartToCloseTimeout,
      ChildExecutionTerminationPolicy childPolicy,
      List<String> tagList,
      WorkflowId workflowType,
      Optional<String> lambdaRole) implements Event {
    /**
     * Creates the event after checking that no component is null.
     *
     * @param id the event's id: its position in the history, from 1
     * @param occurred when it happened
     * @param input the new run's input, if any
     * @param decisionTaskCompletedEventId the id of the {@code DecisionTaskCompleted} event of the decision
     *     that led to this event
     * @param newExecutionRunId the run id of the new run
     * @param executionStartToCloseTimeout the execution's start-to-close timeout, if SWF reported it
     * @param taskList the task list of the new run's decision tasks
     * @param taskPriority the priority of the new run's decision tasks, if one was set
     * @param taskStartToCloseTimeout the start-to-close timeout of its decision tasks, if SWF reported it
     * @param childPolicy what happens to its children when it is terminated or times out
     * @param tagList its tags; empty if it has none
     * @param workflowType the new run's workflow type
     * @param lambdaRole the IAM role that runs its Lambda tasks, if any
     */
    public WorkflowExecutionContinuedAsNew {
      Check.notNull("occurred", occurred);
      Check.notNull("input", input);
      Check.notNull("newExecutionRunId", newExecutionRunId);
      Check.notNull("executionStartToCloseTimeout", executionStartToCloseTimeout);
      Check.notNull("taskList", taskList);
      Check.notNull("taskPriority", taskPriority);
      Check.notNull("taskStartToCloseTimeout", taskStartToCloseTimeout);
      Check.notNull("childPolicy", childPolicy);
      tagList = List.copyOf(Check.notNull("tagList", tagList));
      Check.notNull("workflowType", workflowType);
      Check.notNull("lambdaRole", lambdaRole);
    }

    /**
     * {@return the configuration the new run starts with, as this event reports it}
     */
    public PartialExecutionConfiguration configuration() {
      return new PartialExecutionConfiguration(executionStartToCloseTimeout, taskStartToCloseTimeout,
          Optional.of(taskList), Optional.of(childPolicy), taskPriority, lambdaRole);
    }
  }

  /**
   * A decision to continue the execution as a new run failed.
   *
   * @param id the event's id: its position in the history, from 1
   * @param occurred when it happened
   * @param causeAsString why, as SWF names it; {@link #cause()} reads it
   * @param decisionTaskCompletedEventId the id of the {@code DecisionTaskCompleted} event of the decision
   *     that led to this event
   */
  record ContinueAsNewWorkflowExecutionFailed(
      long id,
      Instant occurred,
      String causeAsString,
      long decisionTaskCompletedEventId) implements DecisionFailed {
    /**
     * Creates the event after checking that no component is null.
     *
     * @param id the event's id: its position in the history, from 1
     * @param occurred when it happened
     * @param causeAsString why, as SWF names it; {@link #cause()} reads it
     * @param decisionTaskCompletedEventId the id of the {@code DecisionTaskCompleted} event of the decision
     *     that led to this event
     */
    public ContinueAsNewWorkflowExecutionFailed {
      Check.notNull("occurred", occurred);
      Check.notNull("causeAsString", causeAsString);
    }

    /**
     * {@return why, as a constant; {@link Cause#UNKNOWN} for a cause this library does not know}
     */
    public Cause cause() {
      return Cause.of(causeAsString);
    }

    /** Why a {@code ContinueAsNewWorkflowExecutionFailed} event happened. */
    public enum Cause {
      /** New events arrived while the decision task ran; the decider must decide again. */
      UNHANDLED_DECISION,
      /** The workflow type is deprecated. */
      WORKFLOW_TYPE_DEPRECATED,
      /** The workflow type is not registered. */
      WORKFLOW_TYPE_DOES_NOT_EXIST,
      /** No execution timeout was given and the workflow type has no default. */
      DEFAULT_EXECUTION_START_TO_CLOSE_TIMEOUT_UNDEFINED,
      /** No decision task timeout was given and the workflow type has no default. */
      DEFAULT_TASK_START_TO_CLOSE_TIMEOUT_UNDEFINED,
      /** No task list was given and the type has no default. */
      DEFAULT_TASK_LIST_UNDEFINED,
      /** No child policy was given and the workflow type has no default. */
      DEFAULT_CHILD_POLICY_UNDEFINED,
      /** Too many executions were continued as new too quickly. */
      CONTINUE_AS_NEW_WORKFLOW_EXECUTION_RATE_EXCEEDED,
      /** IAM does not permit the decision. */
      OPERATION_NOT_PERMITTED,
      /**
       * A cause this library does not know; the event's {@code causeAsString()} has SWF's name for it.
       */
      UNKNOWN;

      static Cause of(String name) {
        return Sdk.constant(values(), name, UNKNOWN);
      }
    }
  }

  /**
   * The execution was terminated.
   *
   * @param id the event's id: its position in the history, from 1
   * @param occurred when it happened
   * @param reason the reason the terminating request gave, if any
   * @param details the details the terminating request gave, if any
   * @param childPolicy what happens to its children
   * @param causeAsString why SWF terminated it, as SWF names it, if SWF did; {@link #cause()} reads it
   */
  record WorkflowExecutionTerminated(
      long id,
      Instant occurred,
      Optional<String> reason,
      Optional<String> details,
      ChildExecutionTerminationPolicy childPolicy,
      Optional<String> causeAsString) implements Event {
    /**
     * Creates the event after checking that no component is null.
     *
     * @param id the event's id: its position in the history, from 1
     * @param occurred when it happened
     * @param reason the reason the terminating request gave, if any
     * @param details the details the terminating request gave, if any
     * @param childPolicy what happens to its children
     * @param causeAsString why SWF terminated it, as SWF names it, if SWF did; {@link #cause()} reads it
     */
    public WorkflowExecutionTerminated {
      Check.notNull("occurred", occurred);
      Check.notNull("reason", reason);
      Check.notNull("details", details);
      Check.notNull("childPolicy", childPolicy);
      Check.notNull("causeAsString", causeAsString);
    }

    /**
     * {@return why, as a constant, if SWF said; {@link Cause#UNKNOWN} for a cause this library does not
     *     know}
     */
    public Optional<Cause> cause() {
      return causeAsString.map(Cause::of);
    }

    /** Why a {@code WorkflowExecutionTerminated} event happened. */
    public enum Cause {
      /** The parent's child policy applied to it. */
      CHILD_POLICY_APPLIED,
      /** The execution exceeded the limit on history events. */
      EVENT_LIMIT_EXCEEDED,
      /** Someone asked for it. */
      OPERATOR_INITIATED,
      /**
       * A cause this library does not know; the event's {@code causeAsString()} has SWF's name for it.
       */
      UNKNOWN;

      static Cause of(String name) {
        return Sdk.constant(values(), name, UNKNOWN);
      }
    }
  }

  /**
   * A decision task was scheduled.
   *
   * @param id the event's id: its position in the history, from 1
   * @param occurred when it happened
   * @param taskList the task list's name
   * @param taskPriority the task priority, if one was set
   * @param startToCloseTimeout how long a decider may take once it has the task, if SWF reported it
   * @param scheduleToStartTimeout how long the task may wait for a decider, if SWF reported it
   */
  record DecisionTaskScheduled(
      long id,
      Instant occurred,
      String taskList,
      OptionalInt taskPriority,
      Optional<Timeout> startToCloseTimeout,
      Optional<Timeout> scheduleToStartTimeout) implements Event {
    /**
     * Creates the event after checking that no component is null.
     *
     * @param id the event's id: its position in the history, from 1
     * @param occurred when it happened
     * @param taskList the task list's name
     * @param taskPriority the task priority, if one was set
     * @param startToCloseTimeout how long a decider may take once it has the task, if SWF reported it
     * @param scheduleToStartTimeout how long the task may wait for a decider, if SWF reported it
     */
    public DecisionTaskScheduled {
      Check.notNull("occurred", occurred);
      Check.notNull("taskList", taskList);
      Check.notNull("taskPriority", taskPriority);
      Check.notNull("startToCloseTimeout", startToCloseTimeout);
      Check.notNull("scheduleToStartTimeout", scheduleToStartTimeout);
    }
  }

  /**
   * A decider took the decision task.
   *
   * @param id the event's id: its position in the history, from 1
   * @param occurred when it happened
   * @param identity the identity the decider gave when it polled, if any
   * @param scheduledEventId the id of the {@code DecisionTaskScheduled} event
   */
  record DecisionTaskStarted(
      long id,
      Instant occurred,
      Optional<String> identity,
      long scheduledEventId) implements Event {
    /**
     * Creates the event after checking that no component is null.
     *
     * @param id the event's id: its position in the history, from 1
     * @param occurred when it happened
     * @param identity the identity the decider gave when it polled, if any
     * @param scheduledEventId the id of the {@code DecisionTaskScheduled} event
     */
    public DecisionTaskStarted {
      Check.notNull("occurred", occurred);
      Check.notNull("identity", identity);
    }
  }

  /**
   * A decider completed the decision task; the events of its decisions follow.
   *
   * @param id the event's id: its position in the history, from 1
   * @param occurred when it happened
   * @param executionContext the context the decider gave, if any
   * @param scheduledEventId the id of the {@code DecisionTaskScheduled} event
   * @param startedEventId the id of the {@code DecisionTaskStarted} event
   * @param taskList the task list the decider moved the execution's decision tasks to, if it did
   * @param taskListScheduleToStartTimeout the schedule-to-start timeout of the decision task list override,
   *     if any
   */
  record DecisionTaskCompleted(
      long id,
      Instant occurred,
      Optional<String> executionContext,
      long scheduledEventId,
      long startedEventId,
      Optional<String> taskList,
      Optional<Timeout> taskListScheduleToStartTimeout) implements Event {
    /**
     * Creates the event after checking that no component is null.
     *
     * @param id the event's id: its position in the history, from 1
     * @param occurred when it happened
     * @param executionContext the context the decider gave, if any
     * @param scheduledEventId the id of the {@code DecisionTaskScheduled} event
     * @param startedEventId the id of the {@code DecisionTaskStarted} event
     * @param taskList the task list the decider moved the execution's decision tasks to, if it did
     * @param taskListScheduleToStartTimeout the schedule-to-start timeout of the decision task list override,
     *     if any
     */
    public DecisionTaskCompleted {
      Check.notNull("occurred", occurred);
      Check.notNull("executionContext", executionContext);
      Check.notNull("taskList", taskList);
      Check.notNull("taskListScheduleToStartTimeout", taskListScheduleToStartTimeout);
    }
  }

  /**
   * The decision task timed out.
   *
   * @param id the event's id: its position in the history, from 1
   * @param occurred when it happened
   * @param timeoutTypeAsString which timeout passed, as SWF names it; {@link #timeoutType()} reads it
   * @param scheduledEventId the id of the {@code DecisionTaskScheduled} event
   * @param startedEventId the id of the {@code DecisionTaskStarted} event, or 0 if it never started
   */
  record DecisionTaskTimedOut(
      long id,
      Instant occurred,
      String timeoutTypeAsString,
      long scheduledEventId,
      long startedEventId) implements Event {
    /**
     * Creates the event after checking that no component is null.
     *
     * @param id the event's id: its position in the history, from 1
     * @param occurred when it happened
     * @param timeoutTypeAsString which timeout passed, as SWF names it; {@link #timeoutType()} reads it
     * @param scheduledEventId the id of the {@code DecisionTaskScheduled} event
     * @param startedEventId the id of the {@code DecisionTaskStarted} event, or 0 if it never started
     */
    public DecisionTaskTimedOut {
      Check.notNull("occurred", occurred);
      Check.notNull("timeoutTypeAsString", timeoutTypeAsString);
    }

    /**
     * {@return which timeout passed; {@link TimeoutType#UNKNOWN} for one this library does not know}
     */
    public TimeoutType timeoutType() {
      return TimeoutType.of(timeoutTypeAsString);
    }
  }

  /**
   * A decision scheduled an activity task.
   *
   * @param id the event's id: its position in the history, from 1
   * @param occurred when it happened
   * @param activityType the activity type
   * @param activityId the activity task's id, as the decision gave it
   * @param input the task's input, if any
   * @param control the data the decider attached for its own use, if any
   * @param scheduleToStartTimeout how long the task may wait for a worker, if SWF reported it
   * @param scheduleToCloseTimeout how long the task may take from scheduling to its end, if SWF reported it
   * @param startToCloseTimeout how long a worker may take once it has the task, if SWF reported it
   * @param taskList the task list the task is scheduled on
   * @param taskPriority the task priority, if one was set
   * @param decisionTaskCompletedEventId the id of the {@code DecisionTaskCompleted} event of the decision
   *     that led to this event
   * @param heartbeatTimeout the longest time between two heartbeats, if SWF reported it
   */
  record ActivityTaskScheduled(
      long id,
      Instant occurred,
      ActivityId activityType,
      String activityId,
      Optional<String> input,
      Optional<String> control,
      Optional<Timeout> scheduleToStartTimeout,
      Optional<Timeout> scheduleToCloseTimeout,
      Optional<Timeout> startToCloseTimeout,
      String taskList,
      OptionalInt taskPriority,
      long decisionTaskCompletedEventId,
      Optional<Timeout> heartbeatTimeout) implements Event {
    /**
     * Creates the event after checking that no component is null.
     *
     * @param id the event's id: its position in the history, from 1
     * @param occurred when it happened
     * @param activityType the activity type
     * @param activityId the activity task's id, as the decision gave it
     * @param input the task's input, if any
     * @param control the data the decider attached for its own use, if any
     * @param scheduleToStartTimeout how long the task may wait for a worker, if SWF reported it
     * @param scheduleToCloseTimeout how long the task may take from scheduling to its end, if SWF reported it
     * @param startToCloseTimeout how long a worker may take once it has the task, if SWF reported it
     * @param taskList the task list the task is scheduled on
     * @param taskPriority the task priority, if one was set
     * @param decisionTaskCompletedEventId the id of the {@code DecisionTaskCompleted} event of the decision
     *     that led to this event
     * @param heartbeatTimeout the longest time between two heartbeats, if SWF reported it
     */
    public ActivityTaskScheduled {
      Check.notNull("occurred", occurred);
      Check.notNull("activityType", activityType);
      Check.notNull("activityId", activityId);
      Check.notNull("input", input);
      Check.notNull("control", control);
      Check.notNull("scheduleToStartTimeout", scheduleToStartTimeout);
      Check.notNull("scheduleToCloseTimeout", scheduleToCloseTimeout);
      Check.notNull("startToCloseTimeout", startToCloseTimeout);
      Check.notNull("taskList", taskList);
      Check.notNull("taskPriority", taskPriority);
      Check.notNull("heartbeatTimeout", heartbeatTimeout);
    }

    /**
     * {@return the task list, timeouts and priority SWF scheduled the task with}
     */
    public PartialTaskConfiguration configuration() {
      return new PartialTaskConfiguration(Optional.of(taskList), startToCloseTimeout, scheduleToStartTimeout,
          scheduleToCloseTimeout, heartbeatTimeout, taskPriority);
    }
  }

  /**
   * A decision to schedule an activity task failed.
   *
   * @param id the event's id: its position in the history, from 1
   * @param occurred when it happened
   * @param activityType the activity type
   * @param activityId the activity task's id, as the decision gave it
   * @param causeAsString why, as SWF names it; {@link #cause()} reads it
   * @param decisionTaskCompletedEventId the id of the {@code DecisionTaskCompleted} event of the decision
   *     that led to this event
   */
  record ScheduleActivityTaskFailed(
      long id,
      Instant occurred,
      ActivityId activityType,
      String activityId,
      String causeAsString,
      long decisionTaskCompletedEventId) implements DecisionFailed {
    /**
     * Creates the event after checking that no component is null.
     *
     * @param id the event's id: its position in the history, from 1
     * @param occurred when it happened
     * @param activityType the activity type
     * @param activityId the activity task's id, as the decision gave it
     * @param causeAsString why, as SWF names it; {@link #cause()} reads it
     * @param decisionTaskCompletedEventId the id of the {@code DecisionTaskCompleted} event of the decision
     *     that led to this event
     */
    public ScheduleActivityTaskFailed {
      Check.notNull("occurred", occurred);
      Check.notNull("activityType", activityType);
      Check.notNull("activityId", activityId);
      Check.notNull("causeAsString", causeAsString);
    }

    /**
     * {@return why, as a constant; {@link Cause#UNKNOWN} for a cause this library does not know}
     */
    public Cause cause() {
      return Cause.of(causeAsString);
    }

    /** Why a {@code ScheduleActivityTaskFailed} event happened. */
    public enum Cause {
      /** The activity type is deprecated. */
      ACTIVITY_TYPE_DEPRECATED,
      /** The activity type is not registered. */
      ACTIVITY_TYPE_DOES_NOT_EXIST,
      /** An open activity task of the execution already has that id. */
      ACTIVITY_ID_ALREADY_IN_USE,
      /** The execution has as many open activity tasks as SWF allows. */
      OPEN_ACTIVITIES_LIMIT_EXCEEDED,
      /** Too many activity tasks were scheduled too quickly. */
      ACTIVITY_CREATION_RATE_EXCEEDED,
      /** No schedule-to-close timeout was given and the activity type has no default. */
      DEFAULT_SCHEDULE_TO_CLOSE_TIMEOUT_UNDEFINED,
      /** No task list was given and the type has no default. */
      DEFAULT_TASK_LIST_UNDEFINED,
      /** No schedule-to-start timeout was given and the activity type has no default. */
      DEFAULT_SCHEDULE_TO_START_TIMEOUT_UNDEFINED,
      /** No start-to-close timeout was given and the activity type has no default. */
      DEFAULT_START_TO_CLOSE_TIMEOUT_UNDEFINED,
      /** No heartbeat timeout was given and the activity type has no default. */
      DEFAULT_HEARTBEAT_TIMEOUT_UNDEFINED,
      /** IAM does not permit the decision. */
      OPERATION_NOT_PERMITTED,
      /**
       * A cause this library does not know; the event's {@code causeAsString()} has SWF's name for it.
       */
      UNKNOWN;

      static Cause of(String name) {
        return Sdk.constant(values(), name, UNKNOWN);
      }
    }
  }

  /**
   * A worker took the activity task.
   *
   * @param id the event's id: its position in the history, from 1
   * @param occurred when it happened
   * @param identity the identity the worker gave when it polled, if any
   * @param scheduledEventId the id of the {@code ActivityTaskScheduled} event
   */
  record ActivityTaskStarted(
      long id,
      Instant occurred,
      Optional<String> identity,
      long scheduledEventId) implements Event {
    /**
     * Creates the event after checking that no component is null.
     *
     * @param id the event's id: its position in the history, from 1
     * @param occurred when it happened
     * @param identity the identity the worker gave when it polled, if any
     * @param scheduledEventId the id of the {@code ActivityTaskScheduled} event
     */
    public ActivityTaskStarted {
      Check.notNull("occurred", occurred);
      Check.notNull("identity", identity);
    }
  }

  /**
   * The worker completed the activity task.
   *
   * @param id the event's id: its position in the history, from 1
   * @param occurred when it happened
   * @param result the task's result, if any
   * @param scheduledEventId the id of the {@code ActivityTaskScheduled} event
   * @param startedEventId the id of the {@code ActivityTaskStarted} event
   */
  record ActivityTaskCompleted(
      long id,
      Instant occurred,
      Optional<String> result,
      long scheduledEventId,
      long startedEventId) implements Event {
    /**
     * Creates the event after checking that no component is null.
     *
     * @param id the event's id: its position in the history, from 1
     * @param occurred when it happened
     * @param result the task's result, if any
     * @param scheduledEventId the id of the {@code ActivityTaskScheduled} event
     * @param startedEventId the id of the {@code ActivityTaskStarted} event
     */
    public ActivityTaskCompleted {
      Check.notNull("occurred", occurred);
      Check.notNull("result", result);
    }
  }

  /**
   * The worker failed the activity task.
   *
   * @param id the event's id: its position in the history, from 1
   * @param occurred when it happened
   * @param reason the reason the worker gave, if any
   * @param details the details the worker gave, if any
   * @param scheduledEventId the id of the {@code ActivityTaskScheduled} event
   * @param startedEventId the id of the {@code ActivityTaskStarted} event
   */
  record ActivityTaskFailed(
      long id,
      Instant occurred,
      Optional<String> reason,
      Optional<String> details,
      long scheduledEventId,
      long startedEventId) implements Event {
    /**
     * Creates the event after checking that no component is null.
     *
     * @param id the event's id: its position in the history, from 1
     * @param occurred when it happened
     * @param reason the reason the worker gave, if any
     * @param details the details the worker gave, if any
     * @param scheduledEventId the id of the {@code ActivityTaskScheduled} event
     * @param startedEventId the id of the {@code ActivityTaskStarted} event
     */
    public ActivityTaskFailed {
      Check.notNull("occurred", occurred);
      Check.notNull("reason", reason);
      Check.notNull("details", details);
    }
  }

  /**
   * The activity task timed out.
   *
   * @param id the event's id: its position in the history, from 1
   * @param occurred when it happened
   * @param timeoutTypeAsString which timeout passed, as SWF names it; {@link #timeoutType()} reads it
   * @param scheduledEventId the id of the {@code ActivityTaskScheduled} event
   * @param startedEventId the id of the {@code ActivityTaskStarted} event, or 0 if it never started
   * @param details the details of the last heartbeat, if any
   */
  record ActivityTaskTimedOut(
      long id,
      Instant occurred,
      String timeoutTypeAsString,
      long scheduledEventId,
      long startedEventId,
      Optional<String> details) implements Event {
    /**
     * Creates the event after checking that no component is null.
     *
     * @param id the event's id: its position in the history, from 1
     * @param occurred when it happened
     * @param timeoutTypeAsString which timeout passed, as SWF names it; {@link #timeoutType()} reads it
     * @param scheduledEventId the id of the {@code ActivityTaskScheduled} event
     * @param startedEventId the id of the {@code ActivityTaskStarted} event, or 0 if it never started
     * @param details the details of the last heartbeat, if any
     */
    public ActivityTaskTimedOut {
      Check.notNull("occurred", occurred);
      Check.notNull("timeoutTypeAsString", timeoutTypeAsString);
      Check.notNull("details", details);
    }

    /**
     * {@return which timeout passed; {@link TimeoutType#UNKNOWN} for one this library does not know}
     */
    public TimeoutType timeoutType() {
      return TimeoutType.of(timeoutTypeAsString);
    }
  }

  /**
   * The activity task was cancelled.
   *
   * @param id the event's id: its position in the history, from 1
   * @param occurred when it happened
   * @param details the details the worker gave, if any
   * @param scheduledEventId the id of the {@code ActivityTaskScheduled} event
   * @param startedEventId the id of the {@code ActivityTaskStarted} event, or 0 if it never started
   * @param latestCancelRequestedEventId the id of the latest {@code ActivityTaskCancelRequested} event of the
   *     task, if any
   */
  record ActivityTaskCanceled(
      long id,
      Instant occurred,
      Optional<String> details,
      long scheduledEventId,
      long startedEventId,
      OptionalLong latestCancelRequestedEventId) implements Event {
    /**
     * Creates the event after checking that no component is null.
     *
     * @param id the event's id: its position in the history, from 1
     * @param occurred when it happened
     * @param details the details the worker gave, if any
     * @param scheduledEventId the id of the {@code ActivityTaskScheduled} event
     * @param startedEventId the id of the {@code ActivityTaskStarted} event, or 0 if it never started
     * @param latestCancelRequestedEventId the id of the latest {@code ActivityTaskCancelRequested} event of
     *     the task, if any
     */
    public ActivityTaskCanceled {
      Check.notNull("occurred", occurred);
      Check.notNull("details", details);
      Check.notNull("latestCancelRequestedEventId", latestCancelRequestedEventId);
    }
  }

  /**
   * A decision requested the cancellation of an activity task.
   *
   * @param id the event's id: its position in the history, from 1
   * @param occurred when it happened
   * @param decisionTaskCompletedEventId the id of the {@code DecisionTaskCompleted} event of the decision
   *     that led to this event
   * @param activityId the activity task's id, as the decision gave it
   */
  record ActivityTaskCancelRequested(
      long id,
      Instant occurred,
      long decisionTaskCompletedEventId,
      String activityId) implements Event {
    /**
     * Creates the event after checking that no component is null.
     *
     * @param id the event's id: its position in the history, from 1
     * @param occurred when it happened
     * @param decisionTaskCompletedEventId the id of the {@code DecisionTaskCompleted} event of the decision
     *     that led to this event
     * @param activityId the activity task's id, as the decision gave it
     */
    public ActivityTaskCancelRequested {
      Check.notNull("occurred", occurred);
      Check.notNull("activityId", activityId);
    }
  }

  /**
   * A decision to request the cancellation of an activity task failed.
   *
   * @param id the event's id: its position in the history, from 1
   * @param occurred when it happened
   * @param activityId the activity task's id, as the decision gave it
   * @param causeAsString why, as SWF names it; {@link #cause()} reads it
   * @param decisionTaskCompletedEventId the id of the {@code DecisionTaskCompleted} event of the decision
   *     that led to this event
   */
  record RequestCancelActivityTaskFailed(
      long id,
      Instant occurred,
      String activityId,
      String causeAsString,
      long decisionTaskCompletedEventId) implements DecisionFailed {
    /**
     * Creates the event after checking that no component is null.
     *
     * @param id the event's id: its position in the history, from 1
     * @param occurred when it happened
     * @param activityId the activity task's id, as the decision gave it
     * @param causeAsString why, as SWF names it; {@link #cause()} reads it
     * @param decisionTaskCompletedEventId the id of the {@code DecisionTaskCompleted} event of the decision
     *     that led to this event
     */
    public RequestCancelActivityTaskFailed {
      Check.notNull("occurred", occurred);
      Check.notNull("activityId", activityId);
      Check.notNull("causeAsString", causeAsString);
    }

    /**
     * {@return why, as a constant; {@link Cause#UNKNOWN} for a cause this library does not know}
     */
    public Cause cause() {
      return Cause.of(causeAsString);
    }

    /** Why a {@code RequestCancelActivityTaskFailed} event happened. */
    public enum Cause {
      /** No open activity task has that id. */
      ACTIVITY_ID_UNKNOWN,
      /** IAM does not permit the decision. */
      OPERATION_NOT_PERMITTED,
      /**
       * A cause this library does not know; the event's {@code causeAsString()} has SWF's name for it.
       */
      UNKNOWN;

      static Cause of(String name) {
        return Sdk.constant(values(), name, UNKNOWN);
      }
    }
  }

  /**
   * The execution received a signal.
   *
   * @param id the event's id: its position in the history, from 1
   * @param occurred when it happened
   * @param signalName the signal's name
   * @param input the signal's input, if any
   * @param externalWorkflowExecution the execution that sent the signal, if another execution did
   * @param externalInitiatedEventId the id of the initiating event in the execution that asked for it, if
   *     another execution did
   */
  record WorkflowExecutionSignaled(
      long id,
      Instant occurred,
      String signalName,
      Optional<String> input,
      Optional<ExecutionId> externalWorkflowExecution,
      OptionalLong externalInitiatedEventId) implements Event {
    /**
     * Creates the event after checking that no component is null.
     *
     * @param id the event's id: its position in the history, from 1
     * @param occurred when it happened
     * @param signalName the signal's name
     * @param input the signal's input, if any
     * @param externalWorkflowExecution the execution that sent the signal, if another execution did
     * @param externalInitiatedEventId the id of the initiating event in the execution that asked for it, if
     *     another execution did
     */
    public WorkflowExecutionSignaled {
      Check.notNull("occurred", occurred);
      Check.notNull("signalName", signalName);
      Check.notNull("input", input);
      Check.notNull("externalWorkflowExecution", externalWorkflowExecution);
      Check.notNull("externalInitiatedEventId", externalInitiatedEventId);
    }
  }

  /**
   * A decision recorded a marker.
   *
   * @param id the event's id: its position in the history, from 1
   * @param occurred when it happened
   * @param markerName the marker's name
   * @param details the marker's details, if any
   * @param decisionTaskCompletedEventId the id of the {@code DecisionTaskCompleted} event of the decision
   *     that led to this event
   */
  record MarkerRecorded(
      long id,
      Instant occurred,
      String markerName,
      Optional<String> details,
      long decisionTaskCompletedEventId) implements Event {
    /**
     * Creates the event after checking that no component is null.
     *
     * @param id the event's id: its position in the history, from 1
     * @param occurred when it happened
     * @param markerName the marker's name
     * @param details the marker's details, if any
     * @param decisionTaskCompletedEventId the id of the {@code DecisionTaskCompleted} event of the decision
     *     that led to this event
     */
    public MarkerRecorded {
      Check.notNull("occurred", occurred);
      Check.notNull("markerName", markerName);
      Check.notNull("details", details);
    }
  }

  /**
   * A decision to record a marker failed.
   *
   * @param id the event's id: its position in the history, from 1
   * @param occurred when it happened
   * @param markerName the marker's name
   * @param causeAsString why, as SWF names it; {@link #cause()} reads it
   * @param decisionTaskCompletedEventId the id of the {@code DecisionTaskCompleted} event of the decision
   *     that led to this event
   */
  record RecordMarkerFailed(
      long id,
      Instant occurred,
      String markerName,
      String causeAsString,
      long decisionTaskCompletedEventId) implements DecisionFailed {
    /**
     * Creates the event after checking that no component is null.
     *
     * @param id the event's id: its position in the history, from 1
     * @param occurred when it happened
     * @param markerName the marker's name
     * @param causeAsString why, as SWF names it; {@link #cause()} reads it
     * @param decisionTaskCompletedEventId the id of the {@code DecisionTaskCompleted} event of the decision
     *     that led to this event
     */
    public RecordMarkerFailed {
      Check.notNull("occurred", occurred);
      Check.notNull("markerName", markerName);
      Check.notNull("causeAsString", causeAsString);
    }

    /**
     * {@return why, as a constant; {@link Cause#UNKNOWN} for a cause this library does not know}
     */
    public Cause cause() {
      return Cause.of(causeAsString);
    }

    /** Why a {@code RecordMarkerFailed} event happened. */
    public enum Cause {
      /** IAM does not permit the decision. */
      OPERATION_NOT_PERMITTED,
      /**
       * A cause this library does not know; the event's {@code causeAsString()} has SWF's name for it.
       */
      UNKNOWN;

      static Cause of(String name) {
        return Sdk.constant(values(), name, UNKNOWN);
      }
    }
  }

  /**
   * A decision started a timer.
   *
   * @param id the event's id: its position in the history, from 1
   * @param occurred when it happened
   * @param timerId the timer's id
   * @param control the data the decider attached for its own use, if any
   * @param startToFireTimeout how long after it started the timer fires
   * @param decisionTaskCompletedEventId the id of the {@code DecisionTaskCompleted} event of the decision
   *     that led to this event
   */
  record TimerStarted(
      long id,
      Instant occurred,
      String timerId,
      Optional<String> control,
      Duration startToFireTimeout,
      long decisionTaskCompletedEventId) implements Event {
    /**
     * Creates the event after checking that no component is null.
     *
     * @param id the event's id: its position in the history, from 1
     * @param occurred when it happened
     * @param timerId the timer's id
     * @param control the data the decider attached for its own use, if any
     * @param startToFireTimeout how long after it started the timer fires
     * @param decisionTaskCompletedEventId the id of the {@code DecisionTaskCompleted} event of the decision
     *     that led to this event
     */
    public TimerStarted {
      Check.notNull("occurred", occurred);
      Check.notNull("timerId", timerId);
      Check.notNull("control", control);
      Check.notNull("startToFireTimeout", startToFireTimeout);
    }
  }

  /**
   * A decision to start a timer failed.
   *
   * @param id the event's id: its position in the history, from 1
   * @param occurred when it happened
   * @param timerId the timer's id
   * @param causeAsString why, as SWF names it; {@link #cause()} reads it
   * @param decisionTaskCompletedEventId the id of the {@code DecisionTaskCompleted} event of the decision
   *     that led to this event
   */
  record StartTimerFailed(
      long id,
      Instant occurred,
      String timerId,
      String causeAsString,
      long decisionTaskCompletedEventId) implements DecisionFailed {
    /**
     * Creates the event after checking that no component is null.
     *
     * @param id the event's id: its position in the history, from 1
     * @param occurred when it happened
     * @param timerId the timer's id
     * @param causeAsString why, as SWF names it; {@link #cause()} reads it
     * @param decisionTaskCompletedEventId the id of the {@code DecisionTaskCompleted} event of the decision
     *     that led to this event
     */
    public StartTimerFailed {
      Check.notNull("occurred", occurred);
      Check.notNull("timerId", timerId);
      Check.notNull("causeAsString", causeAsString);
    }

    /**
     * {@return why, as a constant; {@link Cause#UNKNOWN} for a cause this library does not know}
     */
    public Cause cause() {
      return Cause.of(causeAsString);
    }

    /** Why a {@code StartTimerFailed} event happened. */
    public enum Cause {
      /** An open timer of the execution already has that id. */
      TIMER_ID_ALREADY_IN_USE,
      /** The execution has as many open timers as SWF allows. */
      OPEN_TIMERS_LIMIT_EXCEEDED,
      /** Too many timers were started too quickly. */
      TIMER_CREATION_RATE_EXCEEDED,
      /** IAM does not permit the decision. */
      OPERATION_NOT_PERMITTED,
      /**
       * A cause this library does not know; the event's {@code causeAsString()} has SWF's name for it.
       */
      UNKNOWN;

      static Cause of(String name) {
        return Sdk.constant(values(), name, UNKNOWN);
      }
    }
  }

  /**
   * A timer fired.
   *
   * @param id the event's id: its position in the history, from 1
   * @param occurred when it happened
   * @param timerId the timer's id
   * @param startedEventId the id of the {@code TimerStarted} event
   */
  record TimerFired(long id, Instant occurred, String timerId, long startedEventId) implements Event {
    /**
     * Creates the event after checking that no component is null.
     *
     * @param id the event's id: its position in the history, from 1
     * @param occurred when it happened
     * @param timerId the timer's id
     * @param startedEventId the id of the {@code TimerStarted} event
     */
    public TimerFired {
      Check.notNull("occurred", occurred);
      Check.notNull("timerId", timerId);
    }
  }

  /**
   * A decision cancelled a timer.
   *
   * @param id the event's id: its position in the history, from 1
   * @param occurred when it happened
   * @param timerId the timer's id
   * @param startedEventId the id of the {@code TimerStarted} event
   * @param decisionTaskCompletedEventId the id of the {@code DecisionTaskCompleted} event of the decision
   *     that led to this event
   */
  record TimerCanceled(
      long id,
      Instant occurred,
      String timerId,
      long startedEventId,
      long decisionTaskCompletedEventId) implements Event {
    /**
     * Creates the event after checking that no component is null.
     *
     * @param id the event's id: its position in the history, from 1
     * @param occurred when it happened
     * @param timerId the timer's id
     * @param startedEventId the id of the {@code TimerStarted} event
     * @param decisionTaskCompletedEventId the id of the {@code DecisionTaskCompleted} event of the decision
     *     that led to this event
     */
    public TimerCanceled {
      Check.notNull("occurred", occurred);
      Check.notNull("timerId", timerId);
    }
  }

  /**
   * A decision to cancel a timer failed.
   *
   * @param id the event's id: its position in the history, from 1
   * @param occurred when it happened
   * @param timerId the timer's id
   * @param causeAsString why, as SWF names it; {@link #cause()} reads it
   * @param decisionTaskCompletedEventId the id of the {@code DecisionTaskCompleted} event of the decision
   *     that led to this event
   */
  record CancelTimerFailed(
      long id,
      Instant occurred,
      String timerId,
      String causeAsString,
      long decisionTaskCompletedEventId) implements DecisionFailed {
    /**
     * Creates the event after checking that no component is null.
     *
     * @param id the event's id: its position in the history, from 1
     * @param occurred when it happened
     * @param timerId the timer's id
     * @param causeAsString why, as SWF names it; {@link #cause()} reads it
     * @param decisionTaskCompletedEventId the id of the {@code DecisionTaskCompleted} event of the decision
     *     that led to this event
     */
    public CancelTimerFailed {
      Check.notNull("occurred", occurred);
      Check.notNull("timerId", timerId);
      Check.notNull("causeAsString", causeAsString);
    }

    /**
     * {@return why, as a constant; {@link Cause#UNKNOWN} for a cause this library does not know}
     */
    public Cause cause() {
      return Cause.of(causeAsString);
    }

    /** Why a {@code CancelTimerFailed} event happened. */
    public enum Cause {
      /** No open timer has that id. */
      TIMER_ID_UNKNOWN,
      /** IAM does not permit the decision. */
      OPERATION_NOT_PERMITTED,
      /**
       * A cause this library does not know; the event's {@code causeAsString()} has SWF's name for it.
       */
      UNKNOWN;

      static Cause of(String name) {
        return Sdk.constant(values(), name, UNKNOWN);
      }
    }
  }

  /**
   * A decision asked to start a child execution.
   *
   * @param id the event's id: its position in the history, from 1
   * @param occurred when it happened
   * @param workflowId the child's workflow id
   * @param workflowType the child's workflow type
   * @param control the data the decider attached for its own use, if any
   * @param input the child's input, if any
   * @param executionStartToCloseTimeout the execution's start-to-close timeout, if SWF reported it
   * @param taskList the task list of the child's decision tasks
   * @param taskPriority the priority of the child's decision tasks, if one was set
   * @param decisionTaskCompletedEventId the id of the {@code DecisionTaskCompleted} event of the decision
   *     that led to this event
   * @param childPolicy what happens to its children when it is terminated or times out
   * @param taskStartToCloseTimeout the start-to-close timeout of its decision tasks, if SWF reported it
   * @param tagList its tags; empty if it has none
   * @param lambdaRole the IAM role that runs its Lambda tasks, if any
   */
  record StartChildWorkflowExecutionInitiated(
      long id,
      Instant occurred,
      String workflowId,
      WorkflowId workflowType,
      Optional<String> control,
      Optional<String> input,
      Optional<Timeout> executionStartToCloseTimeout,
      String taskList,
      OptionalInt taskPriority,
      long decisionTaskCompletedEventId,
      ChildExecutionTerminationPolicy childPolicy,
      Optional<Timeout> taskStartToCloseTimeout,
      List<String> tagList,
      Optional<String> lambdaRole) implements Event {
    /**
     * Creates the event after checking that no component is null.
     *
     * @param id the event's id: its position in the history, from 1
     * @param occurred when it happened
     * @param workflowId the child's workflow id
     * @param workflowType the child's workflow type
     * @param control the data the decider attached for its own use, if any
     * @param input the child's input, if any
     * @param executionStartToCloseTimeout the execution's start-to-close timeout, if SWF reported it
     * @param taskList the task list of the child's decision tasks
     * @param taskPriority the priority of the child's decision tasks, if one was set
     * @param decisionTaskCompletedEventId the id of the {@code DecisionTaskCompleted} event of the decision
     *     that led to this event
     * @param childPolicy what happens to its children when it is terminated or times out
     * @param taskStartToCloseTimeout the start-to-close timeout of its decision tasks, if SWF reported it
     * @param tagList its tags; empty if it has none
     * @param lambdaRole the IAM role that runs its Lambda tasks, if any
     */
    public StartChildWorkflowExecutionInitiated {
      Check.notNull("occurred", occurred);
      Check.notNull("workflowId", workflowId);
      Check.notNull("workflowType", workflowType);
      Check.notNull("control", control);
      Check.notNull("input", input);
      Check.notNull("executionStartToCloseTimeout", executionStartToCloseTimeout);
      Check.notNull("taskList", taskList);
      Check.notNull("taskPriority", taskPriority);
      Check.notNull("childPolicy", childPolicy);
      Check.notNull("taskStartToCloseTimeout", taskStartToCloseTimeout);
      tagList = List.copyOf(Check.notNull("tagList", tagList));
      Check.notNull("lambdaRole", lambdaRole);
    }

    /**
     * {@return the configuration the child is to start with, as this event reports it}
     */
    public PartialExecutionConfiguration configuration() {
      return new PartialExecutionConfiguration(executionStartToCloseTimeout, taskStartToCloseTimeout,
          Optional.of(taskList), Optional.of(childPolicy), taskPriority, lambdaRole);
    }
  }

  /**
   * A child execution could not be started.
   *
   * @param id the event's id: its position in the history, from 1
   * @param occurred when it happened
   * @param workflowType the child's workflow type
   * @param causeAsString why, as SWF names it; {@link #cause()} reads it
   * @param workflowId the child's workflow id
   * @param initiatedEventId the id of the {@code StartChildWorkflowExecutionInitiated} event, or 0 if the
   *     decision failed before one was recorded
   * @param decisionTaskCompletedEventId the id of the {@code DecisionTaskCompleted} event of the decision
   *     that led to this event
   * @param control the data the decider attached for its own use, if any
   */
  record StartChildWorkflowExecutionFailed(
      long id,
      Instant occurred,
      WorkflowId workflowType,
      String causeAsString,
      String workflowId,
      long initiatedEventId,
      long decisionTaskCompletedEventId,
      Optional<String> control) implements DecisionFailed {
    /**
     * Creates the event after checking that no component is null.
     *
     * @param id the event's id: its position in the history, from 1
     * @param occurred when it happened
     * @param workflowType the child's workflow type
     * @param causeAsString why, as SWF names it; {@link #cause()} reads it
     * @param workflowId the child's workflow id
     * @param initiatedEventId the id of the {@code StartChildWorkflowExecutionInitiated} event, or 0 if the
     *     decision failed before one was recorded
     * @param decisionTaskCompletedEventId the id of the {@code DecisionTaskCompleted} event of the decision
     *     that led to this event
     * @param control the data the decider attached for its own use, if any
     */
    public StartChildWorkflowExecutionFailed {
      Check.notNull("occurred", occurred);
      Check.notNull("workflowType", workflowType);
      Check.notNull("causeAsString", causeAsString);
      Check.notNull("workflowId", workflowId);
      Check.notNull("control", control);
    }

    /**
     * {@return why, as a constant; {@link Cause#UNKNOWN} for a cause this library does not know}
     */
    public Cause cause() {
      return Cause.of(causeAsString);
    }

    /** Why a {@code StartChildWorkflowExecutionFailed} event happened. */
    public enum Cause {
      /** The workflow type is not registered. */
      WORKFLOW_TYPE_DOES_NOT_EXIST,
      /** The workflow type is deprecated. */
      WORKFLOW_TYPE_DEPRECATED,
      /** The execution has as many open children as SWF allows. */
      OPEN_CHILDREN_LIMIT_EXCEEDED,
      /** The domain has as many open executions as SWF allows. */
      OPEN_WORKFLOWS_LIMIT_EXCEEDED,
      /** Too many children were started too quickly. */
      CHILD_CREATION_RATE_EXCEEDED,
      /** An open execution already has that workflow id. */
      WORKFLOW_ALREADY_RUNNING,
      /** No execution timeout was given and the workflow type has no default. */
      DEFAULT_EXECUTION_START_TO_CLOSE_TIMEOUT_UNDEFINED,
      /** No task list was given and the type has no default. */
      DEFAULT_TASK_LIST_UNDEFINED,
      /** No decision task timeout was given and the workflow type has no default. */
      DEFAULT_TASK_START_TO_CLOSE_TIMEOUT_UNDEFINED,
      /** No child policy was given and the workflow type has no default. */
      DEFAULT_CHILD_POLICY_UNDEFINED,
      /** IAM does not permit the decision. */
      OPERATION_NOT_PERMITTED,
      /**
       * A cause this library does not know; the event's {@code causeAsString()} has SWF's name for it.
       */
      UNKNOWN;

      static Cause of(String name) {
        return Sdk.constant(values(), name, UNKNOWN);
      }
    }
  }

  /**
   * A child execution started.
   *
   * @param id the event's id: its position in the history, from 1
   * @param occurred when it happened
   * @param workflowExecution the child execution
   * @param workflowType the workflow type
   * @param initiatedEventId the id of the {@code StartChildWorkflowExecutionInitiated} event
   */
  record ChildWorkflowExecutionStarted(
      long id,
      Instant occurred,
      ExecutionId workflowExecution,
      WorkflowId workflowType,
      long initiatedEventId) implements Event {
    /**
     * Creates the event after checking that no component is null.
     *
     * @param id the event's id: its position in the history, from 1
     * @param occurred when it happened
     * @param workflowExecution the child execution
     * @param workflowType the workflow type
     * @param initiatedEventId the id of the {@code StartChildWorkflowExecutionInitiated} event
     */
    public ChildWorkflowExecutionStarted {
      Check.notNull("occurred", occurred);
      Check.notNull("workflowExecution", workflowExecution);
      Check.notNull("workflowType", workflowType);
    }
  }

  /**
   * A child execution completed.
   *
   * @param id the event's id: its position in the history, from 1
   * @param occurred when it happened
   * @param workflowExecution the child execution
   * @param workflowType the workflow type
   * @param result the child's result, if any
   * @param initiatedEventId the id of the {@code StartChildWorkflowExecutionInitiated} event
   * @param startedEventId the id of the {@code ChildWorkflowExecutionStarted} event
   */
  record ChildWorkflowExecutionCompleted(
      long id,
      Instant occurred,
      ExecutionId workflowExecution,
      WorkflowId workflowType,
      Optional<String> result,
      long initiatedEventId,
      long startedEventId) implements Event {
    /**
     * Creates the event after checking that no component is null.
     *
     * @param id the event's id: its position in the history, from 1
     * @param occurred when it happened
     * @param workflowExecution the child execution
     * @param workflowType the workflow type
     * @param result the child's result, if any
     * @param initiatedEventId the id of the {@code StartChildWorkflowExecutionInitiated} event
     * @param startedEventId the id of the {@code ChildWorkflowExecutionStarted} event
     */
    public ChildWorkflowExecutionCompleted {
      Check.notNull("occurred", occurred);
      Check.notNull("workflowExecution", workflowExecution);
      Check.notNull("workflowType", workflowType);
      Check.notNull("result", result);
    }
  }

  /**
   * A child execution failed.
   *
   * @param id the event's id: its position in the history, from 1
   * @param occurred when it happened
   * @param workflowExecution the child execution
   * @param workflowType the workflow type
   * @param reason the reason its decider gave, if any
   * @param details the details its decider gave, if any
   * @param initiatedEventId the id of the {@code StartChildWorkflowExecutionInitiated} event
   * @param startedEventId the id of the {@code ChildWorkflowExecutionStarted} event
   */
  record ChildWorkflowExecutionFailed(
      long id,
      Instant occurred,
      ExecutionId workflowExecution,
      WorkflowId workflowType,
      Optional<String> reason,
      Optional<String> details,
      long initiatedEventId,
      long startedEventId) implements Event {
    /**
     * Creates the event after checking that no component is null.
     *
     * @param id the event's id: its position in the history, from 1
     * @param occurred when it happened
     * @param workflowExecution the child execution
     * @param workflowType the workflow type
     * @param reason the reason its decider gave, if any
     * @param details the details its decider gave, if any
     * @param initiatedEventId the id of the {@code StartChildWorkflowExecutionInitiated} event
     * @param startedEventId the id of the {@code ChildWorkflowExecutionStarted} event
     */
    public ChildWorkflowExecutionFailed {
      Check.notNull("occurred", occurred);
      Check.notNull("workflowExecution", workflowExecution);
      Check.notNull("workflowType", workflowType);
      Check.notNull("reason", reason);
      Check.notNull("details", details);
    }
  }

  /**
   * A child execution timed out.
   *
   * @param id the event's id: its position in the history, from 1
   * @param occurred when it happened
   * @param workflowExecution the child execution
   * @param workflowType the workflow type
   * @param timeoutTypeAsString which timeout passed, as SWF names it; {@link #timeoutType()} reads it
   * @param initiatedEventId the id of the {@code StartChildWorkflowExecutionInitiated} event
   * @param startedEventId the id of the {@code ChildWorkflowExecutionStarted} event
   */
  record ChildWorkflowExecutionTimedOut(
      long id,
      Instant occurred,
      ExecutionId workflowExecution,
      WorkflowId workflowType,
      String timeoutTypeAsString,
      long initiatedEventId,
      long startedEventId) implements Event {
    /**
     * Creates the event after checking that no component is null.
     *
     * @param id the event's id: its position in the history, from 1
     * @param occurred when it happened
     * @param workflowExecution the child execution
     * @param workflowType the workflow type
     * @param timeoutTypeAsString which timeout passed, as SWF names it; {@link #timeoutType()} reads it
     * @param initiatedEventId the id of the {@code StartChildWorkflowExecutionInitiated} event
     * @param startedEventId the id of the {@code ChildWorkflowExecutionStarted} event
     */
    public ChildWorkflowExecutionTimedOut {
      Check.notNull("occurred", occurred);
      Check.notNull("workflowExecution", workflowExecution);
      Check.notNull("workflowType", workflowType);
      Check.notNull("timeoutTypeAsString", timeoutTypeAsString);
    }

    /**
     * {@return which timeout passed; {@link TimeoutType#UNKNOWN} for one this library does not know}
     */
    public TimeoutType timeoutType() {
      return TimeoutType.of(timeoutTypeAsString);
    }
  }

  /**
   * A child execution was cancelled.
   *
   * @param id the event's id: its position in the history, from 1
   * @param occurred when it happened
   * @param workflowExecution the child execution
   * @param workflowType the workflow type
   * @param details the details its decider gave, if any
   * @param initiatedEventId the id of the {@code StartChildWorkflowExecutionInitiated} event
   * @param startedEventId the id of the {@code ChildWorkflowExecutionStarted} event
   */
  record ChildWorkflowExecutionCanceled(
      long id,
      Instant occurred,
      ExecutionId workflowExecution,
      WorkflowId workflowType,
      Optional<String> details,
      long initiatedEventId,
      long startedEventId) implements Event {
    /**
     * Creates the event after checking that no component is null.
     *
     * @param id the event's id: its position in the history, from 1
     * @param occurred when it happened
     * @param workflowExecution the child execution
     * @param workflowType the workflow type
     * @param details the details its decider gave, if any
     * @param initiatedEventId the id of the {@code StartChildWorkflowExecutionInitiated} event
     * @param startedEventId the id of the {@code ChildWorkflowExecutionStarted} event
     */
    public ChildWorkflowExecutionCanceled {
      Check.notNull("occurred", occurred);
      Check.notNull("workflowExecution", workflowExecution);
      Check.notNull("workflowType", workflowType);
      Check.notNull("details", details);
    }
  }

  /**
   * A child execution was terminated.
   *
   * @param id the event's id: its position in the history, from 1
   * @param occurred when it happened
   * @param workflowExecution the child execution
   * @param workflowType the workflow type
   * @param initiatedEventId the id of the {@code StartChildWorkflowExecutionInitiated} event
   * @param startedEventId the id of the {@code ChildWorkflowExecutionStarted} event
   */
  record ChildWorkflowExecutionTerminated(
      long id,
      Instant occurred,
      ExecutionId workflowExecution,
      WorkflowId workflowType,
      long initiatedEventId,
      long startedEventId) implements Event {
    /**
     * Creates the event after checking that no component is null.
     *
     * @param id the event's id: its position in the history, from 1
     * @param occurred when it happened
     * @param workflowExecution the child execution
     * @param workflowType the workflow type
     * @param initiatedEventId the id of the {@code StartChildWorkflowExecutionInitiated} event
     * @param startedEventId the id of the {@code ChildWorkflowExecutionStarted} event
     */
    public ChildWorkflowExecutionTerminated {
      Check.notNull("occurred", occurred);
      Check.notNull("workflowExecution", workflowExecution);
      Check.notNull("workflowType", workflowType);
    }
  }

  /**
   * A decision asked to signal another execution.
   *
   * @param id the event's id: its position in the history, from 1
   * @param occurred when it happened
   * @param workflowId the other execution's workflow id
   * @param runId the other execution's run id, if the decision gave one
   * @param signalName the signal's name
   * @param input the signal's input, if any
   * @param decisionTaskCompletedEventId the id of the {@code DecisionTaskCompleted} event of the decision
   *     that led to this event
   * @param control the data the decider attached for its own use, if any
   */
  record SignalExternalWorkflowExecutionInitiated(
      long id,
      Instant occurred,
      String workflowId,
      Optional<String> runId,
      String signalName,
      Optional<String> input,
      long decisionTaskCompletedEventId,
      Optional<String> control) implements Event {
    /**
     * Creates the event after checking that no component is null.
     *
     * @param id the event's id: its position in the history, from 1
     * @param occurred when it happened
     * @param workflowId the other execution's workflow id
     * @param runId the other execution's run id, if the decision gave one
     * @param signalName the signal's name
     * @param input the signal's input, if any
     * @param decisionTaskCompletedEventId the id of the {@code DecisionTaskCompleted} event of the decision
     *     that led to this event
     * @param control the data the decider attached for its own use, if any
     */
    public SignalExternalWorkflowExecutionInitiated {
      Check.notNull("occurred", occurred);
      Check.notNull("workflowId", workflowId);
      Check.notNull("runId", runId);
      Check.notNull("signalName", signalName);
      Check.notNull("input", input);
      Check.notNull("control", control);
    }

    /**
     * {@return the other execution: the run the decision named, or the current run of the workflow id if it
     *     named none}
     */
    public ExecutionTarget execution() {
      return runId.filter(run -> !run.isEmpty())
          .<ExecutionTarget>map(run -> new ExecutionId(workflowId, run))
          .orElseGet(() -> new CurrentExecutionId(workflowId));
    }
  }

  /**
   * Another execution could not be signalled.
   *
   * @param id the event's id: its position in the history, from 1
   * @param occurred when it happened
   * @param workflowId the other execution's workflow id
   * @param runId the other execution's run id, if the decision gave one
   * @param causeAsString why, as SWF names it; {@link #cause()} reads it
   * @param initiatedEventId the id of the {@code SignalExternalWorkflowExecutionInitiated} event
   * @param decisionTaskCompletedEventId the id of the {@code DecisionTaskCompleted} event of the decision
   *     that led to this event
   * @param control the data the decider attached for its own use, if any
   */
  record SignalExternalWorkflowExecutionFailed(
      long id,
      Instant occurred,
      String workflowId,
      Optional<String> runId,
      String causeAsString,
      long initiatedEventId,
      long decisionTaskCompletedEventId,
      Optional<String> control) implements DecisionFailed {
    /**
     * Creates the event after checking that no component is null.
     *
     * @param id the event's id: its position in the history, from 1
     * @param occurred when it happened
     * @param workflowId the other execution's workflow id
     * @param runId the other execution's run id, if the decision gave one
     * @param causeAsString why, as SWF names it; {@link #cause()} reads it
     * @param initiatedEventId the id of the {@code SignalExternalWorkflowExecutionInitiated} event
     * @param decisionTaskCompletedEventId the id of the {@code DecisionTaskCompleted} event of the decision
     *     that led to this event
     * @param control the data the decider attached for its own use, if any
     */
    public SignalExternalWorkflowExecutionFailed {
      Check.notNull("occurred", occurred);
      Check.notNull("workflowId", workflowId);
      Check.notNull("runId", runId);
      Check.notNull("causeAsString", causeAsString);
      Check.notNull("control", control);
    }

    /**
     * {@return why, as a constant; {@link Cause#UNKNOWN} for a cause this library does not know}
     */
    public Cause cause() {
      return Cause.of(causeAsString);
    }

    /**
     * {@return the other execution: the run the decision named, or the current run of the workflow id if it
     *     named none}
     */
    public ExecutionTarget execution() {
      return runId.filter(run -> !run.isEmpty())
          .<ExecutionTarget>map(run -> new ExecutionId(workflowId, run))
          .orElseGet(() -> new CurrentExecutionId(workflowId));
    }

    /** Why a {@code SignalExternalWorkflowExecutionFailed} event happened. */
    public enum Cause {
      /** No open execution matches the workflow id and run id. */
      UNKNOWN_EXTERNAL_WORKFLOW_EXECUTION,
      /** Too many signals were sent too quickly. */
      SIGNAL_EXTERNAL_WORKFLOW_EXECUTION_RATE_EXCEEDED,
      /** IAM does not permit the decision. */
      OPERATION_NOT_PERMITTED,
      /**
       * A cause this library does not know; the event's {@code causeAsString()} has SWF's name for it.
       */
      UNKNOWN;

      static Cause of(String name) {
        return Sdk.constant(values(), name, UNKNOWN);
      }
    }
  }

  /**
   * Another execution was signalled as a decision asked.
   *
   * @param id the event's id: its position in the history, from 1
   * @param occurred when it happened
   * @param workflowExecution the execution that was signalled
   * @param initiatedEventId the id of the {@code SignalExternalWorkflowExecutionInitiated} event
   */
  record ExternalWorkflowExecutionSignaled(
      long id,
      Instant occurred,
      ExecutionId workflowExecution,
      long initiatedEventId) implements Event {
    /**
     * Creates the event after checking that no component is null.
     *
     * @param id the event's id: its position in the history, from 1
     * @param occurred when it happened
     * @param workflowExecution the execution that was signalled
     * @param initiatedEventId the id of the {@code SignalExternalWorkflowExecutionInitiated} event
     */
    public ExternalWorkflowExecutionSignaled {
      Check.notNull("occurred", occurred);
      Check.notNull("workflowExecution", workflowExecution);
    }
  }

  /**
   * A decision asked to request the cancellation of another execution.
   *
   * @param id the event's id: its position in the history, from 1
   * @param occurred when it happened
   * @param workflowId the other execution's workflow id
   * @param runId the other execution's run id, if the decision gave one
   * @param decisionTaskCompletedEventId the id of the {@code DecisionTaskCompleted} event of the decision
   *     that led to this event
   * @param control the data the decider attached for its own use, if any
   */
  record RequestCancelExternalWorkflowExecutionInitiated(
      long id,
      Instant occurred,
      String workflowId,
      Optional<String> runId,
      long decisionTaskCompletedEventId,
      Optional<String> control) implements Event {
    /**
     * Creates the event after checking that no component is null.
     *
     * @param id the event's id: its position in the history, from 1
     * @param occurred when it happened
     * @param workflowId the other execution's workflow id
     * @param runId the other execution's run id, if the decision gave one
     * @param decisionTaskCompletedEventId the id of the {@code DecisionTaskCompleted} event of the decision
     *     that led to this event
     * @param control the data the decider attached for its own use, if any
     */
    public RequestCancelExternalWorkflowExecutionInitiated {
      Check.notNull("occurred", occurred);
      Check.notNull("workflowId", workflowId);
      Check.notNull("runId", runId);
      Check.notNull("control", control);
    }

    /**
     * {@return the other execution: the run the decision named, or the current run of the workflow id if it
     *     named none}
     */
    public ExecutionTarget execution() {
      return runId.filter(run -> !run.isEmpty())
          .<ExecutionTarget>map(run -> new ExecutionId(workflowId, run))
          .orElseGet(() -> new CurrentExecutionId(workflowId));
    }
  }

  /**
   * The cancellation of another execution could not be requested.
   *
   * @param id the event's id: its position in the history, from 1
   * @param occurred when it happened
   * @param workflowId the other execution's workflow id
   * @param runId the other execution's run id, if the decision gave one
   * @param causeAsString why, as SWF names it; {@link #cause()} reads it
   * @param initiatedEventId the id of the {@code RequestCancelExternalWorkflowExecutionInitiated} event
   * @param decisionTaskCompletedEventId the id of the {@code DecisionTaskCompleted} event of the decision
   *     that led to this event
   * @param control the data the decider attached for its own use, if any
   */
  record RequestCancelExternalWorkflowExecutionFailed(
      long id,
      Instant occurred,
      String workflowId,
      Optional<String> runId,
      String causeAsString,
      long initiatedEventId,
      long decisionTaskCompletedEventId,
      Optional<String> control) implements DecisionFailed {
    /**
     * Creates the event after checking that no component is null.
     *
     * @param id the event's id: its position in the history, from 1
     * @param occurred when it happened
     * @param workflowId the other execution's workflow id
     * @param runId the other execution's run id, if the decision gave one
     * @param causeAsString why, as SWF names it; {@link #cause()} reads it
     * @param initiatedEventId the id of the {@code RequestCancelExternalWorkflowExecutionInitiated} event
     * @param decisionTaskCompletedEventId the id of the {@code DecisionTaskCompleted} event of the decision
     *     that led to this event
     * @param control the data the decider attached for its own use, if any
     */
    public RequestCancelExternalWorkflowExecutionFailed {
      Check.notNull("occurred", occurred);
      Check.notNull("workflowId", workflowId);
      Check.notNull("runId", runId);
      Check.notNull("causeAsString", causeAsString);
      Check.notNull("control", control);
    }

    /**
     * {@return why, as a constant; {@link Cause#UNKNOWN} for a cause this library does not know}
     */
    public Cause cause() {
      return Cause.of(causeAsString);
    }

    /**
     * {@return the other execution: the run the decision named, or the current run of the workflow id if it
     *     named none}
     */
    public ExecutionTarget execution() {
      return runId.filter(run -> !run.isEmpty())
          .<ExecutionTarget>map(run -> new ExecutionId(workflowId, run))
          .orElseGet(() -> new CurrentExecutionId(workflowId));
    }

    /** Why a {@code RequestCancelExternalWorkflowExecutionFailed} event happened. */
    public enum Cause {
      /** No open execution matches the workflow id and run id. */
      UNKNOWN_EXTERNAL_WORKFLOW_EXECUTION,
      /** Too many cancellations were requested too quickly. */
      REQUEST_CANCEL_EXTERNAL_WORKFLOW_EXECUTION_RATE_EXCEEDED,
      /** IAM does not permit the decision. */
      OPERATION_NOT_PERMITTED,
      /**
       * A cause this library does not know; the event's {@code causeAsString()} has SWF's name for it.
       */
      UNKNOWN;

      static Cause of(String name) {
        return Sdk.constant(values(), name, UNKNOWN);
      }
    }
  }

  /**
   * The cancellation of another execution was requested as a decision asked.
   *
   * @param id the event's id: its position in the history, from 1
   * @param occurred when it happened
   * @param workflowExecution the execution whose cancellation was requested
   * @param initiatedEventId the id of the {@code RequestCancelExternalWorkflowExecutionInitiated} event
   */
  record ExternalWorkflowExecutionCancelRequested(
      long id,
      Instant occurred,
      ExecutionId workflowExecution,
      long initiatedEventId) implements Event {
    /**
     * Creates the event after checking that no component is null.
     *
     * @param id the event's id: its position in the history, from 1
     * @param occurred when it happened
     * @param workflowExecution the execution whose cancellation was requested
     * @param initiatedEventId the id of the {@code RequestCancelExternalWorkflowExecutionInitiated} event
     */
    public ExternalWorkflowExecutionCancelRequested {
      Check.notNull("occurred", occurred);
      Check.notNull("workflowExecution", workflowExecution);
    }
  }

  /**
   * A decision scheduled a Lambda task.
   *
   * @param id the event's id: its position in the history, from 1
   * @param occurred when it happened
   * @param functionId the Lambda task's id (SWF's {@code id}), as the decision gave it
   * @param name the Lambda function's name
   * @param control the data the decider attached for its own use, if any
   * @param input the function's input, if any
   * @param startToCloseTimeout how long the function may run, if SWF reported it
   * @param decisionTaskCompletedEventId the id of the {@code DecisionTaskCompleted} event of the decision
   *     that led to this event
   */
  record LambdaFunctionScheduled(
      long id,
      Instant occurred,
      String functionId,
      String name,
      Optional<String> control,
      Optional<String> input,
      Optional<Timeout> startToCloseTimeout,
      long decisionTaskCompletedEventId) implements Event {
    /**
     * Creates the event after checking that no component is null.
     *
     * @param id the event's id: its position in the history, from 1
     * @param occurred when it happened
     * @param functionId the Lambda task's id (SWF's {@code id}), as the decision gave it
     * @param name the Lambda function's name
     * @param control the data the decider attached for its own use, if any
     * @param input the function's input, if any
     * @param startToCloseTimeout how long the function may run, if SWF reported it
     * @param decisionTaskCompletedEventId the id of the {@code DecisionTaskCompleted} event of the decision
     *     that led to this event
     */
    public LambdaFunctionScheduled {
      Check.notNull("occurred", occurred);
      Check.notNull("functionId", functionId);
      Check.notNull("name", name);
      Check.notNull("control", control);
      Check.notNull("input", input);
      Check.notNull("startToCloseTimeout", startToCloseTimeout);
    }
  }

  /**
   * The Lambda function of a task was invoked.
   *
   * @param id the event's id: its position in the history, from 1
   * @param occurred when it happened
   * @param scheduledEventId the id of the {@code LambdaFunctionScheduled} event
   */
  record LambdaFunctionStarted(long id, Instant occurred, long scheduledEventId) implements Event {
    /**
     * Creates the event after checking that no component is null.
     *
     * @param id the event's id: its position in the history, from 1
     * @param occurred when it happened
     * @param scheduledEventId the id of the {@code LambdaFunctionScheduled} event
     */
    public LambdaFunctionStarted {
      Check.notNull("occurred", occurred);
    }
  }

  /**
   * The Lambda task completed.
   *
   * @param id the event's id: its position in the history, from 1
   * @param occurred when it happened
   * @param scheduledEventId the id of the {@code LambdaFunctionScheduled} event
   * @param startedEventId the id of the {@code LambdaFunctionStarted} event
   * @param result the function's result, if any
   */
  record LambdaFunctionCompleted(
      long id,
      Instant occurred,
      long scheduledEventId,
      long startedEventId,
      Optional<String> result) implements Event {
    /**
     * Creates the event after checking that no component is null.
     *
     * @param id the event's id: its position in the history, from 1
     * @param occurred when it happened
     * @param scheduledEventId the id of the {@code LambdaFunctionScheduled} event
     * @param startedEventId the id of the {@code LambdaFunctionStarted} event
     * @param result the function's result, if any
     */
    public LambdaFunctionCompleted {
      Check.notNull("occurred", occurred);
      Check.notNull("result", result);
    }
  }

  /**
   * The Lambda task failed.
   *
   * @param id the event's id: its position in the history, from 1
   * @param occurred when it happened
   * @param scheduledEventId the id of the {@code LambdaFunctionScheduled} event
   * @param startedEventId the id of the {@code LambdaFunctionStarted} event
   * @param reason the reason the function gave, if any
   * @param details the details the function gave, if any
   */
  record LambdaFunctionFailed(
      long id,
      Instant occurred,
      long scheduledEventId,
      long startedEventId,
      Optional<String> reason,
      Optional<String> details) implements Event {
    /**
     * Creates the event after checking that no component is null.
     *
     * @param id the event's id: its position in the history, from 1
     * @param occurred when it happened
     * @param scheduledEventId the id of the {@code LambdaFunctionScheduled} event
     * @param startedEventId the id of the {@code LambdaFunctionStarted} event
     * @param reason the reason the function gave, if any
     * @param details the details the function gave, if any
     */
    public LambdaFunctionFailed {
      Check.notNull("occurred", occurred);
      Check.notNull("reason", reason);
      Check.notNull("details", details);
    }
  }

  /**
   * The Lambda task timed out.
   *
   * @param id the event's id: its position in the history, from 1
   * @param occurred when it happened
   * @param scheduledEventId the id of the {@code LambdaFunctionScheduled} event
   * @param startedEventId the id of the {@code LambdaFunctionStarted} event
   * @param timeoutTypeAsString which timeout passed, as SWF names it, if SWF reported it; {@link
   *     #timeoutType()} reads it
   */
  record LambdaFunctionTimedOut(
      long id,
      Instant occurred,
      long scheduledEventId,
      long startedEventId,
      Optional<String> timeoutTypeAsString) implements Event {
    /**
     * Creates the event after checking that no component is null.
     *
     * @param id the event's id: its position in the history, from 1
     * @param occurred when it happened
     * @param scheduledEventId the id of the {@code LambdaFunctionScheduled} event
     * @param startedEventId the id of the {@code LambdaFunctionStarted} event
     * @param timeoutTypeAsString which timeout passed, as SWF names it, if SWF reported it; {@link
     *     #timeoutType()} reads it
     */
    public LambdaFunctionTimedOut {
      Check.notNull("occurred", occurred);
      Check.notNull("timeoutTypeAsString", timeoutTypeAsString);
    }

    /**
     * {@return which timeout passed, if SWF said; {@link TimeoutType#UNKNOWN} for one this library does
     *     not know}
     */
    public Optional<TimeoutType> timeoutType() {
      return timeoutTypeAsString.map(TimeoutType::of);
    }
  }

  /**
   * A decision to schedule a Lambda task failed.
   *
   * @param id the event's id: its position in the history, from 1
   * @param occurred when it happened
   * @param functionId the Lambda task's id (SWF's {@code id}), as the decision gave it
   * @param name the Lambda function's name
   * @param causeAsString why, as SWF names it; {@link #cause()} reads it
   * @param decisionTaskCompletedEventId the id of the {@code DecisionTaskCompleted} event of the decision
   *     that led to this event
   */
  record ScheduleLambdaFunctionFailed(
      long id,
      Instant occurred,
      String functionId,
      String name,
      String causeAsString,
      long decisionTaskCompletedEventId) implements DecisionFailed {
    /**
     * Creates the event after checking that no component is null.
     *
     * @param id the event's id: its position in the history, from 1
     * @param occurred when it happened
     * @param functionId the Lambda task's id (SWF's {@code id}), as the decision gave it
     * @param name the Lambda function's name
     * @param causeAsString why, as SWF names it; {@link #cause()} reads it
     * @param decisionTaskCompletedEventId the id of the {@code DecisionTaskCompleted} event of the decision
     *     that led to this event
     */
    public ScheduleLambdaFunctionFailed {
      Check.notNull("occurred", occurred);
      Check.notNull("functionId", functionId);
      Check.notNull("name", name);
      Check.notNull("causeAsString", causeAsString);
    }

    /**
     * {@return why, as a constant; {@link Cause#UNKNOWN} for a cause this library does not know}
     */
    public Cause cause() {
      return Cause.of(causeAsString);
    }

    /** Why a {@code ScheduleLambdaFunctionFailed} event happened. */
    public enum Cause {
      /** An open Lambda task of the execution already has that id. */
      ID_ALREADY_IN_USE,
      /** The execution has as many open Lambda tasks as SWF allows. */
      OPEN_LAMBDA_FUNCTIONS_LIMIT_EXCEEDED,
      /** Too many Lambda tasks were scheduled too quickly. */
      LAMBDA_FUNCTION_CREATION_RATE_EXCEEDED,
      /** Lambda is not available in the region. */
      LAMBDA_SERVICE_NOT_AVAILABLE_IN_REGION,
      /**
       * A cause this library does not know; the event's {@code causeAsString()} has SWF's name for it.
       */
      UNKNOWN;

      static Cause of(String name) {
        return Sdk.constant(values(), name, UNKNOWN);
      }
    }
  }

  /**
   * The Lambda function of a task could not be invoked.
   *
   * @param id the event's id: its position in the history, from 1
   * @param occurred when it happened
   * @param scheduledEventId the id of the {@code LambdaFunctionScheduled} event, if SWF reported it
   * @param causeAsString why, as SWF names it, if SWF reported it; {@link #cause()} reads it
   * @param message SWF's message about the failure, if any
   */
  record StartLambdaFunctionFailed(
      long id,
      Instant occurred,
      OptionalLong scheduledEventId,
      Optional<String> causeAsString,
      Optional<String> message) implements Event {
    /**
     * Creates the event after checking that no component is null.
     *
     * @param id the event's id: its position in the history, from 1
     * @param occurred when it happened
     * @param scheduledEventId the id of the {@code LambdaFunctionScheduled} event, if SWF reported it
     * @param causeAsString why, as SWF names it, if SWF reported it; {@link #cause()} reads it
     * @param message SWF's message about the failure, if any
     */
    public StartLambdaFunctionFailed {
      Check.notNull("occurred", occurred);
      Check.notNull("scheduledEventId", scheduledEventId);
      Check.notNull("causeAsString", causeAsString);
      Check.notNull("message", message);
    }

    /**
     * {@return why, as a constant, if SWF said; {@link Cause#UNKNOWN} for a cause this library does not
     *     know}
     */
    public Optional<Cause> cause() {
      return causeAsString.map(Cause::of);
    }

    /** Why a {@code StartLambdaFunctionFailed} event happened. */
    public enum Cause {
      /** SWF could not assume the execution's Lambda role. */
      ASSUME_ROLE_FAILED,
      /**
       * A cause this library does not know; the event's {@code causeAsString()} has SWF's name for it.
       */
      UNKNOWN;

      static Cause of(String name) {
        return Sdk.constant(values(), name, UNKNOWN);
      }
    }
  }
}
