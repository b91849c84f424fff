package dev.swftyped.fake;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.services.swf.model.ChildPolicy;
import software.amazon.awssdk.services.swf.model.DecisionTaskScheduledEventAttributes;
import software.amazon.awssdk.services.swf.model.DefaultUndefinedException;
import software.amazon.awssdk.services.swf.model.DomainDeprecatedException;
import software.amazon.awssdk.services.swf.model.EventType;
import software.amazon.awssdk.services.swf.model.HistoryEvent;
import software.amazon.awssdk.services.swf.model.LimitExceededException;
import software.amazon.awssdk.services.swf.model.TaskList;
import software.amazon.awssdk.services.swf.model.TypeDeprecatedException;
import software.amazon.awssdk.services.swf.model.UnknownResourceException;
import software.amazon.awssdk.services.swf.model.WorkflowExecutionAlreadyStartedException;
import software.amazon.awssdk.services.swf.model.WorkflowExecutionConfiguration;
import software.amazon.awssdk.services.swf.model.WorkflowExecutionStartedEventAttributes;

/** Starting executions: defaults, the history it begins, and every way it can fail. */
class StartContractTest extends ContractTest {

  @Override
  SwfFake.Builder configure(SwfFake.Builder builder) {
    return builder.openExecutionLimit(3);
  }

  @Test
  void startUsesTheTypesDefaultsAndBeginsTheHistory() {
    registerDomainAndType();

    String runId = start("order-1");

    List<HistoryEvent> history = history("order-1", runId);
    assertThat(history).extracting(HistoryEvent::eventType)
        .containsExactly(EventType.WORKFLOW_EXECUTION_STARTED, EventType.DECISION_TASK_SCHEDULED);
    assertThat(history).extracting(HistoryEvent::eventId).containsExactly(1L, 2L);
    assertThat(history.get(0).workflowExecutionStartedEventAttributes())
        .isEqualTo(WorkflowExecutionStartedEventAttributes.builder()
            .executionStartToCloseTimeout("3600")
            .taskStartToCloseTimeout("30")
            .childPolicy(ChildPolicy.TERMINATE)
            .taskList(TaskList.builder().name("deciders").build())
            .workflowType(ORDER)
            .parentInitiatedEventId(0L)
            .build());
    assertThat(history.get(1).decisionTaskScheduledEventAttributes())
        .isEqualTo(DecisionTaskScheduledEventAttributes.builder()
            .taskList(TaskList.builder().name("deciders").build())
            .startToCloseTimeout("30")
            .scheduleToStartTimeout("NONE")
            .build());
    assertThat(history).extracting(HistoryEvent::eventTimestamp).containsOnly(at(0));
  }

  @Test
  void requestSettingsOverrideTheTypesDefaults() {
    registerDomainAndType();

    String runId = start("order-1", r -> r
        .input("{\"order\":1}")
        .tagList("vip", "eu")
        .taskList(t -> t.name("priority-deciders"))
        .executionStartToCloseTimeout("60")
        .taskStartToCloseTimeout("NONE")
        .childPolicy(ChildPolicy.ABANDON)
        .taskPriority("7")
        .lambdaRole("role"));

    HistoryEvent started = history("order-1", runId).get(0);
    assertThat(started.workflowExecutionStartedEventAttributes())
        .isEqualTo(WorkflowExecutionStartedEventAttributes.builder()
            .input("{\"order\":1}")
            .executionStartToCloseTimeout("60")
            .taskStartToCloseTimeout("NONE")
            .childPolicy(ChildPolicy.ABANDON)
            .taskList(TaskList.builder().name("priority-deciders").build())
            .taskPriority("7")
            .workflowType(ORDER)
            .tagList("vip", "eu")
            .lambdaRole("role")
            .parentInitiatedEventId(0L)
            .build());
    assertThat(describe("order-1", runId).executionConfiguration())
        .isEqualTo(WorkflowExecutionConfiguration.builder()
            .taskStartToCloseTimeout("NONE")
            .executionStartToCloseTimeout("60")
            .taskList(TaskList.builder().name("priority-deciders").build())
            .taskPriority("7")
            .childPolicy(ChildPolicy.ABANDON)
            .lambdaRole("role")
            .build());
    assertThat(history("order-1", runId).get(1).decisionTaskScheduledEventAttributes().taskPriority()).isEqualTo("7");
  }

