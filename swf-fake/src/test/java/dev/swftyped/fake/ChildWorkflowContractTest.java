package dev.swftyped.fake;

import static org.assertj.core.api.Assertions.assertThat;
import static software.amazon.awssdk.services.swf.model.EventType.CHILD_WORKFLOW_EXECUTION_STARTED;
import static software.amazon.awssdk.services.swf.model.EventType.DECISION_TASK_COMPLETED;
import static software.amazon.awssdk.services.swf.model.EventType.DECISION_TASK_SCHEDULED;
import static software.amazon.awssdk.services.swf.model.EventType.START_CHILD_WORKFLOW_EXECUTION_FAILED;
import static software.amazon.awssdk.services.swf.model.EventType.START_CHILD_WORKFLOW_EXECUTION_INITIATED;
import static software.amazon.awssdk.services.swf.model.EventType.WORKFLOW_EXECUTION_CANCEL_REQUESTED;
import static software.amazon.awssdk.services.swf.model.EventType.WORKFLOW_EXECUTION_STARTED;
import static software.amazon.awssdk.services.swf.model.EventType.WORKFLOW_EXECUTION_TERMINATED;

import java.time.Duration;
import java.util.List;
import java.util.function.UnaryOperator;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.services.swf.model.ChildPolicy;
import software.amazon.awssdk.services.swf.model.ChildWorkflowExecutionCanceledEventAttributes;
import software.amazon.awssdk.services.swf.model.ChildWorkflowExecutionCompletedEventAttributes;
import software.amazon.awssdk.services.swf.model.ChildWorkflowExecutionFailedEventAttributes;
import software.amazon.awssdk.services.swf.model.ChildWorkflowExecutionStartedEventAttributes;
import software.amazon.awssdk.services.swf.model.ChildWorkflowExecutionTerminatedEventAttributes;
import software.amazon.awssdk.services.swf.model.ChildWorkflowExecutionTimedOutEventAttributes;
import software.amazon.awssdk.services.swf.model.CloseStatus;
import software.amazon.awssdk.services.swf.model.Decision;
import software.amazon.awssdk.services.swf.model.DecisionType;
import software.amazon.awssdk.services.swf.model.ExecutionStatus;
import software.amazon.awssdk.services.swf.model.HistoryEvent;
import software.amazon.awssdk.services.swf.model.PollForDecisionTaskResponse;
import software.amazon.awssdk.services.swf.model.StartChildWorkflowExecutionDecisionAttributes;
import software.amazon.awssdk.services.swf.model.StartChildWorkflowExecutionFailedCause;
import software.amazon.awssdk.services.swf.model.StartChildWorkflowExecutionFailedEventAttributes;
import software.amazon.awssdk.services.swf.model.StartChildWorkflowExecutionInitiatedEventAttributes;
import software.amazon.awssdk.services.swf.model.WorkflowExecutionCancelRequestedCause;
import software.amazon.awssdk.services.swf.model.WorkflowExecutionCancelRequestedEventAttributes;
import software.amazon.awssdk.services.swf.model.WorkflowExecutionStartedEventAttributes;
import software.amazon.awssdk.services.swf.model.WorkflowExecutionTerminatedCause;
import software.amazon.awssdk.services.swf.model.WorkflowExecutionTerminatedEventAttributes;
import software.amazon.awssdk.services.swf.model.WorkflowExecutionTimeoutType;
import software.amazon.awssdk.services.swf.model.WorkflowType;

/** Child workflows: starting them, their runs, how their closes reach the parent, child policies (CH-1 to CH-7). */
class ChildWorkflowContractTest extends TaskPlaneContract {
  /** The decision task list children run on, so that their deciders are told apart from the parent's. */
  static final String CHILDREN = "children";
  static final WorkflowType BARE = WorkflowType.builder().name("Bare").version("1").build();

  private String parentRunId;

  @Override
  SwfFake.Builder configure(SwfFake.Builder builder) {
    return super.configure(builder).openChildExecutionLimit(2).openExecutionLimit(5);
  }

