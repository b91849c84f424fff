package dev.swftyped;

import java.time.Duration;
import java.util.Optional;
import software.amazon.awssdk.services.swf.model.CancelTimerDecisionAttributes;
import software.amazon.awssdk.services.swf.model.CancelWorkflowExecutionDecisionAttributes;
import software.amazon.awssdk.services.swf.model.CompleteWorkflowExecutionDecisionAttributes;
import software.amazon.awssdk.services.swf.model.ContinueAsNewWorkflowExecutionDecisionAttributes;
import software.amazon.awssdk.services.swf.model.DecisionType;
import software.amazon.awssdk.services.swf.model.FailWorkflowExecutionDecisionAttributes;
import software.amazon.awssdk.services.swf.model.RecordMarkerDecisionAttributes;
import software.amazon.awssdk.services.swf.model.RequestCancelActivityTaskDecisionAttributes;
import software.amazon.awssdk.services.swf.model.RequestCancelExternalWorkflowExecutionDecisionAttributes;
import software.amazon.awssdk.services.swf.model.ScheduleActivityTaskDecisionAttributes;
import software.amazon.awssdk.services.swf.model.ScheduleLambdaFunctionDecisionAttributes;
import software.amazon.awssdk.services.swf.model.SignalExternalWorkflowExecutionDecisionAttributes;
import software.amazon.awssdk.services.swf.model.StartChildWorkflowExecutionDecisionAttributes;
import software.amazon.awssdk.services.swf.model.StartTimerDecisionAttributes;

/**
 * One of the 13 decisions a decider answers a decision task with, as a record named after SWF's
 * decision type ({@link StartTimer} for {@code StartTimer}).
 *
 * <p>Each record checks its values as SWF's service model does (identifiers, lengths, at most five
 * tags, whole seconds) and {@link #toSdk()} turns it into the SDK's decision with exactly the
 * attributes SWF expects: an empty string is sent as an empty string, optional values that are
 * absent are left out, and the attributes member of the decision type is always set, even when it
 * has nothing in it. Records with optional parts start from {@code of(...)} with the required parts
 * and add the others with {@code with...} methods.
 */
public sealed interface Decision {
  /**
   * {@return the SDK's decision: this decision's type and its attributes, named as SWF names them}
   */
  software.amazon.awssdk.services.swf.model.Decision toSdk();

