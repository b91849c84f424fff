package dev.swftyped.fake.internal;

import java.util.ArrayList;
import java.util.List;
import software.amazon.awssdk.services.swf.model.*;

/**
 * The decisions of one {@code RespondDecisionTaskCompleted}: checked as a whole before anything
 * changes (task-plane spec RD-2), then applied in order (RD-3 to RD-12, section 6), then their
 * effects on other runs (RD-8).
 */
final class DecisionBatch {
  /** SWF's message when a closing decision is not the last one. */
  static final String CLOSE_NOT_LAST = "Close must be last decision in list";
  /** Why every Lambda function fails in the fake (D-13). */
  static final String NO_LAMBDA = "swf-fake does not run Lambda functions";

  private final State state;
  private final Execution run;
  private final long now;
  private long completedEventId;
  /** Children initiated in this batch, counted against the quotas before they start. */
  private int initiatedChildren;
  /** What happens to other runs after the batch, in decision order (RD-8). */
  private final List<Runnable> afterBatch = new ArrayList<>(0);

  private DecisionBatch(State state, Execution run, long now) {
    this.state = state;
    this.run = run;
    this.now = now;
  }

  // ---------------------------------------------------------------- checks that read no state

  /**
   * The members a decision's own attributes would require, when those attributes are missing: SWF
   * reports each of them as null (task-plane spec Q-3). Joined with the model's violations.
   */
  static List<String> missingAttributes(RespondDecisionTaskCompletedRequest request) {
    List<String> violations = new ArrayList<>(0);
    if (!request.hasDecisions()) {
      return violations;
    }
    List<Decision> decisions = request.decisions();
    for (int i = 0; i < decisions.size(); i++) {
      Decision decision = decisions.get(i);
      if (decision == null || decision.decisionType() == null || decision.decisionType() == DecisionType.UNKNOWN_TO_SDK_VERSION) {
        continue;
      }
      if (attributes(decision) != null) {
        continue;
      }
      String member = attributesMember(decision.decisionType());
      Shape.Struct shape = attributesShape(member);
      for (Shape.Member required : shape.members()) {
        if (required.required()) {
          violations.add("Value null at 'decisions." + (i + 1) + ".member." + member + "." + required.name()
              + "' failed to satisfy constraint: Member must not be null");
        }
      }
    }
    return violations;
  }