  static Decision startChild(String workflowId, UnaryOperator<StartChildWorkflowExecutionDecisionAttributes.Builder> more) {
    return Decision.builder().decisionType(DecisionType.START_CHILD_WORKFLOW_EXECUTION)
        .startChildWorkflowExecutionDecisionAttributes(more.apply(StartChildWorkflowExecutionDecisionAttributes
            .builder().workflowId(workflowId).workflowType(ORDER).taskList(t -> t.name(CHILDREN))).build())
        .build();
  }

  static Decision startChild(String workflowId) {
    return startChild(workflowId, a -> a);
  }

  /** Starts the parent and, in its first decision task, the child {@code child-1} (Initiated = event 5). */
  String parentWithChild(UnaryOperator<StartChildWorkflowExecutionDecisionAttributes.Builder> more) {
    registerDomainAndType();
    parentRunId = start("parent", r -> r.executionStartToCloseTimeout("86400"));
    decideNext(startChild("child-1", more));
    return childRunId("child-1");
  }

  /** The run id of the open run of a workflow id (on SWF, once visibility shows that one run, open). */
  String childRunId(String workflowId) {
    return eventually(() -> swf.listOpenWorkflowExecutions(r -> r.domain(DOMAIN)
        .startTimeFilter(f -> f.oldestDate(listedSince())).executionFilter(f -> f.workflowId(workflowId)))
        .executionInfos(), open -> open.size() == 1 && describe(workflowId, open.get(0).execution().runId())
            .executionInfo().executionStatus() == ExecutionStatus.OPEN)
        .get(0).execution().runId();
  }

  /** The child's decider answers its next task on the children list. */
  void childDecides(Decision... decisions) {
    PollForDecisionTaskResponse task = pollDecision(CHILDREN);
    assertThat(task.taskToken()).as("the child's decision task").isNotNull();
    decide(task.taskToken(), decisions);
  }

  List<HistoryEvent> parentEventsFrom(long eventId) {
    return eventsFrom("parent", parentRunId, eventId);
  }

  // ---------------------------------------------------------------- starting (CH-1 to CH-3)

  @Test
  void aChildIsInitiatedInTheBatchAndStartedAfterItWithADecisionTask() {
    registerDomainAndType();
    parentRunId = start("parent");
    advance(Duration.ofSeconds(3));

    decideNext(startChild("child-1"), marker("m", null));

    String childRunId = childRunId("child-1");
    List<HistoryEvent> events = parentEventsFrom(4);
    assertThat(events).extracting(HistoryEvent::eventType).containsExactly(DECISION_TASK_COMPLETED,
        START_CHILD_WORKFLOW_EXECUTION_INITIATED, software.amazon.awssdk.services.swf.model.EventType.MARKER_RECORDED,
        CHILD_WORKFLOW_EXECUTION_STARTED, DECISION_TASK_SCHEDULED);
    assertThat(events).extracting(HistoryEvent::eventTimestamp).containsOnly(at(3));
    assertThat(events.get(1).startChildWorkflowExecutionInitiatedEventAttributes()).isEqualTo(
        StartChildWorkflowExecutionInitiatedEventAttributes.builder().workflowId("child-1").workflowType(ORDER)
            .executionStartToCloseTimeout("3600").taskList(t -> t.name(CHILDREN)).decisionTaskCompletedEventId(4L)
            .childPolicy(ChildPolicy.TERMINATE).taskStartToCloseTimeout("30").build());
    assertThat(events.get(3).childWorkflowExecutionStartedEventAttributes()).isEqualTo(
        ChildWorkflowExecutionStartedEventAttributes.builder().workflowExecution(run("child-1", childRunId))
            .workflowType(ORDER).initiatedEventId(5L).build());
    assertThat(openCounts("parent", parentRunId)).isEqualTo(counts(1, 0, 0, 1));
  }