  /**
   * Schedules an activity task.
   *
   * @param activityType the activity type
   * @param activityId the task's id, unique among the execution's open activity tasks: a valid SWF
   *     identifier of 1 to 256 characters
   * @param input the task's input, at most 32,768 characters
   * @param control data for the decider's own use, at most 32,768 characters
   * @param configuration the task list, timeouts and priority that override the activity type's
   *     defaults
   */
  record ScheduleActivityTask(
      ActivityId activityType,
      String activityId,
      Optional<String> input,
      Optional<String> control,
      PartialTaskConfiguration configuration) implements Decision {
    /**
     * Creates the decision after checking its components.
     *
     * @param activityType the activity type
     * @param activityId the task's id, unique among the execution's open activity tasks: a valid SWF
     *     identifier of 1 to 256 characters
     * @param input the task's input, at most 32,768 characters
     * @param control data for the decider's own use, at most 32,768 characters
     * @param configuration the task list, timeouts and priority that override the activity type's
     *     defaults
     */
    public ScheduleActivityTask {
      Check.notNull("activity type", activityType);
      Check.identifier("activity id", activityId, 256);
      Check.notNull("input", input).ifPresent(value -> Check.length("input", value, 0, 32768));
      Check.notNull("control", control).ifPresent(value -> Check.length("control", value, 0, 32768));
      Check.notNull("configuration", configuration);
    }

    /**
     * Returns the decision to schedule a task of the given type with the type's defaults, no input
     * and no control data.
     *
     * @param activityType the activity type
     * @param activityId the task's id
     * @return the decision
     * @throws IllegalArgumentException if the task id is not a valid SWF identifier
     */
    public static ScheduleActivityTask of(ActivityId activityType, String activityId) {
      return new ScheduleActivityTask(activityType, activityId, Optional.empty(), Optional.empty(),
          PartialTaskConfiguration.empty());
    }

    /**
     * Returns this decision with the given input.
     *
     * @param input the task's input, at most 32,768 characters
     * @return the new decision
     */
    public ScheduleActivityTask withInput(String input) {
      return new ScheduleActivityTask(activityType, activityId, Optional.of(Check.notNull("input", input)), control,
          configuration);
    }

    /**
     * Returns this decision with the given control data.
     *
     * @param control data for the decider's own use, at most 32,768 characters
     * @return the new decision
     */
    public ScheduleActivityTask withControl(String control) {
      return new ScheduleActivityTask(activityType, activityId, input, Optional.of(Check.notNull("control", control)),
          configuration);
    }

    /**
     * Returns this decision with the given configuration, replacing any other.
     *
     * @param configuration the settings that override the activity type's defaults
     * @return the new decision
     */
    public ScheduleActivityTask withConfiguration(PartialTaskConfiguration configuration) {
      return new ScheduleActivityTask(activityType, activityId, input, control, configuration);
    }

    /**
     * {@return the SDK's decision; the timeouts are named as the decision names them}
     */
    @Override
    public software.amazon.awssdk.services.swf.model.Decision toSdk() {
      return software.amazon.awssdk.services.swf.model.Decision.builder()
          .decisionType(DecisionType.SCHEDULE_ACTIVITY_TASK)
          .scheduleActivityTaskDecisionAttributes(ScheduleActivityTaskDecisionAttributes.builder()
              .activityType(Sdk.activityType(activityType))
              .activityId(activityId)
              .input(input.orElse(null))
              .control(control.orElse(null))
              .taskList(configuration.taskList().map(Sdk::taskList).orElse(null))
              .taskPriority(Sdk.wire(configuration.taskPriority()))
              .startToCloseTimeout(Sdk.wire(configuration.startToCloseTimeout()))
              .scheduleToStartTimeout(Sdk.wire(configuration.scheduleToStartTimeout()))
              .scheduleToCloseTimeout(Sdk.wire(configuration.scheduleToCloseTimeout()))
              .heartbeatTimeout(Sdk.wire(configuration.heartbeatTimeout()))
              .build())
          .build();
    }
  }

  /**
   * Requests the cancellation of an open activity task.
   *
   * @param activityId the task's id, 1 to 256 characters
   */
  record RequestCancelActivityTask(String activityId) implements Decision {
    /**
     * Creates the decision after checking its component.
     *
     * @param activityId the task's id, 1 to 256 characters
     */
    public RequestCancelActivityTask {
      Check.length("activity id", activityId, 1, 256);
    }

    /**
     * Returns the decision to request the cancellation of the given task.
     *
     * @param activityId the task's id
     * @return the decision
     * @throws IllegalArgumentException if the id is empty or longer than 256 characters
     */
    public static RequestCancelActivityTask of(String activityId) {
      return new RequestCancelActivityTask(activityId);
    }

    @Override
    public software.amazon.awssdk.services.swf.model.Decision toSdk() {
      return software.amazon.awssdk.services.swf.model.Decision.builder()
          .decisionType(DecisionType.REQUEST_CANCEL_ACTIVITY_TASK)
          .requestCancelActivityTaskDecisionAttributes(RequestCancelActivityTaskDecisionAttributes.builder()
              .activityId(activityId)
              .build())
          .build();
    }
  }

  /**
   * Completes the execution.
   *
   * @param result the execution's result, at most 32,768 characters
   */
  record CompleteWorkflowExecution(Optional<String> result) implements Decision {
    /**
     * Creates the decision after checking its component.
     *
     * @param result the execution's result, at most 32,768 characters
     */
    public CompleteWorkflowExecution {
      Check.notNull("result", result).ifPresent(value -> Check.length("result", value, 0, 32768));
    }

    /**
     * {@return the decision to complete the execution without a result}
     */
    public static CompleteWorkflowExecution of() {
      return new CompleteWorkflowExecution(Optional.empty());
    }

