package dev.swftyped.fake;

import static org.assertj.core.api.Assertions.assertThat;
import static software.amazon.awssdk.services.swf.model.EventType.ACTIVITY_TASK_SCHEDULED;
import static software.amazon.awssdk.services.swf.model.EventType.DECISION_TASK_COMPLETED;
import static software.amazon.awssdk.services.swf.model.EventType.DECISION_TASK_SCHEDULED;
import static software.amazon.awssdk.services.swf.model.EventType.DECISION_TASK_STARTED;
import static software.amazon.awssdk.services.swf.model.EventType.DECISION_TASK_TIMED_OUT;
import static software.amazon.awssdk.services.swf.model.EventType.WORKFLOW_EXECUTION_CANCEL_REQUESTED;
import static software.amazon.awssdk.services.swf.model.EventType.WORKFLOW_EXECUTION_SIGNALED;
import static software.amazon.awssdk.services.swf.model.EventType.WORKFLOW_EXECUTION_STARTED;
import static software.amazon.awssdk.services.swf.model.EventType.WORKFLOW_EXECUTION_TERMINATED;

import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.services.swf.model.DecisionTaskScheduledEventAttributes;
import software.amazon.awssdk.services.swf.model.DecisionTaskStartedEventAttributes;
import software.amazon.awssdk.services.swf.model.DecisionTaskTimedOutEventAttributes;
import software.amazon.awssdk.services.swf.model.DecisionTaskTimeoutType;
import software.amazon.awssdk.services.swf.model.HistoryEvent;
import software.amazon.awssdk.services.swf.model.PollForActivityTaskResponse;
import software.amazon.awssdk.services.swf.model.PollForDecisionTaskResponse;
import software.amazon.awssdk.services.swf.model.UnknownResourceException;

/** The decision-task lifecycle (task-plane spec DT-*) and PollForDecisionTask (PD-*). */
class DecisionTaskContractTest extends TaskPlaneContract {

  @Test
  void aPollHandsOutTheScheduledTaskWithItsWholeHistory() {
    registerDomainAndType();
    String runId = start("order-1", r -> r.input("{\"id\":1}"));
    advance(Duration.ofSeconds(3));

    PollForDecisionTaskResponse task = pollDecision();

    assertThat(task.taskToken()).isNotEmpty().hasSizeLessThanOrEqualTo(1024);
    assertThat(task.startedEventId()).isEqualTo(3);
    assertThat(task.previousStartedEventId()).isZero();
    assertThat(task.workflowExecution()).isEqualTo(run("order-1", runId));
    assertThat(task.workflowType()).isEqualTo(ORDER);
    assertThat(task.nextPageToken()).isNull();
    assertThat(task.events()).extracting(HistoryEvent::eventId).containsExactly(1L, 2L, 3L);
    assertThat(task.events()).isEqualTo(history("order-1", runId));
    HistoryEvent started = task.events().get(2);
    assertThat(started.eventType()).isEqualTo(DECISION_TASK_STARTED);
    assertThat(started.eventTimestamp()).isEqualTo(at(3));
    assertThat(started.decisionTaskStartedEventAttributes()).isEqualTo(DecisionTaskStartedEventAttributes.builder()
        .scheduledEventId(2L).identity("decider-1").build());
  }

  @Test
  void aPollWithoutIdentityRecordsNoIdentity() {
    registerDomainAndType();
    String runId = start("order-1");

    swf.pollForDecisionTask(r -> r.domain(DOMAIN).taskList(t -> t.name(DECIDERS)));

    assertThat(event("order-1", runId, 3).decisionTaskStartedEventAttributes())
        .isEqualTo(DecisionTaskStartedEventAttributes.builder().scheduledEventId(2L).build());
  }

