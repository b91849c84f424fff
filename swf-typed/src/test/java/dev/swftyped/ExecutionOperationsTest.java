package dev.swftyped;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.awscore.exception.AwsErrorDetails;
import software.amazon.awssdk.services.swf.model.ChildPolicy;
import software.amazon.awssdk.services.swf.model.CloseStatus;
import software.amazon.awssdk.services.swf.model.CloseStatusFilter;
import software.amazon.awssdk.services.swf.model.CountClosedWorkflowExecutionsRequest;
import software.amazon.awssdk.services.swf.model.CountClosedWorkflowExecutionsResponse;
import software.amazon.awssdk.services.swf.model.CountOpenWorkflowExecutionsRequest;
import software.amazon.awssdk.services.swf.model.CountOpenWorkflowExecutionsResponse;
import software.amazon.awssdk.services.swf.model.DescribeWorkflowExecutionRequest;
import software.amazon.awssdk.services.swf.model.ListClosedWorkflowExecutionsRequest;
import software.amazon.awssdk.services.swf.model.ListOpenWorkflowExecutionsRequest;
import software.amazon.awssdk.services.swf.model.RequestCancelWorkflowExecutionRequest;
import software.amazon.awssdk.services.swf.model.SignalWorkflowExecutionRequest;
import software.amazon.awssdk.services.swf.model.StartWorkflowExecutionRequest;
import software.amazon.awssdk.services.swf.model.StartWorkflowExecutionResponse;
import software.amazon.awssdk.services.swf.model.TagFilter;
import software.amazon.awssdk.services.swf.model.TaskList;
import software.amazon.awssdk.services.swf.model.TerminateWorkflowExecutionRequest;
import software.amazon.awssdk.services.swf.model.UnknownResourceException;
import software.amazon.awssdk.services.swf.model.WorkflowExecution;
import software.amazon.awssdk.services.swf.model.WorkflowExecutionFilter;
import software.amazon.awssdk.services.swf.model.WorkflowType;
import software.amazon.awssdk.services.swf.model.WorkflowTypeFilter;

/** Every execution operation sends exactly the request it should. */
class ExecutionOperationsTest {
  static final Instant NOW = Instant.parse("2026-06-01T00:00:00Z");
  static final Instant NINETY_DAYS_AGO = NOW.minus(Duration.ofDays(90));
  static final WorkflowId ORDER = WorkflowId.of("Order", "1");
  static final WorkflowType ORDER_TYPE = WorkflowType.builder().name("Order").version("1").build();

  final RecordingSwfClient client = new RecordingSwfClient();
  final SwfTyped swf = SwfTyped.create(client, Clock.fixed(NOW, ZoneOffset.UTC));

  static software.amazon.awssdk.services.swf.model.ExecutionTimeFilter since(Instant oldest) {
    return software.amazon.awssdk.services.swf.model.ExecutionTimeFilter.builder().oldestDate(oldest).build();
  }

  @Test
  void startWithTypeDefaultsSendsOnlyTheRequiredMembers() {
    client.answer(StartWorkflowExecutionResponse.builder().runId("22abc=").build());

    ExecutionId run = swf.startExecution("orders", ORDER, CurrentExecutionId.of("order-1"));

    assertThat(run).isEqualTo(ExecutionId.of("order-1", "22abc="));
    assertThat(client.onlyRequest()).isEqualTo(StartWorkflowExecutionRequest.builder()
        .domain("orders").workflowId("order-1").workflowType(ORDER_TYPE).build());
  }

