package dev.swftyped.fake.internal;

import software.amazon.awssdk.core.SdkRequest;
import software.amazon.awssdk.core.exception.SdkClientException;
import software.amazon.awssdk.services.swf.SwfClient;
import software.amazon.awssdk.services.swf.SwfServiceClientConfiguration;
import software.amazon.awssdk.services.swf.model.*;

/**
 * The in-process door: the SDK's {@link SwfClient} interface over the engine, every operation of
 * SWF. A poll with no task waits in the caller's thread.
 */
public final class FakeSwfClient implements SwfClient {
  private final Engine engine;

  public FakeSwfClient(Engine engine) {
    this.engine = engine;
  }

  private <T> T call(Operation operation, SdkRequest request, Class<T> responseType) {
    try {
      return responseType.cast(engine.execute(operation, request));
    } catch (SwfFault fault) {
      throw fault.toSdkException();
    } catch (Injection.LostResponse lost) {
      throw lostResponse(lost);
    }
  }

  /** What the SDK throws when a connection closes before the response: a retryable client exception. */
  static SdkClientException lostResponse(Injection.LostResponse lost) {
    return SdkClientException.builder().message("Unable to execute HTTP request: " + lost.getMessage())
        .cause(new java.io.IOException(lost.getMessage())).build();
  }

  @Override
  public String serviceName() {
    return SERVICE_NAME;
  }

  @Override
  public SwfServiceClientConfiguration serviceClientConfiguration() {
    return SwfServiceClientConfiguration.builder().build();
  }

  /** Does nothing: the fake holds no connections. */
  @Override
  public void close() {}

  @Override
  public String toString() {
    return "SwfClient(swf-fake)";
  }

  // ---------------------------------------------------------------- domains

  @Override
  public RegisterDomainResponse registerDomain(RegisterDomainRequest request) {
    return call(Operation.REGISTER_DOMAIN, request, RegisterDomainResponse.class);
  }

  @Override
  public DescribeDomainResponse describeDomain(DescribeDomainRequest request) {
    return call(Operation.DESCRIBE_DOMAIN, request, DescribeDomainResponse.class);
  }

  @Override
  public ListDomainsResponse listDomains(ListDomainsRequest request) {
    return call(Operation.LIST_DOMAINS, request, ListDomainsResponse.class);
  }

  @Override
  public DeprecateDomainResponse deprecateDomain(DeprecateDomainRequest request) {
    return call(Operation.DEPRECATE_DOMAIN, request, DeprecateDomainResponse.class);
  }

  @Override
  public UndeprecateDomainResponse undeprecateDomain(UndeprecateDomainRequest request) {
    return call(Operation.UNDEPRECATE_DOMAIN, request, UndeprecateDomainResponse.class);
  }

  @Override
  public TagResourceResponse tagResource(TagResourceRequest request) {
    return call(Operation.TAG_RESOURCE, request, TagResourceResponse.class);
  }

  @Override
  public UntagResourceResponse untagResource(UntagResourceRequest request) {
    return call(Operation.UNTAG_RESOURCE, request, UntagResourceResponse.class);
  }

  @Override
  public ListTagsForResourceResponse listTagsForResource(ListTagsForResourceRequest request) {
    return call(Operation.LIST_TAGS_FOR_RESOURCE, request, ListTagsForResourceResponse.class);
  }

  // ---------------------------------------------------------------- workflow types

  @Override
  public RegisterWorkflowTypeResponse registerWorkflowType(RegisterWorkflowTypeRequest request) {
    return call(Operation.REGISTER_WORKFLOW_TYPE, request, RegisterWorkflowTypeResponse.class);
  }

  @Override
  public DescribeWorkflowTypeResponse describeWorkflowType(DescribeWorkflowTypeRequest request) {
    return call(Operation.DESCRIBE_WORKFLOW_TYPE, request, DescribeWorkflowTypeResponse.class);
  }