    /**
     * Returns this decision with the given result.
     *
     * @param result the execution's result, at most 32,768 characters
     * @return the new decision
     */
    public CompleteWorkflowExecution withResult(String result) {
      return new CompleteWorkflowExecution(Optional.of(Check.notNull("result", result)));
    }

    @Override
    public software.amazon.awssdk.services.swf.model.Decision toSdk() {
      return software.amazon.awssdk.services.swf.model.Decision.builder()
          .decisionType(DecisionType.COMPLETE_WORKFLOW_EXECUTION)
          .completeWorkflowExecutionDecisionAttributes(CompleteWorkflowExecutionDecisionAttributes.builder()
              .result(result.orElse(null))
              .build())
          .build();
    }
  }

  /**
   * Fails the execution.
   *
   * @param reason why, usually for classification; at most 256 characters
   * @param details more detail, usually for people; at most 32,768 characters
   */
  record FailWorkflowExecution(Optional<String> reason, Optional<String> details) implements Decision {
    /**
     * Creates the decision after checking its components.
     *
     * @param reason why, usually for classification; at most 256 characters
     * @param details more detail, usually for people; at most 32,768 characters
     */
    public FailWorkflowExecution {
      Check.notNull("reason", reason).ifPresent(value -> Check.length("reason", value, 0, 256));
      Check.notNull("details", details).ifPresent(value -> Check.length("details", value, 0, 32768));
    }

    /**
     * {@return the decision to fail the execution without a reason or details}
     */
    public static FailWorkflowExecution of() {
      return new FailWorkflowExecution(Optional.empty(), Optional.empty());
    }

    /**
     * Returns this decision with the given reason.
     *
     * @param reason why, at most 256 characters; an empty reason is sent as such
     * @return the new decision
     */
    public FailWorkflowExecution withReason(String reason) {
      return new FailWorkflowExecution(Optional.of(Check.notNull("reason", reason)), details);
    }

    /**
     * Returns this decision with the given details.
     *
     * @param details more detail, at most 32,768 characters
     * @return the new decision
     */
    public FailWorkflowExecution withDetails(String details) {
      return new FailWorkflowExecution(reason, Optional.of(Check.notNull("details", details)));
    }

    @Override
    public software.amazon.awssdk.services.swf.model.Decision toSdk() {
      return software.amazon.awssdk.services.swf.model.Decision.builder()
          .decisionType(DecisionType.FAIL_WORKFLOW_EXECUTION)
          .failWorkflowExecutionDecisionAttributes(FailWorkflowExecutionDecisionAttributes.builder()
              .reason(reason.orElse(null))
              .details(details.orElse(null))
              .build())
          .build();
    }
  }

  /**
   * Cancels the execution.
   *
   * @param details why, at most 32,768 characters
   */
  record CancelWorkflowExecution(Optional<String> details) implements Decision {
    /**
     * Creates the decision after checking its component.
     *
     * @param details why, at most 32,768 characters
     */
    public CancelWorkflowExecution {
      Check.notNull("details", details).ifPresent(value -> Check.length("details", value, 0, 32768));
    }

    /**
     * {@return the decision to cancel the execution without details}
     */
    public static CancelWorkflowExecution of() {
      return new CancelWorkflowExecution(Optional.empty());
    }

    /**
     * Returns this decision with the given details.
     *
     * @param details why, at most 32,768 characters
     * @return the new decision
     */
    public CancelWorkflowExecution withDetails(String details) {
      return new CancelWorkflowExecution(Optional.of(Check.notNull("details", details)));
    }

    @Override
    public software.amazon.awssdk.services.swf.model.Decision toSdk() {
      return software.amazon.awssdk.services.swf.model.Decision.builder()
          .decisionType(DecisionType.CANCEL_WORKFLOW_EXECUTION)
          .cancelWorkflowExecutionDecisionAttributes(CancelWorkflowExecutionDecisionAttributes.builder()
              .details(details.orElse(null))
              .build())
          .build();
    }
  }