  @Test
  void theChildRunNamesItsParentAndHasItsOwnDecisionTask() {
    String childRunId = parentWithChild(a -> a.input("in").control("ctl").tagList("t1").taskPriority("3")
        .childPolicy(ChildPolicy.ABANDON).executionStartToCloseTimeout("600").taskStartToCloseTimeout("NONE"));

    List<HistoryEvent> child = history("child-1", childRunId);
    assertThat(child).extracting(HistoryEvent::eventType).containsExactly(WORKFLOW_EXECUTION_STARTED,
        DECISION_TASK_SCHEDULED);
    assertThat(child.get(0).workflowExecutionStartedEventAttributes()).isEqualTo(
        WorkflowExecutionStartedEventAttributes.builder().input("in").executionStartToCloseTimeout("600")
            .taskStartToCloseTimeout("NONE").childPolicy(ChildPolicy.ABANDON).taskList(t -> t.name(CHILDREN))
            .taskPriority("3").workflowType(ORDER).tagList("t1").parentWorkflowExecution(run("parent", parentRunId))
            .parentInitiatedEventId(5L).build());
    assertThat(describe("child-1", childRunId).executionInfo().parent()).isEqualTo(run("parent", parentRunId));
    assertThat(eventually(() -> swf.listOpenWorkflowExecutions(r -> r.domain(DOMAIN)
        .startTimeFilter(f -> f.oldestDate(listedSince())).executionFilter(f -> f.workflowId("child-1")))
        .executionInfos(), open -> !open.isEmpty()).get(0).parent())
        .isEqualTo(run("parent", parentRunId));
    assertThat(pendingDecisions(CHILDREN)).isEqualTo(1);
    assertThat(event("parent", parentRunId, 5).startChildWorkflowExecutionInitiatedEventAttributes()).isEqualTo(
        StartChildWorkflowExecutionInitiatedEventAttributes.builder().workflowId("child-1").workflowType(ORDER)
            .control("ctl").input("in").executionStartToCloseTimeout("600").taskList(t -> t.name(CHILDREN))
            .taskPriority("3").decisionTaskCompletedEventId(4L).childPolicy(ChildPolicy.ABANDON)
            .taskStartToCloseTimeout("NONE").tagList("t1").build());
    // last: against SWF, these two need the fake
    assertThat(child).extracting(HistoryEvent::eventTimestamp).containsOnly(at(0));
    assertThat(swf.countOpenWorkflowExecutions(r -> r.domain(DOMAIN).startTimeFilter(f -> f.oldestDate(START)))
        .count()).isEqualTo(2);
  }

  @Test
  void theParentsPriorityDoesNotCarryOverToTheChild() {
    registerDomainAndType();
    parentRunId = start("parent", r -> r.taskPriority("8"));

    decideNext(startChild("child-1"));

    String childRunId = childRunId("child-1");
    assertThat(event("child-1", childRunId, 1).workflowExecutionStartedEventAttributes().taskPriority()).isNull();
  }

  @Test
  void aChildWhoseWorkflowIdIsRunningFailsAfterItsInitiatedEvent() {
    registerDomainAndType();
    start("busy", r -> r.taskList(t -> t.name("elsewhere")));
    parentRunId = start("parent");

    decideNext(startChild("busy", a -> a.control("ctl")));

    List<HistoryEvent> events = parentEventsFrom(4);
    assertThat(events).extracting(HistoryEvent::eventType).containsExactly(DECISION_TASK_COMPLETED,
        START_CHILD_WORKFLOW_EXECUTION_INITIATED, START_CHILD_WORKFLOW_EXECUTION_FAILED, DECISION_TASK_SCHEDULED);
    assertThat(events.get(2).startChildWorkflowExecutionFailedEventAttributes()).isEqualTo(
        StartChildWorkflowExecutionFailedEventAttributes.builder().workflowType(ORDER)
            .cause(StartChildWorkflowExecutionFailedCause.WORKFLOW_ALREADY_RUNNING).workflowId("busy")
            .initiatedEventId(5L).decisionTaskCompletedEventId(4L).control("ctl").build());
    assertThat(openCounts("parent", parentRunId).openChildWorkflowExecutions()).isZero();
  }

  @Test
  void theParentItselfCountsAsRunningForItsOwnWorkflowId() {
    registerDomainAndType();
    parentRunId = start("parent");

    decideNext(startChild("parent"));

    assertThat(event("parent", parentRunId, 6).startChildWorkflowExecutionFailedEventAttributes().cause())
        .isEqualTo(StartChildWorkflowExecutionFailedCause.WORKFLOW_ALREADY_RUNNING);
  }

