package dev.swftyped.fake;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.time.Duration;
import java.time.Instant;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.opentest4j.TestAbortedException;
import software.amazon.awssdk.services.swf.SwfClient;
import software.amazon.awssdk.services.swf.model.ActivityTypeInfo;
import software.amazon.awssdk.services.swf.model.Decision;
import software.amazon.awssdk.services.swf.model.DecisionType;
import software.amazon.awssdk.services.swf.model.HistoryEvent;
import software.amazon.awssdk.services.swf.model.PollForDecisionTaskResponse;
import software.amazon.awssdk.services.swf.model.RegistrationStatus;
import software.amazon.awssdk.services.swf.model.UnknownResourceException;
import software.amazon.awssdk.services.swf.model.WorkflowExecutionInfo;
import software.amazon.awssdk.services.swf.model.WorkflowType;
import software.amazon.awssdk.services.swf.model.WorkflowTypeInfo;

/**
 * The AWS door's {@link SharedDomainClient}, over an in-process fake standing in for SWF: what a
 * test sends and sees, and what SWF (here, the fake's own client) gets.
 */
class SharedDomainClientTest {
  static final String DOMAIN = "shared";
  static final WorkflowType ORDER = WorkflowType.builder().name("Order").version("1").build();

  final SwfFake fake = SwfFake.builder().seed(3).pollTimeout(Duration.ZERO).build();
  /** The types registered in this run, shared by its tests. */
  final Set<List<String>> knownTypes = new HashSet<>();
  /** What SWF sees. */
  final SwfClient raw = fake.client();
  final SharedDomainClient shared = new SharedDomainClient(raw, DOMAIN, "swfc-run-1-", Duration.ZERO, knownTypes);
  /** What the test uses. */
  final SwfClient swf = shared.client();

  SharedDomainClientTest() {
    raw.registerDomain(r -> r.name(DOMAIN).workflowExecutionRetentionPeriodInDays("1"));
  }

  @AfterEach
  void close() {
    fake.close();
  }

  void registerOrder(String defaultTaskList) {
    swf.registerWorkflowType(r -> r.domain(DOMAIN).name("Order").version("1").defaultTaskList(t -> t.name(defaultTaskList))
        .defaultExecutionStartToCloseTimeout("3600").defaultTaskStartToCloseTimeout("30").defaultChildPolicy("TERMINATE"));
  }

  List<WorkflowExecutionInfo> openOnSwf() {
    return raw.listOpenWorkflowExecutions(r -> r.domain(DOMAIN).startTimeFilter(f -> f.oldestDate(Instant.EPOCH)))
        .executionInfos();
  }

  @Test
  void workflowIdsAndTaskListsGetTheTestsPrefixOnSwfAndLoseItOnTheWayBack() {
    registerOrder("deciders");
    String runId = swf.startWorkflowExecution(r -> r.domain(DOMAIN).workflowId("order-1").workflowType(ORDER)).runId();

    WorkflowExecutionInfo onSwf = openOnSwf().get(0);
    assertThat(onSwf.execution().workflowId()).isEqualTo("swfc-run-1-order-1");
    assertThat(raw.describeWorkflowExecution(r -> r.domain(DOMAIN).execution(onSwf.execution()))
        .executionConfiguration().taskList().name()).as("the type's default, written out").isEqualTo("swfc-run-1-deciders");
    assertThat(raw.countPendingDecisionTasks(r -> r.domain(DOMAIN).taskList(t -> t.name("deciders"))).count()).isZero();

    PollForDecisionTaskResponse task = swf.pollForDecisionTask(r -> r.domain(DOMAIN).taskList(t -> t.name("deciders")));
    assertThat(task.workflowExecution().workflowId()).isEqualTo("order-1");
    assertThat(task.workflowType()).isEqualTo(ORDER);
    assertThat(task.events().get(0).workflowExecutionStartedEventAttributes().taskList().name()).isEqualTo("deciders");
    assertThat(swf.describeWorkflowExecution(r -> r.domain(DOMAIN).execution(e -> e.workflowId("order-1").runId(runId)))
        .executionInfo().execution().workflowId()).isEqualTo("order-1");
  }

  @Test
  void theTestsPrefixFollowsALeadingWhiteSpaceAndTheLiteralArnIsSentAsIs() {
    registerOrder("deciders");

    swf.startWorkflowExecution(r -> r.domain(DOMAIN).workflowId("  spaced  ").workflowType(ORDER));

    assertThat(openOnSwf()).extracting(info -> info.execution().workflowId()).containsExactly("  swfc-run-1-spaced  ");
    assertThatThrownBy(() -> swf.startWorkflowExecution(r -> r.domain(DOMAIN).workflowId("arn").workflowType(ORDER)))
        .hasMessageStartingWith("Invalid workflowId: arn (Service: Swf");
    assertThatThrownBy(() -> swf.pollForActivityTask(r -> r.domain(DOMAIN).taskList(t -> t.name(" workers"))))
        .hasMessageStartingWith("Invalid taskList:  workers (Service: Swf");
  }