  /**
   * Closes the execution and starts a new run of it, with the same workflow id.
   *
   * @param workflowTypeVersion the version of the workflow type the new run uses, or empty for this
   *     run's version; a valid SWF identifier of 1 to 64 characters
   * @param options the new run's input, tags and the settings that override the workflow type's
   *     defaults
   */
  record ContinueAsNewWorkflowExecution(Optional<String> workflowTypeVersion, StartOptions options)
      implements Decision {
    /**
     * Creates the decision after checking its components.
     *
     * @param workflowTypeVersion the version of the workflow type the new run uses, or empty for
     *     this run's version; a valid SWF identifier of 1 to 64 characters
     * @param options the new run's input, tags and the settings that override the workflow type's
     *     defaults
     */
    public ContinueAsNewWorkflowExecution {
      Check.notNull("workflow type version", workflowTypeVersion)
          .ifPresent(version -> Check.identifier("workflow type version", version, 64));
      Check.notNull("options", options);
    }

    /**
     * {@return the decision to continue as a new run of the same version, with no input, no tags
     * and every setting from the workflow type}
     */
    public static ContinueAsNewWorkflowExecution of() {
      return new ContinueAsNewWorkflowExecution(Optional.empty(), StartOptions.defaults());
    }

    /**
     * Returns this decision with the given workflow type version.
     *
     * @param version the version of the workflow type the new run uses
     * @return the new decision
     */
    public ContinueAsNewWorkflowExecution withWorkflowTypeVersion(String version) {
      return new ContinueAsNewWorkflowExecution(Optional.of(Check.notNull("workflow type version", version)), options);
    }

    /**
     * Returns this decision with the given options, replacing any others.
     *
     * @param options the new run's input, tags and configuration
     * @return the new decision
     */
    public ContinueAsNewWorkflowExecution withOptions(StartOptions options) {
      return new ContinueAsNewWorkflowExecution(workflowTypeVersion, options);
    }

    @Override
    public software.amazon.awssdk.services.swf.model.Decision toSdk() {
      PartialExecutionConfiguration configuration = options.configuration();
      ContinueAsNewWorkflowExecutionDecisionAttributes.Builder attributes =
          ContinueAsNewWorkflowExecutionDecisionAttributes.builder()
              .workflowTypeVersion(workflowTypeVersion.orElse(null))
              .input(options.input().orElse(null))
              .executionStartToCloseTimeout(Sdk.wire(configuration.timeout()))
              .taskStartToCloseTimeout(Sdk.wire(configuration.decisionTaskTimeout()))
              .taskList(configuration.decisionTaskList().map(Sdk::taskList).orElse(null))
              .taskPriority(Sdk.wire(configuration.decisionTaskPriority()))
              .childPolicy(configuration.childExecutionPolicy()
                  .map(ChildExecutionTerminationPolicy::childPolicy).orElse(null))
              .lambdaRole(configuration.lambdaRole().orElse(null));
      if (!options.tags().isEmpty()) {
        attributes.tagList(options.tags());
      }
      return software.amazon.awssdk.services.swf.model.Decision.builder()
          .decisionType(DecisionType.CONTINUE_AS_NEW_WORKFLOW_EXECUTION)
          .continueAsNewWorkflowExecutionDecisionAttributes(attributes.build())
          .build();
    }
  }

  /**
   * Records a marker in the history, for the decider's later use.
   *
   * @param markerName the marker's name, 1 to 256 characters
   * @param details the marker's details, at most 32,768 characters
   */
  record RecordMarker(String markerName, Optional<String> details) implements Decision {
    /**
     * Creates the decision after checking its components.
     *
     * @param markerName the marker's name, 1 to 256 characters
     * @param details the marker's details, at most 32,768 characters
     */
    public RecordMarker {
      Check.length("marker name", markerName, 1, 256);
      Check.notNull("details", details).ifPresent(value -> Check.length("details", value, 0, 32768));
    }