  /**
   * Checks what the model cannot: a closing decision only last, and SWF's own rules on identifiers,
   * durations and priorities ({@code Invalid <member>: <value>}).
   */
  static void check(RespondDecisionTaskCompletedRequest request) {
    List<Decision> decisions = request.hasDecisions() ? request.decisions() : List.of();
    for (int i = 0; i < decisions.size() - 1; i++) {
      if (closing(decisions.get(i).decisionType())) {
        throw SwfFault.validation(CLOSE_NOT_LAST);
      }
    }
    if (request.taskList() != null) {
      Rules.identifier("taskList", request.taskList().name());
    }
    Rules.timeout("taskListScheduleToStartTimeout", request.taskListScheduleToStartTimeout());
    for (int i = 0; i < decisions.size(); i++) {
      Decision decision = decisions.get(i);
      switch (decision.decisionType()) {
        case SCHEDULE_ACTIVITY_TASK: {
          ScheduleActivityTaskDecisionAttributes a = decision.scheduleActivityTaskDecisionAttributes();
          rule(Rules.isIdentifier(a.activityId()), i, decision, "activityId", a.activityId());
          String taskList = a.taskList() == null ? null : a.taskList().name();
          rule(Rules.isIdentifier(taskList), i, decision, "taskList.name", taskList);
          rule(Rules.isTimeout(a.scheduleToStartTimeout()), i, decision, "scheduleToStartTimeout",
              a.scheduleToStartTimeout());
          rule(Rules.isTimeout(a.scheduleToCloseTimeout()), i, decision, "scheduleToCloseTimeout",
              a.scheduleToCloseTimeout());
          rule(Rules.isTimeout(a.startToCloseTimeout()), i, decision, "startToCloseTimeout", a.startToCloseTimeout());
          rule(Rules.isTimeout(a.heartbeatTimeout()), i, decision, "heartbeatTimeout", a.heartbeatTimeout());
          rule(Rules.isPriority(a.taskPriority()), i, decision, "taskPriority", a.taskPriority());
          break;
        }
        case START_TIMER: {
          StartTimerDecisionAttributes a = decision.startTimerDecisionAttributes();
          rule(Rules.isIdentifier(a.timerId()), i, decision, "timerId", a.timerId());
          rule(Rules.isSeconds(a.startToFireTimeout()), i, decision, "startToFireTimeout", a.startToFireTimeout());
          break;
        }
        case START_CHILD_WORKFLOW_EXECUTION: {
          StartChildWorkflowExecutionDecisionAttributes a = decision.startChildWorkflowExecutionDecisionAttributes();
          rule(Rules.isIdentifier(a.workflowId()), i, decision, "workflowId", a.workflowId());
          String taskList = a.taskList() == null ? null : a.taskList().name();
          rule(Rules.isIdentifier(taskList), i, decision, "taskList.name", taskList);
          rule(Rules.isExecutionTimeout(a.executionStartToCloseTimeout()), i, decision,
              "executionStartToCloseTimeout", a.executionStartToCloseTimeout());
          rule(Rules.isTimeout(a.taskStartToCloseTimeout()), i, decision, "taskStartToCloseTimeout",
              a.taskStartToCloseTimeout());
          rule(Rules.isPriority(a.taskPriority()), i, decision, "taskPriority", a.taskPriority());
          break;
        }
        case CONTINUE_AS_NEW_WORKFLOW_EXECUTION: {
          ContinueAsNewWorkflowExecutionDecisionAttributes a =
              decision.continueAsNewWorkflowExecutionDecisionAttributes();
          if (a != null) {
            String taskList = a.taskList() == null ? null : a.taskList().name();
            rule(Rules.isIdentifier(taskList), i, decision, "taskList.name", taskList);
            rule(Rules.isExecutionTimeout(a.executionStartToCloseTimeout()), i, decision,
                "executionStartToCloseTimeout", a.executionStartToCloseTimeout());
            rule(Rules.isTimeout(a.taskStartToCloseTimeout()), i, decision, "taskStartToCloseTimeout",
                a.taskStartToCloseTimeout());
            rule(Rules.isPriority(a.taskPriority()), i, decision, "taskPriority", a.taskPriority());
          }
          break;
        }
        case SCHEDULE_LAMBDA_FUNCTION: {
          String timeout = decision.scheduleLambdaFunctionDecisionAttributes().startToCloseTimeout();
          rule(Rules.isTimeout(timeout), i, decision, "startToCloseTimeout", timeout);
          break;
        }
        default:
          break;
      }
    }
  }

  /** Fails with {@code Invalid decisions.<n>.member.<attributes>.<member>: <value>} unless the rule holds. */
  private static void rule(boolean holds, int index, Decision decision, String member, String value) {
    if (!holds) {
      throw Rules.invalid("decisions." + (index + 1) + ".member." + attributesMember(decision.decisionType()) + "."
          + member, value);
    }
  }

  private static boolean closing(DecisionType type) {
    return type == DecisionType.COMPLETE_WORKFLOW_EXECUTION || type == DecisionType.FAIL_WORKFLOW_EXECUTION
        || type == DecisionType.CANCEL_WORKFLOW_EXECUTION || type == DecisionType.CONTINUE_AS_NEW_WORKFLOW_EXECUTION;
  }

  /** The name of the attributes member of a decision type: {@code startTimerDecisionAttributes}. */
  static String attributesMember(DecisionType type) {
    String name = type.toString();
    return Character.toLowerCase(name.charAt(0)) + name.substring(1) + "DecisionAttributes";
  }

