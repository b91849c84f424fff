package dev.swftyped.fake.model;

import java.util.List;
import software.amazon.awssdk.services.swf.model.Decision;
import software.amazon.awssdk.services.swf.model.DecisionType;
import software.amazon.awssdk.services.swf.model.TaskList;

/**
 * One decision of a generated decider's batch: plain data that reads well in a failure report and
 * turns into the SDK's {@link Decision}. What it does is the model's business ({@link
 * Model#respond}); what makes a batch invalid is said here.
 */
sealed interface DecisionSpec {
  Decision toSdk();

  /** Whether it is a closing decision (RD-2.3, RD-11). */
  default boolean closing() {
    return false;
  }

  /**
   * Whether it breaks the service model's constraints (a missing attributes member, Q-3; an unknown
   * decision type, RD-2.2): {@code ValidationException} before the token is read (TK-3).
   */
  default boolean breaksModel() {
    return false;
  }

  /** Whether it breaks SWF's own rules on identifiers and durations (RD-2.4): {@code ValidationException}. */
  default boolean breaksRules() {
    return false;
  }

  /** The decision with its run reference resolved to the run id it sends (only external decisions have one). */
  default DecisionSpec resolve(Model model, String domain) {
    return this;
  }

  private static TaskList list(String name) {
    return name == null ? null : TaskList.builder().name(name).build();
  }

  /** An identifier SWF refuses (RD-2.4): a forbidden character, or the literal {@code arn}. */
  static boolean badIdentifier(String value) {
    return value != null && (value.contains(":") || value.contains("/") || value.contains("|") || value.equals("arn"));
  }

  /** A duration SWF refuses: not whole seconds (and not NONE where NONE is allowed). */
  static boolean badDuration(String value, boolean noneAllowed) {
    return value != null && !(noneAllowed && value.equals("NONE")) && !value.matches("[0-9]{1,8}");
  }

  record ScheduleActivity(String activityId, String typeName, String typeVersion, String taskList,
      String scheduleToStart, String scheduleToClose, String startToClose, String heartbeat, String priority,
      String input, String control) implements DecisionSpec {
    @Override
    public Decision toSdk() {
      return Decision.builder().decisionType(DecisionType.SCHEDULE_ACTIVITY_TASK)
          .scheduleActivityTaskDecisionAttributes(a -> a.activityId(activityId)
              .activityType(t -> t.name(typeName).version(typeVersion)).taskList(list(taskList))
              .scheduleToStartTimeout(scheduleToStart).scheduleToCloseTimeout(scheduleToClose)
              .startToCloseTimeout(startToClose).heartbeatTimeout(heartbeat).taskPriority(priority).input(input)
              .control(control))
          .build();
    }

    @Override
    public boolean breaksRules() {
      return badIdentifier(activityId) || badDuration(scheduleToStart, true) || badDuration(scheduleToClose, true)
          || badDuration(startToClose, true) || badDuration(heartbeat, true);
    }

    @Override
    public String toString() {
      return "schedule activity " + activityId + " of " + typeName + "/" + typeVersion
          + (taskList == null ? "" : " on " + taskList)
          + timeouts("scheduleToStart", scheduleToStart, "scheduleToClose", scheduleToClose, "startToClose",
              startToClose, "heartbeat", heartbeat)
          + (priority == null ? "" : " priority " + priority) + (input == null ? "" : " input " + input)
          + (control == null ? "" : " control " + control);
    }
  }

  record RequestCancelActivity(String activityId) implements DecisionSpec {
    @Override
    public Decision toSdk() {
      return Decision.builder().decisionType(DecisionType.REQUEST_CANCEL_ACTIVITY_TASK)
          .requestCancelActivityTaskDecisionAttributes(a -> a.activityId(activityId)).build();
    }

    @Override
    public String toString() {
      return "request cancellation of activity " + activityId;
    }
  }

  record StartTimer(String timerId, String startToFire, String control) implements DecisionSpec {
    @Override
    public Decision toSdk() {
      return Decision.builder().decisionType(DecisionType.START_TIMER)
          .startTimerDecisionAttributes(a -> a.timerId(timerId).startToFireTimeout(startToFire).control(control))
          .build();
    }