    /**
     * Returns the decision to record a marker without details.
     *
     * @param markerName the marker's name
     * @return the decision
     * @throws IllegalArgumentException if the name is empty or longer than 256 characters
     */
    public static RecordMarker of(String markerName) {
      return new RecordMarker(markerName, Optional.empty());
    }

    /**
     * Returns this decision with the given details.
     *
     * @param details the marker's details, at most 32,768 characters
     * @return the new decision
     */
    public RecordMarker withDetails(String details) {
      return new RecordMarker(markerName, Optional.of(Check.notNull("details", details)));
    }

    @Override
    public software.amazon.awssdk.services.swf.model.Decision toSdk() {
      return software.amazon.awssdk.services.swf.model.Decision.builder()
          .decisionType(DecisionType.RECORD_MARKER)
          .recordMarkerDecisionAttributes(RecordMarkerDecisionAttributes.builder()
              .markerName(markerName)
              .details(details.orElse(null))
              .build())
          .build();
    }
  }

  /**
   * Starts a timer.
   *
   * @param timerId the timer's id, unique among the execution's open timers: a valid SWF identifier
   *     of 1 to 256 characters
   * @param startToFireTimeout how long after it starts the timer fires: whole seconds, 0 to
   *     99,999,999 (a timer always fires: there is no {@code NONE})
   * @param control data for the decider's own use, at most 32,768 characters
   */
  record StartTimer(String timerId, Duration startToFireTimeout, Optional<String> control) implements Decision {
    /**
     * Creates the decision after checking its components.
     *
     * @param timerId the timer's id, unique among the execution's open timers: a valid SWF
     *     identifier of 1 to 256 characters
     * @param startToFireTimeout how long after it starts the timer fires: whole seconds, 0 to
     *     99,999,999
     * @param control data for the decider's own use, at most 32,768 characters
     */
    public StartTimer {
      Check.identifier("timer id", timerId, 256);
      Check.wholeSeconds("start-to-fire timeout", startToFireTimeout);
      Check.notNull("control", control).ifPresent(value -> Check.length("control", value, 0, 32768));
    }

    /**
     * Returns the decision to start a timer without control data.
     *
     * @param timerId the timer's id
     * @param startToFireTimeout how long after it starts the timer fires, in whole seconds
     * @return the decision
     * @throws IllegalArgumentException if the id is not a valid SWF identifier or the timeout is not
     *     whole, non-negative seconds SWF can carry
     */
    public static StartTimer of(String timerId, Duration startToFireTimeout) {
      return new StartTimer(timerId, startToFireTimeout, Optional.empty());
    }

    /**
     * Returns this decision with the given control data.
     *
     * @param control data for the decider's own use, at most 32,768 characters
     * @return the new decision
     */
    public StartTimer withControl(String control) {
      return new StartTimer(timerId, startToFireTimeout, Optional.of(Check.notNull("control", control)));
    }

    @Override
    public software.amazon.awssdk.services.swf.model.Decision toSdk() {
      return software.amazon.awssdk.services.swf.model.Decision.builder()
          .decisionType(DecisionType.START_TIMER)
          .startTimerDecisionAttributes(StartTimerDecisionAttributes.builder()
              .timerId(timerId)
              .startToFireTimeout(Long.toString(startToFireTimeout.getSeconds()))
              .control(control.orElse(null))
              .build())
          .build();
    }
  }

  /**
   * Cancels an open timer.
   *
   * @param timerId the timer's id, 1 to 256 characters
   */
  record CancelTimer(String timerId) implements Decision {
    /**
     * Creates the decision after checking its component.
     *
     * @param timerId the timer's id, 1 to 256 characters
     */
    public CancelTimer {
      Check.length("timer id", timerId, 1, 256);
    }

    /**
     * Returns the decision to cancel the given timer.
     *
     * @param timerId the timer's id
     * @return the decision
     * @throws IllegalArgumentException if the id is empty or longer than 256 characters
     */
    public static CancelTimer of(String timerId) {
      return new CancelTimer(timerId);
    }