  /** The attributes member a decision's type calls for, or null if it is missing. */
  private static Object attributes(Decision decision) {
    switch (decision.decisionType()) {
      case SCHEDULE_ACTIVITY_TASK:
        return decision.scheduleActivityTaskDecisionAttributes();
      case REQUEST_CANCEL_ACTIVITY_TASK:
        return decision.requestCancelActivityTaskDecisionAttributes();
      case COMPLETE_WORKFLOW_EXECUTION:
        return decision.completeWorkflowExecutionDecisionAttributes();
      case FAIL_WORKFLOW_EXECUTION:
        return decision.failWorkflowExecutionDecisionAttributes();
      case CANCEL_WORKFLOW_EXECUTION:
        return decision.cancelWorkflowExecutionDecisionAttributes();
      case CONTINUE_AS_NEW_WORKFLOW_EXECUTION:
        return decision.continueAsNewWorkflowExecutionDecisionAttributes();
      case RECORD_MARKER:
        return decision.recordMarkerDecisionAttributes();
      case START_TIMER:
        return decision.startTimerDecisionAttributes();
      case CANCEL_TIMER:
        return decision.cancelTimerDecisionAttributes();
      case SIGNAL_EXTERNAL_WORKFLOW_EXECUTION:
        return decision.signalExternalWorkflowExecutionDecisionAttributes();
      case REQUEST_CANCEL_EXTERNAL_WORKFLOW_EXECUTION:
        return decision.requestCancelExternalWorkflowExecutionDecisionAttributes();
      case START_CHILD_WORKFLOW_EXECUTION:
        return decision.startChildWorkflowExecutionDecisionAttributes();
      case SCHEDULE_LAMBDA_FUNCTION:
        return decision.scheduleLambdaFunctionDecisionAttributes();
      default:
        throw new IllegalStateException("unknown decision type " + decision.decisionTypeAsString());
    }
  }

  private static Shape.Struct attributesShape(String member) {
    for (Shape.Member candidate : InputShapes.DECISION.members()) {
      if (candidate.name().equals(member)) {
        return (Shape.Struct) candidate.shape();
      }
    }
    throw new IllegalStateException("no member " + member);
  }

  // ---------------------------------------------------------------- applying

  /**
   * Completes the run's started decision task with the request's decisions. The request has passed
   * every check; nothing here fails.
   */
  static void apply(State state, Execution run, RespondDecisionTaskCompletedRequest request, long now) {
    new DecisionBatch(state, run, now).apply(request);
  }

  private void apply(RespondDecisionTaskCompletedRequest request) {
    // RD-9: closing decisions fail if a decision task was scheduled while this one was started.
    boolean unhandled = run.scheduledDecision != null;
    String overrideList = request.taskList() == null ? null : request.taskList().name();
    completedEventId = run.completeDecisionTask(now, request.executionContext(), overrideList,
        request.taskListScheduleToStartTimeout());
    if (overrideList != null) {
      run.overrideTaskList(overrideList, request.taskListScheduleToStartTimeout());
    }
    run.beginBatch();
    for (Decision decision : request.hasDecisions() ? request.decisions() : List.<Decision>of()) {
      if (!run.isOpen()) {
        break;
      }
      decide(decision, unhandled);
    }
    if (run.isOpen()) {
      run.endBatch(now);
    }
    for (Runnable effect : afterBatch) {
      effect.run();
    }
  }

