package dev.swftyped;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.OptionalLong;
import software.amazon.awssdk.services.swf.model.HistoryEvent;
import software.amazon.awssdk.services.swf.model.TaskList;

/** Maps the SDK's history events to {@link Event} records, attribute for attribute. */
final class SdkEvents {
  private SdkEvents() {}

  static Event event(HistoryEvent event) {
    Check.notNull("event", event);
    String type = required(event.eventTypeAsString(), event, "eventType");
    long id = required(event.eventId(), event, "eventId");
    Instant occurred = required(event.eventTimestamp(), event, "eventTimestamp");
    switch (type) {
      case "WorkflowExecutionStarted": {
        var a = attributes(event.workflowExecutionStartedEventAttributes(), event);
        return new Event.WorkflowExecutionStarted(id, occurred,
            Optional.ofNullable(a.input()),
            Sdk.timeout(a.executionStartToCloseTimeout()),
            Sdk.timeout(a.taskStartToCloseTimeout()),
            Sdk.childPolicy(required(a.childPolicyAsString(), event, "childPolicy")),
            required(a.taskList(), event, "taskList").name(),
            Sdk.priority(a.taskPriority()),
            Sdk.workflowId(required(a.workflowType(), event, "workflowType")),
            List.copyOf(a.tagList()),
            Optional.ofNullable(a.continuedExecutionRunId()),
            Optional.ofNullable(a.parentWorkflowExecution()).map(Sdk::executionId),
            optionalLong(a.parentInitiatedEventId()),
            Optional.ofNullable(a.lambdaRole()));
      }
      case "WorkflowExecutionCancelRequested": {
        var a = attributes(event.workflowExecutionCancelRequestedEventAttributes(), event);
        return new Event.WorkflowExecutionCancelRequested(id, occurred,
            Optional.ofNullable(a.externalWorkflowExecution()).map(Sdk::executionId),
            optionalLong(a.externalInitiatedEventId()),
            Optional.ofNullable(a.causeAsString()));
      }
      case "WorkflowExecutionCompleted": {
        var a = attributes(event.workflowExecutionCompletedEventAttributes(), event);
        return new Event.WorkflowExecutionCompleted(id, occurred,
            Optional.ofNullable(a.result()),
            required(a.decisionTaskCompletedEventId(), event, "decisionTaskCompletedEventId"));
      }
      case "CompleteWorkflowExecutionFailed": {
        var a = attributes(event.completeWorkflowExecutionFailedEventAttributes(), event);
        return new Event.CompleteWorkflowExecutionFailed(id, occurred,
            required(a.causeAsString(), event, "cause"),
            required(a.decisionTaskCompletedEventId(), event, "decisionTaskCompletedEventId"));
      }
      case "WorkflowExecutionFailed": {
        var a = attributes(event.workflowExecutionFailedEventAttributes(), event);
        return new Event.WorkflowExecutionFailed(id, occurred,
            Optional.ofNullable(a.reason()),
            Optional.ofNullable(a.details()),
            required(a.decisionTaskCompletedEventId(), event, "decisionTaskCompletedEventId"));
      }
      case "FailWorkflowExecutionFailed": {
        var a = attributes(event.failWorkflowExecutionFailedEventAttributes(), event);
        return new Event.FailWorkflowExecutionFailed(id, occurred,
            required(a.causeAsString(), event, "cause"),
            required(a.decisionTaskCompletedEventId(), event, "decisionTaskCompletedEventId"));
      }
      case "WorkflowExecutionTimedOut": {
        var a = attributes(event.workflowExecutionTimedOutEventAttributes(), event);
        return new Event.WorkflowExecutionTimedOut(id, occurred,
            required(a.timeoutTypeAsString(), event, "timeoutType"),
            Sdk.childPolicy(required(a.childPolicyAsString(), event, "childPolicy")));
      }
      case "WorkflowExecutionCanceled": {
        var a = attributes(event.workflowExecutionCanceledEventAttributes(), event);
        return new Event.WorkflowExecutionCanceled(id, occurred,
            Optional.ofNullable(a.details()),
            required(a.decisionTaskCompletedEventId(), event, "decisionTaskCompletedEventId"));
      }
      case "CancelWorkflowExecutionFailed": {
        var a = attributes(event.cancelWorkflowExecutionFailedEventAttributes(), event);
        return new Event.CancelWorkflowExecutionFailed(id, occurred,
            required(a.causeAsString(), event, "cause"),
            required(a.decisionTaskCompletedEventId(), event, "decisionTaskCompletedEventId"));
      }
      case "WorkflowExecutionContinuedAsNew": {
        var a = attributes(event.workflowExecutionContinuedAsNewEventAttributes(), event);
        return new Event.WorkflowExecutionContinuedAsNew(id, occurred,
            Optional.ofNullable(a.input()),
            required(a.decisionTaskCompletedEventId(), event, "decisionTaskCompletedEventId"),
            required(a.newExecutionRunId(), event, "newExecutionRunId"),
            Sdk.timeout(a.executionStartToCloseTimeout()),
            required(a.taskList(), event, "taskList").name(),
            Sdk.priority(a.taskPriority()),
            Sdk.timeout(a.taskStartToCloseTimeout()),
            Sdk.childPolicy(required(a.childPolicyAsString(), event, "childPolicy")),
            List.copyOf(a.tagList()),
            Sdk.workflowId(required(a.workflowType(), event, "workflowType")),
            Optional.ofNullable(a.lambdaRole()));
      }
      case "ContinueAsNewWorkflowExecutionFailed": {
        var a = attributes(event.continueAsNewWorkflowExecutionFailedEventAttributes(), event);
        return new Event.ContinueAsNewWorkflowExecutionFailed(id, occurred,
            required(a.causeAsString(), event, "cause"),
            required(a.decisionTaskCompletedEventId(), event, "decisionTaskCompletedEventId"));
      }
      case "WorkflowExecutionTerminated": {
        var a = attributes(event.workflowExecutionTerminatedEventAttributes(), event);
        return new Event.WorkflowExecutionTerminated(id, occurred,
            Optional.ofNullable(a.reason()),
            Optional.ofNullable(a.details()),
            Sdk.childPolicy(required(a.childPolicyAsString(), event, "childPolicy")),
            Optional.ofNullable(a.causeAsString()));
      }
      case "DecisionTaskScheduled": {
        var a = attributes(event.decisionTaskScheduledEventAttributes(), event);
        return new Event.DecisionTaskScheduled(id, occurred,
            required(a.taskList(), event, "taskList").name(),
            Sdk.priority(a.taskPriority()),
            Sdk.timeout(a.startToCloseTimeout()),
            Sdk.timeout(a.scheduleToStartTimeout()));
      }
      case "DecisionTaskStarted": {
        var a = attributes(event.decisionTaskStartedEventAttributes(), event);
        return new Event.DecisionTaskStarted(id, occurred,
            Optional.ofNullable(a.identity()),
            required(a.scheduledEventId(), event, "scheduledEventId"));
      }
      case "DecisionTaskCompleted": {
        var a = attributes(event.decisionTaskCompletedEventAttributes(), event);
        return new Event.DecisionTaskCompleted(id, occurred,
            Optional.ofNullable(a.executionContext()),
            required(a.scheduledEventId(), event, "scheduledEventId"),
            required(a.startedEventId(), event, "startedEventId"),
            Optional.ofNullable(a.taskList()).map(TaskList::name),
            Sdk.timeout(a.taskListScheduleToStartTimeout()));
      }
      case "DecisionTaskTimedOut": {
        var a = attributes(event.decisionTaskTimedOutEventAttributes(), event);
        return new Event.DecisionTaskTimedOut(id, occurred,
            required(a.timeoutTypeAsString(), event, "timeoutType"),
            required(a.scheduledEventId(), event, "scheduledEventId"),
            required(a.startedEventId(), event, "startedEventId"));
      }
      case "ActivityTaskScheduled": {
        var a = attributes(event.activityTaskScheduledEventAttributes(), event);
        return new Event.ActivityTaskScheduled(id, occurred,
            Sdk.activityId(required(a.activityType(), event, "activityType")),
            required(a.activityId(), event, "activityId"),
            Optional.ofNullable(a.input()),
            Optional.ofNullable(a.control()),
            Sdk.timeout(a.scheduleToStartTimeout()),
            Sdk.timeout(a.scheduleToCloseTimeout()),
            Sdk.timeout(a.startToCloseTimeout()),
            required(a.taskList(), event, "taskList").name(),
            Sdk.priority(a.taskPriority()),
            required(a.decisionTaskCompletedEventId(), event, "decisionTaskCompletedEventId"),
            Sdk.timeout(a.heartbeatTimeout()));
      }
      case "ScheduleActivityTaskFailed": {
        var a = attributes(event.scheduleActivityTaskFailedEventAttributes(), event);
        return new Event.ScheduleActivityTaskFailed(id, occurred,
            Sdk.activityId(required(a.activityType(), event, "activityType")),
            required(a.activityId(), event, "activityId"),
            required(a.causeAsString(), event, "cause"),
            required(a.decisionTaskCompletedEventId(), event, "decisionTaskCompletedEventId"));
      }
      case "ActivityTaskStarted": {
        var a = attributes(event.activityTaskStartedEventAttributes(), event);
        return new Event.ActivityTaskStarted(id, occurred,
            Optional.ofNullable(a.identity()),
            required(a.scheduledEventId(), event, "scheduledEventId"));
      }
      case "ActivityTaskCompleted": {
        var a = attributes(event.activityTaskCompletedEventAttributes(), event);
        return new Event.ActivityTaskCompleted(id, occurred,
            Optional.ofNullable(a.result()),
            required(a.scheduledEventId(), event, "scheduledEventId"),
            required(a.startedEventId(), event, "startedEventId"));
      }
      case "ActivityTaskFailed": {
        var a = attributes(event.activityTaskFailedEventAttributes(), event);
        return new Event.ActivityTaskFailed(id, occurred,
            Optional.ofNullable(a.reason()),
            Optional.ofNullable(a.details()),
            required(a.scheduledEventId(), event, "scheduledEventId"),
            required(a.startedEventId(), event, "startedEventId"));
      }
      case "ActivityTaskTimedOut": {
        var a = attributes(event.activityTaskTimedOutEventAttributes(), event);
        return new Event.ActivityTaskTimedOut(id, occurred,
            required(a.timeoutTypeAsString(), event, "timeoutType"),
            required(a.scheduledEventId(), event, "scheduledEventId"),
            required(a.startedEventId(), event, "startedEventId"),
            Optional.ofNullable(a.details()));
      }
      case "ActivityTaskCanceled": {
        var a = attributes(event.activityTaskCanceledEventAttributes(), event);
        return new Event.ActivityTaskCanceled(id, occurred,
            Optional.ofNullable(a.details()),
            required(a.scheduledEventId(), event, "scheduledEventId"),
            required(a.startedEventId(), event, "startedEventId"),
            optionalLong(a.latestCancelRequestedEventId()));
      }
      case "ActivityTaskCancelRequested": {
        var a = attributes(event.activityTaskCancelRequestedEventAttributes(), event);
        return new Event.ActivityTaskCancelRequested(id, occurred,
            required(a.decisionTaskCompletedEventId(), event, "decisionTaskCompletedEventId"),
            required(a.activityId(), event, "activityId"));
      }
      case "RequestCancelActivityTaskFailed": {
        var a = attributes(event.requestCancelActivityTaskFailedEventAttributes(), event);
        return new Event.RequestCancelActivityTaskFailed(id, occurred,
            required(a.activityId(), event, "activityId"),
            required(a.causeAsString(), event, "cause"),
            required(a.decisionTaskCompletedEventId(), event, "decisionTaskCompletedEventId"));
      }
      case "WorkflowExecutionSignaled": {
        var a = attributes(event.workflowExecutionSignaledEventAttributes(), event);
        return new Event.WorkflowExecutionSignaled(id, occurred,
            required(a.signalName(), event, "signalName"),
            Optional.ofNullable(a.input()),
            Optional.ofNullable(a.externalWorkflowExecution()).map(Sdk::executionId),
            optionalLong(a.externalInitiatedEventId()));
      }
      case "MarkerRecorded": {
        var a = attributes(event.markerRecordedEventAttributes(), event);
        return new Event.MarkerRecorded(id, occurred,
            required(a.markerName(), event, "markerName"),
            Optional.ofNullable(a.details()),
            required(a.decisionTaskCompletedEventId(), event, "decisionTaskCompletedEventId"));
      }
      case "RecordMarkerFailed": {
        var a = attributes(event.recordMarkerFailedEventAttributes(), event);
        return new Event.RecordMarkerFailed(id, occurred,
            required(a.markerName(), event, "markerName"),
            required(a.causeAsString(), event, "cause"),
            required(a.decisionTaskCompletedEventId(), event, "decisionTaskCompletedEventId"));
      }
      case "TimerStarted": {
        var a = attributes(event.timerStartedEventAttributes(), event);
        return new Event.TimerStarted(id, occurred,
            required(a.timerId(), event, "timerId"),
            Optional.ofNullable(a.control()),
            seconds(required(a.startToFireTimeout(), event, "startToFireTimeout"), event, "startToFireTimeout"),
            required(a.decisionTaskCompletedEventId(), event, "decisionTaskCompletedEventId"));
      }
      case "StartTimerFailed": {
        var a = attributes(event.startTimerFailedEventAttributes(), event);
        return new Event.StartTimerFailed(id, occurred,
            required(a.timerId(), event, "timerId"),
            required(a.causeAsString(), event, "cause"),
            required(a.decisionTaskCompletedEventId(), event, "decisionTaskCompletedEventId"));
      }
      case "TimerFired": {
        var a = attributes(event.timerFiredEventAttributes(), event);
        return new Event.TimerFired(id, occurred,
            required(a.timerId(), event, "timerId"),
            required(a.startedEventId(), event, "startedEventId"));
      }
      case "TimerCanceled": {
        var a = attributes(event.timerCanceledEventAttributes(), event);
        return new Event.TimerCanceled(id, occurred,
            required(a.timerId(), event, "timerId"),
            required(a.startedEventId(), event, "startedEventId"),
            required(a.decisionTaskCompletedEventId(), event, "decisionTaskCompletedEventId"));
      }
      case "CancelTimerFailed": {
        var a = attributes(event.cancelTimerFailedEventAttributes(), event);
        return new Event.CancelTimerFailed(id, occurred,
            required(a.timerId(), event, "timerId"),
            required(a.causeAsString(), event, "cause"),
            required(a.decisionTaskCompletedEventId(), event, "decisionTaskCompletedEventId"));
      }
      case "StartChildWorkflowExecutionInitiated": {
        var a = attributes(event.startChildWorkflowExecutionInitiatedEventAttributes(), event);
        return new Event.StartChildWorkflowExecutionInitiated(id, occurred,
            required(a.workflowId(), event, "workflowId"),
            Sdk.workflowId(required(a.workflowType(), event, "workflowType")),
            Optional.ofNullable(a.control()),
            Optional.ofNullable(a.input()),
            Sdk.timeout(a.executionStartToCloseTimeout()),
            required(a.taskList(), event, "taskList").name(),
            Sdk.priority(a.taskPriority()),
            required(a.decisionTaskCompletedEventId(), event, "decisionTaskCompletedEventId"),
            Sdk.childPolicy(required(a.childPolicyAsString(), event, "childPolicy")),
            Sdk.timeout(a.taskStartToCloseTimeout()),
            List.copyOf(a.tagList()),
            Optional.ofNullable(a.lambdaRole()));
      }
      case "StartChildWorkflowExecutionFailed": {
        var a = attributes(event.startChildWorkflowExecutionFailedEventAttributes(), event);
        return new Event.StartChildWorkflowExecutionFailed(id, occurred,
            Sdk.workflowId(required(a.workflowType(), event, "workflowType")),
            required(a.causeAsString(), event, "cause"),
            required(a.workflowId(), event, "workflowId"),
            required(a.initiatedEventId(), event, "initiatedEventId"),
            required(a.decisionTaskCompletedEventId(), event, "decisionTaskCompletedEventId"),
            Optional.ofNullable(a.control()));
      }
      case "ChildWorkflowExecutionStarted": {
        var a = attributes(event.childWorkflowExecutionStartedEventAttributes(), event);
        return new Event.ChildWorkflowExecutionStarted(id, occurred,
            Sdk.executionId(required(a.workflowExecution(), event, "workflowExecution")),
            Sdk.workflowId(required(a.workflowType(), event, "workflowType")),
            required(a.initiatedEventId(), event, "initiatedEventId"));
      }
      case "ChildWorkflowExecutionCompleted": {
        var a = attributes(event.childWorkflowExecutionCompletedEventAttributes(), event);
        return new Event.ChildWorkflowExecutionCompleted(id, occurred,
            Sdk.executionId(required(a.workflowExecution(), event, "workflowExecution")),
            Sdk.workflowId(required(a.workflowType(), event, "workflowType")),
            Optional.ofNullable(a.result()),
            required(a.initiatedEventId(), event, "initiatedEventId"),
            required(a.startedEventId(), event, "startedEventId"));
      }
      case "ChildWorkflowExecutionFailed": {
        var a = attributes(event.childWorkflowExecutionFailedEventAttributes(), event);
        return new Event.ChildWorkflowExecutionFailed(id, occurred,
            Sdk.executionId(required(a.workflowExecution(), event, "workflowExecution")),
            Sdk.workflowId(required(a.workflowType(), event, "workflowType")),
            Optional.ofNullable(a.reason()),
            Optional.ofNullable(a.details()),
            required(a.initiatedEventId(), event, "initiatedEventId"),
            required(a.startedEventId(), event, "startedEventId"));
      }
      case "ChildWorkflowExecutionTimedOut": {
        var a = attributes(event.childWorkflowExecutionTimedOutEventAttributes(), event);
        return new Event.ChildWorkflowExecutionTimedOut(id, occurred,
            Sdk.executionId(required(a.workflowExecution(), event, "workflowExecution")),
            Sdk.workflowId(required(a.workflowType(), event, "workflowType")),
            required(a.timeoutTypeAsString(), event, "timeoutType"),
            required(a.initiatedEventId(), event, "initiatedEventId"),
            required(a.startedEventId(), event, "startedEventId"));
      }
      case "ChildWorkflowExecutionCanceled": {
        var a = attributes(event.childWorkflowExecutionCanceledEventAttributes(), event);
        return new Event.ChildWorkflowExecutionCanceled(id, occurred,
            Sdk.executionId(required(a.workflowExecution(), event, "workflowExecution")),
            Sdk.workflowId(required(a.workflowType(), event, "workflowType")),
            Optional.ofNullable(a.details()),
            required(a.initiatedEventId(), event, "initiatedEventId"),
            required(a.startedEventId(), event, "startedEventId"));
      }
      case "ChildWorkflowExecutionTerminated": {
        var a = attributes(event.childWorkflowExecutionTerminatedEventAttributes(), event);
        return new Event.ChildWorkflowExecutionTerminated(id, occurred,
            Sdk.executionId(required(a.workflowExecution(), event, "workflowExecution")),
            Sdk.workflowId(required(a.workflowType(), event, "workflowType")),
            required(a.initiatedEventId(), event, "initiatedEventId"),
            required(a.startedEventId(), event, "startedEventId"));
      }
      case "SignalExternalWorkflowExecutionInitiated": {
        var a = attributes(event.signalExternalWorkflowExecutionInitiatedEventAttributes(), event);
        return new Event.SignalExternalWorkflowExecutionInitiated(id, occurred,
            required(a.workflowId(), event, "workflowId"),
            Optional.ofNullable(a.runId()),
            required(a.signalName(), event, "signalName"),
            Optional.ofNullable(a.input()),
            required(a.decisionTaskCompletedEventId(), event, "decisionTaskCompletedEventId"),
            Optional.ofNullable(a.control()));
      }
      case "SignalExternalWorkflowExecutionFailed": {
        var a = attributes(event.signalExternalWorkflowExecutionFailedEventAttributes(), event);
        return new Event.SignalExternalWorkflowExecutionFailed(id, occurred,
            required(a.workflowId(), event, "workflowId"),
            Optional.ofNullable(a.runId()),
            required(a.causeAsString(), event, "cause"),
            required(a.initiatedEventId(), event, "initiatedEventId"),
            required(a.decisionTaskCompletedEventId(), event, "decisionTaskCompletedEventId"),
            Optional.ofNullable(a.control()));
      }
      case "ExternalWorkflowExecutionSignaled": {
        var a = attributes(event.externalWorkflowExecutionSignaledEventAttributes(), event);
        return new Event.ExternalWorkflowExecutionSignaled(id, occurred,
            Sdk.executionId(required(a.workflowExecution(), event, "workflowExecution")),
            required(a.initiatedEventId(), event, "initiatedEventId"));
      }
      case "RequestCancelExternalWorkflowExecutionInitiated": {
        var a = attributes(event.requestCancelExternalWorkflowExecutionInitiatedEventAttributes(), event);
        return new Event.RequestCancelExternalWorkflowExecutionInitiated(id, occurred,
            required(a.workflowId(), event, "workflowId"),
            Optional.ofNullable(a.runId()),
            required(a.decisionTaskCompletedEventId(), event, "decisionTaskCompletedEventId"),
            Optional.ofNullable(a.control()));
      }
      case "RequestCancelExternalWorkflowExecutionFailed": {
        var a = attributes(event.requestCancelExternalWorkflowExecutionFailedEventAttributes(), event);
        return new Event.RequestCancelExternalWorkflowExecutionFailed(id, occurred,
            required(a.workflowId(), event, "workflowId"),
            Optional.ofNullable(a.runId()),
            required(a.causeAsString(), event, "cause"),
            required(a.initiatedEventId(), event, "initiatedEventId"),
            required(a.decisionTaskCompletedEventId(), event, "decisionTaskCompletedEventId"),
            Optional.ofNullable(a.control()));
      }
      case "ExternalWorkflowExecutionCancelRequested": {
        var a = attributes(event.externalWorkflowExecutionCancelRequestedEventAttributes(), event);
        return new Event.ExternalWorkflowExecutionCancelRequested(id, occurred,
            Sdk.executionId(required(a.workflowExecution(), event, "workflowExecution")),
            required(a.initiatedEventId(), event, "initiatedEventId"));
      }
      case "LambdaFunctionScheduled": {
        var a = attributes(event.lambdaFunctionScheduledEventAttributes(), event);
        return new Event.LambdaFunctionScheduled(id, occurred,
            required(a.id(), event, "id"),
            required(a.name(), event, "name"),
            Optional.ofNullable(a.control()),
            Optional.ofNullable(a.input()),
            Sdk.timeout(a.startToCloseTimeout()),
            required(a.decisionTaskCompletedEventId(), event, "decisionTaskCompletedEventId"));
      }
      case "LambdaFunctionStarted": {
        var a = attributes(event.lambdaFunctionStartedEventAttributes(), event);
        return new Event.LambdaFunctionStarted(id, occurred, required(a.scheduledEventId(), event, "scheduledEventId"));
      }
      case "LambdaFunctionCompleted": {
        var a = attributes(event.lambdaFunctionCompletedEventAttributes(), event);
        return new Event.LambdaFunctionCompleted(id, occurred,
            required(a.scheduledEventId(), event, "scheduledEventId"),
            required(a.startedEventId(), event, "startedEventId"),
            Optional.ofNullable(a.result()));
      }
      case "LambdaFunctionFailed": {
        var a = attributes(event.lambdaFunctionFailedEventAttributes(), event);
        return new Event.LambdaFunctionFailed(id, occurred,
            required(a.scheduledEventId(), event, "scheduledEventId"),
            required(a.startedEventId(), event, "startedEventId"),
            Optional.ofNullable(a.reason()),
            Optional.ofNullable(a.details()));
      }
      case "LambdaFunctionTimedOut": {
        var a = attributes(event.lambdaFunctionTimedOutEventAttributes(), event);
        return new Event.LambdaFunctionTimedOut(id, occurred,
            required(a.scheduledEventId(), event, "scheduledEventId"),
            required(a.startedEventId(), event, "startedEventId"),
            Optional.ofNullable(a.timeoutTypeAsString()));
      }
      case "ScheduleLambdaFunctionFailed": {
        var a = attributes(event.scheduleLambdaFunctionFailedEventAttributes(), event);
        return new Event.ScheduleLambdaFunctionFailed(id, occurred,
            required(a.id(), event, "id"),
            required(a.name(), event, "name"),
            required(a.causeAsString(), event, "cause"),
            required(a.decisionTaskCompletedEventId(), event, "decisionTaskCompletedEventId"));
      }
      case "StartLambdaFunctionFailed": {
        var a = attributes(event.startLambdaFunctionFailedEventAttributes(), event);
        return new Event.StartLambdaFunctionFailed(id, occurred,
            optionalLong(a.scheduledEventId()),
            Optional.ofNullable(a.causeAsString()),
            Optional.ofNullable(a.message()));
      }
      default:
        return new Event.Unknown(id, occurred, type, event);
    }
  }

  private static <T> T attributes(T attributes, HistoryEvent event) {
    if (attributes == null) {
      throw new IllegalStateException(
          "SWF reported a " + event.eventTypeAsString() + " event (id " + event.eventId() + ") without its attributes");
    }
    return attributes;
  }

  private static <T> T required(T value, HistoryEvent event, String member) {
    if (value == null) {
      throw new IllegalStateException(
          "SWF reported a " + event.eventTypeAsString() + " event (id " + event.eventId() + ") without " + member);
    }
    return value;
  }

  private static OptionalLong optionalLong(Long value) {
    return value == null ? OptionalLong.empty() : OptionalLong.of(value);
  }

  /** A timer's delay: whole seconds, never {@code NONE}. */
  private static Duration seconds(String value, HistoryEvent event, String member) {
    return Timeout.parse(value).duration().orElseThrow(() -> new IllegalStateException(
        "SWF reported a " + event.eventTypeAsString() + " event (id " + event.eventId() + ") with " + member
            + " NONE"));
  }
}
