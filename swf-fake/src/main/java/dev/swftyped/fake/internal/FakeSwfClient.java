package dev.swftyped.fake.internal;

import software.amazon.awssdk.core.SdkRequest;
import software.amazon.awssdk.services.swf.SwfClient;
import software.amazon.awssdk.services.swf.SwfServiceClientConfiguration;
import software.amazon.awssdk.services.swf.model.*;

/**
 * The in-process door: the SDK's {@link SwfClient} interface over the engine. Operations the
 * engine does not serve yet keep the interface's default, which throws {@link
 * UnsupportedOperationException}.
 */
public final class FakeSwfClient implements SwfClient {
  private static final Operations.Op REGISTER_DOMAIN = Operations.op("RegisterDomain");
  private static final Operations.Op DESCRIBE_DOMAIN = Operations.op("DescribeDomain");
  private static final Operations.Op LIST_DOMAINS = Operations.op("ListDomains");
  private static final Operations.Op DEPRECATE_DOMAIN = Operations.op("DeprecateDomain");
  private static final Operations.Op UNDEPRECATE_DOMAIN = Operations.op("UndeprecateDomain");
  private static final Operations.Op TAG_RESOURCE = Operations.op("TagResource");
  private static final Operations.Op UNTAG_RESOURCE = Operations.op("UntagResource");
  private static final Operations.Op LIST_TAGS_FOR_RESOURCE = Operations.op("ListTagsForResource");
  private static final Operations.Op REGISTER_WORKFLOW_TYPE = Operations.op("RegisterWorkflowType");
  private static final Operations.Op DESCRIBE_WORKFLOW_TYPE = Operations.op("DescribeWorkflowType");
  private static final Operations.Op LIST_WORKFLOW_TYPES = Operations.op("ListWorkflowTypes");
  private static final Operations.Op DEPRECATE_WORKFLOW_TYPE = Operations.op("DeprecateWorkflowType");
  private static final Operations.Op UNDEPRECATE_WORKFLOW_TYPE = Operations.op("UndeprecateWorkflowType");
  private static final Operations.Op DELETE_WORKFLOW_TYPE = Operations.op("DeleteWorkflowType");
  private static final Operations.Op REGISTER_ACTIVITY_TYPE = Operations.op("RegisterActivityType");
  private static final Operations.Op DESCRIBE_ACTIVITY_TYPE = Operations.op("DescribeActivityType");
  private static final Operations.Op LIST_ACTIVITY_TYPES = Operations.op("ListActivityTypes");
  private static final Operations.Op DEPRECATE_ACTIVITY_TYPE = Operations.op("DeprecateActivityType");
  private static final Operations.Op UNDEPRECATE_ACTIVITY_TYPE = Operations.op("UndeprecateActivityType");
  private static final Operations.Op DELETE_ACTIVITY_TYPE = Operations.op("DeleteActivityType");
  private static final Operations.Op START_WORKFLOW_EXECUTION = Operations.op("StartWorkflowExecution");
  private static final Operations.Op SIGNAL_WORKFLOW_EXECUTION = Operations.op("SignalWorkflowExecution");
  private static final Operations.Op REQUEST_CANCEL_WORKFLOW_EXECUTION = Operations.op("RequestCancelWorkflowExecution");
  private static final Operations.Op TERMINATE_WORKFLOW_EXECUTION = Operations.op("TerminateWorkflowExecution");
  private static final Operations.Op DESCRIBE_WORKFLOW_EXECUTION = Operations.op("DescribeWorkflowExecution");
  private static final Operations.Op GET_WORKFLOW_EXECUTION_HISTORY = Operations.op("GetWorkflowExecutionHistory");
  private static final Operations.Op COUNT_PENDING_DECISION_TASKS = Operations.op("CountPendingDecisionTasks");
  private static final Operations.Op LIST_OPEN_WORKFLOW_EXECUTIONS = Operations.op("ListOpenWorkflowExecutions");
  private static final Operations.Op LIST_CLOSED_WORKFLOW_EXECUTIONS = Operations.op("ListClosedWorkflowExecutions");
  private static final Operations.Op COUNT_OPEN_WORKFLOW_EXECUTIONS = Operations.op("CountOpenWorkflowExecutions");
  private static final Operations.Op COUNT_CLOSED_WORKFLOW_EXECUTIONS = Operations.op("CountClosedWorkflowExecutions");