  @Test
  void theConsumerOverloadsAndPaginatorsGoThroughTheRewriting() {
    registerOrder("deciders");
    String runId = swf.startWorkflowExecution(r -> r.domain(DOMAIN).workflowId("order-1").workflowType(ORDER)).runId();

    List<HistoryEvent> events = swf.getWorkflowExecutionHistoryPaginator(r -> r.domain(DOMAIN)
        .execution(e -> e.workflowId("order-1").runId(runId)).maximumPageSize(1)).events().stream().toList();

    assertThat(events).hasSize(2);
    assertThat(events.get(0).workflowExecutionStartedEventAttributes().workflowType()).isEqualTo(ORDER);
  }

  @Test
  void errorMessagesLoseThePrefixAndKeepSwfsOwnAsTheCause() {
    UnknownResourceException fault = catchThrowableOfType(UnknownResourceException.class,
        () -> swf.signalWorkflowExecution(r -> r.domain(DOMAIN).workflowId("order-9").signalName("s")));

    assertThat(fault.awsErrorDetails().errorMessage()).isEqualTo("Unknown execution, workflowId = order-9");
    assertThat(fault.getMessage()).startsWith("Unknown execution, workflowId = order-9 (Service: Swf, Status Code: 400");
    assertThat(fault.awsErrorDetails().errorCode()).isEqualTo("UnknownResourceFault");
    assertThat(fault.getCause()).isInstanceOf(UnknownResourceException.class);
    assertThat(((UnknownResourceException) fault.getCause()).awsErrorDetails().errorMessage())
        .isEqualTo("Unknown execution, workflowId = swfc-run-1-order-9");
  }

  @Test
  void aTypeIsRegisteredOncePerSetOfDefaultsUnderAVersionNamingThem() {
    registerOrder("deciders");
    registerOrder("deciders");
    SharedDomainClient later = new SharedDomainClient(raw, DOMAIN, "swfc-run-2-", Duration.ZERO, knownTypes);
    later.client().registerWorkflowType(r -> r.domain(DOMAIN).name("Order").version("1")
        .defaultTaskList(t -> t.name("deciders")).defaultExecutionStartToCloseTimeout("3600")
        .defaultTaskStartToCloseTimeout("30").defaultChildPolicy("TERMINATE"));
    later.client().registerWorkflowType(r -> r.domain(DOMAIN).name("Order").version("1"));

    List<WorkflowTypeInfo> onSwf = raw.listWorkflowTypes(r -> r.domain(DOMAIN)
        .registrationStatus(RegistrationStatus.REGISTERED)).typeInfos();
    assertThat(onSwf).extracting(info -> info.workflowType().version()).hasSize(2)
        .allMatch(version -> version.matches("1-swfc[0-9a-f]{8}"));
    assertThat(later.client().describeWorkflowType(r -> r.domain(DOMAIN).workflowType(ORDER)).configuration()
        .defaultTaskList()).as("the later test's registration: no defaults").isNull();
    assertThat(swf.describeWorkflowType(r -> r.domain(DOMAIN).workflowType(ORDER)).typeInfo().workflowType())
        .isEqualTo(ORDER);
  }

  @Test
  void aTypeIsRegisteredOncePerRunAndALaterRunFindsItRegistered() {
    registerOrder("deciders");
    registerOrder("deciders");
    new SharedDomainClient(raw, DOMAIN, "swfc-run-1-2-", Duration.ZERO, knownTypes).client().registerWorkflowType(
        r -> r.domain(DOMAIN).name("Order").version("1").defaultTaskList(t -> t.name("deciders"))
            .defaultExecutionStartToCloseTimeout("3600").defaultTaskStartToCloseTimeout("30")
            .defaultChildPolicy("TERMINATE"));
    SharedDomainClient nextRun = new SharedDomainClient(raw, DOMAIN, "swfc-run-2-1-", Duration.ZERO, new HashSet<>());
    nextRun.client().registerWorkflowType(r -> r.domain(DOMAIN).name("Order").version("1")
        .defaultTaskList(t -> t.name("deciders")).defaultExecutionStartToCloseTimeout("3600")
        .defaultTaskStartToCloseTimeout("30").defaultChildPolicy("TERMINATE"));

    assertThat(fake.calls()).extracting(SwfCall::operation).containsExactly("RegisterDomain",
        "RegisterWorkflowType", "RegisterWorkflowType");
    assertThat(fake.calls().get(2).errorCode()).contains("TypeAlreadyExistsFault");
    nextRun.client().startWorkflowExecution(r -> r.domain(DOMAIN).workflowId("order-1").workflowType(ORDER));
  }

