package dev.swftyped.fake.internal;

import java.nio.ByteBuffer;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import software.amazon.awssdk.services.swf.model.ChildPolicy;
import software.amazon.awssdk.services.swf.model.CloseStatus;
import software.amazon.awssdk.services.swf.model.DescribeWorkflowExecutionRequest;
import software.amazon.awssdk.services.swf.model.DescribeWorkflowExecutionResponse;
import software.amazon.awssdk.services.swf.model.ExecutionStatus;
import software.amazon.awssdk.services.swf.model.GetWorkflowExecutionHistoryRequest;
import software.amazon.awssdk.services.swf.model.GetWorkflowExecutionHistoryResponse;
import software.amazon.awssdk.services.swf.model.HistoryEvent;
import software.amazon.awssdk.services.swf.model.RequestCancelWorkflowExecutionRequest;
import software.amazon.awssdk.services.swf.model.RequestCancelWorkflowExecutionResponse;
import software.amazon.awssdk.services.swf.model.SignalWorkflowExecutionRequest;
import software.amazon.awssdk.services.swf.model.SignalWorkflowExecutionResponse;
import software.amazon.awssdk.services.swf.model.StartWorkflowExecutionRequest;
import software.amazon.awssdk.services.swf.model.StartWorkflowExecutionResponse;
import software.amazon.awssdk.services.swf.model.TaskList;
import software.amazon.awssdk.services.swf.model.TerminateWorkflowExecutionRequest;
import software.amazon.awssdk.services.swf.model.TerminateWorkflowExecutionResponse;
import software.amazon.awssdk.services.swf.model.WorkflowExecution;
import software.amazon.awssdk.services.swf.model.WorkflowExecutionConfiguration;
import software.amazon.awssdk.services.swf.model.WorkflowExecutionInfo;
import software.amazon.awssdk.services.swf.model.WorkflowExecutionOpenCounts;
import software.amazon.awssdk.services.swf.model.WorkflowExecutionTerminatedCause;

/** Starting, signalling, cancelling, terminating and describing executions, and their histories. */
final class ExecutionOps {
  private ExecutionOps() {}

  static StartWorkflowExecutionResponse.Builder start(State state, StartWorkflowExecutionRequest request, long now) {
    Rules.identifier("domain", request.domain());
    Rules.identifier("workflowId", request.workflowId());
    Rules.identifier("taskList", request.taskList() == null ? null : request.taskList().name());
    Rules.executionTimeout("executionStartToCloseTimeout", request.executionStartToCloseTimeout());
    Rules.timeout("taskStartToCloseTimeout", request.taskStartToCloseTimeout());
    Rules.priority("taskPriority", request.taskPriority());

    Domain domain = state.domain(request.domain());
    if (domain.deprecated()) {
      throw new SwfFault(Faults.DOMAIN_DEPRECATED, domain.name);
    }
    RegisteredType type = TypeOps.workflowType(domain, request.workflowType().name(), request.workflowType().version());
    if (type.deprecated()) {
      throw new SwfFault(Faults.TYPE_DEPRECATED, type.label());
    }
    String executionTimeout = orDefault(request.executionStartToCloseTimeout(), type.defaultExecutionStartToCloseTimeout,
        "executionStartToCloseTimeout");
    String taskList = orDefault(request.taskList() == null ? null : request.taskList().name(), type.defaultTaskList,
        "taskList");
    String taskTimeout = orDefault(request.taskStartToCloseTimeout(), type.defaultTaskStartToCloseTimeout,
        "taskStartToCloseTimeout");
    String childPolicy = orDefault(request.childPolicyAsString(), type.defaultChildPolicy, "childPolicy");
    String taskPriority = request.taskPriority() != null ? request.taskPriority() : type.defaultTaskPriority;
    String lambdaRole = request.lambdaRole() != null ? request.lambdaRole() : type.defaultLambdaRole;

    Domain.WorkflowRuns runs = domain.byWorkflowId.get(request.workflowId());
    if (runs != null && runs.open != null) {
      throw new SwfFault(Faults.WORKFLOW_EXECUTION_ALREADY_STARTED, "");
    }
    if (domain.openCount >= state.settings.openExecutionLimit()) {
      throw new SwfFault(Faults.LIMIT_EXCEEDED, "Maximum number of open workflow executions ("
          + state.settings.openExecutionLimit() + ") reached for domain " + domain.name);
    }

    RunConfig config = new RunConfig(type, request.input(), executionTimeout, taskTimeout, taskList,
        ChildPolicy.fromValue(childPolicy), taskPriority, lambdaRole,
        request.hasTagList() ? List.copyOf(request.tagList()) : List.of());
    Execution execution = state.startRun(domain, request.workflowId(), state.ids.runId(), config, now, null, 0, null);
    return StartWorkflowExecutionResponse.builder().runId(execution.runId);
  }

