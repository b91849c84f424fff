package dev.swftyped;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.function.Supplier;
import software.amazon.awssdk.core.SdkRequest;
import software.amazon.awssdk.services.swf.SwfClient;
import software.amazon.awssdk.services.swf.model.*;

/**
 * A test double that records every request it is given and answers with scripted responses (or
 * throws scripted exceptions) in order; without a script, it answers with an empty response (for
 * polls, SWF's empty task without a token).
 */
final class RecordingSwfClient implements SwfClient {
  private final List<SdkRequest> requests = new ArrayList<>();
  private final Deque<Object> answers = new ArrayDeque<>();

  /** Queues a response or an exception for the next call. */
  RecordingSwfClient answer(Object responseOrException) {
    answers.add(responseOrException);
    return this;
  }

  List<SdkRequest> requests() {
    return List.copyOf(requests);
  }

  SdkRequest onlyRequest() {
    if (requests.size() != 1) {
      throw new AssertionError("expected exactly one request but got " + requests);
    }
    return requests.get(0);
  }

  private <T> T answer(SdkRequest request, Class<T> type, Supplier<T> fallback) {
    requests.add(request);
    Object next = answers.poll();
    if (next == null) {
      return fallback.get();
    }
    if (next instanceof RuntimeException) {
      throw (RuntimeException) next;
    }
    return type.cast(next);
  }

  @Override
  public StartWorkflowExecutionResponse startWorkflowExecution(StartWorkflowExecutionRequest request) {
    return answer(request, StartWorkflowExecutionResponse.class,
        () -> StartWorkflowExecutionResponse.builder().runId("run-1").build());
  }

  @Override
  public SignalWorkflowExecutionResponse signalWorkflowExecution(SignalWorkflowExecutionRequest request) {
    return answer(request, SignalWorkflowExecutionResponse.class, () -> SignalWorkflowExecutionResponse.builder().build());
  }

  @Override
  public RequestCancelWorkflowExecutionResponse requestCancelWorkflowExecution(RequestCancelWorkflowExecutionRequest request) {
    return answer(request, RequestCancelWorkflowExecutionResponse.class,
        () -> RequestCancelWorkflowExecutionResponse.builder().build());
  }

  @Override
  public TerminateWorkflowExecutionResponse terminateWorkflowExecution(TerminateWorkflowExecutionRequest request) {
    return answer(request, TerminateWorkflowExecutionResponse.class,
        () -> TerminateWorkflowExecutionResponse.builder().build());
  }

  @Override
  public DescribeWorkflowExecutionResponse describeWorkflowExecution(DescribeWorkflowExecutionRequest request) {
    return answer(request, DescribeWorkflowExecutionResponse.class, () -> {
      throw new AssertionError("no scripted response for " + request);
    });
  }

  @Override
  public CountOpenWorkflowExecutionsResponse countOpenWorkflowExecutions(CountOpenWorkflowExecutionsRequest request) {
    return answer(request, CountOpenWorkflowExecutionsResponse.class,
        () -> CountOpenWorkflowExecutionsResponse.builder().count(0).truncated(false).build());
  }

  @Override
  public CountClosedWorkflowExecutionsResponse countClosedWorkflowExecutions(CountClosedWorkflowExecutionsRequest request) {
    return answer(request, CountClosedWorkflowExecutionsResponse.class,
        () -> CountClosedWorkflowExecutionsResponse.builder().count(0).truncated(false).build());
  }

  @Override
  public ListOpenWorkflowExecutionsResponse listOpenWorkflowExecutions(ListOpenWorkflowExecutionsRequest request) {
    return answer(request, ListOpenWorkflowExecutionsResponse.class,
        () -> ListOpenWorkflowExecutionsResponse.builder().executionInfos(List.of()).build());
  }

  @Override
  public ListClosedWorkflowExecutionsResponse listClosedWorkflowExecutions(ListClosedWorkflowExecutionsRequest request) {
    return answer(request, ListClosedWorkflowExecutionsResponse.class,
        () -> ListClosedWorkflowExecutionsResponse.builder().executionInfos(List.of()).build());
  }

  @Override
  public RegisterDomainResponse registerDomain(RegisterDomainRequest request) {
    return answer(request, RegisterDomainResponse.class, () -> RegisterDomainResponse.builder().build());
  }

  @Override
  public DescribeDomainResponse describeDomain(DescribeDomainRequest request) {
    return answer(request, DescribeDomainResponse.class, () -> {
      throw new AssertionError("no scripted response for " + request);
    });
  }

  @Override
  public ListDomainsResponse listDomains(ListDomainsRequest request) {
    return answer(request, ListDomainsResponse.class, () -> ListDomainsResponse.builder().domainInfos(List.of()).build());
  }

  @Override
  public DeprecateDomainResponse deprecateDomain(DeprecateDomainRequest request) {
    return answer(request, DeprecateDomainResponse.class, () -> DeprecateDomainResponse.builder().build());
  }

  @Override
  public UndeprecateDomainResponse undeprecateDomain(UndeprecateDomainRequest request) {
    return answer(request, UndeprecateDomainResponse.class, () -> UndeprecateDomainResponse.builder().build());
  }

  @Override
  public RegisterWorkflowTypeResponse registerWorkflowType(RegisterWorkflowTypeRequest request) {
    return answer(request, RegisterWorkflowTypeResponse.class, () -> RegisterWorkflowTypeResponse.builder().build());
  }

  @Override
  public DescribeWorkflowTypeResponse describeWorkflowType(DescribeWorkflowTypeRequest request) {
    return answer(request, DescribeWorkflowTypeResponse.class, () -> {
      throw new AssertionError("no scripted response for " + request);
    });
  }