  @Test
  void anEmptyPollHasNoTokenNoEventsNoExecutionAndZeroIds() {
    registerDomainAndType();

    PollForDecisionTaskResponse empty = emptyPollDecision("never-used");

    assertThat(empty.taskToken()).isNull();
    assertThat(empty.hasEvents()).isFalse();
    assertThat(empty.workflowExecution()).isNull();
    assertThat(empty.workflowType()).isNull();
    assertThat(empty.nextPageToken()).isNull();
    assertThat(empty.startedEventId()).isZero();
    assertThat(empty.previousStartedEventId()).isZero();
  }

  @Test
  void anEmptyPollAppendsNothing() {
    registerDomainAndType();
    String runId = start("order-1");
    takeDecision();

    assertThat(emptyPollDecision().taskToken()).isNull();

    assertThat(types("order-1", runId)).containsExactly(WORKFLOW_EXECUTION_STARTED, DECISION_TASK_SCHEDULED,
        DECISION_TASK_STARTED);
  }

  @Test
  void aPollOfAnUnknownDomainFails() {
    registerDomainAndType();

    fault(() -> swf.pollForDecisionTask(r -> r.domain("nowhere").taskList(t -> t.name(DECIDERS))),
        UnknownResourceException.class, "UnknownResourceFault", "Unknown domain: nowhere");
  }

  @Test
  void aPollChecksTheTaskListNameBeforeTheDomain() {
    validation(() -> swf.pollForDecisionTask(r -> r.domain("nowhere").taskList(t -> t.name("a:b"))),
        "Invalid taskList: a:b");
  }

  @Test
  void aPollWithoutATaskListFailsValidation() {
    registerDomainAndType();

    validation(() -> swf.pollForDecisionTask(r -> r.domain(DOMAIN)),
        "1 validation error detected: Value null at 'taskList' failed to satisfy constraint: "
            + "Member must not be null");
  }

  @Test
  void aDeprecatedDomainCanStillBePolled() {
    registerDomainAndType();
    start("order-1");
    swf.deprecateDomain(r -> r.name(DOMAIN));

    assertThat(pollDecision().taskToken()).isNotNull();
  }

  @Test
  void aSignalWhileADecisionTaskIsStartedSchedulesTheNextOneBeforeItCompletes() {
    registerDomainAndType();
    String runId = start("order-1");
    PollForDecisionTaskResponse task = takeDecision();
    advance(Duration.ofSeconds(2));

    swf.signalWorkflowExecution(r -> r.domain(DOMAIN).workflowId("order-1").signalName("paid"));

    List<HistoryEvent> events = history("order-1", runId);
    assertThat(events).extracting(HistoryEvent::eventType).containsExactly(WORKFLOW_EXECUTION_STARTED,
        DECISION_TASK_SCHEDULED, DECISION_TASK_STARTED, WORKFLOW_EXECUTION_SIGNALED, DECISION_TASK_SCHEDULED);
    assertThat(events.get(4).eventTimestamp()).isEqualTo(at(2));
    assertThat(pendingDecisions(DECIDERS)).isEqualTo(1);
    assertThat(openCounts("order-1", runId).openDecisionTasks()).isEqualTo(1);

    decide(task.taskToken());

    assertThat(typesFrom("order-1", runId, 6)).containsExactly(DECISION_TASK_COMPLETED);
  }

  @Test
  void aTaskScheduledWhileAnotherIsStartedIsHandedOutOnlyAfterThatOneCompletes() {
    registerDomainAndType();
    String runId = start("order-1");
    PollForDecisionTaskResponse first = takeDecision();
    swf.signalWorkflowExecution(r -> r.domain(DOMAIN).workflowId("order-1").signalName("paid"));

    assertThat(emptyPollDecision().taskToken()).as("the second decider gets nothing while the first works").isNull();

    decide(first.taskToken());
    PollForDecisionTaskResponse second = pollDecision();

    assertThat(second.taskToken()).isNotNull();
    assertThat(second.startedEventId()).isEqualTo(7);
    assertThat(second.previousStartedEventId()).isEqualTo(3);
    assertThat(event("order-1", runId, 7).decisionTaskStartedEventAttributes().scheduledEventId()).isEqualTo(5);
  }