  private static String orDefault(String requested, String typeDefault, String member) {
    if (requested != null) {
      return requested;
    }
    if (typeDefault != null) {
      return typeDefault;
    }
    throw new SwfFault(Faults.DEFAULT_UNDEFINED, member);
  }

  static SignalWorkflowExecutionResponse.Builder signal(State state, SignalWorkflowExecutionRequest request, long now) {
    Execution execution = openTarget(state, request.domain(), request.workflowId(), request.runId());
    execution.appendTrigger(new Event.WorkflowExecutionSignaled(now, request.signalName(), request.input(), null, 0));
    return SignalWorkflowExecutionResponse.builder();
  }

  static RequestCancelWorkflowExecutionResponse.Builder requestCancel(
      State state, RequestCancelWorkflowExecutionRequest request, long now) {
    Execution execution = openTarget(state, request.domain(), request.workflowId(), request.runId());
    execution.cancelRequested = true;
    execution.appendTrigger(new Event.WorkflowExecutionCancelRequested(now, null, 0L, null));
    return RequestCancelWorkflowExecutionResponse.builder();
  }

  static TerminateWorkflowExecutionResponse.Builder terminate(
      State state, TerminateWorkflowExecutionRequest request, long now) {
    Execution execution = openTarget(state, request.domain(), request.workflowId(), request.runId());
    ChildPolicy childPolicy = request.childPolicy() != null ? request.childPolicy() : execution.config.childPolicy();
    execution.append(new Event.WorkflowExecutionTerminated(now, request.reason(), request.details(), childPolicy,
        WorkflowExecutionTerminatedCause.OPERATOR_INITIATED));
    state.close(execution, CloseStatus.TERMINATED, now);
    return TerminateWorkflowExecutionResponse.builder();
  }

  static DescribeWorkflowExecutionResponse.Builder describe(State state, DescribeWorkflowExecutionRequest request) {
    Execution execution = run(state, request.domain(), request.execution());
    RunConfig config = execution.config;
    WorkflowExecutionConfiguration configuration = WorkflowExecutionConfiguration.builder()
        .taskStartToCloseTimeout(config.taskTimeout())
        .executionStartToCloseTimeout(config.executionTimeout())
        .taskList(TaskList.builder().name(config.taskList()).build())
        .taskPriority(config.taskPriority())
        .childPolicy(config.childPolicy())
        .lambdaRole(config.lambdaRole())
        .build();
    WorkflowExecutionOpenCounts counts = WorkflowExecutionOpenCounts.builder()
        .openActivityTasks(execution.openActivityTasks())
        .openDecisionTasks(execution.openDecisionTasks())
        .openTimers(execution.openTimers())
        .openChildWorkflowExecutions(execution.openChildWorkflowExecutions())
        .openLambdaFunctions(0)
        .build();
    return DescribeWorkflowExecutionResponse.builder()
        .executionInfo(info(execution))
        .executionConfiguration(configuration)
        .openCounts(counts)
        .latestActivityTaskTimestamp(execution.latestActivityMillis == Execution.NO_ACTIVITY ? null
            : Instant.ofEpochMilli(execution.latestActivityMillis))
        .latestExecutionContext(execution.latestExecutionContext);
  }

