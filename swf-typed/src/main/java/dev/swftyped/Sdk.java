package dev.swftyped;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;
import software.amazon.awssdk.services.swf.model.ActivityType;
import software.amazon.awssdk.services.swf.model.ActivityTypeConfiguration;
import software.amazon.awssdk.services.swf.model.ActivityTypeInfo;
import software.amazon.awssdk.services.swf.model.DescribeActivityTypeResponse;
import software.amazon.awssdk.services.swf.model.DescribeDomainResponse;
import software.amazon.awssdk.services.swf.model.DescribeWorkflowExecutionResponse;
import software.amazon.awssdk.services.swf.model.DescribeWorkflowTypeResponse;
import software.amazon.awssdk.services.swf.model.PollForActivityTaskResponse;
import software.amazon.awssdk.services.swf.model.TaskList;
import software.amazon.awssdk.services.swf.model.WorkflowExecution;
import software.amazon.awssdk.services.swf.model.WorkflowExecutionConfiguration;
import software.amazon.awssdk.services.swf.model.WorkflowExecutionInfo;
import software.amazon.awssdk.services.swf.model.WorkflowExecutionOpenCounts;
import software.amazon.awssdk.services.swf.model.WorkflowType;
import software.amazon.awssdk.services.swf.model.WorkflowTypeConfiguration;
import software.amazon.awssdk.services.swf.model.WorkflowTypeInfo;

/** Maps the typed values to the SDK's request members and back from the SDK's responses. */
final class Sdk {
  private Sdk() {}

  // ---- to the SDK

  static WorkflowType workflowType(WorkflowId workflow) {
    return WorkflowType.builder().name(workflow.name()).version(workflow.version()).build();
  }

  static ActivityType activityType(ActivityId activity) {
    return ActivityType.builder().name(activity.name()).version(activity.version()).build();
  }

  static WorkflowExecution execution(ExecutionId execution) {
    return WorkflowExecution.builder().workflowId(execution.id()).runId(execution.runId()).build();
  }

  static TaskList taskList(String name) {
    return TaskList.builder().name(name).build();
  }

  /** A timeout as sent, or null (unset on a builder) to leave it to the default. */
  static String wire(Optional<Timeout> timeout) {
    return timeout.isPresent() ? timeout.get().wireValue() : null;
  }

  /** A priority as sent, or null (unset on a builder) to leave it to the default. */
  static String wire(OptionalInt priority) {
    return priority.isPresent() ? Integer.toString(priority.getAsInt()) : null;
  }

  static software.amazon.awssdk.services.swf.model.ExecutionTimeFilter timeFilter(ExecutionTimeFilter filter) {
    return software.amazon.awssdk.services.swf.model.ExecutionTimeFilter.builder()
        .oldestDate(filter.earliest())
        .latestDate(filter.latest().orElse(null))
        .build();
  }

  static software.amazon.awssdk.services.swf.model.RegistrationStatus registrationStatus(RegistrationStatus status) {
    return status == RegistrationStatus.REGISTERED
        ? software.amazon.awssdk.services.swf.model.RegistrationStatus.REGISTERED
        : software.amazon.awssdk.services.swf.model.RegistrationStatus.DEPRECATED;
  }

  /**
   * The visibility filters of one query as SDK members; a member that is not part of the query is
   * null, which leaves it unset on a request builder.
   */
  record Filters(
      software.amazon.awssdk.services.swf.model.ExecutionTimeFilter startTime,
      software.amazon.awssdk.services.swf.model.ExecutionTimeFilter closeTime,
      software.amazon.awssdk.services.swf.model.WorkflowExecutionFilter execution,
      software.amazon.awssdk.services.swf.model.WorkflowTypeFilter type,
      software.amazon.awssdk.services.swf.model.TagFilter tag,
      software.amazon.awssdk.services.swf.model.CloseStatusFilter closeStatus) {

    static Filters of(ExecutionTimeFilter time, Optional<? extends Object> property) {
      software.amazon.awssdk.services.swf.model.ExecutionTimeFilter sdkTime = timeFilter(time);
      boolean byStart = time instanceof StartTimeExecutionFilter;
      Object filter = property.orElse(null);
      return new Filters(
          byStart ? sdkTime : null,
          byStart ? null : sdkTime,
          filter instanceof IdExecutionFilter
              ? software.amazon.awssdk.services.swf.model.WorkflowExecutionFilter.builder()
                  .workflowId(((IdExecutionFilter) filter).execution().id())
                  .build()
              : null,
          filter instanceof WorkflowTypeExecutionFilter
              ? software.amazon.awssdk.services.swf.model.WorkflowTypeFilter.builder()
                  .name(((WorkflowTypeExecutionFilter) filter).name())
                  .version(((WorkflowTypeExecutionFilter) filter).version().orElse(null))
                  .build()
              : null,
          filter instanceof TagExecutionFilter
              ? software.amazon.awssdk.services.swf.model.TagFilter.builder()
                  .tag(((TagExecutionFilter) filter).tag())
                  .build()
              : null,
          filter instanceof CloseStatusExecutionFilter
              ? software.amazon.awssdk.services.swf.model.CloseStatusFilter.builder()
                  .status(((CloseStatusExecutionFilter) filter).status().closeStatus().orElseThrow())
                  .build()
              : null);
    }
  }