    @Override
    public boolean breaksRules() {
      // D-8: whole seconds, NONE not allowed
      return badIdentifier(timerId) || badDuration(startToFire, false);
    }

    @Override
    public String toString() {
      return "start timer " + timerId + " for " + startToFire + "s" + (control == null ? "" : " control " + control);
    }
  }

  record CancelTimer(String timerId) implements DecisionSpec {
    @Override
    public Decision toSdk() {
      return Decision.builder().decisionType(DecisionType.CANCEL_TIMER)
          .cancelTimerDecisionAttributes(a -> a.timerId(timerId)).build();
    }

    @Override
    public String toString() {
      return "cancel timer " + timerId;
    }
  }

  record RecordMarker(String name, String details) implements DecisionSpec {
    @Override
    public Decision toSdk() {
      return Decision.builder().decisionType(DecisionType.RECORD_MARKER)
          .recordMarkerDecisionAttributes(a -> a.markerName(name).details(details)).build();
    }

    @Override
    public String toString() {
      return "record marker " + name + (details == null ? "" : " details " + details);
    }
  }

  record Complete(String result) implements DecisionSpec {
    @Override
    public Decision toSdk() {
      Decision.Builder decision = Decision.builder().decisionType(DecisionType.COMPLETE_WORKFLOW_EXECUTION);
      if (result != null) {
        decision.completeWorkflowExecutionDecisionAttributes(a -> a.result(result));
      }
      return decision.build();
    }

    @Override
    public boolean closing() {
      return true;
    }

    @Override
    public String toString() {
      return "complete the workflow" + (result == null ? "" : " with " + result);
    }
  }

  record Fail(String reason, String details) implements DecisionSpec {
    @Override
    public Decision toSdk() {
      return Decision.builder().decisionType(DecisionType.FAIL_WORKFLOW_EXECUTION)
          .failWorkflowExecutionDecisionAttributes(a -> a.reason(reason).details(details)).build();
    }

    @Override
    public boolean closing() {
      return true;
    }

    @Override
    public String toString() {
      return "fail the workflow" + (reason == null ? "" : " because " + reason)
          + (details == null ? "" : " details " + details);
    }
  }

  record Cancel(String details) implements DecisionSpec {
    @Override
    public Decision toSdk() {
      return Decision.builder().decisionType(DecisionType.CANCEL_WORKFLOW_EXECUTION)
          .cancelWorkflowExecutionDecisionAttributes(a -> a.details(details)).build();
    }

    @Override
    public boolean closing() {
      return true;
    }

    @Override
    public String toString() {
      return "cancel the workflow" + (details == null ? "" : " details " + details);
    }
  }

  record ContinueAsNew(String version, String input, String executionTimeout, String taskTimeout, String taskList,
      String childPolicy, List<String> tags) implements DecisionSpec {
    @Override
    public Decision toSdk() {
      return Decision.builder().decisionType(DecisionType.CONTINUE_AS_NEW_WORKFLOW_EXECUTION)
          .continueAsNewWorkflowExecutionDecisionAttributes(a -> {
            a.workflowTypeVersion(version).input(input).executionStartToCloseTimeout(executionTimeout)
                .taskStartToCloseTimeout(taskTimeout).taskList(list(taskList)).childPolicy(childPolicy);
            if (!tags.isEmpty()) {
              a.tagList(tags);
            }
          })
          .build();
    }

    @Override
    public boolean closing() {
      return true;
    }

    @Override
    public boolean breaksRules() {
      return badDuration(taskTimeout, true) || badDuration(executionTimeout, false);
    }

    @Override
    public String toString() {
      return "continue as new" + (version == null ? "" : " as version " + version)
          + (input == null ? "" : " input " + input) + (taskList == null ? "" : " on " + taskList)
          + timeouts("execution", executionTimeout, "task", taskTimeout)
          + (childPolicy == null ? "" : " child policy " + childPolicy) + (tags.isEmpty() ? "" : " tags " + tags);
    }
  }

