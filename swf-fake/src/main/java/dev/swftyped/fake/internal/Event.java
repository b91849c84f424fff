package dev.swftyped.fake.internal;

import java.time.Instant;
import software.amazon.awssdk.services.swf.model.*;

/**
 * One event of a run's history: a record per SWF event type, holding only what the event adds (the
 * run's configuration is shared, not copied). Optional members are null when SWF omits them; ids
 * of other events that SWF always sends are {@code long}s, zeros included. The SDK's {@link
 * HistoryEvent} is built only when a history is read; {@code toString} is the record's own, which
 * is what diagnostics print.
 */
sealed interface Event {
  /** When the event happened, in epoch milliseconds. */
  long millis();

  /** SWF's type of the event. */
  EventType type();

  /** Sets this event's attributes member on the builder. */
  void attributes(HistoryEvent.Builder event);

  /** The event as SWF sends it, with its id in the history. */
  default HistoryEvent toSdk(long eventId) {
    HistoryEvent.Builder event = HistoryEvent.builder()
        .eventId(eventId)
        .eventTimestamp(Instant.ofEpochMilli(millis()))
        .eventType(type());
    attributes(event);
    return event.build();
  }

  /** Whether SWF wants the decider to look again after this event (task-plane spec DT-5). */
  default boolean triggersDecision() {
    return false;
  }

  private static TaskList list(String name) {
    return name == null ? null : TaskList.builder().name(name).build();
  }

  /** 0 stands for "absent" in the few members SWF omits rather than zeroes. */
  private static Long unlessZero(long id) {
    return id == 0 ? null : id;
  }

  // ---------------------------------------------------------------- the workflow execution

  /** The run started, with its configuration, parent and predecessor. */
  record WorkflowExecutionStarted(long millis, RunConfig config, WorkflowExecution parentWorkflowExecution,
      long parentInitiatedEventId, String continuedExecutionRunId) implements Event {
    @Override
    public EventType type() {
      return EventType.WORKFLOW_EXECUTION_STARTED;
    }

    @Override
    public boolean triggersDecision() {
      return true;
    }

    @Override
    public void attributes(HistoryEvent.Builder event) {
      WorkflowExecutionStartedEventAttributes.Builder attributes = WorkflowExecutionStartedEventAttributes.builder()
          .input(config.input())
          .executionStartToCloseTimeout(config.executionTimeout())
          .taskStartToCloseTimeout(config.taskTimeout())
          .childPolicy(config.childPolicy())
          .taskList(list(config.taskList()))
          .taskPriority(config.taskPriority())
          .workflowType(config.type().sdkType())
          .lambdaRole(config.lambdaRole())
          .parentWorkflowExecution(parentWorkflowExecution)
          .parentInitiatedEventId(parentInitiatedEventId)
          .continuedExecutionRunId(continuedExecutionRunId);
      if (!config.tags().isEmpty()) {
        attributes.tagList(config.tags());
      }
      event.workflowExecutionStartedEventAttributes(attributes.build());
    }
  }

  /** A signal, from the API (no external run, id 0) or from another run's decision. */
  record WorkflowExecutionSignaled(long millis, String signalName, String input,
      WorkflowExecution externalWorkflowExecution, long externalInitiatedEventId) implements Event {
    @Override
    public EventType type() {
      return EventType.WORKFLOW_EXECUTION_SIGNALED;
    }

    @Override
    public boolean triggersDecision() {
      return true;
    }

    @Override
    public void attributes(HistoryEvent.Builder event) {
      event.workflowExecutionSignaledEventAttributes(WorkflowExecutionSignaledEventAttributes.builder()
          .signalName(signalName)
          .input(input)
          .externalWorkflowExecution(externalWorkflowExecution)
          .externalInitiatedEventId(externalInitiatedEventId)
          .build());
    }
  }

  /**
   * A cancellation request: from the API (id 0), another run's decision, or a parent's child policy
   * (a cause and no id, task-plane spec Q-10).
   */
  record WorkflowExecutionCancelRequested(long millis, WorkflowExecution externalWorkflowExecution,
      Long externalInitiatedEventId, WorkflowExecutionCancelRequestedCause cause) implements Event {
    @Override
    public EventType type() {
      return EventType.WORKFLOW_EXECUTION_CANCEL_REQUESTED;
    }

    @Override
    public boolean triggersDecision() {
      return true;
    }

    @Override
    public void attributes(HistoryEvent.Builder event) {
      event.workflowExecutionCancelRequestedEventAttributes(WorkflowExecutionCancelRequestedEventAttributes.builder()
          .externalWorkflowExecution(externalWorkflowExecution)
          .externalInitiatedEventId(externalInitiatedEventId)
          .cause(cause)
          .build());
    }
  }

  /** The run was terminated, by an operator or by its parent's child policy. */
  record WorkflowExecutionTerminated(long millis, String reason, String details, ChildPolicy childPolicy,
      WorkflowExecutionTerminatedCause cause) implements Event {
    @Override
    public EventType type() {
      return EventType.WORKFLOW_EXECUTION_TERMINATED;
    }

    @Override
    public void attributes(HistoryEvent.Builder event) {
      event.workflowExecutionTerminatedEventAttributes(WorkflowExecutionTerminatedEventAttributes.builder()
          .reason(reason)
          .details(details)
          .childPolicy(childPolicy)
          .cause(cause)
          .build());
    }
  }

