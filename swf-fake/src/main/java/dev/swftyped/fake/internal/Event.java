package dev.swftyped.fake.internal;

import software.amazon.awssdk.services.swf.model.ChildPolicy;
import software.amazon.awssdk.services.swf.model.DecisionTaskScheduledEventAttributes;
import software.amazon.awssdk.services.swf.model.EventType;
import software.amazon.awssdk.services.swf.model.HistoryEvent;
import software.amazon.awssdk.services.swf.model.TaskList;
import software.amazon.awssdk.services.swf.model.WorkflowExecutionCancelRequestedEventAttributes;
import software.amazon.awssdk.services.swf.model.WorkflowExecutionSignaledEventAttributes;
import software.amazon.awssdk.services.swf.model.WorkflowExecutionStartedEventAttributes;
import software.amazon.awssdk.services.swf.model.WorkflowExecutionTerminatedCause;
import software.amazon.awssdk.services.swf.model.WorkflowExecutionTerminatedEventAttributes;
import software.amazon.awssdk.services.swf.model.WorkflowExecutionTimedOutEventAttributes;
import software.amazon.awssdk.services.swf.model.WorkflowExecutionTimeoutType;

/**
 * One event of an execution's history, kept compactly: only what the event adds to its execution.
 * The SDK's {@link HistoryEvent} is built when the history is read.
 */
abstract class Event {
  final long millis;

  Event(long millis) {
    this.millis = millis;
  }

  abstract EventType type();

  /** Sets this event's attributes on the builder. */
  abstract void attributes(HistoryEvent.Builder event, Execution execution);

  HistoryEvent toSdk(long eventId, Execution execution) {
    HistoryEvent.Builder event = HistoryEvent.builder()
        .eventId(eventId)
        .eventTimestamp(java.time.Instant.ofEpochMilli(millis))
        .eventType(type());
    attributes(event, execution);
    return event.build();
  }

  /** WorkflowExecutionStarted: every attribute comes from the execution itself. */
  static final class Started extends Event {
    Started(long millis) {
      super(millis);
    }

    @Override
    EventType type() {
      return EventType.WORKFLOW_EXECUTION_STARTED;
    }

    @Override
    void attributes(HistoryEvent.Builder event, Execution execution) {
      WorkflowExecutionStartedEventAttributes.Builder attributes = WorkflowExecutionStartedEventAttributes.builder()
          .input(execution.input)
          .executionStartToCloseTimeout(execution.executionTimeout)
          .taskStartToCloseTimeout(execution.taskTimeout)
          .childPolicy(execution.childPolicy)
          .taskList(TaskList.builder().name(execution.taskList).build())
          .taskPriority(execution.taskPriority)
          .workflowType(execution.type.sdkType())
          .lambdaRole(execution.lambdaRole)
          .parentInitiatedEventId(0L);
      if (!execution.tags.isEmpty()) {
        attributes.tagList(execution.tags);
      }
      event.workflowExecutionStartedEventAttributes(attributes.build());
    }
  }

  /** DecisionTaskScheduled, on the task list and with the timeout in force when it was scheduled. */
  static final class DecisionTaskScheduled extends Event {
    final String taskList;
    final String startToCloseTimeout;
    final String taskPriority;

    DecisionTaskScheduled(long millis, String taskList, String startToCloseTimeout, String taskPriority) {
      super(millis);
      this.taskList = taskList;
      this.startToCloseTimeout = startToCloseTimeout;
      this.taskPriority = taskPriority;
    }

    @Override
    EventType type() {
      return EventType.DECISION_TASK_SCHEDULED;
    }

    @Override
    void attributes(HistoryEvent.Builder event, Execution execution) {
      event.decisionTaskScheduledEventAttributes(DecisionTaskScheduledEventAttributes.builder()
          .taskList(TaskList.builder().name(taskList).build())
          .taskPriority(taskPriority)
          .startToCloseTimeout(startToCloseTimeout)
          .scheduleToStartTimeout("NONE")
          .build());
    }
  }

  /** WorkflowExecutionSignaled by the API. */
  static final class Signaled extends Event {
    final String signalName;
    final String input;

    Signaled(long millis, String signalName, String input) {
      super(millis);
      this.signalName = signalName;
      this.input = input;
    }

    @Override
    EventType type() {
      return EventType.WORKFLOW_EXECUTION_SIGNALED;
    }

    @Override
    void attributes(HistoryEvent.Builder event, Execution execution) {
      event.workflowExecutionSignaledEventAttributes(WorkflowExecutionSignaledEventAttributes.builder()
          .signalName(signalName)
          .input(input)
          .externalInitiatedEventId(0L)
          .build());
    }
  }

  /** WorkflowExecutionCancelRequested by the API: no cause. */
  static final class CancelRequested extends Event {
    CancelRequested(long millis) {
      super(millis);
    }

    @Override
    EventType type() {
      return EventType.WORKFLOW_EXECUTION_CANCEL_REQUESTED;
    }

    @Override
    void attributes(HistoryEvent.Builder event, Execution execution) {
      event.workflowExecutionCancelRequestedEventAttributes(WorkflowExecutionCancelRequestedEventAttributes.builder()
          .externalInitiatedEventId(0L)
          .build());
    }
  }

  /** WorkflowExecutionTerminated by an operator. */
  static final class Terminated extends Event {
    final String reason;
    final String details;
    final ChildPolicy childPolicy;

    Terminated(long millis, String reason, String details, ChildPolicy childPolicy) {
      super(millis);
      this.reason = reason;
      this.details = details;
      this.childPolicy = childPolicy;
    }

    @Override
    EventType type() {
      return EventType.WORKFLOW_EXECUTION_TERMINATED;
    }

    @Override
    void attributes(HistoryEvent.Builder event, Execution execution) {
      event.workflowExecutionTerminatedEventAttributes(WorkflowExecutionTerminatedEventAttributes.builder()
          .reason(reason)
          .details(details)
          .childPolicy(childPolicy)
          .cause(WorkflowExecutionTerminatedCause.OPERATOR_INITIATED)
          .build());
    }
  }

  /** WorkflowExecutionTimedOut: the start-to-close timeout passed. */
  static final class TimedOut extends Event {
    TimedOut(long millis) {
      super(millis);
    }

    @Override
    EventType type() {
      return EventType.WORKFLOW_EXECUTION_TIMED_OUT;
    }

    @Override
    void attributes(HistoryEvent.Builder event, Execution execution) {
      event.workflowExecutionTimedOutEventAttributes(WorkflowExecutionTimedOutEventAttributes.builder()
          .timeoutType(WorkflowExecutionTimeoutType.START_TO_CLOSE)
          .childPolicy(execution.childPolicy)
          .build());
    }
  }
}