  private void decide(Decision decision, boolean unhandled) {
    switch (decision.decisionType()) {
      case SCHEDULE_ACTIVITY_TASK:
        scheduleActivity(decision.scheduleActivityTaskDecisionAttributes());
        break;
      case REQUEST_CANCEL_ACTIVITY_TASK:
        requestCancelActivity(decision.requestCancelActivityTaskDecisionAttributes().activityId());
        break;
      case START_TIMER:
        startTimer(decision.startTimerDecisionAttributes());
        break;
      case CANCEL_TIMER:
        cancelTimer(decision.cancelTimerDecisionAttributes().timerId());
        break;
      case RECORD_MARKER: {
        RecordMarkerDecisionAttributes a = decision.recordMarkerDecisionAttributes();
        run.append(new Event.MarkerRecorded(now, a.markerName(), a.details(), completedEventId));
        break;
      }
      case COMPLETE_WORKFLOW_EXECUTION: {
        CompleteWorkflowExecutionDecisionAttributes a = decision.completeWorkflowExecutionDecisionAttributes();
        if (unhandled) {
          run.appendTrigger(new Event.CompleteWorkflowExecutionFailed(now,
              CompleteWorkflowExecutionFailedCause.UNHANDLED_DECISION, completedEventId));
        } else {
          run.append(new Event.WorkflowExecutionCompleted(now, a == null ? null : a.result(), completedEventId));
          state.close(run, CloseStatus.COMPLETED, now);
        }
        break;
      }
      case FAIL_WORKFLOW_EXECUTION: {
        FailWorkflowExecutionDecisionAttributes a = decision.failWorkflowExecutionDecisionAttributes();
        if (unhandled) {
          run.appendTrigger(new Event.FailWorkflowExecutionFailed(now,
              FailWorkflowExecutionFailedCause.UNHANDLED_DECISION, completedEventId));
        } else {
          run.append(new Event.WorkflowExecutionFailed(now, a == null ? null : a.reason(),
              a == null ? null : a.details(), completedEventId));
          state.close(run, CloseStatus.FAILED, now);
        }
        break;
      }
      case CANCEL_WORKFLOW_EXECUTION: {
        CancelWorkflowExecutionDecisionAttributes a = decision.cancelWorkflowExecutionDecisionAttributes();
        if (unhandled) {
          run.appendTrigger(new Event.CancelWorkflowExecutionFailed(now,
              CancelWorkflowExecutionFailedCause.UNHANDLED_DECISION, completedEventId));
        } else {
          run.append(new Event.WorkflowExecutionCanceled(now, a == null ? null : a.details(), completedEventId));
          state.close(run, CloseStatus.CANCELED, now);
        }
        break;
      }
      case CONTINUE_AS_NEW_WORKFLOW_EXECUTION:
        continueAsNew(decision.continueAsNewWorkflowExecutionDecisionAttributes(), unhandled);
        break;
      case START_CHILD_WORKFLOW_EXECUTION:
        startChild(decision.startChildWorkflowExecutionDecisionAttributes());
        break;
      case SIGNAL_EXTERNAL_WORKFLOW_EXECUTION:
        signalExternal(decision.signalExternalWorkflowExecutionDecisionAttributes());
        break;
      case REQUEST_CANCEL_EXTERNAL_WORKFLOW_EXECUTION:
        requestCancelExternal(decision.requestCancelExternalWorkflowExecutionDecisionAttributes());
        break;
      case SCHEDULE_LAMBDA_FUNCTION:
        scheduleLambda(decision.scheduleLambdaFunctionDecisionAttributes());
        break;
      default:
        throw new IllegalStateException("unchecked decision type " + decision.decisionTypeAsString());
    }
  }

  // ---------------------------------------------------------------- activities (D-1, D-2)