  @Test
  void aTypeTheTestDidNotRegisterIsUnknown() {
    registerOrder("deciders");
    SharedDomainClient other = new SharedDomainClient(raw, DOMAIN, "swfc-run-2-", Duration.ZERO, knownTypes);

    assertThatThrownBy(() -> other.client().startWorkflowExecution(r -> r.domain(DOMAIN).workflowId("order-1")
        .workflowType(ORDER))).isInstanceOf(UnknownResourceException.class)
        .hasMessageStartingWith("Unknown type: WorkflowType=[name=Order, version=1]");
  }

  @Test
  void decisionsWithoutATaskListGetTheirTypesDefaultWithThePrefix() {
    registerOrder("deciders");
    swf.registerActivityType(r -> r.domain(DOMAIN).name("Charge").version("1").defaultTaskList(t -> t.name("workers"))
        .defaultTaskScheduleToStartTimeout("60").defaultTaskScheduleToCloseTimeout("600")
        .defaultTaskStartToCloseTimeout("300").defaultTaskHeartbeatTimeout("NONE"));
    swf.startWorkflowExecution(r -> r.domain(DOMAIN).workflowId("order-1").workflowType(ORDER));
    String token = swf.pollForDecisionTask(r -> r.domain(DOMAIN).taskList(t -> t.name("deciders"))).taskToken();

    swf.respondDecisionTaskCompleted(r -> r.taskToken(token).decisions(
        Decision.builder().decisionType(DecisionType.SCHEDULE_ACTIVITY_TASK).scheduleActivityTaskDecisionAttributes(
            a -> a.activityId("a1").activityType(t -> t.name("Charge").version("1"))).build(),
        Decision.builder().decisionType(DecisionType.START_CHILD_WORKFLOW_EXECUTION)
            .startChildWorkflowExecutionDecisionAttributes(a -> a.workflowId("child-1").workflowType(ORDER)).build()));

    assertThat(raw.countPendingActivityTasks(r -> r.domain(DOMAIN).taskList(t -> t.name("swfc-run-1-workers"))).count())
        .isEqualTo(1);
    assertThat(swf.pollForActivityTask(r -> r.domain(DOMAIN).taskList(t -> t.name("workers"))).activityType().version())
        .isEqualTo("1");
    assertThat(openOnSwf()).extracting(info -> info.execution().workflowId())
        .containsExactlyInAnyOrder("swfc-run-1-order-1", "swfc-run-1-child-1");
    assertThat(raw.countPendingDecisionTasks(r -> r.domain(DOMAIN).taskList(t -> t.name("swfc-run-1-deciders")))
        .count()).as("the parent's and the child's").isEqualTo(2);
  }

  @Test
  void aContinueAsNewWithoutATaskListGetsTheRunTypesDefaultWithThePrefix() {
    registerOrder("deciders");
    swf.registerWorkflowType(r -> r.domain(DOMAIN).name("Order").version("2").defaultTaskList(t -> t.name("v2"))
        .defaultExecutionStartToCloseTimeout("3600").defaultTaskStartToCloseTimeout("30").defaultChildPolicy("TERMINATE"));
    swf.startWorkflowExecution(r -> r.domain(DOMAIN).workflowId("order-1").workflowType(ORDER));
    String token = swf.pollForDecisionTask(r -> r.domain(DOMAIN).taskList(t -> t.name("deciders"))).taskToken();

    swf.respondDecisionTaskCompleted(r -> r.taskToken(token).decisions(Decision.builder()
        .decisionType(DecisionType.CONTINUE_AS_NEW_WORKFLOW_EXECUTION)
        .continueAsNewWorkflowExecutionDecisionAttributes(a -> a.workflowTypeVersion("2")).build()));

    PollForDecisionTaskResponse next = swf.pollForDecisionTask(r -> r.domain(DOMAIN).taskList(t -> t.name("v2")));
    assertThat(next.workflowType()).isEqualTo(ORDER.toBuilder().version("2").build());
    assertThat(openOnSwf().get(0).workflowType().version()).matches("2-swfc[0-9a-f]{8}");
  }