  @Test
  void triggerEventsWhileATaskIsScheduledScheduleNoSecondOne() {
    registerDomainAndType();
    String runId = start("order-1");
    PollForDecisionTaskResponse task = takeDecision();

    swf.signalWorkflowExecution(r -> r.domain(DOMAIN).workflowId("order-1").signalName("a"));
    swf.signalWorkflowExecution(r -> r.domain(DOMAIN).workflowId("order-1").signalName("b"));
    swf.requestCancelWorkflowExecution(r -> r.domain(DOMAIN).workflowId("order-1"));
    decide(task.taskToken());

    assertThat(typesFrom("order-1", runId, 4)).containsExactly(WORKFLOW_EXECUTION_SIGNALED, DECISION_TASK_SCHEDULED,
        WORKFLOW_EXECUTION_SIGNALED, WORKFLOW_EXECUTION_CANCEL_REQUESTED, DECISION_TASK_COMPLETED);
    assertThat(pendingDecisions(DECIDERS)).isEqualTo(1);
  }

  @Test
  void anEmptyBatchSchedulesNothingAndTheRunWaits() {
    registerDomainAndType();
    String runId = start("order-1");

    decideNext();

    assertThat(types("order-1", runId)).containsExactly(WORKFLOW_EXECUTION_STARTED, DECISION_TASK_SCHEDULED,
        DECISION_TASK_STARTED, DECISION_TASK_COMPLETED);
    assertThat(openCounts("order-1", runId)).isEqualTo(counts(0, 0, 0, 0));
    assertThat(pendingDecisions(DECIDERS)).isZero();
    assertThat(emptyPollDecision().taskToken()).isNull();
  }

  @Test
  void aBatchOfNonTriggerDecisionsSchedulesNothing() {
    registerAll();
    String runId = start("order-1");

    decideNext(scheduleActivity("a1"), startTimer("t1", 60), marker("m", null));

    assertThat(typesFrom("order-1", runId, 4)).containsExactly(DECISION_TASK_COMPLETED, ACTIVITY_TASK_SCHEDULED,
        software.amazon.awssdk.services.swf.model.EventType.TIMER_STARTED,
        software.amazon.awssdk.services.swf.model.EventType.MARKER_RECORDED);
    assertThat(pendingDecisions(DECIDERS)).isZero();
  }

  @Test
  void aScheduledDecisionTaskNamesTheRunsListTimeoutAndNoneForScheduleToStart() {
    registerDomainAndType();
    String runId = start("order-1", r -> r.taskList(t -> t.name("vip")).taskStartToCloseTimeout("45"));

    assertThat(event("order-1", runId, 2).decisionTaskScheduledEventAttributes())
        .isEqualTo(DecisionTaskScheduledEventAttributes.builder().taskList(t -> t.name("vip"))
            .startToCloseTimeout("45").scheduleToStartTimeout("NONE").build());
  }

  @Test
  void aScheduledDecisionTaskCarriesTheRunsPriority() {
    registerDomainAndType();
    String runId = start("order-1", r -> r.taskPriority("7").taskStartToCloseTimeout("NONE"));

    assertThat(event("order-1", runId, 2).decisionTaskScheduledEventAttributes())
        .isEqualTo(DecisionTaskScheduledEventAttributes.builder().taskList(t -> t.name(DECIDERS))
            .startToCloseTimeout("NONE").taskPriority("7").scheduleToStartTimeout("NONE").build());
  }