  @Test
  void startSendsEveryGivenSetting() {
    swf.startExecution("orders", ORDER, CurrentExecutionId.of("order-1"), StartOptions.defaults()
        .withInput("")
        .withTags("vip", "eu")
        .withConfiguration(PartialExecutionConfiguration.builder()
            .timeout(Timeout.ofSeconds(3600))
            .decisionTaskTimeout(Timeout.none())
            .decisionTaskList("deciders")
            .childExecutionPolicy(ChildExecutionTerminationPolicy.ABANDON)
            .decisionTaskPriority(0)
            .lambdaRole("role")
            .build()));

    assertThat(client.onlyRequest()).isEqualTo(StartWorkflowExecutionRequest.builder()
        .domain("orders").workflowId("order-1").workflowType(ORDER_TYPE)
        .input("")
        .tagList("vip", "eu")
        .executionStartToCloseTimeout("3600")
        .taskStartToCloseTimeout("NONE")
        .taskList(TaskList.builder().name("deciders").build())
        .childPolicy(ChildPolicy.ABANDON)
        .taskPriority("0")
        .lambdaRole("role")
        .build());
  }

  @Test
  void startSendsEachTimeoutStateAsSwfExpects() {
    swf.startExecution("orders", ORDER, CurrentExecutionId.of("a"), StartOptions.defaults()
        .withConfiguration(PartialExecutionConfiguration.builder().timeout(Timeout.ofSeconds(0)).build()));
    swf.startExecution("orders", ORDER, CurrentExecutionId.of("b"), StartOptions.defaults()
        .withConfiguration(PartialExecutionConfiguration.builder().decisionTaskTimeout(Timeout.ofSeconds(30)).build()));

    StartWorkflowExecutionRequest zero = (StartWorkflowExecutionRequest) client.requests().get(0);
    StartWorkflowExecutionRequest typeDefault = (StartWorkflowExecutionRequest) client.requests().get(1);
    assertThat(zero.executionStartToCloseTimeout()).isEqualTo("0");
    assertThat(zero.taskStartToCloseTimeout()).isNull();
    assertThat(typeDefault.executionStartToCloseTimeout()).isNull();
    assertThat(typeDefault.taskStartToCloseTimeout()).isEqualTo("30");
    assertThat(typeDefault.hasTagList()).isFalse();
  }

  @Test
  void signalSendsASignalWithoutRunIdToTheCurrentExecution() {
    swf.signalExecution("orders", CurrentExecutionId.of("order-1"), "paid");

    assertThat(client.onlyRequest()).isEqualTo(SignalWorkflowExecutionRequest.builder()
        .domain("orders").workflowId("order-1").signalName("paid").build());
  }

  @Test
  void signalSendsTheRunIdAndInputOfARun() {
    swf.signalExecution("orders", ExecutionId.of("order-1", "run-1"), "paid", "{\"amount\":3}");

    assertThat(client.onlyRequest()).isEqualTo(SignalWorkflowExecutionRequest.builder()
        .domain("orders").workflowId("order-1").runId("run-1").signalName("paid").input("{\"amount\":3}").build());
  }

  @Test
  void signalRejectsAnEmptySignalName() {
    assertThatIllegalArgumentException()
        .isThrownBy(() -> swf.signalExecution("orders", CurrentExecutionId.of("order-1"), ""))
        .withMessage("signal name must be 1 to 256 characters long, but has 0: \"\"");
    assertThat(client.requests()).isEmpty();
  }

  @Test
  void requestCancelSendsTheRunIdOnlyForARun() {
    swf.requestCancelExecution("orders", CurrentExecutionId.of("order-1"));
    swf.requestCancelExecution("orders", ExecutionId.of("order-1", "run-1"));

    assertThat(client.requests()).containsExactly(
        RequestCancelWorkflowExecutionRequest.builder().domain("orders").workflowId("order-1").build(),
        RequestCancelWorkflowExecutionRequest.builder().domain("orders").workflowId("order-1").runId("run-1").build());
  }

  @Test
  void terminateSendsReasonDetailsAndChildPolicyOverride() {
    swf.terminateExecution("orders", ExecutionId.of("order-1", "run-1"), TerminateOptions.defaults()
        .withReason("")
        .withDetails("stuck")
        .withChildExecutionPolicy(ChildExecutionTerminationPolicy.ABANDON));
    swf.terminateExecution("orders", CurrentExecutionId.of("order-2"));

    assertThat(client.requests()).containsExactly(
        TerminateWorkflowExecutionRequest.builder()
            .domain("orders").workflowId("order-1").runId("run-1")
            .reason("").details("stuck").childPolicy(ChildPolicy.ABANDON).build(),
        TerminateWorkflowExecutionRequest.builder().domain("orders").workflowId("order-2").build());
  }

