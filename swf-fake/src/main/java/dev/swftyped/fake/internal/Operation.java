package dev.swftyped.fake.internal;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import software.amazon.awssdk.core.SdkPojo;
import software.amazon.awssdk.core.SdkRequest;
import software.amazon.awssdk.services.swf.model.*;

/**
 * The operations the engine serves: each one's SWF name, the constraints of its input (from the
 * service model, see {@link InputShapes}) and its handler. This is the one registry of operations;
 * every door looks operations up here.
 */
public enum Operation {
  REGISTER_DOMAIN("RegisterDomain", InputShapes.REGISTER_DOMAIN_INPUT,
      (s, r, now) -> DomainOps.register(s, (RegisterDomainRequest) r, now)),
  DESCRIBE_DOMAIN("DescribeDomain", InputShapes.DESCRIBE_DOMAIN_INPUT,
      (s, r, now) -> DomainOps.describe(s, (DescribeDomainRequest) r)),
  LIST_DOMAINS("ListDomains", InputShapes.LIST_DOMAINS_INPUT,
      (s, r, now) -> DomainOps.list(s, (ListDomainsRequest) r, now)),
  DEPRECATE_DOMAIN("DeprecateDomain", InputShapes.DEPRECATE_DOMAIN_INPUT,
      (s, r, now) -> DomainOps.deprecate(s, (DeprecateDomainRequest) r, now)),
  UNDEPRECATE_DOMAIN("UndeprecateDomain", InputShapes.UNDEPRECATE_DOMAIN_INPUT,
      (s, r, now) -> DomainOps.undeprecate(s, (UndeprecateDomainRequest) r)),
  TAG_RESOURCE("TagResource", InputShapes.TAG_RESOURCE_INPUT,
      (s, r, now) -> DomainOps.tag(s, (TagResourceRequest) r)),
  UNTAG_RESOURCE("UntagResource", InputShapes.UNTAG_RESOURCE_INPUT,
      (s, r, now) -> DomainOps.untag(s, (UntagResourceRequest) r)),
  LIST_TAGS_FOR_RESOURCE("ListTagsForResource", InputShapes.LIST_TAGS_FOR_RESOURCE_INPUT,
      (s, r, now) -> DomainOps.listTags(s, (ListTagsForResourceRequest) r)),

  REGISTER_WORKFLOW_TYPE("RegisterWorkflowType", InputShapes.REGISTER_WORKFLOW_TYPE_INPUT,
      (s, r, now) -> TypeOps.registerWorkflowType(s, (RegisterWorkflowTypeRequest) r, now)),
  DESCRIBE_WORKFLOW_TYPE("DescribeWorkflowType", InputShapes.DESCRIBE_WORKFLOW_TYPE_INPUT,
      (s, r, now) -> TypeOps.describeWorkflowType(s, (DescribeWorkflowTypeRequest) r)),
  LIST_WORKFLOW_TYPES("ListWorkflowTypes", InputShapes.LIST_WORKFLOW_TYPES_INPUT,
      (s, r, now) -> TypeOps.listWorkflowTypes(s, (ListWorkflowTypesRequest) r, now)),
  DEPRECATE_WORKFLOW_TYPE("DeprecateWorkflowType", InputShapes.DEPRECATE_WORKFLOW_TYPE_INPUT,
      (s, r, now) -> TypeOps.deprecateWorkflowType(s, (DeprecateWorkflowTypeRequest) r, now)),
  UNDEPRECATE_WORKFLOW_TYPE("UndeprecateWorkflowType", InputShapes.UNDEPRECATE_WORKFLOW_TYPE_INPUT,
      (s, r, now) -> TypeOps.undeprecateWorkflowType(s, (UndeprecateWorkflowTypeRequest) r)),
  DELETE_WORKFLOW_TYPE("DeleteWorkflowType", InputShapes.DELETE_WORKFLOW_TYPE_INPUT,
      (s, r, now) -> TypeOps.deleteWorkflowType(s, (DeleteWorkflowTypeRequest) r)),
  REGISTER_ACTIVITY_TYPE("RegisterActivityType", InputShapes.REGISTER_ACTIVITY_TYPE_INPUT,
      (s, r, now) -> TypeOps.registerActivityType(s, (RegisterActivityTypeRequest) r, now)),
  DESCRIBE_ACTIVITY_TYPE("DescribeActivityType", InputShapes.DESCRIBE_ACTIVITY_TYPE_INPUT,
      (s, r, now) -> TypeOps.describeActivityType(s, (DescribeActivityTypeRequest) r)),
  LIST_ACTIVITY_TYPES("ListActivityTypes", InputShapes.LIST_ACTIVITY_TYPES_INPUT,
      (s, r, now) -> TypeOps.listActivityTypes(s, (ListActivityTypesRequest) r, now)),
  DEPRECATE_ACTIVITY_TYPE("DeprecateActivityType", InputShapes.DEPRECATE_ACTIVITY_TYPE_INPUT,
      (s, r, now) -> TypeOps.deprecateActivityType(s, (DeprecateActivityTypeRequest) r, now)),
  UNDEPRECATE_ACTIVITY_TYPE("UndeprecateActivityType", InputShapes.UNDEPRECATE_ACTIVITY_TYPE_INPUT,
      (s, r, now) -> TypeOps.undeprecateActivityType(s, (UndeprecateActivityTypeRequest) r)),
  DELETE_ACTIVITY_TYPE("DeleteActivityType", InputShapes.DELETE_ACTIVITY_TYPE_INPUT,
      (s, r, now) -> TypeOps.deleteActivityType(s, (DeleteActivityTypeRequest) r)),