  /** Answers the parent's next task with one child decision and returns the synchronous failure cause. */
  StartChildWorkflowExecutionFailedCause causeOf(Decision decision) {
    decideNext(decision, startTimer("tick-" + history("parent", parentRunId).size(), 0));
    List<HistoryEvent> events = history("parent", parentRunId);
    for (int i = events.size() - 1; i >= 0; i--) {
      if (events.get(i).eventType() == DECISION_TASK_COMPLETED) {
        HistoryEvent next = events.get(i + 1);
        if (next.eventType() != START_CHILD_WORKFLOW_EXECUTION_FAILED) {
          return null;
        }
        assertThat(next.startChildWorkflowExecutionFailedEventAttributes().initiatedEventId()).isZero();
        return next.startChildWorkflowExecutionFailedEventAttributes().cause();
      }
    }
    throw new AssertionError("no completed decision task");
  }

  @Test
  void synchronousFailuresHaveNoInitiatedEventAndComeInTheirOrder() {
    registerDomainAndType();
    swf.registerWorkflowType(r -> r.domain(DOMAIN).name(BARE.name()).version(BARE.version()));
    parentRunId = start("parent", r -> r.executionStartToCloseTimeout("86400"));

    assertThat(causeOf(startChild("c", a -> a.workflowType(t -> t.name("Nope").version("1")))))
        .isEqualTo(StartChildWorkflowExecutionFailedCause.WORKFLOW_TYPE_DOES_NOT_EXIST);
    assertThat(causeOf(startChild("c", a -> a.workflowType(BARE).taskList((software.amazon.awssdk.services.swf.model
        .TaskList) null)))).isEqualTo(StartChildWorkflowExecutionFailedCause
        .DEFAULT_EXECUTION_START_TO_CLOSE_TIMEOUT_UNDEFINED);
    assertThat(causeOf(startChild("c", a -> a.workflowType(BARE).taskList((software.amazon.awssdk.services.swf.model
        .TaskList) null).executionStartToCloseTimeout("60"))))
        .isEqualTo(StartChildWorkflowExecutionFailedCause.DEFAULT_TASK_LIST_UNDEFINED);
    assertThat(causeOf(startChild("c", a -> a.workflowType(BARE).executionStartToCloseTimeout("60"))))
        .isEqualTo(StartChildWorkflowExecutionFailedCause.DEFAULT_TASK_START_TO_CLOSE_TIMEOUT_UNDEFINED);
    assertThat(causeOf(startChild("c", a -> a.workflowType(BARE).executionStartToCloseTimeout("60")
        .taskStartToCloseTimeout("10")))).isEqualTo(StartChildWorkflowExecutionFailedCause
        .DEFAULT_CHILD_POLICY_UNDEFINED);
    assertThat(causeOf(startChild("c", a -> a.workflowType(BARE).executionStartToCloseTimeout("60")
        .taskStartToCloseTimeout("10").childPolicy(ChildPolicy.ABANDON)))).isNull();
    // last, as against SWF a deprecation skips the rest of the test
    swf.registerWorkflowType(r -> r.domain(DOMAIN).name("Old").version("1").defaultTaskList(t -> t.name("x")));
    swf.deprecateWorkflowType(r -> r.domain(DOMAIN).workflowType(t -> t.name("Old").version("1")));
    assertThat(causeOf(startChild("c", a -> a.workflowType(t -> t.name("Old").version("1")))))
        .isEqualTo(StartChildWorkflowExecutionFailedCause.WORKFLOW_TYPE_DEPRECATED);
  }

  @Test
  void theSynchronousFailureEventCarriesTheDecisionsIds() {
    registerDomainAndType();
    parentRunId = start("parent");

    decideNext(startChild("c", a -> a.workflowType(t -> t.name("Nope").version("1")).control("ctl")));

    List<HistoryEvent> events = parentEventsFrom(4);
    assertThat(events).extracting(HistoryEvent::eventType).containsExactly(DECISION_TASK_COMPLETED,
        START_CHILD_WORKFLOW_EXECUTION_FAILED, DECISION_TASK_SCHEDULED);
    assertThat(events.get(1).startChildWorkflowExecutionFailedEventAttributes()).isEqualTo(
        StartChildWorkflowExecutionFailedEventAttributes.builder()
            .workflowType(t -> t.name("Nope").version("1"))
            .cause(StartChildWorkflowExecutionFailedCause.WORKFLOW_TYPE_DOES_NOT_EXIST).workflowId("c")
            .initiatedEventId(0L).decisionTaskCompletedEventId(4L).control("ctl").build());
  }