  // ---- from the SDK

  static ExecutionId executionId(WorkflowExecution execution) {
    return new ExecutionId(execution.workflowId(), execution.runId());
  }

  static WorkflowId workflowId(WorkflowType type) {
    return new WorkflowId(type.name(), type.version());
  }

  static ActivityTask activityTask(PollForActivityTaskResponse task) {
    if (task.activityId() == null || task.activityType() == null || task.workflowExecution() == null
        || task.startedEventId() == null) {
      throw new IllegalStateException("SWF sent an activity task without its activityId, activityType, "
          + "workflowExecution or startedEventId: " + task);
    }
    return new ActivityTask(task.taskToken(), task.activityId(), activityId(task.activityType()),
        executionId(task.workflowExecution()), task.startedEventId(), Optional.ofNullable(task.input()));
  }

  static ActivityId activityId(ActivityType type) {
    return new ActivityId(type.name(), type.version());
  }

  static ExecutionInfo executionInfo(WorkflowExecutionInfo info) {
    return executionInfo(info, workflowId(info.workflowType()));
  }

  /**
   * Maps a page of executions. Executions of one workflow type share one {@code WorkflowId}, which
   * spares checking the same name and version again for each of them.
   */
  static List<ExecutionInfo> executionInfos(List<WorkflowExecutionInfo> infos) {
    List<ExecutionInfo> page = new ArrayList<>(infos.size());
    WorkflowId workflow = null;
    for (WorkflowExecutionInfo info : infos) {
      WorkflowType type = info.workflowType();
      if (workflow == null || !workflow.name().equals(type.name()) || !workflow.version().equals(type.version())) {
        workflow = workflowId(type);
      }
      page.add(executionInfo(info, workflow));
    }
    return page;
  }

  private static ExecutionInfo executionInfo(WorkflowExecutionInfo info, WorkflowId workflow) {
    return new ExecutionInfo(
        executionId(info.execution()),
        workflow,
        info.startTimestamp(),
        status(info),
        Boolean.TRUE.equals(info.cancelRequested()),
        Optional.ofNullable(info.closeTimestamp()),
        Optional.ofNullable(info.parent()).map(Sdk::executionId),
        immutable(info.tagList()));
  }

  /** An immutable copy made without the intermediate array that {@code List.copyOf} needs. */
  private static List<String> immutable(List<String> tags) {
    switch (tags.size()) {
      case 0:
        return List.of();
      case 1:
        return List.of(tags.get(0));
      case 2:
        return List.of(tags.get(0), tags.get(1));
      default:
        return List.copyOf(tags);
    }
  }

  private static ExecutionStatus status(WorkflowExecutionInfo info) {
    String status = info.executionStatusAsString();
    if ("OPEN".equals(status)) {
      return ExecutionStatus.OPEN;
    }
    if (!"CLOSED".equals(status)) {
      throw new IllegalStateException("SWF reported an unknown execution status: " + status);
    }
    if (info.closeStatus() == null) {
      throw new IllegalStateException("SWF reported a closed execution without a close status: " + info);
    }
    return ExecutionStatus.closed(info.closeStatus());
  }


  static ExecutionConfiguration executionConfiguration(WorkflowExecutionConfiguration configuration) {
    return new ExecutionConfiguration(
        Timeout.parse(configuration.executionStartToCloseTimeout()),
        Timeout.parse(configuration.taskStartToCloseTimeout()),
        configuration.taskList().name(),
        childPolicy(configuration.childPolicyAsString()),
        priority(configuration.taskPriority()),
        Optional.ofNullable(configuration.lambdaRole()));
  }

  /** The policy SWF reported by name. */
  static ChildExecutionTerminationPolicy childPolicy(String name) {
    ChildExecutionTerminationPolicy policy = ChildExecutionTerminationPolicy.named(name);
    if (policy == null) {
      throw new IllegalStateException("SWF reported an unknown child policy: " + name);
    }
    return policy;
  }

  static ExecutionOpenCounts openCounts(WorkflowExecutionOpenCounts counts) {
    return new ExecutionOpenCounts(
        counts.openActivityTasks(),
        counts.openDecisionTasks(),
        counts.openTimers(),
        counts.openChildWorkflowExecutions(),
        counts.openLambdaFunctions() == null ? OptionalInt.empty() : OptionalInt.of(counts.openLambdaFunctions()));
  }