  @Test
  void aStartedDecisionTaskTimesOutAtItsDueTimeAndAnotherIsScheduled() {
    registerDomainAndType();
    String runId = start("order-1");
    advance(Duration.ofSeconds(1));
    PollForDecisionTaskResponse task = takeDecision();

    advance(Duration.ofMillis(29_999));
    assertThat(types("order-1", runId)).hasSize(3);
    advance(Duration.ofMillis(1));

    List<HistoryEvent> events = eventsFrom("order-1", runId, 4);
    assertThat(events).extracting(HistoryEvent::eventType).containsExactly(DECISION_TASK_TIMED_OUT,
        DECISION_TASK_SCHEDULED);
    assertThat(events).extracting(HistoryEvent::eventTimestamp).containsOnly(at(31));
    assertThat(events.get(0).decisionTaskTimedOutEventAttributes()).isEqualTo(
        DecisionTaskTimedOutEventAttributes.builder().timeoutType(DecisionTaskTimeoutType.START_TO_CLOSE)
            .scheduledEventId(2L).startedEventId(3L).build());
    fault(() -> decide(task.taskToken()), UnknownResourceException.class, "UnknownResourceFault",
        "Unknown decision task, scheduledEventId = 2");
    PollForDecisionTaskResponse next = takeDecision();
    assertThat(next.previousStartedEventId()).as("a timed-out task was not processed").isZero();
    assertThat(next.startedEventId()).isEqualTo(6);
  }

  @Test
  void aTimeoutWhileAnotherTaskIsScheduledSchedulesNoSecondOne() {
    registerDomainAndType();
    String runId = start("order-1");
    takeDecision();
    swf.signalWorkflowExecution(r -> r.domain(DOMAIN).workflowId("order-1").signalName("a"));

    advance(Duration.ofSeconds(30));

    assertThat(typesFrom("order-1", runId, 4)).containsExactly(WORKFLOW_EXECUTION_SIGNALED, DECISION_TASK_SCHEDULED,
        DECISION_TASK_TIMED_OUT);
    assertThat(takeDecision().startedEventId()).isEqualTo(7);
  }

  @Test
  void aDecisionTaskWithoutATimeoutNeverTimesOut() {
    registerDomainAndType();
    String runId = start("order-1", r -> r.taskStartToCloseTimeout("NONE")
        .executionStartToCloseTimeout("2592000"));
    PollForDecisionTaskResponse task = takeDecision();

    advance(Duration.ofDays(20));

    assertThat(types("order-1", runId)).hasSize(3);
    decide(task.taskToken());
    assertThat(types("order-1", runId)).last().isEqualTo(DECISION_TASK_COMPLETED);
  }

  @Test
  void aScheduledDecisionTaskWaitsUntilTheRunCloses() {
    registerDomainAndType();
    String runId = start("order-1");

    advance(Duration.ofMinutes(59));

    assertThat(types("order-1", runId)).hasSize(2);
    assertThat(pendingDecisions(DECIDERS)).isEqualTo(1);
    assertThat(pollDecision().startedEventId()).isEqualTo(3);
  }

  @Test
  void closingARunDropsItsScheduledDecisionTaskButFreezesItsOpenCount() {
    registerDomainAndType();
    String runId = start("order-1");

    swf.terminateWorkflowExecution(r -> r.domain(DOMAIN).workflowId("order-1"));

    assertThat(pendingDecisions(DECIDERS)).isZero();
    assertThat(emptyPollDecision().taskToken()).isNull();
    assertThat(openCounts("order-1", runId).openDecisionTasks()).isEqualTo(1);
    assertThat(types("order-1", runId)).containsExactly(WORKFLOW_EXECUTION_STARTED, DECISION_TASK_SCHEDULED,
        WORKFLOW_EXECUTION_TERMINATED);
  }

  @Test
  void closingARunKillsItsStartedDecisionTask() {
    registerDomainAndType();
    String runId = start("order-1");
    PollForDecisionTaskResponse task = takeDecision();

    swf.terminateWorkflowExecution(r -> r.domain(DOMAIN).workflowId("order-1"));
    advance(Duration.ofMinutes(5));

    fault(() -> decide(task.taskToken()), UnknownResourceException.class, "UnknownResourceFault",
        "Unknown execution: WorkflowExecution=[workflowId=order-1, runId=" + runId + "]");
    assertThat(types("order-1", runId)).hasSize(4);
  }

