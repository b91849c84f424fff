package dev.swftyped;

import java.util.concurrent.atomic.AtomicInteger;
import software.amazon.awssdk.services.swf.SwfClient;
import software.amazon.awssdk.services.swf.model.*;

/** Passes every call the library makes on to another client, counting the listing pages fetched. */
final class CountingSwfClient implements SwfClient {
  private final SwfClient delegate;
  final AtomicInteger pages = new AtomicInteger();

  CountingSwfClient(SwfClient delegate) {
    this.delegate = delegate;
  }

  @Override
  public ListOpenWorkflowExecutionsResponse listOpenWorkflowExecutions(ListOpenWorkflowExecutionsRequest request) {
    pages.incrementAndGet();
    return delegate.listOpenWorkflowExecutions(request);
  }

  @Override
  public ListClosedWorkflowExecutionsResponse listClosedWorkflowExecutions(ListClosedWorkflowExecutionsRequest request) {
    pages.incrementAndGet();
    return delegate.listClosedWorkflowExecutions(request);
  }

  @Override
  public CountOpenWorkflowExecutionsResponse countOpenWorkflowExecutions(CountOpenWorkflowExecutionsRequest request) {
    return delegate.countOpenWorkflowExecutions(request);
  }

  @Override
  public CountClosedWorkflowExecutionsResponse countClosedWorkflowExecutions(
      CountClosedWorkflowExecutionsRequest request) {
    return delegate.countClosedWorkflowExecutions(request);
  }

  @Override
  public StartWorkflowExecutionResponse startWorkflowExecution(StartWorkflowExecutionRequest request) {
    return delegate.startWorkflowExecution(request);
  }

  @Override
  public TerminateWorkflowExecutionResponse terminateWorkflowExecution(TerminateWorkflowExecutionRequest request) {
    return delegate.terminateWorkflowExecution(request);
  }

  @Override
  public DescribeWorkflowExecutionResponse describeWorkflowExecution(DescribeWorkflowExecutionRequest request) {
    return delegate.describeWorkflowExecution(request);
  }

  @Override
  public SignalWorkflowExecutionResponse signalWorkflowExecution(SignalWorkflowExecutionRequest request) {
    return delegate.signalWorkflowExecution(request);
  }

  @Override
  public RequestCancelWorkflowExecutionResponse requestCancelWorkflowExecution(
      RequestCancelWorkflowExecutionRequest request) {
    return delegate.requestCancelWorkflowExecution(request);
  }

  @Override
  public String serviceName() {
    return SERVICE_NAME;
  }

  @Override
  public void close() {}
}