  START_WORKFLOW_EXECUTION("StartWorkflowExecution", InputShapes.START_WORKFLOW_EXECUTION_INPUT,
      (s, r, now) -> ExecutionOps.start(s, (StartWorkflowExecutionRequest) r, now)),
  SIGNAL_WORKFLOW_EXECUTION("SignalWorkflowExecution", InputShapes.SIGNAL_WORKFLOW_EXECUTION_INPUT,
      (s, r, now) -> ExecutionOps.signal(s, (SignalWorkflowExecutionRequest) r, now)),
  REQUEST_CANCEL_WORKFLOW_EXECUTION("RequestCancelWorkflowExecution",
      InputShapes.REQUEST_CANCEL_WORKFLOW_EXECUTION_INPUT,
      (s, r, now) -> ExecutionOps.requestCancel(s, (RequestCancelWorkflowExecutionRequest) r, now)),
  TERMINATE_WORKFLOW_EXECUTION("TerminateWorkflowExecution", InputShapes.TERMINATE_WORKFLOW_EXECUTION_INPUT,
      (s, r, now) -> ExecutionOps.terminate(s, (TerminateWorkflowExecutionRequest) r, now)),
  DESCRIBE_WORKFLOW_EXECUTION("DescribeWorkflowExecution", InputShapes.DESCRIBE_WORKFLOW_EXECUTION_INPUT,
      (s, r, now) -> ExecutionOps.describe(s, (DescribeWorkflowExecutionRequest) r)),
  GET_WORKFLOW_EXECUTION_HISTORY("GetWorkflowExecutionHistory", InputShapes.GET_WORKFLOW_EXECUTION_HISTORY_INPUT,
      (s, r, now) -> ExecutionOps.history(s, (GetWorkflowExecutionHistoryRequest) r, now)),

  LIST_OPEN_WORKFLOW_EXECUTIONS("ListOpenWorkflowExecutions", InputShapes.LIST_OPEN_WORKFLOW_EXECUTIONS_INPUT,
      (s, r, now) -> VisibilityOps.listOpen(s, (ListOpenWorkflowExecutionsRequest) r, now)),
  LIST_CLOSED_WORKFLOW_EXECUTIONS("ListClosedWorkflowExecutions", InputShapes.LIST_CLOSED_WORKFLOW_EXECUTIONS_INPUT,
      (s, r, now) -> VisibilityOps.listClosed(s, (ListClosedWorkflowExecutionsRequest) r, now)),
  COUNT_OPEN_WORKFLOW_EXECUTIONS("CountOpenWorkflowExecutions", InputShapes.COUNT_OPEN_WORKFLOW_EXECUTIONS_INPUT,
      (s, r, now) -> VisibilityOps.countOpen(s, (CountOpenWorkflowExecutionsRequest) r)),
  COUNT_CLOSED_WORKFLOW_EXECUTIONS("CountClosedWorkflowExecutions",
      InputShapes.COUNT_CLOSED_WORKFLOW_EXECUTIONS_INPUT,
      (s, r, now) -> VisibilityOps.countClosed(s, (CountClosedWorkflowExecutionsRequest) r)),

  POLL_FOR_DECISION_TASK("PollForDecisionTask", InputShapes.POLL_FOR_DECISION_TASK_INPUT,
      (s, r, now) -> DecisionOps.poll(s, (PollForDecisionTaskRequest) r, now)) {
    @Override
    SwfResponse.Builder emptyPoll() {
      return DecisionOps.emptyPoll();
    }

    @Override
    TaskQueue.Key pollKey(SdkRequest request) {
      PollForDecisionTaskRequest poll = (PollForDecisionTaskRequest) request;
      return new TaskQueue.Key(poll.domain(), TaskQueue.Kind.DECISION, poll.taskList().name());
    }
  },
  RESPOND_DECISION_TASK_COMPLETED("RespondDecisionTaskCompleted", InputShapes.RESPOND_DECISION_TASK_COMPLETED_INPUT,
      (s, r, now) -> DecisionOps.respond(s, (RespondDecisionTaskCompletedRequest) r, now)) {
    @Override
    List<String> violations(SdkRequest request) {
      List<String> violations = super.violations(request);
      List<String> missing = DecisionBatch.missingAttributes((RespondDecisionTaskCompletedRequest) request);
      if (missing.isEmpty()) {
        return violations;
      }
      List<String> all = new ArrayList<>(violations);
      all.addAll(missing);
      return all;
    }
  },
  COUNT_PENDING_DECISION_TASKS("CountPendingDecisionTasks", InputShapes.COUNT_PENDING_DECISION_TASKS_INPUT,
      (s, r, now) -> DecisionOps.countPending(s, (CountPendingDecisionTasksRequest) r)),

