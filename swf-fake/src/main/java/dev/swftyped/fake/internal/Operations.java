package dev.swftyped.fake.internal;

import java.util.Map;
import software.amazon.awssdk.core.SdkRequest;
import software.amazon.awssdk.services.swf.model.*;

/** The operations the engine serves, by SWF's operation name. */
final class Operations {
  /** Runs one operation on the engine's state, under its lock, after model validation. */
  @FunctionalInterface
  interface Handler {
    SwfResponse.Builder handle(Engine engine, SdkRequest request, long now);
  }

  private static final Map<String, Handler> HANDLERS = Map.ofEntries(
      Map.entry("RegisterDomain", (e, r, now) -> DomainOps.register(e, (RegisterDomainRequest) r, now)),
      Map.entry("DescribeDomain", (e, r, now) -> DomainOps.describe(e, (DescribeDomainRequest) r)),
      Map.entry("ListDomains", (e, r, now) -> DomainOps.list(e, (ListDomainsRequest) r, now)),
      Map.entry("DeprecateDomain", (e, r, now) -> DomainOps.deprecate(e, (DeprecateDomainRequest) r, now)),
      Map.entry("UndeprecateDomain", (e, r, now) -> DomainOps.undeprecate(e, (UndeprecateDomainRequest) r)),
      Map.entry("TagResource", (e, r, now) -> DomainOps.tag(e, (TagResourceRequest) r)),
      Map.entry("UntagResource", (e, r, now) -> DomainOps.untag(e, (UntagResourceRequest) r)),
      Map.entry("ListTagsForResource", (e, r, now) -> DomainOps.listTags(e, (ListTagsForResourceRequest) r)),

      Map.entry("RegisterWorkflowType", (e, r, now) -> TypeOps.registerWorkflowType(e, (RegisterWorkflowTypeRequest) r, now)),
      Map.entry("DescribeWorkflowType", (e, r, now) -> TypeOps.describeWorkflowType(e, (DescribeWorkflowTypeRequest) r)),
      Map.entry("ListWorkflowTypes", (e, r, now) -> TypeOps.listWorkflowTypes(e, (ListWorkflowTypesRequest) r, now)),
      Map.entry("DeprecateWorkflowType", (e, r, now) -> TypeOps.deprecateWorkflowType(e, (DeprecateWorkflowTypeRequest) r, now)),
      Map.entry("UndeprecateWorkflowType", (e, r, now) -> TypeOps.undeprecateWorkflowType(e, (UndeprecateWorkflowTypeRequest) r)),
      Map.entry("DeleteWorkflowType", (e, r, now) -> TypeOps.deleteWorkflowType(e, (DeleteWorkflowTypeRequest) r)),
      Map.entry("RegisterActivityType", (e, r, now) -> TypeOps.registerActivityType(e, (RegisterActivityTypeRequest) r, now)),
      Map.entry("DescribeActivityType", (e, r, now) -> TypeOps.describeActivityType(e, (DescribeActivityTypeRequest) r)),
      Map.entry("ListActivityTypes", (e, r, now) -> TypeOps.listActivityTypes(e, (ListActivityTypesRequest) r, now)),
      Map.entry("DeprecateActivityType", (e, r, now) -> TypeOps.deprecateActivityType(e, (DeprecateActivityTypeRequest) r, now)),
      Map.entry("UndeprecateActivityType", (e, r, now) -> TypeOps.undeprecateActivityType(e, (UndeprecateActivityTypeRequest) r)),
      Map.entry("DeleteActivityType", (e, r, now) -> TypeOps.deleteActivityType(e, (DeleteActivityTypeRequest) r)),

      Map.entry("StartWorkflowExecution", (e, r, now) -> ExecutionOps.start(e, (StartWorkflowExecutionRequest) r, now)),
      Map.entry("SignalWorkflowExecution", (e, r, now) -> ExecutionOps.signal(e, (SignalWorkflowExecutionRequest) r, now)),
      Map.entry("RequestCancelWorkflowExecution",
          (e, r, now) -> ExecutionOps.requestCancel(e, (RequestCancelWorkflowExecutionRequest) r, now)),
      Map.entry("TerminateWorkflowExecution",
          (e, r, now) -> ExecutionOps.terminate(e, (TerminateWorkflowExecutionRequest) r, now)),
      Map.entry("DescribeWorkflowExecution",
          (e, r, now) -> ExecutionOps.describe(e, (DescribeWorkflowExecutionRequest) r)),
      Map.entry("GetWorkflowExecutionHistory",
          (e, r, now) -> ExecutionOps.history(e, (GetWorkflowExecutionHistoryRequest) r, now)),
      Map.entry("CountPendingDecisionTasks",
          (e, r, now) -> ExecutionOps.countPendingDecisionTasks(e, (CountPendingDecisionTasksRequest) r)),

      Map.entry("ListOpenWorkflowExecutions",
          (e, r, now) -> VisibilityOps.listOpen(e, (ListOpenWorkflowExecutionsRequest) r, now)),
      Map.entry("ListClosedWorkflowExecutions",
          (e, r, now) -> VisibilityOps.listClosed(e, (ListClosedWorkflowExecutionsRequest) r, now)),
      Map.entry("CountOpenWorkflowExecutions",
          (e, r, now) -> VisibilityOps.countOpen(e, (CountOpenWorkflowExecutionsRequest) r)),
      Map.entry("CountClosedWorkflowExecutions",
          (e, r, now) -> VisibilityOps.countClosed(e, (CountClosedWorkflowExecutionsRequest) r)));

  /** An operation the engine serves: its name, its input's constraints and its handler. */
  public static final class Op {
    final String name;
    final Shape.Struct input;
    final Handler handler;

    private Op(String name, Shape.Struct input, Handler handler) {
      this.name = name;
      this.input = input;
      this.handler = handler;
    }

    @Override
    public String toString() {
      return name;
    }
  }

  private static final Map<String, Op> OPS = ops();

  private static Map<String, Op> ops() {
    Map<String, Op> ops = new java.util.HashMap<>();
    HANDLERS.forEach((name, handler) -> ops.put(name, new Op(name, InputShapes.BY_OPERATION.get(name), handler)));
    return Map.copyOf(ops);
  }

  private Operations() {}

  static boolean supports(String operation) {
    return OPS.containsKey(operation);
  }

  /** The operation of that name, for a door to call. */
  static Op op(String operation) {
    Op op = OPS.get(operation);
    if (op == null) {
      throw new IllegalArgumentException("the fake does not serve " + operation);
    }
    return op;
  }
}