  /** The run's start-to-close timeout passed. */
  record WorkflowExecutionTimedOut(long millis, ChildPolicy childPolicy) implements Event {
    @Override
    public EventType type() {
      return EventType.WORKFLOW_EXECUTION_TIMED_OUT;
    }

    @Override
    public void attributes(HistoryEvent.Builder event) {
      event.workflowExecutionTimedOutEventAttributes(WorkflowExecutionTimedOutEventAttributes.builder()
          .timeoutType(WorkflowExecutionTimeoutType.START_TO_CLOSE)
          .childPolicy(childPolicy)
          .build());
    }
  }

  /** A decision completed the run. */
  record WorkflowExecutionCompleted(long millis, String result, long decisionTaskCompletedEventId) implements Event {
    @Override
    public EventType type() {
      return EventType.WORKFLOW_EXECUTION_COMPLETED;
    }

    @Override
    public void attributes(HistoryEvent.Builder event) {
      event.workflowExecutionCompletedEventAttributes(WorkflowExecutionCompletedEventAttributes.builder()
          .result(result)
          .decisionTaskCompletedEventId(decisionTaskCompletedEventId)
          .build());
    }
  }

  /** A decision failed the run. */
  record WorkflowExecutionFailed(long millis, String reason, String details, long decisionTaskCompletedEventId)
      implements Event {
    @Override
    public EventType type() {
      return EventType.WORKFLOW_EXECUTION_FAILED;
    }

    @Override
    public void attributes(HistoryEvent.Builder event) {
      event.workflowExecutionFailedEventAttributes(WorkflowExecutionFailedEventAttributes.builder()
          .reason(reason)
          .details(details)
          .decisionTaskCompletedEventId(decisionTaskCompletedEventId)
          .build());
    }
  }

  /** A decision canceled the run. */
  record WorkflowExecutionCanceled(long millis, String details, long decisionTaskCompletedEventId) implements Event {
    @Override
    public EventType type() {
      return EventType.WORKFLOW_EXECUTION_CANCELED;
    }

    @Override
    public void attributes(HistoryEvent.Builder event) {
      event.workflowExecutionCanceledEventAttributes(WorkflowExecutionCanceledEventAttributes.builder()
          .details(details)
          .decisionTaskCompletedEventId(decisionTaskCompletedEventId)
          .build());
    }
  }

  /** A decision closed the run and started a new one with the configuration given. */
  record WorkflowExecutionContinuedAsNew(long millis, long decisionTaskCompletedEventId, String newExecutionRunId,
      RunConfig next) implements Event {
    @Override
    public EventType type() {
      return EventType.WORKFLOW_EXECUTION_CONTINUED_AS_NEW;
    }

    @Override
    public void attributes(HistoryEvent.Builder event) {
      WorkflowExecutionContinuedAsNewEventAttributes.Builder attributes =
          WorkflowExecutionContinuedAsNewEventAttributes.builder()
              .input(next.input())
              .decisionTaskCompletedEventId(decisionTaskCompletedEventId)
              .newExecutionRunId(newExecutionRunId)
              .executionStartToCloseTimeout(next.executionTimeout())
              .taskList(list(next.taskList()))
              .taskPriority(next.taskPriority())
              .taskStartToCloseTimeout(next.taskTimeout())
              .childPolicy(next.childPolicy())
              .workflowType(next.type().sdkType())
              .lambdaRole(next.lambdaRole());
      if (!next.tags().isEmpty()) {
        attributes.tagList(next.tags());
      }
      event.workflowExecutionContinuedAsNewEventAttributes(attributes.build());
    }
  }

  /** A CompleteWorkflowExecution decision could not be applied. */
  record CompleteWorkflowExecutionFailed(long millis, CompleteWorkflowExecutionFailedCause cause,
      long decisionTaskCompletedEventId) implements Event {
    @Override
    public EventType type() {
      return EventType.COMPLETE_WORKFLOW_EXECUTION_FAILED;
    }

    @Override
    public boolean triggersDecision() {
      return true;
    }

    @Override
    public void attributes(HistoryEvent.Builder event) {
      event.completeWorkflowExecutionFailedEventAttributes(CompleteWorkflowExecutionFailedEventAttributes.builder()
          .cause(cause)
          .decisionTaskCompletedEventId(decisionTaskCompletedEventId)
          .build());
    }
  }

  /** A FailWorkflowExecution decision could not be applied. */
  record FailWorkflowExecutionFailed(long millis, FailWorkflowExecutionFailedCause cause,
      long decisionTaskCompletedEventId) implements Event {
    @Override
    public EventType type() {
      return EventType.FAIL_WORKFLOW_EXECUTION_FAILED;
    }

    @Override
    public boolean triggersDecision() {
      return true;
    }

    @Override
    public void attributes(HistoryEvent.Builder event) {
      event.failWorkflowExecutionFailedEventAttributes(FailWorkflowExecutionFailedEventAttributes.builder()
          .cause(cause)
          .decisionTaskCompletedEventId(decisionTaskCompletedEventId)
          .build());
    }
  }

