package dev.swftyped;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalStateException;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.services.swf.model.ActivityType;
import software.amazon.awssdk.services.swf.model.ActivityTypeConfiguration;
import software.amazon.awssdk.services.swf.model.ActivityTypeInfo;
import software.amazon.awssdk.services.swf.model.ChildPolicy;
import software.amazon.awssdk.services.swf.model.DescribeActivityTypeResponse;
import software.amazon.awssdk.services.swf.model.CloseStatus;
import software.amazon.awssdk.services.swf.model.DescribeDomainResponse;
import software.amazon.awssdk.services.swf.model.DescribeWorkflowExecutionResponse;
import software.amazon.awssdk.services.swf.model.DescribeWorkflowTypeResponse;
import software.amazon.awssdk.services.swf.model.TaskList;
import software.amazon.awssdk.services.swf.model.WorkflowExecution;
import software.amazon.awssdk.services.swf.model.WorkflowExecutionConfiguration;
import software.amazon.awssdk.services.swf.model.WorkflowExecutionInfo;
import software.amazon.awssdk.services.swf.model.WorkflowExecutionOpenCounts;
import software.amazon.awssdk.services.swf.model.WorkflowType;
import software.amazon.awssdk.services.swf.model.WorkflowTypeConfiguration;
import software.amazon.awssdk.services.swf.model.WorkflowTypeInfo;

/** Every value is read back from the SDK's responses, with and without their optional members. */
class SdkMappingTest {
  static final Instant STARTED = Instant.parse("2026-03-01T10:15:30.123Z");
  static final Instant CLOSED = Instant.parse("2026-03-02T11:00:00.456Z");
  static final WorkflowType TYPE = WorkflowType.builder().name("Order").version("1").build();
  static final WorkflowExecution RUN = WorkflowExecution.builder().workflowId("order-1").runId("run-1").build();

  static WorkflowExecutionInfo openInfo() {
    return WorkflowExecutionInfo.builder()
        .execution(RUN)
        .workflowType(TYPE)
        .startTimestamp(STARTED)
        .executionStatus("OPEN")
        .cancelRequested(false)
        .build();
  }

  @Test
  void openExecutionInfoWithoutOptionalMembers() {
    ExecutionInfo info = Sdk.executionInfo(openInfo());

    assertThat(info).isEqualTo(new ExecutionInfo(ExecutionId.of("order-1", "run-1"), WorkflowId.of("Order", "1"),
        STARTED, ExecutionStatus.OPEN, false, Optional.empty(), Optional.empty(), List.of()));
  }

  @Test
  void closedExecutionInfoWithEveryMember() {
    WorkflowExecutionInfo sdk = openInfo().toBuilder()
        .executionStatus("CLOSED")
        .closeStatus(CloseStatus.CANCELED)
        .closeTimestamp(CLOSED)
        .cancelRequested(true)
        .parent(WorkflowExecution.builder().workflowId("parent").runId("run-0").build())
        .tagList("vip", "eu")
        .build();

    ExecutionInfo info = Sdk.executionInfo(sdk);

    assertThat(info.status()).isEqualTo(ExecutionStatus.CANCELLED);
    assertThat(info.closed()).contains(CLOSED);
    assertThat(info.cancelRequested()).isTrue();
    assertThat(info.parent()).contains(ExecutionId.of("parent", "run-0"));
    assertThat(info.tags()).containsExactly("vip", "eu");
  }

  @Test
  void anAbsentCancelRequestedFlagReadsAsFalse() {
    assertThat(Sdk.executionInfo(openInfo().toBuilder().cancelRequested((Boolean) null).build()).cancelRequested())
        .isFalse();
  }

  @Test
  void aClosedExecutionWithoutCloseStatusIsReported() {
    assertThatIllegalStateException()
        .isThrownBy(() -> Sdk.executionInfo(openInfo().toBuilder().executionStatus("CLOSED").build()))
        .withMessageStartingWith("SWF reported a closed execution without a close status");
  }

  @Test
  void anUnknownExecutionStatusIsReported() {
    assertThatIllegalStateException()
        .isThrownBy(() -> Sdk.executionInfo(openInfo().toBuilder().executionStatus("PAUSED").build()))
        .withMessage("SWF reported an unknown execution status: PAUSED");
  }

  @Test
  void anUnknownChildPolicyIsReported() {
    DescribeWorkflowExecutionResponse response = minimalDescription("30", "ORPHAN");

    assertThatIllegalStateException()
        .isThrownBy(() -> Sdk.executionDetails(response))
        .withMessage("SWF reported an unknown child policy: ORPHAN");
  }