  private void scheduleActivity(ScheduleActivityTaskDecisionAttributes a) {
    ActivityType activityType = a.activityType();
    RegisteredType type = run.domain.activityTypes.get(
        new RegisteredType.Key(activityType.name(), activityType.version()));
    ScheduleActivityTaskFailedCause cause = null;
    String taskList = a.taskList() != null ? a.taskList().name() : type == null ? null : type.defaultTaskList;
    String scheduleToStart = orDefault(a.scheduleToStartTimeout(), type, t -> t.defaultTaskScheduleToStartTimeout);
    String scheduleToClose = orDefault(a.scheduleToCloseTimeout(), type, t -> t.defaultTaskScheduleToCloseTimeout);
    String startToClose = orDefault(a.startToCloseTimeout(), type, t -> t.defaultTaskStartToCloseTimeout);
    String heartbeat = orDefault(a.heartbeatTimeout(), type, t -> t.defaultTaskHeartbeatTimeout);
    if (type == null) {
      cause = ScheduleActivityTaskFailedCause.ACTIVITY_TYPE_DOES_NOT_EXIST;
    } else if (type.deprecated()) {
      cause = ScheduleActivityTaskFailedCause.ACTIVITY_TYPE_DEPRECATED;
    } else if (run.activities.containsKey(a.activityId())) {
      cause = ScheduleActivityTaskFailedCause.ACTIVITY_ID_ALREADY_IN_USE;
    } else if (run.activities.size() >= state.settings.openActivityLimit()) {
      cause = ScheduleActivityTaskFailedCause.OPEN_ACTIVITIES_LIMIT_EXCEEDED;
    } else if (taskList == null) {
      cause = ScheduleActivityTaskFailedCause.DEFAULT_TASK_LIST_UNDEFINED;
    } else if (scheduleToStart == null) {
      cause = ScheduleActivityTaskFailedCause.DEFAULT_SCHEDULE_TO_START_TIMEOUT_UNDEFINED;
    } else if (scheduleToClose == null) {
      cause = ScheduleActivityTaskFailedCause.DEFAULT_SCHEDULE_TO_CLOSE_TIMEOUT_UNDEFINED;
    } else if (startToClose == null) {
      cause = ScheduleActivityTaskFailedCause.DEFAULT_START_TO_CLOSE_TIMEOUT_UNDEFINED;
    } else if (heartbeat == null) {
      cause = ScheduleActivityTaskFailedCause.DEFAULT_HEARTBEAT_TIMEOUT_UNDEFINED;
    }
    if (cause != null) {
      run.appendTrigger(new Event.ScheduleActivityTaskFailed(now, activityType, a.activityId(), cause,
          completedEventId));
      return;
    }
    String priority = a.taskPriority() != null ? a.taskPriority() : type.defaultTaskPriority;
    run.scheduleActivity(new Event.ActivityTaskScheduled(now, type.sdkActivityType(), a.activityId(), a.input(),
        a.control(), scheduleToStart, scheduleToClose, startToClose, heartbeat, taskList, priority,
        completedEventId));
  }

  private static String orDefault(String given, RegisteredType type,
      java.util.function.Function<RegisteredType, String> typeDefault) {
    return given != null ? given : type == null ? null : typeDefault.apply(type);
  }

  private void requestCancelActivity(String activityId) {
    ActivityTask task = run.activities.get(activityId);
    if (task == null) {
      run.appendTrigger(new Event.RequestCancelActivityTaskFailed(now, activityId,
          RequestCancelActivityTaskFailedCause.ACTIVITY_ID_UNKNOWN, completedEventId));
      return;
    }
    task.cancelRequestedEventId = run.append(new Event.ActivityTaskCancelRequested(now, completedEventId, activityId));
    if (!task.started()) {
      run.closeActivity(task, new Event.ActivityTaskCanceled(now, null, task.scheduledEventId, 0,
          task.cancelRequestedEventId));
    }
  }

  // ---------------------------------------------------------------- timers (D-8, D-9)

  private void startTimer(StartTimerDecisionAttributes a) {
    StartTimerFailedCause cause = run.timers.containsKey(a.timerId()) ? StartTimerFailedCause.TIMER_ID_ALREADY_IN_USE
        : run.timers.size() >= state.settings.openTimerLimit() ? StartTimerFailedCause.OPEN_TIMERS_LIMIT_EXCEEDED
        : null;
    if (cause != null) {
      run.appendTrigger(new Event.StartTimerFailed(now, a.timerId(), cause, completedEventId));
      return;
    }
    run.startTimer(new Event.TimerStarted(now, a.timerId(), a.control(), a.startToFireTimeout(), completedEventId));
  }

  private void cancelTimer(String timerId) {
    Timer timer = run.timers.get(timerId);
    if (timer == null) {
      run.appendTrigger(new Event.CancelTimerFailed(now, timerId, CancelTimerFailedCause.TIMER_ID_UNKNOWN,
          completedEventId));
      return;
    }
    run.cancelTimer(timer, now, completedEventId);
  }

  // ---------------------------------------------------------------- a new run's configuration