  @Test
  void priorityAndLambdaRoleComeFromTheTypeWhenTheRequestHasNone() {
    registerDomain(DOMAIN);
    swf.registerWorkflowType(r -> r.domain(DOMAIN).name("Order").version("1")
        .defaultTaskList(t -> t.name("deciders")).defaultExecutionStartToCloseTimeout("3600")
        .defaultTaskStartToCloseTimeout("30").defaultChildPolicy(ChildPolicy.TERMINATE)
        .defaultTaskPriority("2").defaultLambdaRole("type-role"));

    String runId = start("order-1");

    WorkflowExecutionConfiguration configuration = describe("order-1", runId).executionConfiguration();
    assertThat(configuration.taskPriority()).isEqualTo("2");
    assertThat(configuration.lambdaRole()).isEqualTo("type-role");
  }

  @Test
  void anEmptyTagListIsLeftOutOfTheHistory() {
    registerDomainAndType();

    String runId = start("order-1", r -> r.tagList(List.of()));

    assertThat(history("order-1", runId).get(0).workflowExecutionStartedEventAttributes().hasTagList()).isFalse();
    assertThat(describe("order-1", runId).executionInfo().hasTagList()).isFalse();
  }

  @Test
  void runIdsLookLikeSwfs() {
    registerDomainAndType();

    assertThat(start("order-1")).matches("22[A-Za-z0-9+/]{42}[AEIMQUYcgkosw048]=");
  }

  @Test
  void eachMissingDefaultIsReportedInSwfsOrder() {
    registerDomain(DOMAIN);
    swf.registerWorkflowType(r -> r.domain(DOMAIN).name("Order").version("1"));

    fault(() -> start("order-1"), DefaultUndefinedException.class, "DefaultUndefinedFault",
        "executionStartToCloseTimeout");
    fault(() -> start("order-1", r -> r.executionStartToCloseTimeout("60")), DefaultUndefinedException.class,
        "DefaultUndefinedFault", "taskList");
    fault(() -> start("order-1", r -> r.executionStartToCloseTimeout("60").taskList(t -> t.name("d"))),
        DefaultUndefinedException.class, "DefaultUndefinedFault", "taskStartToCloseTimeout");
    fault(() -> start("order-1", r -> r.executionStartToCloseTimeout("60").taskList(t -> t.name("d"))
        .taskStartToCloseTimeout("5")), DefaultUndefinedException.class, "DefaultUndefinedFault", "childPolicy");
    start("order-1", r -> r.executionStartToCloseTimeout("60").taskList(t -> t.name("d"))
        .taskStartToCloseTimeout("5").childPolicy(ChildPolicy.TERMINATE));
  }

  @Test
  @FakeOnly("needs the domain unknown at first: on SWF the suite's domain is registered before any test")
  void startingInAnUnknownDomainOrWithAnUnknownTypeFails() {
    fault(() -> start("order-1"), UnknownResourceException.class, "UnknownResourceFault", "Unknown domain: orders");
    registerDomain(DOMAIN);
    fault(() -> start("order-1"), UnknownResourceException.class, "UnknownResourceFault",
        "Unknown type: WorkflowType=[name=Order, version=1]");
  }

  @Test
  void startingADeprecatedTypeFails() {
    registerDomainAndType();
    swf.deprecateWorkflowType(r -> r.domain(DOMAIN).workflowType(ORDER));

    fault(() -> start("order-1"), TypeDeprecatedException.class, "TypeDeprecatedFault",
        "WorkflowType=[name=Order, version=1]");
  }

  @Test
  void startingInADeprecatedDomainFails() {
    registerDomainAndType();
    swf.deprecateDomain(r -> r.name(DOMAIN));

    fault(() -> start("order-1"), DomainDeprecatedException.class, "DomainDeprecatedFault", DOMAIN);
  }

