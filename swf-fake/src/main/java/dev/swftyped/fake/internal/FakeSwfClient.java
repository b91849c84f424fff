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
  private final Engine engine;

  public FakeSwfClient(Engine engine) {
    this.engine = engine;
  }

  private <T> T call(String operation, SdkRequest request, Class<T> responseType) {
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
    return call("RegisterDomain", request, RegisterDomainResponse.class);
  }

  @Override
  public DescribeDomainResponse describeDomain(DescribeDomainRequest request) {
    return call("DescribeDomain", request, DescribeDomainResponse.class);
  }

  @Override
  public ListDomainsResponse listDomains(ListDomainsRequest request) {
    return call("ListDomains", request, ListDomainsResponse.class);
  }

  @Override
  public DeprecateDomainResponse deprecateDomain(DeprecateDomainRequest request) {
    return call("DeprecateDomain", request, DeprecateDomainResponse.class);
  }

  @Override
  public UndeprecateDomainResponse undeprecateDomain(UndeprecateDomainRequest request) {
    return call("UndeprecateDomain", request, UndeprecateDomainResponse.class);
  }

  @Override
  public TagResourceResponse tagResource(TagResourceRequest request) {
    return call("TagResource", request, TagResourceResponse.class);
  }

  @Override
  public UntagResourceResponse untagResource(UntagResourceRequest request) {
    return call("UntagResource", request, UntagResourceResponse.class);
  }

  @Override
  public ListTagsForResourceResponse listTagsForResource(ListTagsForResourceRequest request) {
    return call("ListTagsForResource", request, ListTagsForResourceResponse.class);
  }

  // ---------------------------------------------------------------- workflow types

  @Override
  public RegisterWorkflowTypeResponse registerWorkflowType(RegisterWorkflowTypeRequest request) {
    return call("RegisterWorkflowType", request, RegisterWorkflowTypeResponse.class);
  }

  @Override
  public DescribeWorkflowTypeResponse describeWorkflowType(DescribeWorkflowTypeRequest request) {
    return call("DescribeWorkflowType", request, DescribeWorkflowTypeResponse.class);
  }

  @Override
  public ListWorkflowTypesResponse listWorkflowTypes(ListWorkflowTypesRequest request) {
    return call("ListWorkflowTypes", request, ListWorkflowTypesResponse.class);
  }

  @Override
  public DeprecateWorkflowTypeResponse deprecateWorkflowType(DeprecateWorkflowTypeRequest request) {
    return call("DeprecateWorkflowType", request, DeprecateWorkflowTypeResponse.class);
  }

  @Override
  public UndeprecateWorkflowTypeResponse undeprecateWorkflowType(UndeprecateWorkflowTypeRequest request) {
    return call("UndeprecateWorkflowType", request, UndeprecateWorkflowTypeResponse.class);
  }

  @Override
  public DeleteWorkflowTypeResponse deleteWorkflowType(DeleteWorkflowTypeRequest request) {
    return call("DeleteWorkflowType", request, DeleteWorkflowTypeResponse.class);
  }

  // ---------------------------------------------------------------- activity types

  @Override
  public RegisterActivityTypeResponse registerActivityType(RegisterActivityTypeRequest request) {
    return call("RegisterActivityType", request, RegisterActivityTypeResponse.class);
  }

  @Override
  public DescribeActivityTypeResponse describeActivityType(DescribeActivityTypeRequest request) {
    return call("DescribeActivityType", request, DescribeActivityTypeResponse.class);
  }

  @Override
  public ListActivityTypesResponse listActivityTypes(ListActivityTypesRequest request) {
    return call("ListActivityTypes", request, ListActivityTypesResponse.class);
  }

  @Override
  public DeprecateActivityTypeResponse deprecateActivityType(DeprecateActivityTypeRequest request) {
    return call("DeprecateActivityType", request, DeprecateActivityTypeResponse.class);
  }

  @Override
  public UndeprecateActivityTypeResponse undeprecateActivityType(UndeprecateActivityTypeRequest request) {
    return call("UndeprecateActivityType", request, UndeprecateActivityTypeResponse.class);
  }

  @Override
  public DeleteActivityTypeResponse deleteActivityType(DeleteActivityTypeRequest request) {
    return call("DeleteActivityType", request, DeleteActivityTypeResponse.class);
  }

  // ---------------------------------------------------------------- executions

  @Override
  public StartWorkflowExecutionResponse startWorkflowExecution(StartWorkflowExecutionRequest request) {
    return call("StartWorkflowExecution", request, StartWorkflowExecutionResponse.class);
  }

  @Override
  public SignalWorkflowExecutionResponse signalWorkflowExecution(SignalWorkflowExecutionRequest request) {
    return call("SignalWorkflowExecution", request, SignalWorkflowExecutionResponse.class);
  }

  @Override
  public RequestCancelWorkflowExecutionResponse requestCancelWorkflowExecution(
      RequestCancelWorkflowExecutionRequest request) {
    return call("RequestCancelWorkflowExecution", request, RequestCancelWorkflowExecutionResponse.class);
  }

  @Override
  public TerminateWorkflowExecutionResponse terminateWorkflowExecution(TerminateWorkflowExecutionRequest request) {
    return call("TerminateWorkflowExecution", request, TerminateWorkflowExecutionResponse.class);
  }

  @Override
  public DescribeWorkflowExecutionResponse describeWorkflowExecution(DescribeWorkflowExecutionRequest request) {
    return call("DescribeWorkflowExecution", request, DescribeWorkflowExecutionResponse.class);
  }

  @Override
  public GetWorkflowExecutionHistoryResponse getWorkflowExecutionHistory(GetWorkflowExecutionHistoryRequest request) {
    return call("GetWorkflowExecutionHistory", request, GetWorkflowExecutionHistoryResponse.class);
  }

  @Override
  public CountPendingDecisionTasksResponse countPendingDecisionTasks(CountPendingDecisionTasksRequest request) {
    return call("CountPendingDecisionTasks", request, CountPendingDecisionTasksResponse.class);
  }

  // ---------------------------------------------------------------- visibility

  @Override
  public ListOpenWorkflowExecutionsResponse listOpenWorkflowExecutions(ListOpenWorkflowExecutionsRequest request) {
    return call("ListOpenWorkflowExecutions", request, ListOpenWorkflowExecutionsResponse.class);
  }

  @Override
  public ListClosedWorkflowExecutionsResponse listClosedWorkflowExecutions(
      ListClosedWorkflowExecutionsRequest request) {
    return call("ListClosedWorkflowExecutions", request, ListClosedWorkflowExecutionsResponse.class);
  }

  @Override
  public CountOpenWorkflowExecutionsResponse countOpenWorkflowExecutions(CountOpenWorkflowExecutionsRequest request) {
    return call("CountOpenWorkflowExecutions", request, CountOpenWorkflowExecutionsResponse.class);
  }

  @Override
  public CountClosedWorkflowExecutionsResponse countClosedWorkflowExecutions(
      CountClosedWorkflowExecutionsRequest request) {
    return call("CountClosedWorkflowExecutions", request, CountClosedWorkflowExecutionsResponse.class);
  }
}