  /**
   * A new run's settings, each the decision's or else the workflow type's default (null where
   * neither gives one): what a child start (CH-1) and a continue-as-new (CAN-2) resolve, each
   * checking what is missing in its own order.
   */
  private record NewRun(RegisteredType type, String executionTimeout, String taskTimeout, String taskList,
      String childPolicy) {
    static NewRun of(RegisteredType type, String executionTimeout, String taskTimeout, TaskList taskList,
        String childPolicy) {
      return new NewRun(type,
          executionTimeout != null ? executionTimeout : type == null ? null : type.defaultExecutionStartToCloseTimeout,
          taskTimeout != null ? taskTimeout : type == null ? null : type.defaultTaskStartToCloseTimeout,
          taskList != null ? taskList.name() : type == null ? null : type.defaultTaskList,
          childPolicy != null ? childPolicy : type == null ? null : type.defaultChildPolicy);
    }

    /** The run's configuration; priority and Lambda role default to the type's, tags are only the decision's. */
    RunConfig config(String input, String taskPriority, String lambdaRole, List<String> tags) {
      return new RunConfig(type, input, executionTimeout, taskTimeout, taskList, ChildPolicy.fromValue(childPolicy),
          taskPriority != null ? taskPriority : type.defaultTaskPriority,
          lambdaRole != null ? lambdaRole : type.defaultLambdaRole, List.copyOf(tags));
    }
  }

  // ---------------------------------------------------------------- continue-as-new (section 11)

  private void continueAsNew(ContinueAsNewWorkflowExecutionDecisionAttributes given, boolean unhandled) {
    ContinueAsNewWorkflowExecutionDecisionAttributes a = given != null ? given
        : ContinueAsNewWorkflowExecutionDecisionAttributes.builder().build();
    if (unhandled) {
      run.appendTrigger(new Event.ContinueAsNewWorkflowExecutionFailed(now,
          ContinueAsNewWorkflowExecutionFailedCause.UNHANDLED_DECISION, completedEventId));
      return;
    }
    String version = a.workflowTypeVersion() != null ? a.workflowTypeVersion() : run.type().version;
    RegisteredType type = run.domain.workflowTypes.get(new RegisteredType.Key(run.type().name, version));
    NewRun newRun = NewRun.of(type, a.executionStartToCloseTimeout(), a.taskStartToCloseTimeout(), a.taskList(),
        a.childPolicy() != null ? a.childPolicyAsString() : null);
    ContinueAsNewWorkflowExecutionFailedCause cause = null;
    if (type == null) {
      cause = ContinueAsNewWorkflowExecutionFailedCause.WORKFLOW_TYPE_DOES_NOT_EXIST;
    } else if (type.deprecated()) {
      cause = ContinueAsNewWorkflowExecutionFailedCause.WORKFLOW_TYPE_DEPRECATED;
    } else if (newRun.executionTimeout() == null) {
      cause = ContinueAsNewWorkflowExecutionFailedCause.DEFAULT_EXECUTION_START_TO_CLOSE_TIMEOUT_UNDEFINED;
    } else if (newRun.taskTimeout() == null) {
      cause = ContinueAsNewWorkflowExecutionFailedCause.DEFAULT_TASK_START_TO_CLOSE_TIMEOUT_UNDEFINED;
    } else if (newRun.taskList() == null) {
      cause = ContinueAsNewWorkflowExecutionFailedCause.DEFAULT_TASK_LIST_UNDEFINED;
    } else if (newRun.childPolicy() == null) {
      cause = ContinueAsNewWorkflowExecutionFailedCause.DEFAULT_CHILD_POLICY_UNDEFINED;
    }
    if (cause != null) {
      run.appendTrigger(new Event.ContinueAsNewWorkflowExecutionFailed(now, cause, completedEventId));
      return;
    }
    RunConfig next = newRun.config(a.input(), a.taskPriority(), a.lambdaRole(),
        a.hasTagList() ? a.tagList() : List.of());
    String runId = state.ids.runId();
    run.append(new Event.WorkflowExecutionContinuedAsNew(now, completedEventId, runId, next));
    Execution parent = run.parentRun;
    state.close(run, CloseStatus.CONTINUED_AS_NEW, now);
    Execution successor = state.startRun(run.domain, run.workflowId, runId, next, now, null,
        run.parentInitiatedEventId, run);
    if (parent != null) {
      // CH-5: the parent records nothing; the new run reports its close in the old one's place.
      int at = parent.children.indexOf(run);
      parent.children.set(at, successor);
      successor.parentRun = parent;
      successor.parentStartedEventId = run.parentStartedEventId;
      run.parentRun = null;
    }
  }