  @Test
  void describeSendsTheRun() {
    client.answer(software.amazon.awssdk.services.swf.model.DescribeWorkflowExecutionResponse.builder()
        .executionInfo(SdkMappingTest.openInfo())
        .executionConfiguration(software.amazon.awssdk.services.swf.model.WorkflowExecutionConfiguration.builder()
            .executionStartToCloseTimeout("1").taskStartToCloseTimeout("1")
            .taskList(TaskList.builder().name("t").build()).childPolicy(ChildPolicy.TERMINATE).build())
        .openCounts(software.amazon.awssdk.services.swf.model.WorkflowExecutionOpenCounts.builder()
            .openActivityTasks(0).openDecisionTasks(1).openTimers(0).openChildWorkflowExecutions(0)
            .openLambdaFunctions(0).build())
        .build());

    ExecutionDetails details = swf.describeExecution("orders", ExecutionId.of("order-1", "run-1"));

    assertThat(details.info().execution()).isEqualTo(ExecutionId.of("order-1", "run-1"));
    assertThat(client.onlyRequest()).isEqualTo(DescribeWorkflowExecutionRequest.builder()
        .domain("orders")
        .execution(WorkflowExecution.builder().workflowId("order-1").runId("run-1").build())
        .build());
  }

  @Test
  void countOpenDefaultsToTheLastNinetyDaysOnTheClock() {
    client.answer(CountOpenWorkflowExecutionsResponse.builder().count(3).truncated(false).build());

    assertThat(swf.countOpenExecutions("orders")).isEqualTo(new ExecutionCount(3, false));
    assertThat(client.onlyRequest()).isEqualTo(CountOpenWorkflowExecutionsRequest.builder()
        .domain("orders").startTimeFilter(since(NINETY_DAYS_AGO)).build());
  }

  @Test
  void countOpenSendsTheWindowAndTheTagFilter() {
    Instant earliest = NOW.minus(Duration.ofDays(1));
    swf.countOpenExecutions("orders", OpenExecutionQuery.defaults()
        .withStartTime(StartTimeExecutionFilter.between(earliest, NOW))
        .withFilter(TagExecutionFilter.of("vip")));

    assertThat(client.onlyRequest()).isEqualTo(CountOpenWorkflowExecutionsRequest.builder()
        .domain("orders")
        .startTimeFilter(software.amazon.awssdk.services.swf.model.ExecutionTimeFilter.builder()
            .oldestDate(earliest).latestDate(NOW).build())
        .tagFilter(TagFilter.builder().tag("vip").build())
        .build());
  }

  @Test
  void countClosedDefaultsToTheLastNinetyDaysOfCloseTime() {
    swf.countClosedExecutions("orders");

    assertThat(client.onlyRequest()).isEqualTo(CountClosedWorkflowExecutionsRequest.builder()
        .domain("orders").closeTimeFilter(since(NINETY_DAYS_AGO)).build());
  }

  @Test
  void closeStatusFilterIsSentAsSwfsCloseStatus() {
    swf.countClosedExecutions("orders", ClosedExecutionQuery.defaults()
        .withTime(StartTimeExecutionFilter.since(NOW))
        .withFilter(CloseStatusExecutionFilter.of(ExecutionStatus.CANCELLED)));

    assertThat(client.onlyRequest()).isEqualTo(CountClosedWorkflowExecutionsRequest.builder()
        .domain("orders")
        .startTimeFilter(since(NOW))
        .closeStatusFilter(CloseStatusFilter.builder().status(CloseStatus.CANCELED).build())
        .build());
  }