  @Test
  @FakeOnly("needs the fake's quota of 2 open children (SWF's is 1,000)")
  void theOpenChildrenLimitCountsChildrenInitiatedInTheSameBatch() {
    registerDomainAndType();
    parentRunId = start("parent");

    decideNext(startChild("c1"), startChild("c2"), startChild("c3"));

    List<HistoryEvent> events = parentEventsFrom(4);
    assertThat(events).extracting(HistoryEvent::eventType).containsExactly(DECISION_TASK_COMPLETED,
        START_CHILD_WORKFLOW_EXECUTION_INITIATED, START_CHILD_WORKFLOW_EXECUTION_INITIATED,
        START_CHILD_WORKFLOW_EXECUTION_FAILED, DECISION_TASK_SCHEDULED, CHILD_WORKFLOW_EXECUTION_STARTED,
        CHILD_WORKFLOW_EXECUTION_STARTED);
    assertThat(events.get(3).startChildWorkflowExecutionFailedEventAttributes().cause())
        .isEqualTo(StartChildWorkflowExecutionFailedCause.OPEN_CHILDREN_LIMIT_EXCEEDED);
    assertThat(openCounts("parent", parentRunId).openChildWorkflowExecutions()).isEqualTo(2);
  }

  @Test
  @FakeOnly("needs the fake's quota of 5 open executions (SWF's is 100,000 per domain)")
  void theDomainsOpenExecutionQuotaCountsChildren() {
    registerDomainAndType();
    start("w1", r -> r.taskList(t -> t.name("elsewhere")));
    start("w2", r -> r.taskList(t -> t.name("elsewhere")));
    start("w3", r -> r.taskList(t -> t.name("elsewhere")));
    parentRunId = start("parent");

    decideNext(startChild("c1"), startChild("c2"));

    assertThat(parentEventsFrom(4)).extracting(HistoryEvent::eventType).containsExactly(DECISION_TASK_COMPLETED,
        START_CHILD_WORKFLOW_EXECUTION_INITIATED, START_CHILD_WORKFLOW_EXECUTION_FAILED, DECISION_TASK_SCHEDULED,
        CHILD_WORKFLOW_EXECUTION_STARTED);
    assertThat(event("parent", parentRunId, 6).startChildWorkflowExecutionFailedEventAttributes().cause())
        .isEqualTo(StartChildWorkflowExecutionFailedCause.OPEN_WORKFLOWS_LIMIT_EXCEEDED);
  }

  // ---------------------------------------------------------------- closes (CH-4, CH-5)

  @Test
  void aCompletedChildReportsItsResultWithBothIds() {
    String childRunId = parentWithChild(a -> a);
    decideNext();
    advance(Duration.ofSeconds(5));

    childDecides(complete("done"));

    List<HistoryEvent> events = parentEventsFrom(10);
    assertThat(events).extracting(HistoryEvent::eventType).containsExactly(
        software.amazon.awssdk.services.swf.model.EventType.CHILD_WORKFLOW_EXECUTION_COMPLETED, DECISION_TASK_SCHEDULED);
    assertThat(events).extracting(HistoryEvent::eventTimestamp).containsOnly(at(5));
    assertThat(events.get(0).childWorkflowExecutionCompletedEventAttributes()).isEqualTo(
        ChildWorkflowExecutionCompletedEventAttributes.builder().workflowExecution(run("child-1", childRunId))
            .workflowType(ORDER).result("done").initiatedEventId(5L).startedEventId(6L).build());
    assertThat(openCounts("parent", parentRunId)).isEqualTo(counts(1, 0, 0, 0));
  }

  @Test
  void aFailedChildReportsItsReasonAndDetails() {
    String childRunId = parentWithChild(a -> a);

    childDecides(fail("r", "d"));

    assertThat(event("parent", parentRunId, 8).childWorkflowExecutionFailedEventAttributes()).isEqualTo(
        ChildWorkflowExecutionFailedEventAttributes.builder().workflowExecution(run("child-1", childRunId))
            .workflowType(ORDER).reason("r").details("d").initiatedEventId(5L).startedEventId(6L).build());
  }