  record StartChild(String workflowId, String typeName, String typeVersion, String executionTimeout,
      String taskTimeout, String taskList, String childPolicy, String input, String control) implements DecisionSpec {
    @Override
    public Decision toSdk() {
      return Decision.builder().decisionType(DecisionType.START_CHILD_WORKFLOW_EXECUTION)
          .startChildWorkflowExecutionDecisionAttributes(a -> a.workflowId(workflowId)
              .workflowType(t -> t.name(typeName).version(typeVersion))
              .executionStartToCloseTimeout(executionTimeout).taskStartToCloseTimeout(taskTimeout)
              .taskList(list(taskList)).childPolicy(childPolicy).input(input).control(control))
          .build();
    }

    @Override
    public boolean breaksRules() {
      return badIdentifier(workflowId) || badDuration(taskTimeout, true) || badDuration(executionTimeout, false);
    }

    @Override
    public String toString() {
      return "start child " + workflowId + " of " + typeName + "/" + typeVersion
          + (taskList == null ? "" : " on " + taskList) + timeouts("execution", executionTimeout, "task", taskTimeout)
          + (childPolicy == null ? "" : " child policy " + childPolicy) + (input == null ? "" : " input " + input)
          + (control == null ? "" : " control " + control);
    }
  }

  /** SignalExternalWorkflowExecution; {@code runId} is what the reference resolved to when the batch was sent. */
  record SignalExternal(String workflowId, Step.RunRef ref, String runId, String signalName, String input,
      String control) implements DecisionSpec {
    @Override
    public Decision toSdk() {
      return Decision.builder().decisionType(DecisionType.SIGNAL_EXTERNAL_WORKFLOW_EXECUTION)
          .signalExternalWorkflowExecutionDecisionAttributes(a -> a.workflowId(workflowId).runId(runId)
              .signalName(signalName).input(input).control(control))
          .build();
    }

    @Override
    public DecisionSpec resolve(Model model, String domain) {
      return new SignalExternal(workflowId, ref, Step.runId(model, domain, workflowId, ref), signalName, input,
          control);
    }

    @Override
    public String toString() {
      return "signal " + signalName + " to " + workflowId + " (" + ref + " run)" + (input == null ? "" : " input " + input)
          + (control == null ? "" : " control " + control);
    }
  }

  record RequestCancelExternal(String workflowId, Step.RunRef ref, String runId, String control)
      implements DecisionSpec {
    @Override
    public Decision toSdk() {
      return Decision.builder().decisionType(DecisionType.REQUEST_CANCEL_EXTERNAL_WORKFLOW_EXECUTION)
          .requestCancelExternalWorkflowExecutionDecisionAttributes(a -> a.workflowId(workflowId).runId(runId)
              .control(control))
          .build();
    }

    @Override
    public DecisionSpec resolve(Model model, String domain) {
      return new RequestCancelExternal(workflowId, ref, Step.runId(model, domain, workflowId, ref), control);
    }

    @Override
    public String toString() {
      return "request cancellation of " + workflowId + " (" + ref + " run)" + (control == null ? "" : " control " + control);
    }
  }

  /** A decision the service model refuses: its attributes member missing, or a type SWF does not have. */
  record Malformed(boolean unknownType) implements DecisionSpec {
    @Override
    public Decision toSdk() {
      return unknownType ? Decision.builder().decisionType("ScheduleEverything").build()
          : Decision.builder().decisionType(DecisionType.START_TIMER).build();
    }

    @Override
    public boolean breaksModel() {
      return true;
    }

    @Override
    public String toString() {
      return unknownType ? "a decision of type ScheduleEverything" : "a StartTimer decision without its attributes";
    }
  }

  private static String timeouts(String... namesAndValues) {
    StringBuilder text = new StringBuilder();
    for (int i = 0; i < namesAndValues.length; i += 2) {
      if (namesAndValues[i + 1] != null) {
        text.append(' ').append(namesAndValues[i]).append(' ').append(namesAndValues[i + 1]);
      }
    }
    return text.toString();
  }
}
