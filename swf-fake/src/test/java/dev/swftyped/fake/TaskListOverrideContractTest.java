package dev.swftyped.fake;

import static org.assertj.core.api.Assertions.assertThat;
import static software.amazon.awssdk.services.swf.model.EventType.DECISION_TASK_SCHEDULED;
import static software.amazon.awssdk.services.swf.model.EventType.DECISION_TASK_TIMED_OUT;

import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.services.swf.model.DecisionTaskScheduledEventAttributes;
import software.amazon.awssdk.services.swf.model.DecisionTaskTimedOutEventAttributes;
import software.amazon.awssdk.services.swf.model.DecisionTaskTimeoutType;
import software.amazon.awssdk.services.swf.model.HistoryEvent;
import software.amazon.awssdk.services.swf.model.PollForDecisionTaskResponse;

/** A decider moving its run's decision tasks to another list (RD-12, Q-8). */
class TaskListOverrideContractTest extends TaskPlaneContract {
  private String runId;

  void startOrder() {
    registerDomainAndType();
    runId = start("order-1", r -> r.executionStartToCloseTimeout("86400"));
  }

  static DecisionTaskScheduledEventAttributes scheduledOn(String taskList, String scheduleToStart) {
    return DecisionTaskScheduledEventAttributes.builder().taskList(t -> t.name(taskList)).startToCloseTimeout("30")
        .scheduleToStartTimeout(scheduleToStart).build();
  }

  @Test
  void aPermanentOverrideMovesLaterDecisionTasksButNotTheRunsConfiguration() {
    startOrder();
    PollForDecisionTaskResponse task = takeDecision();

    respond(task.taskToken(), r -> r.taskList(t -> t.name("vip")).decisions(startTimer("t", 0)));

    assertThat(event("order-1", runId, 7).decisionTaskScheduledEventAttributes()).isEqualTo(scheduledOn("vip", "NONE"));
    assertThat(pendingDecisions("vip")).isEqualTo(1);
    assertThat(pendingDecisions(DECIDERS)).isZero();
    assertThat(emptyPollDecision().taskToken()).isNull();
    assertThat(describe("order-1", runId).executionConfiguration().taskList().name()).isEqualTo(DECIDERS);

    PollForDecisionTaskResponse onVip = pollDecision("vip");
    respond(onVip.taskToken(), r -> r.decisions(startTimer("t2", 0)));
    advance(Duration.ofDays(1).minusSeconds(1));
    assertThat(types("order-1", runId)).last().isEqualTo(DECISION_TASK_SCHEDULED);
    assertThat(pendingDecisions("vip")).as("the override is permanent").isEqualTo(1);
  }

  @Test
  void aTaskAlreadyScheduledStaysOnItsList() {
    startOrder();
    PollForDecisionTaskResponse task = takeDecision();
    swf.signalWorkflowExecution(r -> r.domain(DOMAIN).workflowId("order-1").signalName("s"));

    respond(task.taskToken(), r -> r.taskList(t -> t.name("vip")));

    assertThat(pendingDecisions(DECIDERS)).isEqualTo(1);
    assertThat(pendingDecisions("vip")).isZero();
    assertThat(pollDecision().taskToken()).isNotNull();
  }