  // ---------------------------------------------------------------- children (section 10)

  private void startChild(StartChildWorkflowExecutionDecisionAttributes a) {
    WorkflowType workflowType = a.workflowType();
    RegisteredType type = run.domain.workflowTypes.get(
        new RegisteredType.Key(workflowType.name(), workflowType.version()));
    NewRun newRun = NewRun.of(type, a.executionStartToCloseTimeout(), a.taskStartToCloseTimeout(), a.taskList(),
        a.childPolicy() != null ? a.childPolicyAsString() : null);
    StartChildWorkflowExecutionFailedCause cause = null;
    if (type == null) {
      cause = StartChildWorkflowExecutionFailedCause.WORKFLOW_TYPE_DOES_NOT_EXIST;
    } else if (type.deprecated()) {
      cause = StartChildWorkflowExecutionFailedCause.WORKFLOW_TYPE_DEPRECATED;
    } else if (newRun.executionTimeout() == null) {
      cause = StartChildWorkflowExecutionFailedCause.DEFAULT_EXECUTION_START_TO_CLOSE_TIMEOUT_UNDEFINED;
    } else if (newRun.taskList() == null) {
      cause = StartChildWorkflowExecutionFailedCause.DEFAULT_TASK_LIST_UNDEFINED;
    } else if (newRun.taskTimeout() == null) {
      cause = StartChildWorkflowExecutionFailedCause.DEFAULT_TASK_START_TO_CLOSE_TIMEOUT_UNDEFINED;
    } else if (newRun.childPolicy() == null) {
      cause = StartChildWorkflowExecutionFailedCause.DEFAULT_CHILD_POLICY_UNDEFINED;
    } else if (run.children.size() + initiatedChildren >= state.settings.openChildLimit()) {
      cause = StartChildWorkflowExecutionFailedCause.OPEN_CHILDREN_LIMIT_EXCEEDED;
    } else if (run.domain.openCount + initiatedChildren >= state.settings.openExecutionLimit()) {
      cause = StartChildWorkflowExecutionFailedCause.OPEN_WORKFLOWS_LIMIT_EXCEEDED;
    }
    if (cause != null) {
      run.appendTrigger(new Event.StartChildWorkflowExecutionFailed(now, workflowType, cause, a.workflowId(), 0,
          completedEventId, a.control()));
      return;
    }
    RunConfig child = newRun.config(a.input(), a.taskPriority(), a.lambdaRole(),
        a.hasTagList() ? a.tagList() : List.of());
    long initiated = run.append(new Event.StartChildWorkflowExecutionInitiated(now, a.workflowId(), child,
        a.control(), completedEventId));
    initiatedChildren++;
    Execution parent = run;
    long decisionTaskCompleted = completedEventId;
    afterBatch.add(() -> {
      Domain.WorkflowRuns runs = parent.domain.byWorkflowId.get(a.workflowId());
      if (runs != null && runs.open != null) {
        if (parent.isOpen()) {
          parent.appendTrigger(new Event.StartChildWorkflowExecutionFailed(now, type.sdkType(),
              StartChildWorkflowExecutionFailedCause.WORKFLOW_ALREADY_RUNNING, a.workflowId(), initiated,
              decisionTaskCompleted, a.control()));
        }
        return;
      }
      Execution started = state.startRun(parent.domain, a.workflowId(), state.ids.runId(), child, now,
          parent, initiated, null);
      if (parent.isOpen()) {
        started.parentRun = parent;
        started.parentStartedEventId = parent.appendTrigger(new Event.ChildWorkflowExecutionStarted(now,
            started.sdkExecution(), type.sdkType(), initiated));
        parent.children.add(started);
      }
    });
  }

  // ---------------------------------------------------------------- other runs (section 9)