  static ExecutionDetails executionDetails(DescribeWorkflowExecutionResponse response) {
    return new ExecutionDetails(
        executionInfo(response.executionInfo()),
        executionConfiguration(response.executionConfiguration()),
        openCounts(response.openCounts()),
        Optional.ofNullable(response.latestActivityTaskTimestamp()),
        Optional.ofNullable(response.latestExecutionContext()));
  }

  static PartialExecutionConfiguration defaults(WorkflowTypeConfiguration configuration) {
    PartialExecutionConfiguration.Builder builder = PartialExecutionConfiguration.builder();
    if (configuration.defaultExecutionStartToCloseTimeout() != null) {
      builder.timeout(Timeout.parse(configuration.defaultExecutionStartToCloseTimeout()));
    }
    if (configuration.defaultTaskStartToCloseTimeout() != null) {
      builder.decisionTaskTimeout(Timeout.parse(configuration.defaultTaskStartToCloseTimeout()));
    }
    if (configuration.defaultTaskList() != null) {
      builder.decisionTaskList(configuration.defaultTaskList().name());
    }
    if (configuration.defaultChildPolicyAsString() != null) {
      builder.childExecutionPolicy(childPolicy(configuration.defaultChildPolicyAsString()));
    }
    priority(configuration.defaultTaskPriority()).ifPresent(builder::decisionTaskPriority);
    if (configuration.defaultLambdaRole() != null) {
      builder.lambdaRole(configuration.defaultLambdaRole());
    }
    return builder.build();
  }

  static WorkflowInfo workflowInfo(WorkflowTypeInfo info) {
    return new WorkflowInfo(
        workflowId(info.workflowType()),
        info.status() == software.amazon.awssdk.services.swf.model.RegistrationStatus.DEPRECATED,
        info.creationDate(),
        Optional.ofNullable(info.description()),
        Optional.ofNullable(info.deprecationDate()));
  }

  static WorkflowDetails workflowDetails(DescribeWorkflowTypeResponse response) {
    return new WorkflowDetails(workflowInfo(response.typeInfo()), defaults(response.configuration()));
  }

  static PartialTaskConfiguration taskDefaults(ActivityTypeConfiguration configuration) {
    return new PartialTaskConfiguration(
        Optional.ofNullable(configuration.defaultTaskList()).map(TaskList::name),
        timeout(configuration.defaultTaskStartToCloseTimeout()),
        timeout(configuration.defaultTaskScheduleToStartTimeout()),
        timeout(configuration.defaultTaskScheduleToCloseTimeout()),
        timeout(configuration.defaultTaskHeartbeatTimeout()),
        priority(configuration.defaultTaskPriority()));
  }

  static ActivityInfo activityInfo(ActivityTypeInfo info) {
    return new ActivityInfo(
        activityId(info.activityType()),
        info.status() == software.amazon.awssdk.services.swf.model.RegistrationStatus.DEPRECATED,
        info.creationDate(),
        Optional.ofNullable(info.description()),
        Optional.ofNullable(info.deprecationDate()));
  }

  /** Reads the defaults from the response's {@code configuration} member (not the whole response). */
  static ActivityDetails activityDetails(DescribeActivityTypeResponse response) {
    return new ActivityDetails(activityInfo(response.typeInfo()), taskDefaults(response.configuration()));
  }

  static DomainInfo domainInfo(software.amazon.awssdk.services.swf.model.DomainInfo info) {
    return new DomainInfo(
        info.name(),
        info.status() == software.amazon.awssdk.services.swf.model.RegistrationStatus.DEPRECATED,
        Optional.ofNullable(info.description()),
        Optional.ofNullable(info.arn()));
  }

  static DomainDetails domainDetails(DescribeDomainResponse response) {
    String retention = response.configuration().workflowExecutionRetentionPeriodInDays();
    Duration days = retention.equals("NONE") ? Duration.ZERO : Duration.ofDays(Long.parseLong(retention));
    return new DomainDetails(domainInfo(response.domainInfo()), new DomainConfiguration(days));
  }

  /**
   * The constant SWF names so, or {@code unknown} for a name the library does not know yet: SWF
   * adds causes and timeout types, and reading a history must not fail on them.
   */
  static <E extends Enum<E>> E constant(E[] values, String name, E unknown) {
    for (E value : values) {
      if (value != unknown && value.name().equals(name)) {
        return value;
      }
    }
    return unknown;
  }

  static OptionalInt priority(String priority) {
    return priority == null ? OptionalInt.empty() : OptionalInt.of(Integer.parseInt(priority));
  }

  /** A timeout SWF may leave out: absent stays absent, {@code NONE} is {@link Timeout#none()}. */
  static Optional<Timeout> timeout(String timeout) {
    return timeout == null ? Optional.empty() : Optional.of(Timeout.parse(timeout));
  }
}