  @Test
  void aCanceledChildReportsItsDetails() {
    String childRunId = parentWithChild(a -> a);

    childDecides(cancel(null));

    assertThat(event("parent", parentRunId, 8).childWorkflowExecutionCanceledEventAttributes()).isEqualTo(
        ChildWorkflowExecutionCanceledEventAttributes.builder().workflowExecution(run("child-1", childRunId))
            .workflowType(ORDER).initiatedEventId(5L).startedEventId(6L).build());
  }

  @Test
  void aTimedOutChildIsReportedAtItsDueTime() {
    String childRunId = parentWithChild(a -> a.executionStartToCloseTimeout("100"));

    advance(Duration.ofSeconds(100));

    List<HistoryEvent> events = parentEventsFrom(8);
    assertThat(events).extracting(HistoryEvent::eventType).containsExactly(
        software.amazon.awssdk.services.swf.model.EventType.CHILD_WORKFLOW_EXECUTION_TIMED_OUT);
    assertThat(events.get(0).eventTimestamp()).isEqualTo(at(100));
    assertThat(events.get(0).childWorkflowExecutionTimedOutEventAttributes()).isEqualTo(
        ChildWorkflowExecutionTimedOutEventAttributes.builder().workflowExecution(run("child-1", childRunId))
            .workflowType(ORDER).timeoutType(WorkflowExecutionTimeoutType.START_TO_CLOSE).initiatedEventId(5L)
            .startedEventId(6L).build());
  }

  @Test
  void aTerminatedChildIsReportedWithADecisionTask() {
    String childRunId = parentWithChild(a -> a);
    decideNext();

    swf.terminateWorkflowExecution(r -> r.domain(DOMAIN).workflowId("child-1"));

    List<HistoryEvent> events = parentEventsFrom(10);
    assertThat(events).extracting(HistoryEvent::eventType).containsExactly(
        software.amazon.awssdk.services.swf.model.EventType.CHILD_WORKFLOW_EXECUTION_TERMINATED,
        DECISION_TASK_SCHEDULED);
    assertThat(events.get(0).childWorkflowExecutionTerminatedEventAttributes()).isEqualTo(
        ChildWorkflowExecutionTerminatedEventAttributes.builder().workflowExecution(run("child-1", childRunId))
            .workflowType(ORDER).initiatedEventId(5L).startedEventId(6L).build());
  }

  @Test
  void aChildThatContinuesAsNewIsFollowedAndItsLastRunReportsTheClose() {
    String firstRunId = parentWithChild(a -> a);
    decideNext();

    childDecides(Decision.builder().decisionType(DecisionType.CONTINUE_AS_NEW_WORKFLOW_EXECUTION)
        .continueAsNewWorkflowExecutionDecisionAttributes(a -> a.input("again").taskList(t -> t.name(CHILDREN)))
        .build());
    String secondRunId = childRunId("child-1");
    assertThat(secondRunId).isNotEqualTo(firstRunId);
    assertThat(history("parent", parentRunId)).as("the parent records nothing").hasSize(9);
    assertThat(event("child-1", secondRunId, 1).workflowExecutionStartedEventAttributes().parentWorkflowExecution())
        .isEqualTo(run("parent", parentRunId));
    assertThat(event("child-1", secondRunId, 1).workflowExecutionStartedEventAttributes().parentInitiatedEventId())
        .isEqualTo(5);
    assertThat(describe("child-1", secondRunId).executionInfo().parent()).isEqualTo(run("parent", parentRunId));
    assertThat(openCounts("parent", parentRunId).openChildWorkflowExecutions()).isEqualTo(1);

    childDecides(complete("second"));

    assertThat(event("parent", parentRunId, 10).childWorkflowExecutionCompletedEventAttributes()).isEqualTo(
        ChildWorkflowExecutionCompletedEventAttributes.builder().workflowExecution(run("child-1", secondRunId))
            .workflowType(ORDER).result("second").initiatedEventId(5L).startedEventId(6L).build());
  }