  @Test
  void cleanUpTerminatesEveryWorkflowAndChildTheTestStartedThatIsStillOpen() {
    registerOrder("deciders");
    swf.startWorkflowExecution(r -> r.domain(DOMAIN).workflowId("order-1").workflowType(ORDER));
    swf.startWorkflowExecution(r -> r.domain(DOMAIN).workflowId("order-2").workflowType(ORDER));
    swf.terminateWorkflowExecution(r -> r.domain(DOMAIN).workflowId("order-2"));
    String token = swf.pollForDecisionTask(r -> r.domain(DOMAIN).taskList(t -> t.name("deciders"))).taskToken();
    swf.respondDecisionTaskCompleted(r -> r.taskToken(token).decisions(Decision.builder()
        .decisionType(DecisionType.START_CHILD_WORKFLOW_EXECUTION).startChildWorkflowExecutionDecisionAttributes(
            a -> a.workflowId("child-1").workflowType(ORDER).childPolicy("ABANDON")).build()));
    raw.startWorkflowExecution(r -> r.domain(DOMAIN).workflowId("another-run-order-1").workflowType(t -> t
        .name("Order").version(openOnSwf().get(0).workflowType().version())));

    shared.cleanUp();

    assertThat(openOnSwf()).extracting(info -> info.execution().workflowId()).containsExactly("another-run-order-1");
    assertThat(raw.listClosedWorkflowExecutions(r -> r.domain(DOMAIN).startTimeFilter(f -> f.oldestDate(Instant.EPOCH)))
        .executionInfos()).extracting(info -> info.execution().workflowId())
        .containsExactlyInAnyOrder("swfc-run-1-order-1", "swfc-run-1-order-2", "swfc-run-1-child-1");
  }

  @Test
  void whatCannotBeUndoneOrReadInASharedDomainSkipsTheTest() {
    registerOrder("deciders");

    assertThatThrownBy(() -> swf.registerDomain(r -> r.name("other").workflowExecutionRetentionPeriodInDays("1")))
        .isInstanceOf(TestAbortedException.class).hasMessageContaining("registers the domain other");
    assertThatThrownBy(() -> swf.deprecateDomain(r -> r.name(DOMAIN))).isInstanceOf(TestAbortedException.class);
    assertThatThrownBy(() -> swf.deprecateWorkflowType(r -> r.domain(DOMAIN).workflowType(ORDER)))
        .isInstanceOf(TestAbortedException.class);
    assertThatThrownBy(() -> swf.countOpenWorkflowExecutions(r -> r.domain(DOMAIN)
        .startTimeFilter(f -> f.oldestDate(Instant.EPOCH)))).isInstanceOf(TestAbortedException.class)
        .hasMessageContaining("whole domain");
    assertThat(swf.countOpenWorkflowExecutions(r -> r.domain(DOMAIN).startTimeFilter(f -> f.oldestDate(Instant.EPOCH))
        .executionFilter(f -> f.workflowId("order-1"))).count()).isZero();
    swf.registerDomain(r -> r.name(DOMAIN).workflowExecutionRetentionPeriodInDays("7"));
    assertThat(raw.describeDomain(r -> r.name(DOMAIN)).domainInfo().status()).isEqualTo(RegistrationStatus.REGISTERED);
    assertThat(raw.describeWorkflowType(r -> r.domain(DOMAIN).workflowType(openOnSwfType())).typeInfo().status())
        .isEqualTo(RegistrationStatus.REGISTERED);
  }

  private WorkflowType openOnSwfType() {
    return raw.listWorkflowTypes(r -> r.domain(DOMAIN).registrationStatus(RegistrationStatus.REGISTERED)).typeInfos()
        .get(0).workflowType();
  }

  @Test
  void activityTypesAreVersionedTooAndComeBackPlain() {
    swf.registerActivityType(r -> r.domain(DOMAIN).name("Charge").version("1"));

    List<ActivityTypeInfo> onSwf = raw.listActivityTypes(r -> r.domain(DOMAIN)
        .registrationStatus(RegistrationStatus.REGISTERED)).typeInfos();

    assertThat(onSwf).singleElement().satisfies(info -> assertThat(info.activityType().version())
        .isEqualTo("1-swfc" + SharedDomainClient.hash(software.amazon.awssdk.services.swf.model.RegisterActivityTypeRequest
            .builder().domain(DOMAIN).name("Charge").version("1").build())));
    assertThat(swf.describeActivityType(r -> r.domain(DOMAIN).activityType(t -> t.name("Charge").version("1")))
        .typeInfo().activityType().version()).isEqualTo("1");
    assertThat(swf.describeActivityType(r -> r.domain(DOMAIN).activityType(t -> t.name("Charge").version("1")))
        .typeInfo().status()).isEqualTo(RegistrationStatus.REGISTERED);
  }
}
