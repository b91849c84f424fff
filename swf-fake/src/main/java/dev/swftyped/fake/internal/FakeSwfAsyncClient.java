package dev.swftyped.fake.internal;

import java.util.concurrent.CompletableFuture;
import software.amazon.awssdk.core.SdkRequest;
import software.amazon.awssdk.services.swf.SwfAsyncClient;
import software.amazon.awssdk.services.swf.SwfServiceClientConfiguration;
import software.amazon.awssdk.services.swf.model.*;

/**
 * The in-process asynchronous door: the SDK's {@link SwfAsyncClient} interface over the engine.
 * Every call runs in the caller's thread and returns a completed future, except a poll with no
 * task, whose future completes when a task is handed to it, its poll timeout passes or the fake is
 * closed; meanwhile it holds no thread. Failures are the SDK's exceptions, as a real client's.
 */
public final class FakeSwfAsyncClient implements SwfAsyncClient {
  private final Engine engine;

  public FakeSwfAsyncClient(Engine engine) {
    this.engine = engine;
  }

  private <T> CompletableFuture<T> call(Operation operation, SdkRequest request, Class<T> responseType) {
    CompletableFuture<T> result = new CompletableFuture<>();
    engine.submit(operation, request).whenComplete((response, error) -> {
      if (error == null) {
        result.complete(responseType.cast(response));
      } else {
        result.completeExceptionally(error instanceof SwfFault ? ((SwfFault) error).toSdkException()
            : error instanceof Injection.LostResponse ? FakeSwfClient.lostResponse((Injection.LostResponse) error)
            : error);
      }
    });
    return result;
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
    return "SwfAsyncClient(swf-fake)";
  }

  @Override
  public CompletableFuture<RegisterDomainResponse> registerDomain(RegisterDomainRequest request) {
    return call(Operation.REGISTER_DOMAIN, request, RegisterDomainResponse.class);
  }

  @Override
  public CompletableFuture<DescribeDomainResponse> describeDomain(DescribeDomainRequest request) {
    return call(Operation.DESCRIBE_DOMAIN, request, DescribeDomainResponse.class);
  }

  @Override
  public CompletableFuture<ListDomainsResponse> listDomains(ListDomainsRequest request) {
    return call(Operation.LIST_DOMAINS, request, ListDomainsResponse.class);
  }

  @Override
  public CompletableFuture<DeprecateDomainResponse> deprecateDomain(DeprecateDomainRequest request) {
    return call(Operation.DEPRECATE_DOMAIN, request, DeprecateDomainResponse.class);
  }

  @Override
  public CompletableFuture<UndeprecateDomainResponse> undeprecateDomain(UndeprecateDomainRequest request) {
    return call(Operation.UNDEPRECATE_DOMAIN, request, UndeprecateDomainResponse.class);
  }

  @Override
  public CompletableFuture<TagResourceResponse> tagResource(TagResourceRequest request) {
    return call(Operation.TAG_RESOURCE, request, TagResourceResponse.class);
  }

  @Override
  public CompletableFuture<UntagResourceResponse> untagResource(UntagResourceRequest request) {
    return call(Operation.UNTAG_RESOURCE, request, UntagResourceResponse.class);
  }

  @Override
  public CompletableFuture<ListTagsForResourceResponse> listTagsForResource(ListTagsForResourceRequest request) {
    return call(Operation.LIST_TAGS_FOR_RESOURCE, request, ListTagsForResourceResponse.class);
  }

  @Override
  public CompletableFuture<RegisterWorkflowTypeResponse> registerWorkflowType(RegisterWorkflowTypeRequest request) {
    return call(Operation.REGISTER_WORKFLOW_TYPE, request, RegisterWorkflowTypeResponse.class);
  }

  @Override
  public CompletableFuture<DescribeWorkflowTypeResponse> describeWorkflowType(DescribeWorkflowTypeRequest request) {
    return call(Operation.DESCRIBE_WORKFLOW_TYPE, request, DescribeWorkflowTypeResponse.class);
  }

  @Override
  public CompletableFuture<ListWorkflowTypesResponse> listWorkflowTypes(ListWorkflowTypesRequest request) {
    return call(Operation.LIST_WORKFLOW_TYPES, request, ListWorkflowTypesResponse.class);
  }