  POLL_FOR_ACTIVITY_TASK("PollForActivityTask", InputShapes.POLL_FOR_ACTIVITY_TASK_INPUT,
      (s, r, now) -> ActivityOps.poll(s, (PollForActivityTaskRequest) r, now)) {
    @Override
    SwfResponse.Builder emptyPoll() {
      return ActivityOps.emptyPoll();
    }

    @Override
    TaskQueue.Key pollKey(SdkRequest request) {
      PollForActivityTaskRequest poll = (PollForActivityTaskRequest) request;
      return new TaskQueue.Key(poll.domain(), TaskQueue.Kind.ACTIVITY, poll.taskList().name());
    }
  },
  RECORD_ACTIVITY_TASK_HEARTBEAT("RecordActivityTaskHeartbeat", InputShapes.RECORD_ACTIVITY_TASK_HEARTBEAT_INPUT,
      (s, r, now) -> ActivityOps.heartbeat(s, (RecordActivityTaskHeartbeatRequest) r, now)),
  RESPOND_ACTIVITY_TASK_COMPLETED("RespondActivityTaskCompleted", InputShapes.RESPOND_ACTIVITY_TASK_COMPLETED_INPUT,
      (s, r, now) -> ActivityOps.completed(s, (RespondActivityTaskCompletedRequest) r, now)),
  RESPOND_ACTIVITY_TASK_FAILED("RespondActivityTaskFailed", InputShapes.RESPOND_ACTIVITY_TASK_FAILED_INPUT,
      (s, r, now) -> ActivityOps.failed(s, (RespondActivityTaskFailedRequest) r, now)),
  RESPOND_ACTIVITY_TASK_CANCELED("RespondActivityTaskCanceled", InputShapes.RESPOND_ACTIVITY_TASK_CANCELED_INPUT,
      (s, r, now) -> ActivityOps.canceled(s, (RespondActivityTaskCanceledRequest) r, now)),
  COUNT_PENDING_ACTIVITY_TASKS("CountPendingActivityTasks", InputShapes.COUNT_PENDING_ACTIVITY_TASKS_INPUT,
      (s, r, now) -> ActivityOps.countPending(s, (CountPendingActivityTasksRequest) r));

  /** Runs an operation on the state, under the engine's lock, after model validation. */
  @FunctionalInterface
  interface Handler {
    /**
     * @return the response; for a poll, null when no task can be handed out
     */
    SwfResponse.Builder handle(State state, SdkRequest request, long now);
  }

  private static final Map<String, Operation> BY_NAME = new HashMap<>();

  static {
    for (Operation op : values()) {
      BY_NAME.put(op.wireName, op);
    }
  }

  /** SWF's name of the operation, as in {@code X-Amz-Target}. */
  final String wireName;
  /** The constraints of its input. */
  final Shape.Struct input;
  private final Handler handler;

  Operation(String wireName, Shape.Struct input, Handler handler) {
    this.wireName = wireName;
    this.input = input;
    this.handler = handler;
  }

  /** The operation of that SWF name, or null if the engine does not serve it. */
  public static Operation named(String wireName) {
    return BY_NAME.get(wireName);
  }

  /** Every violation of the input's model constraints, in SWF's order; empty if there is none. */
  List<String> violations(SdkRequest request) {
    return ModelValidator.violations(input, (SdkPojo) request);
  }

  SwfResponse.Builder handle(State state, SdkRequest request, long now) {
    return handler.handle(state, request, now);
  }

  /** Whether the operation is a poll, which may wait for a task. */
  boolean isPoll() {
    return this == POLL_FOR_DECISION_TASK || this == POLL_FOR_ACTIVITY_TASK;
  }

  /** What a poll answers when it has no task to hand out. */
  SwfResponse.Builder emptyPoll() {
    throw new IllegalStateException(wireName + " is not a poll");
  }

  /** The task list a poll waits on. */
  TaskQueue.Key pollKey(SdkRequest request) {
    throw new IllegalStateException(wireName + " is not a poll");
  }

  @Override
  public String toString() {
    return wireName;
  }
}