  /** A CancelWorkflowExecution decision could not be applied. */
  record CancelWorkflowExecutionFailed(long millis, CancelWorkflowExecutionFailedCause cause,
      long decisionTaskCompletedEventId) implements Event {
    @Override
    public EventType type() {
      return EventType.CANCEL_WORKFLOW_EXECUTION_FAILED;
    }

    @Override
    public boolean triggersDecision() {
      return true;
    }

    @Override
    public void attributes(HistoryEvent.Builder event) {
      event.cancelWorkflowExecutionFailedEventAttributes(CancelWorkflowExecutionFailedEventAttributes.builder()
          .cause(cause)
          .decisionTaskCompletedEventId(decisionTaskCompletedEventId)
          .build());
    }
  }

  /** A ContinueAsNewWorkflowExecution decision could not be applied. */
  record ContinueAsNewWorkflowExecutionFailed(long millis, ContinueAsNewWorkflowExecutionFailedCause cause,
      long decisionTaskCompletedEventId) implements Event {
    @Override
    public EventType type() {
      return EventType.CONTINUE_AS_NEW_WORKFLOW_EXECUTION_FAILED;
    }

    @Override
    public boolean triggersDecision() {
      return true;
    }

    @Override
    public void attributes(HistoryEvent.Builder event) {
      event.continueAsNewWorkflowExecutionFailedEventAttributes(
          ContinueAsNewWorkflowExecutionFailedEventAttributes.builder()
              .cause(cause)
              .decisionTaskCompletedEventId(decisionTaskCompletedEventId)
              .build());
    }
  }

  // ---------------------------------------------------------------- decision tasks

  /** A decision task was scheduled on a task list. */
  record DecisionTaskScheduled(long millis, String taskList, String startToCloseTimeout, String taskPriority,
      String scheduleToStartTimeout) implements Event {
    @Override
    public EventType type() {
      return EventType.DECISION_TASK_SCHEDULED;
    }

    @Override
    public void attributes(HistoryEvent.Builder event) {
      event.decisionTaskScheduledEventAttributes(DecisionTaskScheduledEventAttributes.builder()
          .taskList(list(taskList))
          .taskPriority(taskPriority)
          .startToCloseTimeout(startToCloseTimeout)
          .scheduleToStartTimeout(scheduleToStartTimeout)
          .build());
    }
  }

  /** A decider took the decision task. */
  record DecisionTaskStarted(long millis, String identity, long scheduledEventId) implements Event {
    @Override
    public EventType type() {
      return EventType.DECISION_TASK_STARTED;
    }

    @Override
    public void attributes(HistoryEvent.Builder event) {
      event.decisionTaskStartedEventAttributes(DecisionTaskStartedEventAttributes.builder()
          .identity(identity)
          .scheduledEventId(scheduledEventId)
          .build());
    }
  }

  /** The decider answered; its decisions' events follow. */
  record DecisionTaskCompleted(long millis, String executionContext, long scheduledEventId, long startedEventId,
      String taskList, String taskListScheduleToStartTimeout) implements Event {
    @Override
    public EventType type() {
      return EventType.DECISION_TASK_COMPLETED;
    }

    @Override
    public void attributes(HistoryEvent.Builder event) {
      event.decisionTaskCompletedEventAttributes(DecisionTaskCompletedEventAttributes.builder()
          .executionContext(executionContext)
          .scheduledEventId(scheduledEventId)
          .startedEventId(startedEventId)
          .taskList(list(taskList))
          .taskListScheduleToStartTimeout(taskListScheduleToStartTimeout)
          .build());
    }
  }

  /** A decision task was not started, or not completed, in time. */
  record DecisionTaskTimedOut(long millis, DecisionTaskTimeoutType timeoutType, long scheduledEventId,
      long startedEventId) implements Event {
    @Override
    public EventType type() {
      return EventType.DECISION_TASK_TIMED_OUT;
    }

    @Override
    public boolean triggersDecision() {
      return true;
    }

    @Override
    public void attributes(HistoryEvent.Builder event) {
      event.decisionTaskTimedOutEventAttributes(DecisionTaskTimedOutEventAttributes.builder()
          .timeoutType(timeoutType)
          .scheduledEventId(scheduledEventId)
          .startedEventId(startedEventId)
          .build());
    }
  }

  // ---------------------------------------------------------------- activity tasks

  /** An activity task was scheduled, with its resolved task list and timeouts. */
  record ActivityTaskScheduled(long millis, ActivityType activityType, String activityId,
      String input, String control, String scheduleToStartTimeout, String scheduleToCloseTimeout,
      String startToCloseTimeout, String heartbeatTimeout, String taskList, String taskPriority,
      long decisionTaskCompletedEventId) implements Event {
    @Override
    public EventType type() {
      return EventType.ACTIVITY_TASK_SCHEDULED;
    }

    @Override
    public void attributes(HistoryEvent.Builder event) {
      event.activityTaskScheduledEventAttributes(ActivityTaskScheduledEventAttributes.builder()
          .activityType(activityType)
          .activityId(activityId)
          .input(input)
          .control(control)
          .scheduleToStartTimeout(scheduleToStartTimeout)
          .scheduleToCloseTimeout(scheduleToCloseTimeout)
          .startToCloseTimeout(startToCloseTimeout)
          .heartbeatTimeout(heartbeatTimeout)
          .taskList(list(taskList))
          .taskPriority(taskPriority)
          .decisionTaskCompletedEventId(decisionTaskCompletedEventId)
          .build());
    }
  }