  @Test
  void truncatedCountReachesTheCallerAndIsLoggedAsAWarning() {
    RecordingLogger log = new RecordingLogger();
    SwfTyped logged = new SwfTyped(client, Clock.fixed(NOW, ZoneOffset.UTC), log);
    client.answer(CountClosedWorkflowExecutionsResponse.builder().count(1000).truncated(true).build());

    ExecutionCount count = logged.countClosedExecutions("orders");

    assertThat(count).isEqualTo(new ExecutionCount(1000, true));
    assertThat(log.messages)
        .containsExactly("WARNING SWF truncated the count of closed executions in domain orders: at least 1000 match");
  }

  @Test
  void completeCountIsNotLogged() {
    RecordingLogger log = new RecordingLogger();
    SwfTyped logged = new SwfTyped(client, Clock.fixed(NOW, ZoneOffset.UTC), log);
    client.answer(CountOpenWorkflowExecutionsResponse.builder().count(1000).truncated(false).build());

    assertThat(logged.countOpenExecutions("orders")).isEqualTo(new ExecutionCount(1000, false));
    assertThat(log.messages).isEmpty();
  }

  /** A System.Logger that keeps what it is given, as "LEVEL message". */
  static final class RecordingLogger implements System.Logger {
    final List<String> messages = new ArrayList<>();

    @Override
    public String getName() {
      return "recording";
    }

    @Override
    public boolean isLoggable(Level level) {
      return true;
    }

    @Override
    public void log(Level level, java.util.ResourceBundle bundle, String message, Throwable thrown) {
      messages.add(level + " " + message);
    }

    @Override
    public void log(Level level, java.util.ResourceBundle bundle, String format, Object... params) {
      messages.add(level + " " + java.text.MessageFormat.format(format, params));
    }
  }

  @Test
  void idFilterNeverSendsARunId() {
    swf.listOpenExecutions("orders",
        OpenExecutionQuery.defaults().withFilter(IdExecutionFilter.of(ExecutionId.of("order-1", "run-1")))).toList();

    assertThat(client.onlyRequest()).isEqualTo(ListOpenWorkflowExecutionsRequest.builder()
        .domain("orders")
        .startTimeFilter(since(NINETY_DAYS_AGO))
        .executionFilter(WorkflowExecutionFilter.builder().workflowId("order-1").build())
        .build());
  }

  @Test
  void listClosedSendsTheTypeFilterOrderAndPageSize() {
    swf.listClosedExecutions("orders",
        ClosedExecutionQuery.defaults().withFilter(WorkflowTypeExecutionFilter.named("Order")),
        ListOptions.defaults().reversed().withPageSize(25)).toList();

    assertThat(client.onlyRequest()).isEqualTo(ListClosedWorkflowExecutionsRequest.builder()
        .domain("orders")
        .closeTimeFilter(since(NINETY_DAYS_AGO))
        .typeFilter(WorkflowTypeFilter.builder().name("Order").build())
        .reverseOrder(true)
        .maximumPageSize(25)
        .build());
  }

  @Test
  void sdkExceptionsPassThroughUnchanged() {
    UnknownResourceException unknown = (UnknownResourceException) UnknownResourceException.builder()
        .message("Unknown execution, workflowId = order-1")
        .awsErrorDetails(AwsErrorDetails.builder().errorCode("UnknownResourceFault").build())
        .statusCode(400)
        .build();
    client.answer(unknown);

    assertThatThrownBy(() -> swf.signalExecution("orders", CurrentExecutionId.of("order-1"), "paid"))
        .isSameAs(unknown);
  }

  @Test
  void invalidDomainsFailBeforeAnyCall() {
    assertThatIllegalArgumentException()
        .isThrownBy(() -> swf.requestCancelExecution("a|b", CurrentExecutionId.of("order-1")))
        .withMessage("domain must not contain '|' (SWF forbids ':', '/', '|' and control characters): \"a|b\"");
    assertThat(client.requests()).isEmpty();
  }
}