    @Override
    public software.amazon.awssdk.services.swf.model.Decision toSdk() {
      return software.amazon.awssdk.services.swf.model.Decision.builder()
          .decisionType(DecisionType.CANCEL_TIMER)
          .cancelTimerDecisionAttributes(CancelTimerDecisionAttributes.builder().timerId(timerId).build())
          .build();
    }
  }

  /**
   * Sends a signal to another execution.
   *
   * @param execution the execution: its current run, or one run
   * @param signalName the signal's name, 1 to 256 characters
   * @param input the signal's input, at most 32,768 characters
   * @param control data for the decider's own use, at most 32,768 characters
   */
  record SignalExternalWorkflowExecution(
      ExecutionTarget execution, String signalName, Optional<String> input, Optional<String> control)
      implements Decision {
    /**
     * Creates the decision after checking its components.
     *
     * @param execution the execution: its current run, or one run
     * @param signalName the signal's name, 1 to 256 characters
     * @param input the signal's input, at most 32,768 characters
     * @param control data for the decider's own use, at most 32,768 characters
     */
    public SignalExternalWorkflowExecution {
      Check.notNull("execution", execution);
      Check.length("signal name", signalName, 1, 256);
      Check.notNull("input", input).ifPresent(value -> Check.length("input", value, 0, 32768));
      Check.notNull("control", control).ifPresent(value -> Check.length("control", value, 0, 32768));
    }

    /**
     * Returns the decision to send a signal without input or control data.
     *
     * @param execution the execution: its current run, or one run
     * @param signalName the signal's name
     * @return the decision
     * @throws IllegalArgumentException if the name is empty or longer than 256 characters
     */
    public static SignalExternalWorkflowExecution of(ExecutionTarget execution, String signalName) {
      return new SignalExternalWorkflowExecution(execution, signalName, Optional.empty(), Optional.empty());
    }

    /**
     * Returns this decision with the given input.
     *
     * @param input the signal's input, at most 32,768 characters
     * @return the new decision
     */
    public SignalExternalWorkflowExecution withInput(String input) {
      return new SignalExternalWorkflowExecution(execution, signalName, Optional.of(Check.notNull("input", input)),
          control);
    }

    /**
     * Returns this decision with the given control data.
     *
     * @param control data for the decider's own use, at most 32,768 characters
     * @return the new decision
     */
    public SignalExternalWorkflowExecution withControl(String control) {
      return new SignalExternalWorkflowExecution(execution, signalName, input,
          Optional.of(Check.notNull("control", control)));
    }

    @Override
    public software.amazon.awssdk.services.swf.model.Decision toSdk() {
      return software.amazon.awssdk.services.swf.model.Decision.builder()
          .decisionType(DecisionType.SIGNAL_EXTERNAL_WORKFLOW_EXECUTION)
          .signalExternalWorkflowExecutionDecisionAttributes(SignalExternalWorkflowExecutionDecisionAttributes.builder()
              .workflowId(execution.id())
              .runId(execution.targetRunId().orElse(null))
              .signalName(signalName)
              .input(input.orElse(null))
              .control(control.orElse(null))
              .build())
          .build();
    }
  }

  /**
   * Requests the cancellation of another execution.
   *
   * @param execution the execution: its current run, or one run
   * @param control data for the decider's own use, at most 32,768 characters
   */
  record RequestCancelExternalWorkflowExecution(ExecutionTarget execution, Optional<String> control)
      implements Decision {
    /**
     * Creates the decision after checking its components.
     *
     * @param execution the execution: its current run, or one run
     * @param control data for the decider's own use, at most 32,768 characters
     */
    public RequestCancelExternalWorkflowExecution {
      Check.notNull("execution", execution);
      Check.notNull("control", control).ifPresent(value -> Check.length("control", value, 0, 32768));
    }

    /**
     * Returns the decision to request the cancellation of an execution, without control data.
     *
     * @param execution the execution: its current run, or one run
     * @return the decision
     */
    public static RequestCancelExternalWorkflowExecution of(ExecutionTarget execution) {
      return new RequestCancelExternalWorkflowExecution(execution, Optional.empty());
    }

    /**
     * Returns this decision with the given control data.
     *
     * @param control data for the decider's own use, at most 32,768 characters
     * @return the new decision
     */
    public RequestCancelExternalWorkflowExecution withControl(String control) {
      return new RequestCancelExternalWorkflowExecution(execution, Optional.of(Check.notNull("control", control)));
    }

    @Override
    public software.amazon.awssdk.services.swf.model.Decision toSdk() {
      return software.amazon.awssdk.services.swf.model.Decision.builder()
          .decisionType(DecisionType.REQUEST_CANCEL_EXTERNAL_WORKFLOW_EXECUTION)
          .requestCancelExternalWorkflowExecutionDecisionAttributes(
              RequestCancelExternalWorkflowExecutionDecisionAttributes.builder()
                  .workflowId(execution.id())
                  .runId(execution.targetRunId().orElse(null))
                  .control(control.orElse(null))
                  .build())
          .build();
    }
  }