  /** A ScheduleActivityTask decision could not be applied. */
  record ScheduleActivityTaskFailed(long millis, ActivityType activityType, String activityId,
      ScheduleActivityTaskFailedCause cause, long decisionTaskCompletedEventId) implements Event {
    @Override
    public EventType type() {
      return EventType.SCHEDULE_ACTIVITY_TASK_FAILED;
    }

    @Override
    public boolean triggersDecision() {
      return true;
    }

    @Override
    public void attributes(HistoryEvent.Builder event) {
      event.scheduleActivityTaskFailedEventAttributes(ScheduleActivityTaskFailedEventAttributes.builder()
          .activityType(activityType)
          .activityId(activityId)
          .cause(cause)
          .decisionTaskCompletedEventId(decisionTaskCompletedEventId)
          .build());
    }
  }

  /** A worker took the activity task. */
  record ActivityTaskStarted(long millis, String identity, long scheduledEventId) implements Event {
    @Override
    public EventType type() {
      return EventType.ACTIVITY_TASK_STARTED;
    }

    @Override
    public void attributes(HistoryEvent.Builder event) {
      event.activityTaskStartedEventAttributes(ActivityTaskStartedEventAttributes.builder()
          .identity(identity)
          .scheduledEventId(scheduledEventId)
          .build());
    }
  }

  /** The worker completed the activity task. */
  record ActivityTaskCompleted(long millis, String result, long scheduledEventId, long startedEventId)
      implements Event {
    @Override
    public EventType type() {
      return EventType.ACTIVITY_TASK_COMPLETED;
    }

    @Override
    public boolean triggersDecision() {
      return true;
    }

    @Override
    public void attributes(HistoryEvent.Builder event) {
      event.activityTaskCompletedEventAttributes(ActivityTaskCompletedEventAttributes.builder()
          .result(result)
          .scheduledEventId(scheduledEventId)
          .startedEventId(startedEventId)
          .build());
    }
  }

  /** The worker failed the activity task. */
  record ActivityTaskFailed(long millis, String reason, String details, long scheduledEventId, long startedEventId)
      implements Event {
    @Override
    public EventType type() {
      return EventType.ACTIVITY_TASK_FAILED;
    }

    @Override
    public boolean triggersDecision() {
      return true;
    }

    @Override
    public void attributes(HistoryEvent.Builder event) {
      event.activityTaskFailedEventAttributes(ActivityTaskFailedEventAttributes.builder()
          .reason(reason)
          .details(details)
          .scheduledEventId(scheduledEventId)
          .startedEventId(startedEventId)
          .build());
    }
  }

  /** One of the activity task's timeouts passed; {@code startedEventId} is 0 if it never started. */
  record ActivityTaskTimedOut(long millis, ActivityTaskTimeoutType timeoutType, long scheduledEventId,
      long startedEventId, String details) implements Event {
    @Override
    public EventType type() {
      return EventType.ACTIVITY_TASK_TIMED_OUT;
    }

    @Override
    public boolean triggersDecision() {
      return true;
    }

    @Override
    public void attributes(HistoryEvent.Builder event) {
      event.activityTaskTimedOutEventAttributes(ActivityTaskTimedOutEventAttributes.builder()
          .timeoutType(timeoutType)
          .scheduledEventId(scheduledEventId)
          .startedEventId(startedEventId)
          .details(details)
          .build());
    }
  }

  /** The decider asked for the activity task to be canceled. */
  record ActivityTaskCancelRequested(long millis, long decisionTaskCompletedEventId, String activityId)
      implements Event {
    @Override
    public EventType type() {
      return EventType.ACTIVITY_TASK_CANCEL_REQUESTED;
    }

    @Override
    public void attributes(HistoryEvent.Builder event) {
      event.activityTaskCancelRequestedEventAttributes(ActivityTaskCancelRequestedEventAttributes.builder()
          .decisionTaskCompletedEventId(decisionTaskCompletedEventId)
          .activityId(activityId)
          .build());
    }
  }

  /**
   * The activity task was canceled: by its worker, or at once when it had not started ({@code
   * startedEventId} 0). {@code latestCancelRequestedEventId} is 0 when no cancellation was asked for.
   */
  record ActivityTaskCanceled(long millis, String details, long scheduledEventId, long startedEventId,
      long latestCancelRequestedEventId) implements Event {
    @Override
    public EventType type() {
      return EventType.ACTIVITY_TASK_CANCELED;
    }

    @Override
    public boolean triggersDecision() {
      return true;
    }

    @Override
    public void attributes(HistoryEvent.Builder event) {
      event.activityTaskCanceledEventAttributes(ActivityTaskCanceledEventAttributes.builder()
          .details(details)
          .scheduledEventId(scheduledEventId)
          .startedEventId(startedEventId)
          .latestCancelRequestedEventId(unlessZero(latestCancelRequestedEventId))
          .build());
    }
  }