  private final Engine engine;

  public FakeSwfClient(Engine engine) {
    this.engine = engine;
  }

  private <T> T call(Operations.Op operation, SdkRequest request, Class<T> responseType) {
    try {
      return responseType.cast(engine.execute(operation, request));
    } catch (SwfFault fault) {
      throw fault.toSdkException();
    }
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
    return call(REGISTER_DOMAIN, request, RegisterDomainResponse.class);
  }

  @Override
  public DescribeDomainResponse describeDomain(DescribeDomainRequest request) {
    return call(DESCRIBE_DOMAIN, request, DescribeDomainResponse.class);
  }

  @Override
  public ListDomainsResponse listDomains(ListDomainsRequest request) {
    return call(LIST_DOMAINS, request, ListDomainsResponse.class);
  }

  @Override
  public DeprecateDomainResponse deprecateDomain(DeprecateDomainRequest request) {
    return call(DEPRECATE_DOMAIN, request, DeprecateDomainResponse.class);
  }

  @Override
  public UndeprecateDomainResponse undeprecateDomain(UndeprecateDomainRequest request) {
    return call(UNDEPRECATE_DOMAIN, request, UndeprecateDomainResponse.class);
  }

  @Override
  public TagResourceResponse tagResource(TagResourceRequest request) {
    return call(TAG_RESOURCE, request, TagResourceResponse.class);
  }

  @Override
  public UntagResourceResponse untagResource(UntagResourceRequest request) {
    return call(UNTAG_RESOURCE, request, UntagResourceResponse.class);
  }

  @Override
  public ListTagsForResourceResponse listTagsForResource(ListTagsForResourceRequest request) {
    return call(LIST_TAGS_FOR_RESOURCE, request, ListTagsForResourceResponse.class);
  }

  // ---------------------------------------------------------------- workflow types

  @Override
  public RegisterWorkflowTypeResponse registerWorkflowType(RegisterWorkflowTypeRequest request) {
    return call(REGISTER_WORKFLOW_TYPE, request, RegisterWorkflowTypeResponse.class);
  }

  @Override
  public DescribeWorkflowTypeResponse describeWorkflowType(DescribeWorkflowTypeRequest request) {
    return call(DESCRIBE_WORKFLOW_TYPE, request, DescribeWorkflowTypeResponse.class);
  }

  @Override
  public ListWorkflowTypesResponse listWorkflowTypes(ListWorkflowTypesRequest request) {
    return call(LIST_WORKFLOW_TYPES, request, ListWorkflowTypesResponse.class);
  }

  @Override
  public DeprecateWorkflowTypeResponse deprecateWorkflowType(DeprecateWorkflowTypeRequest request) {
    return call(DEPRECATE_WORKFLOW_TYPE, request, DeprecateWorkflowTypeResponse.class);
  }

  @Override
  public UndeprecateWorkflowTypeResponse undeprecateWorkflowType(UndeprecateWorkflowTypeRequest request) {
    return call(UNDEPRECATE_WORKFLOW_TYPE, request, UndeprecateWorkflowTypeResponse.class);
  }

  @Override
  public DeleteWorkflowTypeResponse deleteWorkflowType(DeleteWorkflowTypeRequest request) {
    return call(DELETE_WORKFLOW_TYPE, request, DeleteWorkflowTypeResponse.class);
  }

  // ---------------------------------------------------------------- activity types

  @Override
  public RegisterActivityTypeResponse registerActivityType(RegisterActivityTypeRequest request) {
    return call(REGISTER_ACTIVITY_TYPE, request, RegisterActivityTypeResponse.class);
  }

  @Override
  public DescribeActivityTypeResponse describeActivityType(DescribeActivityTypeRequest request) {
    return call(DESCRIBE_ACTIVITY_TYPE, request, DescribeActivityTypeResponse.class);
  }