  /**
   * Starts a child execution.
   *
   * @param workflowType the child's workflow type
   * @param execution the child's workflow id
   * @param options the child's input, tags and the settings that override the workflow type's
   *     defaults
   * @param control data for the decider's own use, at most 32,768 characters
   */
  record StartChildWorkflowExecution(
      WorkflowId workflowType, CurrentExecutionId execution, StartOptions options, Optional<String> control)
      implements Decision {
    /**
     * Creates the decision after checking its components.
     *
     * @param workflowType the child's workflow type
     * @param execution the child's workflow id
     * @param options the child's input, tags and the settings that override the workflow type's
     *     defaults
     * @param control data for the decider's own use, at most 32,768 characters
     */
    public StartChildWorkflowExecution {
      Check.notNull("workflow type", workflowType);
      Check.notNull("execution", execution);
      Check.notNull("options", options);
      Check.notNull("control", control).ifPresent(value -> Check.length("control", value, 0, 32768));
    }

    /**
     * Returns the decision to start a child with the workflow type's defaults, no input, no tags
     * and no control data.
     *
     * @param workflowType the child's workflow type
     * @param execution the child's workflow id
     * @return the decision
     */
    public static StartChildWorkflowExecution of(WorkflowId workflowType, CurrentExecutionId execution) {
      return new StartChildWorkflowExecution(workflowType, execution, StartOptions.defaults(), Optional.empty());
    }

    /**
     * Returns this decision with the given options, replacing any others.
     *
     * @param options the child's input, tags and configuration
     * @return the new decision
     */
    public StartChildWorkflowExecution withOptions(StartOptions options) {
      return new StartChildWorkflowExecution(workflowType, execution, options, control);
    }

    /**
     * Returns this decision with the given control data.
     *
     * @param control data for the decider's own use, at most 32,768 characters
     * @return the new decision
     */
    public StartChildWorkflowExecution withControl(String control) {
      return new StartChildWorkflowExecution(workflowType, execution, options,
          Optional.of(Check.notNull("control", control)));
    }

    @Override
    public software.amazon.awssdk.services.swf.model.Decision toSdk() {
      PartialExecutionConfiguration configuration = options.configuration();
      StartChildWorkflowExecutionDecisionAttributes.Builder attributes =
          StartChildWorkflowExecutionDecisionAttributes.builder()
              .workflowType(Sdk.workflowType(workflowType))
              .workflowId(execution.id())
              .input(options.input().orElse(null))
              .control(control.orElse(null))
              .executionStartToCloseTimeout(Sdk.wire(configuration.timeout()))
              .taskStartToCloseTimeout(Sdk.wire(configuration.decisionTaskTimeout()))
              .taskList(configuration.decisionTaskList().map(Sdk::taskList).orElse(null))
              .taskPriority(Sdk.wire(configuration.decisionTaskPriority()))
              .childPolicy(configuration.childExecutionPolicy()
                  .map(ChildExecutionTerminationPolicy::childPolicy).orElse(null))
              .lambdaRole(configuration.lambdaRole().orElse(null));
      if (!options.tags().isEmpty()) {
        attributes.tagList(options.tags());
      }
      return software.amazon.awssdk.services.swf.model.Decision.builder()
          .decisionType(DecisionType.START_CHILD_WORKFLOW_EXECUTION)
          .startChildWorkflowExecutionDecisionAttributes(attributes.build())
          .build();
    }
  }