  /** A RequestCancelActivityTask decision named no open activity. */
  record RequestCancelActivityTaskFailed(long millis, String activityId, RequestCancelActivityTaskFailedCause cause,
      long decisionTaskCompletedEventId) implements Event {
    @Override
    public EventType type() {
      return EventType.REQUEST_CANCEL_ACTIVITY_TASK_FAILED;
    }

    @Override
    public boolean triggersDecision() {
      return true;
    }

    @Override
    public void attributes(HistoryEvent.Builder event) {
      event.requestCancelActivityTaskFailedEventAttributes(RequestCancelActivityTaskFailedEventAttributes.builder()
          .activityId(activityId)
          .cause(cause)
          .decisionTaskCompletedEventId(decisionTaskCompletedEventId)
          .build());
    }
  }

  // ---------------------------------------------------------------- timers and markers

  /** A timer was started. */
  record TimerStarted(long millis, String timerId, String control, String startToFireTimeout,
      long decisionTaskCompletedEventId) implements Event {
    @Override
    public EventType type() {
      return EventType.TIMER_STARTED;
    }

    @Override
    public void attributes(HistoryEvent.Builder event) {
      event.timerStartedEventAttributes(TimerStartedEventAttributes.builder()
          .timerId(timerId)
          .control(control)
          .startToFireTimeout(startToFireTimeout)
          .decisionTaskCompletedEventId(decisionTaskCompletedEventId)
          .build());
    }
  }

  /** A timer fired. */
  record TimerFired(long millis, String timerId, long startedEventId) implements Event {
    @Override
    public EventType type() {
      return EventType.TIMER_FIRED;
    }

    @Override
    public boolean triggersDecision() {
      return true;
    }

    @Override
    public void attributes(HistoryEvent.Builder event) {
      event.timerFiredEventAttributes(TimerFiredEventAttributes.builder()
          .timerId(timerId)
          .startedEventId(startedEventId)
          .build());
    }
  }

  /** A timer was canceled by a decision. */
  record TimerCanceled(long millis, String timerId, long startedEventId, long decisionTaskCompletedEventId)
      implements Event {
    @Override
    public EventType type() {
      return EventType.TIMER_CANCELED;
    }

    @Override
    public void attributes(HistoryEvent.Builder event) {
      event.timerCanceledEventAttributes(TimerCanceledEventAttributes.builder()
          .timerId(timerId)
          .startedEventId(startedEventId)
          .decisionTaskCompletedEventId(decisionTaskCompletedEventId)
          .build());
    }
  }

  /** A StartTimer decision could not be applied. */
  record StartTimerFailed(long millis, String timerId, StartTimerFailedCause cause,
      long decisionTaskCompletedEventId) implements Event {
    @Override
    public EventType type() {
      return EventType.START_TIMER_FAILED;
    }

    @Override
    public boolean triggersDecision() {
      return true;
    }

    @Override
    public void attributes(HistoryEvent.Builder event) {
      event.startTimerFailedEventAttributes(StartTimerFailedEventAttributes.builder()
          .timerId(timerId)
          .cause(cause)
          .decisionTaskCompletedEventId(decisionTaskCompletedEventId)
          .build());
    }
  }

  /** A CancelTimer decision named no open timer. */
  record CancelTimerFailed(long millis, String timerId, CancelTimerFailedCause cause,
      long decisionTaskCompletedEventId) implements Event {
    @Override
    public EventType type() {
      return EventType.CANCEL_TIMER_FAILED;
    }

    @Override
    public boolean triggersDecision() {
      return true;
    }

    @Override
    public void attributes(HistoryEvent.Builder event) {
      event.cancelTimerFailedEventAttributes(CancelTimerFailedEventAttributes.builder()
          .timerId(timerId)
          .cause(cause)
          .decisionTaskCompletedEventId(decisionTaskCompletedEventId)
          .build());
    }
  }

  /** A marker was recorded. */
  record MarkerRecorded(long millis, String markerName, String details, long decisionTaskCompletedEventId)
      implements Event {
    @Override
    public EventType type() {
      return EventType.MARKER_RECORDED;
    }

    @Override
    public void attributes(HistoryEvent.Builder event) {
      event.markerRecordedEventAttributes(MarkerRecordedEventAttributes.builder()
          .markerName(markerName)
          .details(details)
          .decisionTaskCompletedEventId(decisionTaskCompletedEventId)
          .build());
    }
  }

  // ---------------------------------------------------------------- child workflows