  static GetWorkflowExecutionHistoryResponse.Builder history(
      State state, GetWorkflowExecutionHistoryRequest request, long now) {
    Execution execution = run(state, request.domain(), request.execution());
    boolean reverse = Boolean.TRUE.equals(request.reverseOrder());
    String query = "History|" + request.domain() + "|" + execution.workflowId + "|" + execution.runId + "|" + reverse;
    int size = execution.eventCount();
    long next = reverse ? size : 1;
    if (request.nextPageToken() != null) {
      ByteBuffer cursor = state.pageTokens.redeem(request.nextPageToken(), PageTokens.Kind.HISTORY, query, now);
      if (cursor.remaining() != 8) {
        throw SwfFault.validation(PageTokens.INVALID);
      }
      next = cursor.getLong() + (reverse ? -1 : 1);
    }
    int limit = Paging.limit(request.maximumPageSize());
    List<HistoryEvent> events = new ArrayList<>(Math.min(limit, size));
    while (events.size() < limit && next >= 1 && next <= size) {
      events.add(execution.sdkEvent(next));
      next += reverse ? -1 : 1;
    }
    GetWorkflowExecutionHistoryResponse.Builder response = GetWorkflowExecutionHistoryResponse.builder().events(events);
    if (next >= 1 && next <= size) {
      long last = next + (reverse ? 1 : -1);
      response.nextPageToken(state.pageTokens.issue(PageTokens.Kind.HISTORY, query, now, PageTokens.eventCursor(last)));
    }
    return response;
  }

  // ---------------------------------------------------------------- lookups and views

  /** The open run an API call targets: the given run, or the open run of the workflow id. */
  static Execution openTarget(State state, String domainName, String workflowId, String runId) {
    Domain domain = state.domain(domainName);
    if (runId != null && !runId.isEmpty()) {
      Execution execution = domain.byRunId.get(runId);
      if (execution == null || !execution.workflowId.equals(workflowId) || !execution.isOpen()) {
        throw unknownExecution(workflowId, runId);
      }
      return execution;
    }
    Domain.WorkflowRuns runs = domain.byWorkflowId.get(workflowId);
    if (runs == null || runs.open == null) {
      throw SwfFault.unknownResource("Unknown execution, workflowId = " + workflowId);
    }
    return runs.open;
  }

  /** One run, open or closed (until its retention period ends). */
  static Execution run(State state, String domainName, WorkflowExecution target) {
    Domain domain = state.domain(domainName);
    Execution execution = domain.byRunId.get(target.runId());
    if (execution == null || !execution.workflowId.equals(target.workflowId())) {
      throw unknownExecution(target.workflowId(), target.runId());
    }
    return execution;
  }

  private static SwfFault unknownExecution(String workflowId, String runId) {
    return SwfFault.unknownResource(
        "Unknown execution: WorkflowExecution=[workflowId=" + workflowId + ", runId=" + runId + "]");
  }

  /** What the visibility API reports about an execution. */
  static WorkflowExecutionInfo info(Execution execution) {
    boolean open = execution.isOpen();
    WorkflowExecutionInfo.Builder info = WorkflowExecutionInfo.builder()
        .execution(execution.sdkExecution())
        .workflowType(execution.type().sdkType())
        .startTimestamp(Instant.ofEpochMilli(execution.startMillis))
        .executionStatus(open ? ExecutionStatus.OPEN : ExecutionStatus.CLOSED)
        .cancelRequested(open && execution.cancelRequested);
    if (!open) {
      info.closeStatus(execution.closeStatus).closeTimestamp(Instant.ofEpochMilli(execution.closeMillis));
    }
    if (!execution.config.tags().isEmpty()) {
      info.tagList(execution.config.tags());
    }
    if (execution.parent != null) {
      info.parent(execution.parent);
    }
    return info.build();
  }
}