  @Override
  public CompletableFuture<DeprecateWorkflowTypeResponse> deprecateWorkflowType(DeprecateWorkflowTypeRequest request) {
    return call(Operation.DEPRECATE_WORKFLOW_TYPE, request, DeprecateWorkflowTypeResponse.class);
  }

  @Override
  public CompletableFuture<UndeprecateWorkflowTypeResponse> undeprecateWorkflowType(UndeprecateWorkflowTypeRequest request) {
    return call(Operation.UNDEPRECATE_WORKFLOW_TYPE, request, UndeprecateWorkflowTypeResponse.class);
  }

  @Override
  public CompletableFuture<DeleteWorkflowTypeResponse> deleteWorkflowType(DeleteWorkflowTypeRequest request) {
    return call(Operation.DELETE_WORKFLOW_TYPE, request, DeleteWorkflowTypeResponse.class);
  }

  @Override
  public CompletableFuture<RegisterActivityTypeResponse> registerActivityType(RegisterActivityTypeRequest request) {
    return call(Operation.REGISTER_ACTIVITY_TYPE, request, RegisterActivityTypeResponse.class);
  }

  @Override
  public CompletableFuture<DescribeActivityTypeResponse> describeActivityType(DescribeActivityTypeRequest request) {
    return call(Operation.DESCRIBE_ACTIVITY_TYPE, request, DescribeActivityTypeResponse.class);
  }

  @Override
  public CompletableFuture<ListActivityTypesResponse> listActivityTypes(ListActivityTypesRequest request) {
    return call(Operation.LIST_ACTIVITY_TYPES, request, ListActivityTypesResponse.class);
  }

  @Override
  public CompletableFuture<DeprecateActivityTypeResponse> deprecateActivityType(DeprecateActivityTypeRequest request) {
    return call(Operation.DEPRECATE_ACTIVITY_TYPE, request, DeprecateActivityTypeResponse.class);
  }

  @Override
  public CompletableFuture<UndeprecateActivityTypeResponse> undeprecateActivityType(UndeprecateActivityTypeRequest request) {
    return call(Operation.UNDEPRECATE_ACTIVITY_TYPE, request, UndeprecateActivityTypeResponse.class);
  }

  @Override
  public CompletableFuture<DeleteActivityTypeResponse> deleteActivityType(DeleteActivityTypeRequest request) {
    return call(Operation.DELETE_ACTIVITY_TYPE, request, DeleteActivityTypeResponse.class);
  }

  @Override
  public CompletableFuture<StartWorkflowExecutionResponse> startWorkflowExecution(StartWorkflowExecutionRequest request) {
    return call(Operation.START_WORKFLOW_EXECUTION, request, StartWorkflowExecutionResponse.class);
  }

  @Override
  public CompletableFuture<SignalWorkflowExecutionResponse> signalWorkflowExecution(SignalWorkflowExecutionRequest request) {
    return call(Operation.SIGNAL_WORKFLOW_EXECUTION, request, SignalWorkflowExecutionResponse.class);
  }

  @Override
  public CompletableFuture<RequestCancelWorkflowExecutionResponse> requestCancelWorkflowExecution(RequestCancelWorkflowExecutionRequest request) {
    return call(Operation.REQUEST_CANCEL_WORKFLOW_EXECUTION, request, RequestCancelWorkflowExecutionResponse.class);
  }

  @Override
  public CompletableFuture<TerminateWorkflowExecutionResponse> terminateWorkflowExecution(TerminateWorkflowExecutionRequest request) {
    return call(Operation.TERMINATE_WORKFLOW_EXECUTION, request, TerminateWorkflowExecutionResponse.class);
  }

  @Override
  public CompletableFuture<DescribeWorkflowExecutionResponse> describeWorkflowExecution(DescribeWorkflowExecutionRequest request) {
    return call(Operation.DESCRIBE_WORKFLOW_EXECUTION, request, DescribeWorkflowExecutionResponse.class);
  }