  /** A StartChildWorkflowExecution decision was accepted; the child starts after the batch. */
  record StartChildWorkflowExecutionInitiated(long millis, String workflowId, RunConfig child, String control,
      long decisionTaskCompletedEventId) implements Event {
    @Override
    public EventType type() {
      return EventType.START_CHILD_WORKFLOW_EXECUTION_INITIATED;
    }

    @Override
    public void attributes(HistoryEvent.Builder event) {
      StartChildWorkflowExecutionInitiatedEventAttributes.Builder attributes =
          StartChildWorkflowExecutionInitiatedEventAttributes.builder()
              .workflowId(workflowId)
              .workflowType(child.type().sdkType())
              .control(control)
              .input(child.input())
              .executionStartToCloseTimeout(child.executionTimeout())
              .taskList(list(child.taskList()))
              .taskPriority(child.taskPriority())
              .decisionTaskCompletedEventId(decisionTaskCompletedEventId)
              .childPolicy(child.childPolicy())
              .taskStartToCloseTimeout(child.taskTimeout())
              .lambdaRole(child.lambdaRole());
      if (!child.tags().isEmpty()) {
        attributes.tagList(child.tags());
      }
      event.startChildWorkflowExecutionInitiatedEventAttributes(attributes.build());
    }
  }

  /** A child could not be started; {@code initiatedEventId} is 0 unless it was already running. */
  record StartChildWorkflowExecutionFailed(long millis, WorkflowType workflowType,
      StartChildWorkflowExecutionFailedCause cause, String workflowId, long initiatedEventId,
      long decisionTaskCompletedEventId, String control) implements Event {
    @Override
    public EventType type() {
      return EventType.START_CHILD_WORKFLOW_EXECUTION_FAILED;
    }

    @Override
    public boolean triggersDecision() {
      return true;
    }

    @Override
    public void attributes(HistoryEvent.Builder event) {
      event.startChildWorkflowExecutionFailedEventAttributes(
          StartChildWorkflowExecutionFailedEventAttributes.builder()
              .workflowType(workflowType)
              .cause(cause)
              .workflowId(workflowId)
              .initiatedEventId(initiatedEventId)
              .decisionTaskCompletedEventId(decisionTaskCompletedEventId)
              .control(control)
              .build());
    }
  }

  /** A child run started. */
  record ChildWorkflowExecutionStarted(long millis, WorkflowExecution workflowExecution, WorkflowType workflowType,
      long initiatedEventId) implements Event {
    @Override
    public EventType type() {
      return EventType.CHILD_WORKFLOW_EXECUTION_STARTED;
    }

    @Override
    public boolean triggersDecision() {
      return true;
    }

    @Override
    public void attributes(HistoryEvent.Builder event) {
      event.childWorkflowExecutionStartedEventAttributes(ChildWorkflowExecutionStartedEventAttributes.builder()
          .workflowExecution(workflowExecution)
          .workflowType(workflowType)
          .initiatedEventId(initiatedEventId)
          .build());
    }
  }

  /** A child run completed. */
  record ChildWorkflowExecutionCompleted(long millis, WorkflowExecution workflowExecution, WorkflowType workflowType,
      String result, long initiatedEventId, long startedEventId) implements Event {
    @Override
    public EventType type() {
      return EventType.CHILD_WORKFLOW_EXECUTION_COMPLETED;
    }

    @Override
    public boolean triggersDecision() {
      return true;
    }

    @Override
    public void attributes(HistoryEvent.Builder event) {
      event.childWorkflowExecutionCompletedEventAttributes(ChildWorkflowExecutionCompletedEventAttributes.builder()
          .workflowExecution(workflowExecution)
          .workflowType(workflowType)
          .result(result)
          .initiatedEventId(initiatedEventId)
          .startedEventId(startedEventId)
          .build());
    }
  }

  /** A child run failed. */
  record ChildWorkflowExecutionFailed(long millis, WorkflowExecution workflowExecution, WorkflowType workflowType,
      String reason, String details, long initiatedEventId, long startedEventId) implements Event {
    @Override
    public EventType type() {
      return EventType.CHILD_WORKFLOW_EXECUTION_FAILED;
    }

    @Override
    public boolean triggersDecision() {
      return true;
    }

    @Override
    public void attributes(HistoryEvent.Builder event) {
      event.childWorkflowExecutionFailedEventAttributes(ChildWorkflowExecutionFailedEventAttributes.builder()
          .workflowExecution(workflowExecution)
          .workflowType(workflowType)
          .reason(reason)
          .details(details)
          .initiatedEventId(initiatedEventId)
          .startedEventId(startedEventId)
          .build());
    }
  }

  /** A child run was canceled. */
  record ChildWorkflowExecutionCanceled(long millis, WorkflowExecution workflowExecution, WorkflowType workflowType,
      String details, long initiatedEventId, long startedEventId) implements Event {
    @Override
    public EventType type() {
      return EventType.CHILD_WORKFLOW_EXECUTION_CANCELED;
    }

    @Override
    public boolean triggersDecision() {
      return true;
    }

    @Override
    public void attributes(HistoryEvent.Builder event) {
      event.childWorkflowExecutionCanceledEventAttributes(ChildWorkflowExecutionCanceledEventAttributes.builder()
          .workflowExecution(workflowExecution)
          .workflowType(workflowType)
          .details(details)
          .initiatedEventId(initiatedEventId)
          .startedEventId(startedEventId)
          .build());
    }
  }