  @Override
  public ListWorkflowTypesResponse listWorkflowTypes(ListWorkflowTypesRequest request) {
    return call(Operation.LIST_WORKFLOW_TYPES, request, ListWorkflowTypesResponse.class);
  }

  @Override
  public DeprecateWorkflowTypeResponse deprecateWorkflowType(DeprecateWorkflowTypeRequest request) {
    return call(Operation.DEPRECATE_WORKFLOW_TYPE, request, DeprecateWorkflowTypeResponse.class);
  }

  @Override
  public UndeprecateWorkflowTypeResponse undeprecateWorkflowType(UndeprecateWorkflowTypeRequest request) {
    return call(Operation.UNDEPRECATE_WORKFLOW_TYPE, request, UndeprecateWorkflowTypeResponse.class);
  }

  @Override
  public DeleteWorkflowTypeResponse deleteWorkflowType(DeleteWorkflowTypeRequest request) {
    return call(Operation.DELETE_WORKFLOW_TYPE, request, DeleteWorkflowTypeResponse.class);
  }

  // ---------------------------------------------------------------- activity types

  @Override
  public RegisterActivityTypeResponse registerActivityType(RegisterActivityTypeRequest request) {
    return call(Operation.REGISTER_ACTIVITY_TYPE, request, RegisterActivityTypeResponse.class);
  }

  @Override
  public DescribeActivityTypeResponse describeActivityType(DescribeActivityTypeRequest request) {
    return call(Operation.DESCRIBE_ACTIVITY_TYPE, request, DescribeActivityTypeResponse.class);
  }

  @Override
  public ListActivityTypesResponse listActivityTypes(ListActivityTypesRequest request) {
    return call(Operation.LIST_ACTIVITY_TYPES, request, ListActivityTypesResponse.class);
  }

  @Override
  public DeprecateActivityTypeResponse deprecateActivityType(DeprecateActivityTypeRequest request) {
    return call(Operation.DEPRECATE_ACTIVITY_TYPE, request, DeprecateActivityTypeResponse.class);
  }

  @Override
  public UndeprecateActivityTypeResponse undeprecateActivityType(UndeprecateActivityTypeRequest request) {
    return call(Operation.UNDEPRECATE_ACTIVITY_TYPE, request, UndeprecateActivityTypeResponse.class);
  }

  @Override
  public DeleteActivityTypeResponse deleteActivityType(DeleteActivityTypeRequest request) {
    return call(Operation.DELETE_ACTIVITY_TYPE, request, DeleteActivityTypeResponse.class);
  }

  // ---------------------------------------------------------------- executions

  @Override
  public StartWorkflowExecutionResponse startWorkflowExecution(StartWorkflowExecutionRequest request) {
    return call(Operation.START_WORKFLOW_EXECUTION, request, StartWorkflowExecutionResponse.class);
  }

  @Override
  public SignalWorkflowExecutionResponse signalWorkflowExecution(SignalWorkflowExecutionRequest request) {
    return call(Operation.SIGNAL_WORKFLOW_EXECUTION, request, SignalWorkflowExecutionResponse.class);
  }

  @Override
  public RequestCancelWorkflowExecutionResponse requestCancelWorkflowExecution(
      RequestCancelWorkflowExecutionRequest request) {
    return call(Operation.REQUEST_CANCEL_WORKFLOW_EXECUTION, request, RequestCancelWorkflowExecutionResponse.class);
  }

  @Override
  public TerminateWorkflowExecutionResponse terminateWorkflowExecution(TerminateWorkflowExecutionRequest request) {
    return call(Operation.TERMINATE_WORKFLOW_EXECUTION, request, TerminateWorkflowExecutionResponse.class);
  }

  @Override
  public DescribeWorkflowExecutionResponse describeWorkflowExecution(DescribeWorkflowExecutionRequest request) {
    return call(Operation.DESCRIBE_WORKFLOW_EXECUTION, request, DescribeWorkflowExecutionResponse.class);
  }