  @Test
  void aTemporaryOverrideNotStartedInTimeTimesOutAndGoesBackToTheOriginalList() {
    startOrder();
    PollForDecisionTaskResponse task = takeDecision();
    respond(task.taskToken(), r -> r.taskList(t -> t.name("vip")).taskListScheduleToStartTimeout("10")
        .decisions(startTimer("t", 0)));
    assertThat(event("order-1", runId, 7).decisionTaskScheduledEventAttributes()).isEqualTo(scheduledOn("vip", "10"));

    advance(Duration.ofSeconds(10));

    List<HistoryEvent> events = eventsFrom("order-1", runId, 8);
    assertThat(events).extracting(HistoryEvent::eventType).containsExactly(DECISION_TASK_TIMED_OUT,
        DECISION_TASK_SCHEDULED);
    assertThat(events).extracting(HistoryEvent::eventTimestamp).containsOnly(at(10));
    assertThat(events.get(0).decisionTaskTimedOutEventAttributes()).isEqualTo(DecisionTaskTimedOutEventAttributes
        .builder().timeoutType(DecisionTaskTimeoutType.SCHEDULE_TO_START).scheduledEventId(7L).startedEventId(0L)
        .build());
    assertThat(events.get(1).decisionTaskScheduledEventAttributes()).isEqualTo(scheduledOn(DECIDERS, "NONE"));
    assertThat(pendingDecisions("vip")).isZero();
    assertThat(pendingDecisions(DECIDERS)).isEqualTo(1);
    assertThat(emptyPollDecision("vip").taskToken()).isNull();
  }

  @Test
  void aTemporaryOverrideTaskNotCompletedInTimeTimesOutAndGoesBackToTheOriginalList() {
    startOrder();
    respond(takeDecision().taskToken(), r -> r.taskList(t -> t.name("vip")).taskListScheduleToStartTimeout("10")
        .decisions(startTimer("t", 0)));
    advance(Duration.ofSeconds(5));
    assertThat(pollDecision("vip").taskToken()).isNotNull();

    advance(Duration.ofSeconds(30));

    List<HistoryEvent> events = eventsFrom("order-1", runId, 9);
    assertThat(events).extracting(HistoryEvent::eventType).containsExactly(DECISION_TASK_TIMED_OUT,
        DECISION_TASK_SCHEDULED);
    assertThat(events.get(0).decisionTaskTimedOutEventAttributes().timeoutType())
        .isEqualTo(DecisionTaskTimeoutType.START_TO_CLOSE);
    assertThat(events.get(1).decisionTaskScheduledEventAttributes()).isEqualTo(scheduledOn(DECIDERS, "NONE"));
    assertThat(events.get(1).eventTimestamp()).isEqualTo(at(35));
  }

  @Test
  void aTemporaryOverrideServedInTimeStaysInForce() {
    startOrder();
    respond(takeDecision().taskToken(), r -> r.taskList(t -> t.name("vip")).taskListScheduleToStartTimeout("10")
        .decisions(startTimer("t", 0)));
    advance(Duration.ofSeconds(5));

    respond(pollDecision("vip").taskToken(), r -> r.decisions(startTimer("t2", 0)));

    assertThat(event("order-1", runId, 12).decisionTaskScheduledEventAttributes()).isEqualTo(scheduledOn("vip", "10"));
  }

  @Test
  void aNewOverrideWithoutTimeoutMakesItPermanent() {
    startOrder();
    respond(takeDecision().taskToken(), r -> r.taskList(t -> t.name("vip")).taskListScheduleToStartTimeout("10")
        .decisions(startTimer("t", 0)));

    respond(pollDecision("vip").taskToken(), r -> r.taskList(t -> t.name("gold")).decisions(startTimer("t2", 0)));
    advance(Duration.ofMinutes(5));

    assertThat(event("order-1", runId, 12).decisionTaskScheduledEventAttributes()).isEqualTo(scheduledOn("gold", "NONE"));
    assertThat(types("order-1", runId)).hasSize(12);
  }

  @Test
  void aScheduleToStartTimeoutWithoutATaskListIsRecordedButOverridesNothing() {
    startOrder();

    respond(takeDecision().taskToken(), r -> r.taskListScheduleToStartTimeout("10").decisions(startTimer("t", 0)));
    advance(Duration.ofMinutes(1));

    assertThat(event("order-1", runId, 4).decisionTaskCompletedEventAttributes().taskListScheduleToStartTimeout())
        .isEqualTo("10");
    assertThat(event("order-1", runId, 7).decisionTaskScheduledEventAttributes()).isEqualTo(scheduledOn(DECIDERS, "NONE"));
    assertThat(history("order-1", runId)).hasSize(7);
  }
}