  /** A child run timed out. */
  record ChildWorkflowExecutionTimedOut(long millis, WorkflowExecution workflowExecution, WorkflowType workflowType,
      long initiatedEventId, long startedEventId) implements Event {
    @Override
    public EventType type() {
      return EventType.CHILD_WORKFLOW_EXECUTION_TIMED_OUT;
    }

    @Override
    public boolean triggersDecision() {
      return true;
    }

    @Override
    public void attributes(HistoryEvent.Builder event) {
      event.childWorkflowExecutionTimedOutEventAttributes(ChildWorkflowExecutionTimedOutEventAttributes.builder()
          .workflowExecution(workflowExecution)
          .workflowType(workflowType)
          .timeoutType(WorkflowExecutionTimeoutType.START_TO_CLOSE)
          .initiatedEventId(initiatedEventId)
          .startedEventId(startedEventId)
          .build());
    }
  }

  /** A child run was terminated. */
  record ChildWorkflowExecutionTerminated(long millis, WorkflowExecution workflowExecution, WorkflowType workflowType,
      long initiatedEventId, long startedEventId) implements Event {
    @Override
    public EventType type() {
      return EventType.CHILD_WORKFLOW_EXECUTION_TERMINATED;
    }

    @Override
    public boolean triggersDecision() {
      return true;
    }

    @Override
    public void attributes(HistoryEvent.Builder event) {
      event.childWorkflowExecutionTerminatedEventAttributes(ChildWorkflowExecutionTerminatedEventAttributes.builder()
          .workflowExecution(workflowExecution)
          .workflowType(workflowType)
          .initiatedEventId(initiatedEventId)
          .startedEventId(startedEventId)
          .build());
    }
  }

  // ---------------------------------------------------------------- other runs

  /** A SignalExternalWorkflowExecution decision was accepted; the signal goes out after the batch. */
  record SignalExternalWorkflowExecutionInitiated(long millis, String workflowId, String runId, String signalName,
      String input, long decisionTaskCompletedEventId, String control) implements Event {
    @Override
    public EventType type() {
      return EventType.SIGNAL_EXTERNAL_WORKFLOW_EXECUTION_INITIATED;
    }

    @Override
    public void attributes(HistoryEvent.Builder event) {
      event.signalExternalWorkflowExecutionInitiatedEventAttributes(
          SignalExternalWorkflowExecutionInitiatedEventAttributes.builder()
              .workflowId(workflowId)
              .runId(runId)
              .signalName(signalName)
              .input(input)
              .decisionTaskCompletedEventId(decisionTaskCompletedEventId)
              .control(control)
              .build());
    }
  }

  /** The signal could not be delivered. */
  record SignalExternalWorkflowExecutionFailed(long millis, String workflowId, String runId,
      SignalExternalWorkflowExecutionFailedCause cause, long initiatedEventId, long decisionTaskCompletedEventId,
      String control) implements Event {
    @Override
    public EventType type() {
      return EventType.SIGNAL_EXTERNAL_WORKFLOW_EXECUTION_FAILED;
    }

    @Override
    public boolean triggersDecision() {
      return true;
    }

    @Override
    public void attributes(HistoryEvent.Builder event) {
      event.signalExternalWorkflowExecutionFailedEventAttributes(
          SignalExternalWorkflowExecutionFailedEventAttributes.builder()
              .workflowId(workflowId)
              .runId(runId)
              .cause(cause)
              .initiatedEventId(initiatedEventId)
              .decisionTaskCompletedEventId(decisionTaskCompletedEventId)
              .control(control)
              .build());
    }
  }

  /** The signal was delivered to the target run. */
  record ExternalWorkflowExecutionSignaled(long millis, WorkflowExecution workflowExecution, long initiatedEventId)
      implements Event {
    @Override
    public EventType type() {
      return EventType.EXTERNAL_WORKFLOW_EXECUTION_SIGNALED;
    }

    @Override
    public boolean triggersDecision() {
      return true;
    }

    @Override
    public void attributes(HistoryEvent.Builder event) {
      event.externalWorkflowExecutionSignaledEventAttributes(ExternalWorkflowExecutionSignaledEventAttributes.builder()
          .workflowExecution(workflowExecution)
          .initiatedEventId(initiatedEventId)
          .build());
    }
  }

  /** A RequestCancelExternalWorkflowExecution decision was accepted; it goes out after the batch. */
  record RequestCancelExternalWorkflowExecutionInitiated(long millis, String workflowId, String runId,
      long decisionTaskCompletedEventId, String control) implements Event {
    @Override
    public EventType type() {
      return EventType.REQUEST_CANCEL_EXTERNAL_WORKFLOW_EXECUTION_INITIATED;
    }

    @Override
    public void attributes(HistoryEvent.Builder event) {
      event.requestCancelExternalWorkflowExecutionInitiatedEventAttributes(
          RequestCancelExternalWorkflowExecutionInitiatedEventAttributes.builder()
              .workflowId(workflowId)
              .runId(runId)
              .decisionTaskCompletedEventId(decisionTaskCompletedEventId)
              .control(control)
              .build());
    }
  }