  /** A description with only the members SWF always sends. */
  static DescribeWorkflowExecutionResponse minimalDescription(String taskTimeout, String childPolicy) {
    return DescribeWorkflowExecutionResponse.builder()
        .executionInfo(openInfo())
        .executionConfiguration(WorkflowExecutionConfiguration.builder()
            .executionStartToCloseTimeout("3600")
            .taskStartToCloseTimeout(taskTimeout)
            .taskList(TaskList.builder().name("deciders").build())
            .childPolicy(childPolicy)
            .build())
        .openCounts(WorkflowExecutionOpenCounts.builder()
            .openActivityTasks(0).openDecisionTasks(1).openTimers(0).openChildWorkflowExecutions(0)
            .build())
        .build();
  }

  @Test
  void executionDetailsWithoutOptionalMembers() {
    DescribeWorkflowExecutionResponse response = minimalDescription("NONE", "TERMINATE");

    ExecutionDetails details = Sdk.executionDetails(response);

    assertThat(details.configuration()).isEqualTo(new ExecutionConfiguration(Timeout.ofSeconds(3600), Timeout.none(),
        "deciders", ChildExecutionTerminationPolicy.TERMINATE, OptionalInt.empty(), Optional.empty()));
    assertThat(details.openCounts()).isEqualTo(new ExecutionOpenCounts(0, 1, 0, 0, OptionalInt.empty()));
    assertThat(details.latestActivityTaskScheduled()).isEmpty();
    assertThat(details.latestContext()).isEmpty();
  }

  @Test
  void executionDetailsWithEveryMember() {
    Instant latest = Instant.parse("2026-03-01T12:00:00Z");
    DescribeWorkflowExecutionResponse response = DescribeWorkflowExecutionResponse.builder()
        .executionInfo(openInfo())
        .executionConfiguration(WorkflowExecutionConfiguration.builder()
            .executionStartToCloseTimeout("60")
            .taskStartToCloseTimeout("10")
            .taskList(TaskList.builder().name("deciders").build())
            .childPolicy(ChildPolicy.ABANDON)
            .taskPriority("-5")
            .lambdaRole("arn:aws:iam::123456789012:role/lambda")
            .build())
        .openCounts(WorkflowExecutionOpenCounts.builder()
            .openActivityTasks(2).openDecisionTasks(0).openTimers(3).openChildWorkflowExecutions(4)
            .openLambdaFunctions(5)
            .build())
        .latestActivityTaskTimestamp(latest)
        .latestExecutionContext("ctx")
        .build();

    ExecutionDetails details = Sdk.executionDetails(response);

    assertThat(details.configuration().decisionTaskPriority()).hasValue(-5);
    assertThat(details.configuration().lambdaRole()).contains("arn:aws:iam::123456789012:role/lambda");
    assertThat(details.configuration().childExecutionPolicy()).isEqualTo(ChildExecutionTerminationPolicy.ABANDON);
    assertThat(details.openCounts()).isEqualTo(new ExecutionOpenCounts(2, 0, 3, 4, OptionalInt.of(5)));
    assertThat(details.latestActivityTaskScheduled()).contains(latest);
    assertThat(details.latestContext()).contains("ctx");
  }

  @Test
  void workflowTypeDefaultsAreReadFromTheConfigurationMember() {
    DescribeWorkflowTypeResponse response = DescribeWorkflowTypeResponse.builder()
        .typeInfo(WorkflowTypeInfo.builder().workflowType(TYPE).status("REGISTERED").creationDate(STARTED).build())
        .configuration(WorkflowTypeConfiguration.builder()
            .defaultExecutionStartToCloseTimeout("300")
            .defaultTaskStartToCloseTimeout("NONE")
            .defaultTaskList(TaskList.builder().name("deciders").build())
            .defaultChildPolicy(ChildPolicy.REQUEST_CANCEL)
            .defaultTaskPriority("7")
            .defaultLambdaRole("role")
            .build())
        .build();

    WorkflowDetails details = Sdk.workflowDetails(response);

    assertThat(details.defaultExecutionConfiguration()).isEqualTo(PartialExecutionConfiguration.builder()
        .timeout(Timeout.ofSeconds(300))
        .decisionTaskTimeout(Timeout.none())
        .decisionTaskList("deciders")
        .childExecutionPolicy(ChildExecutionTerminationPolicy.REQUEST_CANCEL)
        .decisionTaskPriority(7)
        .lambdaRole("role")
        .build());
    assertThat(details.info()).isEqualTo(new WorkflowInfo(WorkflowId.of("Order", "1"), false, STARTED,
        Optional.empty(), Optional.empty()));
  }