  @Override
  public CompletableFuture<GetWorkflowExecutionHistoryResponse> getWorkflowExecutionHistory(GetWorkflowExecutionHistoryRequest request) {
    return call(Operation.GET_WORKFLOW_EXECUTION_HISTORY, request, GetWorkflowExecutionHistoryResponse.class);
  }

  @Override
  public CompletableFuture<ListOpenWorkflowExecutionsResponse> listOpenWorkflowExecutions(ListOpenWorkflowExecutionsRequest request) {
    return call(Operation.LIST_OPEN_WORKFLOW_EXECUTIONS, request, ListOpenWorkflowExecutionsResponse.class);
  }

  @Override
  public CompletableFuture<ListClosedWorkflowExecutionsResponse> listClosedWorkflowExecutions(ListClosedWorkflowExecutionsRequest request) {
    return call(Operation.LIST_CLOSED_WORKFLOW_EXECUTIONS, request, ListClosedWorkflowExecutionsResponse.class);
  }

  @Override
  public CompletableFuture<CountOpenWorkflowExecutionsResponse> countOpenWorkflowExecutions(CountOpenWorkflowExecutionsRequest request) {
    return call(Operation.COUNT_OPEN_WORKFLOW_EXECUTIONS, request, CountOpenWorkflowExecutionsResponse.class);
  }

  @Override
  public CompletableFuture<CountClosedWorkflowExecutionsResponse> countClosedWorkflowExecutions(CountClosedWorkflowExecutionsRequest request) {
    return call(Operation.COUNT_CLOSED_WORKFLOW_EXECUTIONS, request, CountClosedWorkflowExecutionsResponse.class);
  }

  @Override
  public CompletableFuture<PollForDecisionTaskResponse> pollForDecisionTask(PollForDecisionTaskRequest request) {
    return call(Operation.POLL_FOR_DECISION_TASK, request, PollForDecisionTaskResponse.class);
  }

  @Override
  public CompletableFuture<RespondDecisionTaskCompletedResponse> respondDecisionTaskCompleted(RespondDecisionTaskCompletedRequest request) {
    return call(Operation.RESPOND_DECISION_TASK_COMPLETED, request, RespondDecisionTaskCompletedResponse.class);
  }

  @Override
  public CompletableFuture<CountPendingDecisionTasksResponse> countPendingDecisionTasks(CountPendingDecisionTasksRequest request) {
    return call(Operation.COUNT_PENDING_DECISION_TASKS, request, CountPendingDecisionTasksResponse.class);
  }

  @Override
  public CompletableFuture<PollForActivityTaskResponse> pollForActivityTask(PollForActivityTaskRequest request) {
    return call(Operation.POLL_FOR_ACTIVITY_TASK, request, PollForActivityTaskResponse.class);
  }

  @Override
  public CompletableFuture<RecordActivityTaskHeartbeatResponse> recordActivityTaskHeartbeat(RecordActivityTaskHeartbeatRequest request) {
    return call(Operation.RECORD_ACTIVITY_TASK_HEARTBEAT, request, RecordActivityTaskHeartbeatResponse.class);
  }

  @Override
  public CompletableFuture<RespondActivityTaskCompletedResponse> respondActivityTaskCompleted(RespondActivityTaskCompletedRequest request) {
    return call(Operation.RESPOND_ACTIVITY_TASK_COMPLETED, request, RespondActivityTaskCompletedResponse.class);
  }

  @Override
  public CompletableFuture<RespondActivityTaskFailedResponse> respondActivityTaskFailed(RespondActivityTaskFailedRequest request) {
    return call(Operation.RESPOND_ACTIVITY_TASK_FAILED, request, RespondActivityTaskFailedResponse.class);
  }

  @Override
  public CompletableFuture<RespondActivityTaskCanceledResponse> respondActivityTaskCanceled(RespondActivityTaskCanceledRequest request) {
    return call(Operation.RESPOND_ACTIVITY_TASK_CANCELED, request, RespondActivityTaskCanceledResponse.class);
  }

  @Override
  public CompletableFuture<CountPendingActivityTasksResponse> countPendingActivityTasks(CountPendingActivityTasksRequest request) {
    return call(Operation.COUNT_PENDING_ACTIVITY_TASKS, request, CountPendingActivityTasksResponse.class);
  }
}