  // ---------------------------------------------------------------- child policies (CH-6, CH-7)

  @Test
  void completingTheParentAbandonsItsChildren() {
    String childRunId = parentWithChild(a -> a);

    decideNext(complete(null));

    assertThat(describe("child-1", childRunId).executionInfo().executionStatus()).isEqualTo(ExecutionStatus.OPEN);
    assertThat(history("child-1", childRunId)).hasSize(2);
    assertThat(openCounts("parent", parentRunId).openChildWorkflowExecutions()).as("frozen at close").isEqualTo(1);
    childDecides(complete(null));
    assertThat(history("parent", parentRunId)).as("a closed parent records nothing").hasSize(10);
  }

  @Test
  void continuingTheParentAsNewAppliesNoPolicy() {
    String childRunId = parentWithChild(a -> a);

    decideNext(continueAsNew(null));

    assertThat(describe("child-1", childRunId).executionInfo().executionStatus()).isEqualTo(ExecutionStatus.OPEN);
    assertThat(history("child-1", childRunId)).hasSize(2);
  }

  @Test
  void terminatingTheParentTerminatesChildrenWithTheirOwnPolicyAndRecursively() {
    String childRunId = parentWithChild(a -> a.childPolicy(ChildPolicy.REQUEST_CANCEL)
        .executionStartToCloseTimeout("86400"));
    childDecides(startChild("grandchild", g -> g.childPolicy(ChildPolicy.ABANDON)));
    String grandchildRunId = childRunId("grandchild");
    advance(Duration.ofSeconds(7));

    swf.terminateWorkflowExecution(r -> r.domain(DOMAIN).workflowId("parent").childPolicy(ChildPolicy.TERMINATE));

    List<HistoryEvent> child = history("child-1", childRunId);
    HistoryEvent terminated = child.get(child.size() - 1);
    assertThat(terminated.eventType()).isEqualTo(WORKFLOW_EXECUTION_TERMINATED);
    assertThat(terminated.eventTimestamp()).isEqualTo(at(7));
    assertThat(terminated.workflowExecutionTerminatedEventAttributes()).isEqualTo(
        WorkflowExecutionTerminatedEventAttributes.builder().childPolicy(ChildPolicy.REQUEST_CANCEL)
            .cause(WorkflowExecutionTerminatedCause.CHILD_POLICY_APPLIED).build());
    assertThat(describe("child-1", childRunId).executionInfo().closeStatus()).isEqualTo(CloseStatus.TERMINATED);
    List<HistoryEvent> grandchild = history("grandchild", grandchildRunId);
    assertThat(grandchild.get(grandchild.size() - 1).workflowExecutionCancelRequestedEventAttributes()).isEqualTo(
        WorkflowExecutionCancelRequestedEventAttributes.builder()
            .cause(WorkflowExecutionCancelRequestedCause.CHILD_POLICY_APPLIED).build());
    assertThat(describe("grandchild", grandchildRunId).executionInfo().cancelRequested()).isTrue();
    assertThat(types("parent", parentRunId)).last().isEqualTo(WORKFLOW_EXECUTION_TERMINATED);
  }

  @Test
  void theTerminateRequestsPolicyOverridesTheRuns() {
    String childRunId = parentWithChild(a -> a);

    swf.terminateWorkflowExecution(r -> r.domain(DOMAIN).workflowId("parent").childPolicy(ChildPolicy.ABANDON));

    assertThat(describe("child-1", childRunId).executionInfo().executionStatus()).isEqualTo(ExecutionStatus.OPEN);
  }

  @Test
  void requestCancelAsksEachChildWithACauseAndADecisionTask() {
    registerDomainAndType();
    parentRunId = start("parent", r -> r.childPolicy(ChildPolicy.REQUEST_CANCEL));
    decideNext(startChild("child-1"));
    String childRunId = childRunId("child-1");
    childDecides();

    swf.terminateWorkflowExecution(r -> r.domain(DOMAIN).workflowId("parent"));

    List<HistoryEvent> events = eventsFrom("child-1", childRunId, 5);
    assertThat(events).extracting(HistoryEvent::eventType).containsExactly(WORKFLOW_EXECUTION_CANCEL_REQUESTED,
        DECISION_TASK_SCHEDULED);
    assertThat(events.get(0).workflowExecutionCancelRequestedEventAttributes()).isEqualTo(
        WorkflowExecutionCancelRequestedEventAttributes.builder()
            .cause(WorkflowExecutionCancelRequestedCause.CHILD_POLICY_APPLIED).build());
  }