  @Override
  public GetWorkflowExecutionHistoryResponse getWorkflowExecutionHistory(GetWorkflowExecutionHistoryRequest request) {
    return call(Operation.GET_WORKFLOW_EXECUTION_HISTORY, request, GetWorkflowExecutionHistoryResponse.class);
  }

  @Override
  public CountPendingDecisionTasksResponse countPendingDecisionTasks(CountPendingDecisionTasksRequest request) {
    return call(Operation.COUNT_PENDING_DECISION_TASKS, request, CountPendingDecisionTasksResponse.class);
  }

  // ---------------------------------------------------------------- visibility

  @Override
  public ListOpenWorkflowExecutionsResponse listOpenWorkflowExecutions(ListOpenWorkflowExecutionsRequest request) {
    return call(Operation.LIST_OPEN_WORKFLOW_EXECUTIONS, request, ListOpenWorkflowExecutionsResponse.class);
  }

  @Override
  public ListClosedWorkflowExecutionsResponse listClosedWorkflowExecutions(
      ListClosedWorkflowExecutionsRequest request) {
    return call(Operation.LIST_CLOSED_WORKFLOW_EXECUTIONS, request, ListClosedWorkflowExecutionsResponse.class);
  }

  @Override
  public CountOpenWorkflowExecutionsResponse countOpenWorkflowExecutions(CountOpenWorkflowExecutionsRequest request) {
    return call(Operation.COUNT_OPEN_WORKFLOW_EXECUTIONS, request, CountOpenWorkflowExecutionsResponse.class);
  }

  @Override
  public CountClosedWorkflowExecutionsResponse countClosedWorkflowExecutions(
      CountClosedWorkflowExecutionsRequest request) {
    return call(Operation.COUNT_CLOSED_WORKFLOW_EXECUTIONS, request, CountClosedWorkflowExecutionsResponse.class);
  }

  // ---------------------------------------------------------------- decision and activity tasks

  @Override
  public PollForDecisionTaskResponse pollForDecisionTask(PollForDecisionTaskRequest request) {
    return call(Operation.POLL_FOR_DECISION_TASK, request, PollForDecisionTaskResponse.class);
  }

  @Override
  public RespondDecisionTaskCompletedResponse respondDecisionTaskCompleted(RespondDecisionTaskCompletedRequest request) {
    return call(Operation.RESPOND_DECISION_TASK_COMPLETED, request, RespondDecisionTaskCompletedResponse.class);
  }

  @Override
  public PollForActivityTaskResponse pollForActivityTask(PollForActivityTaskRequest request) {
    return call(Operation.POLL_FOR_ACTIVITY_TASK, request, PollForActivityTaskResponse.class);
  }

  @Override
  public RecordActivityTaskHeartbeatResponse recordActivityTaskHeartbeat(RecordActivityTaskHeartbeatRequest request) {
    return call(Operation.RECORD_ACTIVITY_TASK_HEARTBEAT, request, RecordActivityTaskHeartbeatResponse.class);
  }

  @Override
  public RespondActivityTaskCompletedResponse respondActivityTaskCompleted(RespondActivityTaskCompletedRequest request) {
    return call(Operation.RESPOND_ACTIVITY_TASK_COMPLETED, request, RespondActivityTaskCompletedResponse.class);
  }

  @Override
  public RespondActivityTaskFailedResponse respondActivityTaskFailed(RespondActivityTaskFailedRequest request) {
    return call(Operation.RESPOND_ACTIVITY_TASK_FAILED, request, RespondActivityTaskFailedResponse.class);
  }

  @Override
  public RespondActivityTaskCanceledResponse respondActivityTaskCanceled(RespondActivityTaskCanceledRequest request) {
    return call(Operation.RESPOND_ACTIVITY_TASK_CANCELED, request, RespondActivityTaskCanceledResponse.class);
  }

  @Override
  public CountPendingActivityTasksResponse countPendingActivityTasks(CountPendingActivityTasksRequest request) {
    return call(Operation.COUNT_PENDING_ACTIVITY_TASKS, request, CountPendingActivityTasksResponse.class);
  }
}