  @Override
  public ListActivityTypesResponse listActivityTypes(ListActivityTypesRequest request) {
    return call(LIST_ACTIVITY_TYPES, request, ListActivityTypesResponse.class);
  }

  @Override
  public DeprecateActivityTypeResponse deprecateActivityType(DeprecateActivityTypeRequest request) {
    return call(DEPRECATE_ACTIVITY_TYPE, request, DeprecateActivityTypeResponse.class);
  }

  @Override
  public UndeprecateActivityTypeResponse undeprecateActivityType(UndeprecateActivityTypeRequest request) {
    return call(UNDEPRECATE_ACTIVITY_TYPE, request, UndeprecateActivityTypeResponse.class);
  }

  @Override
  public DeleteActivityTypeResponse deleteActivityType(DeleteActivityTypeRequest request) {
    return call(DELETE_ACTIVITY_TYPE, request, DeleteActivityTypeResponse.class);
  }

  // ---------------------------------------------------------------- executions

  @Override
  public StartWorkflowExecutionResponse startWorkflowExecution(StartWorkflowExecutionRequest request) {
    return call(START_WORKFLOW_EXECUTION, request, StartWorkflowExecutionResponse.class);
  }

  @Override
  public SignalWorkflowExecutionResponse signalWorkflowExecution(SignalWorkflowExecutionRequest request) {
    return call(SIGNAL_WORKFLOW_EXECUTION, request, SignalWorkflowExecutionResponse.class);
  }

  @Override
  public RequestCancelWorkflowExecutionResponse requestCancelWorkflowExecution(
      RequestCancelWorkflowExecutionRequest request) {
    return call(REQUEST_CANCEL_WORKFLOW_EXECUTION, request, RequestCancelWorkflowExecutionResponse.class);
  }

  @Override
  public TerminateWorkflowExecutionResponse terminateWorkflowExecution(TerminateWorkflowExecutionRequest request) {
    return call(TERMINATE_WORKFLOW_EXECUTION, request, TerminateWorkflowExecutionResponse.class);
  }

  @Override
  public DescribeWorkflowExecutionResponse describeWorkflowExecution(DescribeWorkflowExecutionRequest request) {
    return call(DESCRIBE_WORKFLOW_EXECUTION, request, DescribeWorkflowExecutionResponse.class);
  }

  @Override
  public GetWorkflowExecutionHistoryResponse getWorkflowExecutionHistory(GetWorkflowExecutionHistoryRequest request) {
    return call(GET_WORKFLOW_EXECUTION_HISTORY, request, GetWorkflowExecutionHistoryResponse.class);
  }

  @Override
  public CountPendingDecisionTasksResponse countPendingDecisionTasks(CountPendingDecisionTasksRequest request) {
    return call(COUNT_PENDING_DECISION_TASKS, request, CountPendingDecisionTasksResponse.class);
  }

  // ---------------------------------------------------------------- visibility

  @Override
  public ListOpenWorkflowExecutionsResponse listOpenWorkflowExecutions(ListOpenWorkflowExecutionsRequest request) {
    return call(LIST_OPEN_WORKFLOW_EXECUTIONS, request, ListOpenWorkflowExecutionsResponse.class);
  }

  @Override
  public ListClosedWorkflowExecutionsResponse listClosedWorkflowExecutions(
      ListClosedWorkflowExecutionsRequest request) {
    return call(LIST_CLOSED_WORKFLOW_EXECUTIONS, request, ListClosedWorkflowExecutionsResponse.class);
  }

  @Override
  public CountOpenWorkflowExecutionsResponse countOpenWorkflowExecutions(CountOpenWorkflowExecutionsRequest request) {
    return call(COUNT_OPEN_WORKFLOW_EXECUTIONS, request, CountOpenWorkflowExecutionsResponse.class);
  }

  @Override
  public CountClosedWorkflowExecutionsResponse countClosedWorkflowExecutions(
      CountClosedWorkflowExecutionsRequest request) {
    return call(COUNT_CLOSED_WORKFLOW_EXECUTIONS, request, CountClosedWorkflowExecutionsResponse.class);
  }
}