  /**
   * Schedules a Lambda task: an invocation of an AWS Lambda function.
   *
   * @param functionId the task's id (SWF's {@code id}), unique among the execution's open Lambda
   *     tasks: 1 to 256 characters
   * @param name the Lambda function's name (SWF's {@code name}), 1 to 64 characters
   * @param input the function's input, at most 32,768 characters
   * @param control data for the decider's own use, at most 32,768 characters
   * @param startToCloseTimeout how long the function may run, or empty for SWF's default
   */
  record ScheduleLambdaFunction(
      String functionId,
      String name,
      Optional<String> input,
      Optional<String> control,
      Optional<Timeout> startToCloseTimeout) implements Decision {
    /**
     * Creates the decision after checking its components.
     *
     * @param functionId the task's id (SWF's {@code id}), unique among the execution's open Lambda
     *     tasks: 1 to 256 characters
     * @param name the Lambda function's name (SWF's {@code name}), 1 to 64 characters
     * @param input the function's input, at most 32,768 characters
     * @param control data for the decider's own use, at most 32,768 characters
     * @param startToCloseTimeout how long the function may run, or empty for SWF's default
     */
    public ScheduleLambdaFunction {
      Check.length("function id", functionId, 1, 256);
      Check.length("function name", name, 1, 64);
      Check.notNull("input", input).ifPresent(value -> Check.length("input", value, 0, 32768));
      Check.notNull("control", control).ifPresent(value -> Check.length("control", value, 0, 32768));
      Check.notNull("start-to-close timeout", startToCloseTimeout);
    }

    /**
     * Returns the decision to invoke a Lambda function without input or control data, with SWF's
     * default timeout.
     *
     * @param functionId the task's id
     * @param name the Lambda function's name
     * @return the decision
     * @throws IllegalArgumentException if the id or the name is empty or too long
     */
    public static ScheduleLambdaFunction of(String functionId, String name) {
      return new ScheduleLambdaFunction(functionId, name, Optional.empty(), Optional.empty(), Optional.empty());
    }

    /**
     * Returns this decision with the given input.
     *
     * @param input the function's input, at most 32,768 characters
     * @return the new decision
     */
    public ScheduleLambdaFunction withInput(String input) {
      return new ScheduleLambdaFunction(functionId, name, Optional.of(Check.notNull("input", input)), control,
          startToCloseTimeout);
    }

    /**
     * Returns this decision with the given control data.
     *
     * @param control data for the decider's own use, at most 32,768 characters
     * @return the new decision
     */
    public ScheduleLambdaFunction withControl(String control) {
      return new ScheduleLambdaFunction(functionId, name, input, Optional.of(Check.notNull("control", control)),
          startToCloseTimeout);
    }

    /**
     * Returns this decision with the given timeout.
     *
     * @param timeout how long the function may run
     * @return the new decision
     */
    public ScheduleLambdaFunction withStartToCloseTimeout(Timeout timeout) {
      return new ScheduleLambdaFunction(functionId, name, input, control,
          Optional.of(Check.notNull("start-to-close timeout", timeout)));
    }

    /**
     * {@return the SDK's decision; the function's name is sent as {@code name}}
     */
    @Override
    public software.amazon.awssdk.services.swf.model.Decision toSdk() {
      return software.amazon.awssdk.services.swf.model.Decision.builder()
          .decisionType(DecisionType.SCHEDULE_LAMBDA_FUNCTION)
          .scheduleLambdaFunctionDecisionAttributes(ScheduleLambdaFunctionDecisionAttributes.builder()
              .id(functionId)
              .name(name)
              .input(input.orElse(null))
              .control(control.orElse(null))
              .startToCloseTimeout(Sdk.wire(startToCloseTimeout))
              .build())
          .build();
    }
  }
}