  @Test
  void aParentThatTimesOutAppliesItsOwnPolicyAtItsDueTime() {
    registerDomainAndType();
    parentRunId = start("parent", r -> r.executionStartToCloseTimeout("50"));
    decideNext(startChild("child-1"));
    String childRunId = childRunId("child-1");

    advance(Duration.ofSeconds(60));

    List<HistoryEvent> child = history("child-1", childRunId);
    assertThat(child.get(child.size() - 1).eventType()).isEqualTo(WORKFLOW_EXECUTION_TERMINATED);
    assertThat(child.get(child.size() - 1).eventTimestamp()).isEqualTo(at(50));
    assertThat(event("parent", parentRunId, history("parent", parentRunId).size())
        .workflowExecutionTimedOutEventAttributes().childPolicy()).isEqualTo(ChildPolicy.TERMINATE);
  }

  @Test
  void aChildInitiatedInTheBatchThatClosesTheParentStillStartsAndIsAbandoned() {
    registerDomainAndType();
    parentRunId = start("parent");

    decideNext(startChild("child-1"), complete(null));

    String childRunId = childRunId("child-1");
    assertThat(typesFrom("parent", parentRunId, 4)).containsExactly(DECISION_TASK_COMPLETED,
        START_CHILD_WORKFLOW_EXECUTION_INITIATED,
        software.amazon.awssdk.services.swf.model.EventType.WORKFLOW_EXECUTION_COMPLETED);
    assertThat(event("child-1", childRunId, 1).workflowExecutionStartedEventAttributes().parentInitiatedEventId())
        .isEqualTo(5);
    childDecides(complete(null));
    assertThat(history("parent", parentRunId)).hasSize(6);
  }

  @Test
  void aParentThatContinuesAsNewLeavesItsChildrenToTheOldRun() {
    String childRunId = parentWithChild(a -> a);
    String oldParent = parentRunId;

    decideNext(continueAsNew(null));
    String newParent = childRunId("parent");

    assertThat(openCounts("parent", newParent).openChildWorkflowExecutions()).isZero();
    childDecides(complete(null));
    assertThat(history("parent", newParent)).hasSize(2);
    assertThat(types("parent", oldParent)).last()
        .isEqualTo(software.amazon.awssdk.services.swf.model.EventType.WORKFLOW_EXECUTION_CONTINUED_AS_NEW);
    assertThat(describe("child-1", childRunId).executionInfo().closeStatus()).isEqualTo(CloseStatus.COMPLETED);
  }

  @Test
  void twoChildrenWithOneWorkflowIdInABatchStartTheFirstAndFailTheSecond() {
    registerDomainAndType();
    parentRunId = start("parent");

    decideNext(startChild("twin"), startChild("twin"));

    List<HistoryEvent> events = parentEventsFrom(4);
    assertThat(events).extracting(HistoryEvent::eventType).containsExactly(DECISION_TASK_COMPLETED,
        START_CHILD_WORKFLOW_EXECUTION_INITIATED, START_CHILD_WORKFLOW_EXECUTION_INITIATED,
        CHILD_WORKFLOW_EXECUTION_STARTED, DECISION_TASK_SCHEDULED, START_CHILD_WORKFLOW_EXECUTION_FAILED);
    assertThat(events.get(3).childWorkflowExecutionStartedEventAttributes().initiatedEventId()).isEqualTo(5);
    assertThat(events.get(5).startChildWorkflowExecutionFailedEventAttributes().cause())
        .isEqualTo(StartChildWorkflowExecutionFailedCause.WORKFLOW_ALREADY_RUNNING);
    assertThat(events.get(5).startChildWorkflowExecutionFailedEventAttributes().initiatedEventId()).isEqualTo(6);
    assertThat(openCounts("parent", parentRunId).openChildWorkflowExecutions()).isEqualTo(1);
  }
}