  @Test
  void aWorkflowIdHasAtMostOneOpenRun() {
    registerDomainAndType();
    start("order-1");

    fault(() -> start("order-1"), WorkflowExecutionAlreadyStartedException.class,
        "WorkflowExecutionAlreadyStartedFault", "");
  }

  @Test
  void aWorkflowIdCanBeReusedOnceItsRunIsClosed() {
    registerDomainAndType();
    String first = start("order-1");
    swf.terminateWorkflowExecution(r -> r.domain(DOMAIN).workflowId("order-1"));

    String second = start("order-1");

    assertThat(second).isNotEqualTo(first);
    assertThat(describe("order-1", first).executionInfo().executionStatusAsString()).isEqualTo("CLOSED");
    assertThat(describe("order-1", second).executionInfo().executionStatusAsString()).isEqualTo("OPEN");
  }

  @Test
  @FakeOnly("needs the fake's quota of 3 open executions (SWF's is 100,000 per domain)")
  void aDomainHasAnOpenExecutionQuota() {
    registerDomainAndType();
    start("a");
    start("b");
    start("c");

    fault(() -> start("d"), LimitExceededException.class, "LimitExceededFault",
        "Maximum number of open workflow executions (3) reached for domain orders");
    swf.terminateWorkflowExecution(r -> r.domain(DOMAIN).workflowId("a"));
    start("d");
  }

  @Test
  void identifiersFollowSwfsRules() {
    registerDomainAndType();

    validation(() -> start("order:1"), "Invalid workflowId: order:1");
    validation(() -> start("arn"), "Invalid workflowId: arn");
    validation(() -> start("order-1", r -> r.taskList(t -> t.name("a|b"))), "Invalid taskList: a|b");
    start("  spaced  ");
  }

  @Test
  void timeoutsAreCheckedBeforeAnythingElse() {
    validation(() -> start("order-1", r -> r.executionStartToCloseTimeout("NONE")),
        "Invalid executionStartToCloseTimeout: NONE");
    validation(() -> start("order-1", r -> r.executionStartToCloseTimeout("31536001")),
        "Invalid executionStartToCloseTimeout: 31536001");
    validation(() -> start("order-1", r -> r.taskStartToCloseTimeout("5s")), "Invalid taskStartToCloseTimeout: 5s");
    validation(() -> start("order-1", r -> r.taskPriority("2147483648")), "Invalid taskPriority: 2147483648");
  }

  @Test
  void modelConstraintsOnEveryMemberAreReportedTogether() {
    registerDomainAndType();

    validation(() -> start("w".repeat(257), r -> r.tagList("1", "2", "3", "4", "5", "6").input("i".repeat(32769))
            .taskList(t -> t.name(""))),
        "4 validation errors detected: "
            + "Value '[1, 2, 3, 4, 5, 6]' at 'tagList' failed to satisfy constraint: "
            + "Member must have length less than or equal to 5; "
            + "Value '" + "i".repeat(32769) + "' at 'input' failed to satisfy constraint: "
            + "Member must have length less than or equal to 32768; "
            + "Value '' at 'taskList.name' failed to satisfy constraint: "
            + "Member must have length greater than or equal to 1; "
            + "Value '" + "w".repeat(257) + "' at 'workflowId' failed to satisfy constraint: "
            + "Member must have length less than or equal to 256");
  }

  @Test
  void aRejectedStartStartsNothing() {
    registerDomainAndType();

    validation(() -> start("order-1", r -> r.tagList("x".repeat(257))),
        "1 validation error detected: Value '" + "x".repeat(257) + "' at 'tagList.1.member' failed to satisfy "
            + "constraint: Member must have length less than or equal to 256");

    assertThat(swf.countOpenWorkflowExecutions(r -> r.domain(DOMAIN).startTimeFilter(f -> f.oldestDate(START)))
        .count()).isZero();
    start("order-1");
  }
}