  @Test
  void absentWorkflowTypeDefaultsStayAbsentRatherThanBecomingNone() {
    DescribeWorkflowTypeResponse response = DescribeWorkflowTypeResponse.builder()
        .typeInfo(WorkflowTypeInfo.builder()
            .workflowType(TYPE).status("DEPRECATED").creationDate(STARTED).deprecationDate(CLOSED)
            .description("orders").build())
        .configuration(WorkflowTypeConfiguration.builder().build())
        .build();

    WorkflowDetails details = Sdk.workflowDetails(response);

    assertThat(details.defaultExecutionConfiguration()).isEqualTo(PartialExecutionConfiguration.empty());
    assertThat(details.info().deprecated()).isTrue();
    assertThat(details.info().deprecatedAt()).contains(CLOSED);
    assertThat(details.info().description()).contains("orders");
  }

  @Test
  void anUnknownDefaultChildPolicyIsReportedLikeAnUnknownChildPolicy() {
    DescribeWorkflowTypeResponse response = DescribeWorkflowTypeResponse.builder()
        .typeInfo(WorkflowTypeInfo.builder().workflowType(TYPE).status("REGISTERED").creationDate(STARTED).build())
        .configuration(WorkflowTypeConfiguration.builder().defaultChildPolicy("ORPHAN").build())
        .build();

    assertThatIllegalStateException()
        .isThrownBy(() -> Sdk.workflowDetails(response))
        .withMessage("SWF reported an unknown child policy: ORPHAN");
  }

  @Test
  void activityTypeDefaultsAreReadFromTheConfigurationMember() {
    DescribeActivityTypeResponse response = DescribeActivityTypeResponse.builder()
        .typeInfo(ActivityTypeInfo.builder()
            .activityType(ActivityType.builder().name("Charge").version("2").build())
            .status("DEPRECATED").creationDate(STARTED).deprecationDate(CLOSED).description("charges")
            .build())
        .configuration(ActivityTypeConfiguration.builder()
            .defaultTaskList(TaskList.builder().name("payments").build())
            .defaultTaskStartToCloseTimeout("60")
            .defaultTaskScheduleToStartTimeout("NONE")
            .defaultTaskScheduleToCloseTimeout("0")
            .defaultTaskHeartbeatTimeout("15")
            .defaultTaskPriority("-3")
            .build())
        .build();

    ActivityDetails details = Sdk.activityDetails(response);

    assertThat(details).isEqualTo(new ActivityDetails(
        new ActivityInfo(ActivityId.of("Charge", "2"), true, STARTED, Optional.of("charges"), Optional.of(CLOSED)),
        new PartialTaskConfiguration(Optional.of("payments"), Optional.of(Timeout.ofSeconds(60)),
            Optional.of(Timeout.none()), Optional.of(Timeout.ofSeconds(0)), Optional.of(Timeout.ofSeconds(15)),
            OptionalInt.of(-3))));
  }

  @Test
  void absentActivityTypeDefaultsStayAbsentRatherThanBecomingNone() {
    DescribeActivityTypeResponse response = DescribeActivityTypeResponse.builder()
        .typeInfo(ActivityTypeInfo.builder()
            .activityType(ActivityType.builder().name("Charge").version("2").build())
            .status("REGISTERED").creationDate(STARTED).build())
        .configuration(ActivityTypeConfiguration.builder().build())
        .build();

    ActivityDetails details = Sdk.activityDetails(response);

    assertThat(details).isEqualTo(new ActivityDetails(
        new ActivityInfo(ActivityId.of("Charge", "2"), false, STARTED, Optional.empty(), Optional.empty()),
        PartialTaskConfiguration.empty()));
  }

  @Test
  void domainDetailsWithAndWithoutOptionalMembers() {
    DescribeDomainResponse bare = DescribeDomainResponse.builder()
        .domainInfo(software.amazon.awssdk.services.swf.model.DomainInfo.builder().name("d").status("REGISTERED").build())
        .configuration(software.amazon.awssdk.services.swf.model.DomainConfiguration.builder().workflowExecutionRetentionPeriodInDays("30").build())
        .build();
    DescribeDomainResponse full = DescribeDomainResponse.builder()
        .domainInfo(software.amazon.awssdk.services.swf.model.DomainInfo.builder()
            .name("d").status("DEPRECATED").description("desc").arn("arn:aws:swf:us-east-1:123456789012:/domain/d")
            .build())
        .configuration(software.amazon.awssdk.services.swf.model.DomainConfiguration.builder().workflowExecutionRetentionPeriodInDays("NONE").build())
        .build();

    assertThat(Sdk.domainDetails(bare)).isEqualTo(new DomainDetails(
        new DomainInfo("d", false, Optional.empty(), Optional.empty()), DomainConfiguration.retainingDays(30)));
    assertThat(Sdk.domainDetails(full)).isEqualTo(new DomainDetails(
        new DomainInfo("d", true, Optional.of("desc"), Optional.of("arn:aws:swf:us-east-1:123456789012:/domain/d")),
        new DomainConfiguration(Duration.ZERO)));
  }
}