  /** The cancellation request could not be delivered. */
  record RequestCancelExternalWorkflowExecutionFailed(long millis, String workflowId, String runId,
      RequestCancelExternalWorkflowExecutionFailedCause cause, long initiatedEventId,
      long decisionTaskCompletedEventId, String control) implements Event {
    @Override
    public EventType type() {
      return EventType.REQUEST_CANCEL_EXTERNAL_WORKFLOW_EXECUTION_FAILED;
    }

    @Override
    public boolean triggersDecision() {
      return true;
    }

    @Override
    public void attributes(HistoryEvent.Builder event) {
      event.requestCancelExternalWorkflowExecutionFailedEventAttributes(
          RequestCancelExternalWorkflowExecutionFailedEventAttributes.builder()
              .workflowId(workflowId)
              .runId(runId)
              .cause(cause)
              .initiatedEventId(initiatedEventId)
              .decisionTaskCompletedEventId(decisionTaskCompletedEventId)
              .control(control)
              .build());
    }
  }

  /** The cancellation request was delivered to the target run. */
  record ExternalWorkflowExecutionCancelRequested(long millis, WorkflowExecution workflowExecution,
      long initiatedEventId)
      implements Event {
    @Override
    public EventType type() {
      return EventType.EXTERNAL_WORKFLOW_EXECUTION_CANCEL_REQUESTED;
    }

    @Override
    public boolean triggersDecision() {
      return true;
    }

    @Override
    public void attributes(HistoryEvent.Builder event) {
      event.externalWorkflowExecutionCancelRequestedEventAttributes(
          ExternalWorkflowExecutionCancelRequestedEventAttributes.builder()
              .workflowExecution(workflowExecution)
              .initiatedEventId(initiatedEventId)
              .build());
    }
  }

  // ---------------------------------------------------------------- Lambda functions

  /** A ScheduleLambdaFunction decision was accepted (the fake then fails it, D-13). */
  record LambdaFunctionScheduled(long millis, String id, String name, String control, String input,
      String startToCloseTimeout, long decisionTaskCompletedEventId) implements Event {
    @Override
    public EventType type() {
      return EventType.LAMBDA_FUNCTION_SCHEDULED;
    }

    @Override
    public void attributes(HistoryEvent.Builder event) {
      event.lambdaFunctionScheduledEventAttributes(LambdaFunctionScheduledEventAttributes.builder()
          .id(id)
          .name(name)
          .control(control)
          .input(input)
          .startToCloseTimeout(startToCloseTimeout)
          .decisionTaskCompletedEventId(decisionTaskCompletedEventId)
          .build());
    }
  }

  /** A scheduled Lambda function could not be started. */
  record StartLambdaFunctionFailed(long millis, long scheduledEventId, StartLambdaFunctionFailedCause cause,
      String message) implements Event {
    @Override
    public EventType type() {
      return EventType.START_LAMBDA_FUNCTION_FAILED;
    }

    @Override
    public boolean triggersDecision() {
      return true;
    }

    @Override
    public void attributes(HistoryEvent.Builder event) {
      event.startLambdaFunctionFailedEventAttributes(StartLambdaFunctionFailedEventAttributes.builder()
          .scheduledEventId(scheduledEventId)
          .cause(cause)
          .message(message)
          .build());
    }
  }

  /** A scheduled Lambda function started (the fake fails it at once). */
  record LambdaFunctionStarted(long millis, long scheduledEventId) implements Event {
    @Override
    public EventType type() {
      return EventType.LAMBDA_FUNCTION_STARTED;
    }

    @Override
    public void attributes(HistoryEvent.Builder event) {
      event.lambdaFunctionStartedEventAttributes(LambdaFunctionStartedEventAttributes.builder()
          .scheduledEventId(scheduledEventId)
          .build());
    }
  }

  /** A started Lambda function failed. */
  record LambdaFunctionFailed(long millis, long scheduledEventId, long startedEventId, String reason, String details)
      implements Event {
    @Override
    public EventType type() {
      return EventType.LAMBDA_FUNCTION_FAILED;
    }

    @Override
    public boolean triggersDecision() {
      return true;
    }

    @Override
    public void attributes(HistoryEvent.Builder event) {
      event.lambdaFunctionFailedEventAttributes(LambdaFunctionFailedEventAttributes.builder()
          .scheduledEventId(scheduledEventId)
          .startedEventId(startedEventId)
          .reason(reason)
          .details(details)
          .build());
    }
  }

  /** A ScheduleLambdaFunction decision could not be applied. */
  record ScheduleLambdaFunctionFailed(long millis, String id, String name, ScheduleLambdaFunctionFailedCause cause,
      long decisionTaskCompletedEventId) implements Event {
    @Override
    public EventType type() {
      return EventType.SCHEDULE_LAMBDA_FUNCTION_FAILED;
    }

    @Override
    public boolean triggersDecision() {
      return true;
    }

    @Override
    public void attributes(HistoryEvent.Builder event) {
      event.scheduleLambdaFunctionFailedEventAttributes(ScheduleLambdaFunctionFailedEventAttributes.builder()
          .id(id)
          .name(name)
          .cause(cause)
          .decisionTaskCompletedEventId(decisionTaskCompletedEventId)
          .build());
    }
  }
}