  @Override
  public ListWorkflowTypesResponse listWorkflowTypes(ListWorkflowTypesRequest request) {
    return answer(request, ListWorkflowTypesResponse.class,
        () -> ListWorkflowTypesResponse.builder().typeInfos(List.of()).build());
  }

  @Override
  public DeprecateWorkflowTypeResponse deprecateWorkflowType(DeprecateWorkflowTypeRequest request) {
    return answer(request, DeprecateWorkflowTypeResponse.class, () -> DeprecateWorkflowTypeResponse.builder().build());
  }

  @Override
  public UndeprecateWorkflowTypeResponse undeprecateWorkflowType(UndeprecateWorkflowTypeRequest request) {
    return answer(request, UndeprecateWorkflowTypeResponse.class,
        () -> UndeprecateWorkflowTypeResponse.builder().build());
  }

  @Override
  public DeleteWorkflowTypeResponse deleteWorkflowType(DeleteWorkflowTypeRequest request) {
    return answer(request, DeleteWorkflowTypeResponse.class, () -> DeleteWorkflowTypeResponse.builder().build());
  }

  @Override
  public RegisterActivityTypeResponse registerActivityType(RegisterActivityTypeRequest request) {
    return answer(request, RegisterActivityTypeResponse.class, () -> RegisterActivityTypeResponse.builder().build());
  }

  @Override
  public DescribeActivityTypeResponse describeActivityType(DescribeActivityTypeRequest request) {
    return answer(request, DescribeActivityTypeResponse.class, () -> {
      throw new AssertionError("no scripted response for " + request);
    });
  }

  @Override
  public ListActivityTypesResponse listActivityTypes(ListActivityTypesRequest request) {
    return answer(request, ListActivityTypesResponse.class,
        () -> ListActivityTypesResponse.builder().typeInfos(List.of()).build());
  }

  @Override
  public DeprecateActivityTypeResponse deprecateActivityType(DeprecateActivityTypeRequest request) {
    return answer(request, DeprecateActivityTypeResponse.class, () -> DeprecateActivityTypeResponse.builder().build());
  }

  @Override
  public UndeprecateActivityTypeResponse undeprecateActivityType(UndeprecateActivityTypeRequest request) {
    return answer(request, UndeprecateActivityTypeResponse.class,
        () -> UndeprecateActivityTypeResponse.builder().build());
  }

  @Override
  public DeleteActivityTypeResponse deleteActivityType(DeleteActivityTypeRequest request) {
    return answer(request, DeleteActivityTypeResponse.class, () -> DeleteActivityTypeResponse.builder().build());
  }

  @Override
  public GetWorkflowExecutionHistoryResponse getWorkflowExecutionHistory(GetWorkflowExecutionHistoryRequest request) {
    return answer(request, GetWorkflowExecutionHistoryResponse.class,
        () -> GetWorkflowExecutionHistoryResponse.builder().events(List.of()).build());
  }

  @Override
  public PollForDecisionTaskResponse pollForDecisionTask(PollForDecisionTaskRequest request) {
    return answer(request, PollForDecisionTaskResponse.class,
        () -> PollForDecisionTaskResponse.builder().startedEventId(0L).previousStartedEventId(0L).build());
  }

  @Override
  public RespondDecisionTaskCompletedResponse respondDecisionTaskCompleted(RespondDecisionTaskCompletedRequest request) {
    return answer(request, RespondDecisionTaskCompletedResponse.class,
        () -> RespondDecisionTaskCompletedResponse.builder().build());
  }

  @Override
  public CountPendingDecisionTasksResponse countPendingDecisionTasks(CountPendingDecisionTasksRequest request) {
    return answer(request, CountPendingDecisionTasksResponse.class,
        () -> CountPendingDecisionTasksResponse.builder().count(0).truncated(false).build());
  }

  @Override
  public PollForActivityTaskResponse pollForActivityTask(PollForActivityTaskRequest request) {
    return answer(request, PollForActivityTaskResponse.class,
        () -> PollForActivityTaskResponse.builder().startedEventId(0L).build());
  }

  @Override
  public RecordActivityTaskHeartbeatResponse recordActivityTaskHeartbeat(RecordActivityTaskHeartbeatRequest request) {
    return answer(request, RecordActivityTaskHeartbeatResponse.class,
        () -> RecordActivityTaskHeartbeatResponse.builder().cancelRequested(false).build());
  }

  @Override
  public RespondActivityTaskCompletedResponse respondActivityTaskCompleted(RespondActivityTaskCompletedRequest request) {
    return answer(request, RespondActivityTaskCompletedResponse.class,
        () -> RespondActivityTaskCompletedResponse.builder().build());
  }

  @Override
  public RespondActivityTaskFailedResponse respondActivityTaskFailed(RespondActivityTaskFailedRequest request) {
    return answer(request, RespondActivityTaskFailedResponse.class,
        () -> RespondActivityTaskFailedResponse.builder().build());
  }

  @Override
  public RespondActivityTaskCanceledResponse respondActivityTaskCanceled(RespondActivityTaskCanceledRequest request) {
    return answer(request, RespondActivityTaskCanceledResponse.class,
        () -> RespondActivityTaskCanceledResponse.builder().build());
  }

  @Override
  public CountPendingActivityTasksResponse countPendingActivityTasks(CountPendingActivityTasksRequest request) {
    return answer(request, CountPendingActivityTasksResponse.class,
        () -> CountPendingActivityTasksResponse.builder().count(0).truncated(false).build());
  }

  @Override
  public String serviceName() {
    return SERVICE_NAME;
  }

  @Override
  public void close() {}
}