  private void signalExternal(SignalExternalWorkflowExecutionDecisionAttributes a) {
    String runId = a.runId() == null || a.runId().isEmpty() ? null : a.runId();
    long initiated = run.append(new Event.SignalExternalWorkflowExecutionInitiated(now, a.workflowId(), runId,
        a.signalName(), a.input(), completedEventId, a.control()));
    long decisionTaskCompleted = completedEventId;
    toOtherRun(a.workflowId(), runId,
        target -> {
          target.appendTrigger(new Event.WorkflowExecutionSignaled(now, a.signalName(), a.input(),
              run.sdkExecution(), initiated));
          return new Event.ExternalWorkflowExecutionSignaled(now, target.sdkExecution(), initiated);
        },
        () -> new Event.SignalExternalWorkflowExecutionFailed(now, a.workflowId(), runId,
            SignalExternalWorkflowExecutionFailedCause.UNKNOWN_EXTERNAL_WORKFLOW_EXECUTION, initiated,
            decisionTaskCompleted, a.control()));
  }

  private void requestCancelExternal(RequestCancelExternalWorkflowExecutionDecisionAttributes a) {
    String runId = a.runId() == null || a.runId().isEmpty() ? null : a.runId();
    long initiated = run.append(new Event.RequestCancelExternalWorkflowExecutionInitiated(now, a.workflowId(), runId,
        completedEventId, a.control()));
    long decisionTaskCompleted = completedEventId;
    toOtherRun(a.workflowId(), runId,
        target -> {
          target.cancelRequested = true;
          target.appendTrigger(new Event.WorkflowExecutionCancelRequested(now, run.sdkExecution(), initiated, null));
          return new Event.ExternalWorkflowExecutionCancelRequested(now, target.sdkExecution(), initiated);
        },
        () -> new Event.RequestCancelExternalWorkflowExecutionFailed(now, a.workflowId(), runId,
            RequestCancelExternalWorkflowExecutionFailedCause.UNKNOWN_EXTERNAL_WORKFLOW_EXECUTION, initiated,
            decisionTaskCompleted, a.control()));
  }

  /**
   * After the batch (RD-8), delivers something to another run of the domain: {@code deliver}
   * applies it to the target and returns the source's confirmation; without an open target the
   * source records {@code failed} instead (EX-1 to EX-4). A source closed by the batch records
   * nothing.
   */
  private void toOtherRun(String workflowId, String runId, java.util.function.Function<Execution, Event> deliver,
      java.util.function.Supplier<Event> failed) {
    afterBatch.add(() -> {
      Execution target = openRun(run.domain, workflowId, runId);
      Event outcome = target == null ? failed.get() : deliver.apply(target);
      if (run.isOpen()) {
        run.appendTrigger(outcome);
      }
    });
  }

  /** The open run a decision names: the given run if it is open, or the open run of the workflow id. */
  private static Execution openRun(Domain domain, String workflowId, String runId) {
    if (runId != null) {
      Execution target = domain.byRunId.get(runId);
      return target != null && target.isOpen() && target.workflowId.equals(workflowId) ? target : null;
    }
    Domain.WorkflowRuns runs = domain.byWorkflowId.get(workflowId);
    return runs == null ? null : runs.open;
  }

  // ---------------------------------------------------------------- Lambda (D-13)

  private void scheduleLambda(ScheduleLambdaFunctionDecisionAttributes a) {
    long scheduled = run.append(new Event.LambdaFunctionScheduled(now, a.id(), a.name(), a.control(), a.input(),
        a.startToCloseTimeout(), completedEventId));
    // D-13: without a role SWF cannot assume one; with a role the function starts, and the fake fails it.
    if (run.config.lambdaRole() == null) {
      run.appendTrigger(new Event.StartLambdaFunctionFailed(now, scheduled,
          StartLambdaFunctionFailedCause.ASSUME_ROLE_FAILED, NO_LAMBDA));
      return;
    }
    long started = run.append(new Event.LambdaFunctionStarted(now, scheduled));
    run.appendTrigger(new Event.LambdaFunctionFailed(now, scheduled, started, NO_LAMBDA, null));
  }
}