  @Test
  void theHighestPriorityTaskIsHandedOutFirstThenTheEarliestScheduled() {
    registerDomainAndType();
    String low = start("low", r -> r.taskPriority("-1"));
    advance(Duration.ofSeconds(1));
    String plain = start("plain");
    advance(Duration.ofSeconds(1));
    String plainLater = start("plain-later", r -> r.taskPriority("0"));
    advance(Duration.ofSeconds(1));
    String high = start("high", r -> r.taskPriority("5"));

    assertThat(takeDecision().workflowExecution()).isEqualTo(run("high", high));
    assertThat(takeDecision().workflowExecution()).isEqualTo(run("plain", plain));
    assertThat(takeDecision().workflowExecution()).isEqualTo(run("plain-later", plainLater));
    assertThat(takeDecision().workflowExecution()).isEqualTo(run("low", low));
    assertThat(emptyPollDecision().taskToken()).isNull();
  }

  @Test
  void decisionAndActivityTaskListsAreSeparateNamespaces() {
    registerDomainAndType();
    start("order-1");

    PollForActivityTaskResponse activity = emptyPollActivity(DECIDERS);

    assertThat(activity.taskToken()).isNull();
    assertThat(pendingDecisions(DECIDERS)).isEqualTo(1);
    assertThat(pendingActivities(DECIDERS)).isZero();
  }

  @Test
  void aPollOnlySeesItsOwnDomainAndList() {
    registerDomainAndType();
    registerDomain("other");
    registerOrderType("other");
    start("order-1");

    assertThat(swf.pollForDecisionTask(r -> r.domain("other").taskList(t -> t.name(DECIDERS))).taskToken()).isNull();
    assertThat(emptyPollDecision("elsewhere").taskToken()).isNull();
    assertThat(pollDecision().taskToken()).isNotNull();
  }

  @Test
  void theNextTaskNamesTheLastCompletedTaskAsPrevious() {
    registerDomainAndType();
    start("order-1");
    decideNext(startTimer("t", 0));

    PollForDecisionTaskResponse second = takeDecision();

    assertThat(second.previousStartedEventId()).isEqualTo(3);
    assertThat(second.startedEventId()).isEqualTo(8);
  }

  @Test
  void eachHandOutGetsItsOwnToken() {
    registerDomainAndType();
    start("order-1");
    PollForDecisionTaskResponse first = takeDecision();
    advance(Duration.ofSeconds(30));

    PollForDecisionTaskResponse second = takeDecision();

    assertThat(second.taskToken()).isNotEqualTo(first.taskToken());
  }

  @Test
  void theFirstTaskOfARunContinuedAsNewHasNoPreviousStartedEvent() {
    registerDomainAndType();
    start("order-1");
    decideNext(continueAsNew(null));

    PollForDecisionTaskResponse task = takeDecision();

    assertThat(task.previousStartedEventId()).isZero();
    assertThat(task.startedEventId()).isEqualTo(3);
  }

  @Test
  void aRunWhoseTaskIsBlockedByItsStartedTaskDoesNotHideAnotherRunsTask() {
    registerDomainAndType();
    start("order-1");
    takeDecision();
    swf.signalWorkflowExecution(r -> r.domain(DOMAIN).workflowId("order-1").signalName("s"));
    String other = start("order-2");

    PollForDecisionTaskResponse task = pollDecision();

    assertThat(task.workflowExecution()).isEqualTo(run("order-2", other));
    assertThat(pendingDecisions(DECIDERS)).isEqualTo(1);
    assertThat(emptyPollDecision().taskToken()).isNull();
  }
}
