package dev.swftyped.fake;

import static org.assertj.core.api.Assertions.assertThat;
import static software.amazon.awssdk.services.swf.model.EventType.ACTIVITY_TASK_TIMED_OUT;
import static software.amazon.awssdk.services.swf.model.EventType.DECISION_TASK_SCHEDULED;
import static software.amazon.awssdk.services.swf.model.EventType.DECISION_TASK_TIMED_OUT;
import static software.amazon.awssdk.services.swf.model.EventType.TIMER_FIRED;
import static software.amazon.awssdk.services.swf.model.EventType.WORKFLOW_EXECUTION_TIMED_OUT;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.services.swf.model.HistoryEvent;
import software.amazon.awssdk.services.swf.model.PollForDecisionTaskResponse;
import software.amazon.awssdk.services.swf.model.UnknownResourceException;

/** Effects of time: when they apply, their timestamps, their order at equal due times (TO-1 to TO-3). */
@FakeOnly("moves the fake's clock through timers and timeouts")
class TimeEffectsContractTest extends TaskPlaneContract {

  @Test
  void oneClockMoveAppliesEveryDueEffectInDueOrderEachStampedWithItsDueTime() {
    registerAll();
    String runId = start("order-1");
    decideNext(startTimer("late", 30), scheduleActivity("a1", a -> a.scheduleToStartTimeout("20")),
        startTimer("early", 10));

    advance(Duration.ofSeconds(45));

    List<HistoryEvent> events = eventsFrom("order-1", runId, 8);
    assertThat(events).extracting(HistoryEvent::eventType).containsExactly(TIMER_FIRED, DECISION_TASK_SCHEDULED,
        ACTIVITY_TASK_TIMED_OUT, TIMER_FIRED);
    assertThat(events).extracting(HistoryEvent::eventTimestamp).containsExactly(at(10), at(10), at(20), at(30));
    assertThat(history("order-1", runId)).extracting(HistoryEvent::eventTimestamp).isSorted();
  }

  @Test
  void aDecisionTaskTimeoutBetweenOtherEffectsIsStampedWithItsOwnDueTime() {
    registerDomainAndType();
    String runId = start("order-1");
    decideNext(startTimer("t", 10), startTimer("u", 50));
    takeDecisionAfter(Duration.ofSeconds(10));

    advance(Duration.ofMinutes(5));

    List<HistoryEvent> events = eventsFrom("order-1", runId, 10);
    assertThat(events).extracting(HistoryEvent::eventType).containsExactly(DECISION_TASK_TIMED_OUT,
        DECISION_TASK_SCHEDULED, TIMER_FIRED);
    assertThat(events).extracting(HistoryEvent::eventTimestamp).containsExactly(at(40), at(40), at(50));
  }

  private PollForDecisionTaskResponse takeDecisionAfter(Duration wait) {
    advance(wait);
    return takeDecision();
  }

  @Test
  void aTimerDueWithTheExecutionDeadlineFiresFirst() {
    registerDomainAndType();
    String runId = start("order-1", r -> r.executionStartToCloseTimeout("60"));
    decideNext(startTimer("t", 60));

    advance(Duration.ofSeconds(60));

    List<HistoryEvent> events = eventsFrom("order-1", runId, 6);
    assertThat(events).extracting(HistoryEvent::eventType).containsExactly(TIMER_FIRED, DECISION_TASK_SCHEDULED,
        WORKFLOW_EXECUTION_TIMED_OUT);
    assertThat(events).extracting(HistoryEvent::eventTimestamp).containsOnly(at(60));
    assertThat(describe("order-1", runId).executionInfo().closeTimestamp()).isEqualTo(at(60));
  }

  @Test
  void effectsOfARunThatTimedOutMeanwhileAreDropped() {
    registerAll();
    String runId = start("order-1", r -> r.executionStartToCloseTimeout("20"));
    decideNext(startTimer("t", 30), scheduleActivity("a1", a -> a.scheduleToStartTimeout("25")));

    advance(Duration.ofMinutes(1));

    assertThat(typesFrom("order-1", runId, 7)).containsExactly(WORKFLOW_EXECUTION_TIMED_OUT);
    assertThat(event("order-1", runId, 7).eventTimestamp()).isEqualTo(at(20));
    assertThat(openCounts("order-1", runId)).isEqualTo(counts(0, 1, 1, 0));
  }

  @Test
  void aResponseAtTheDecisionTasksDueTimeLoses() {
    registerDomainAndType();
    String runId = start("order-1");
    PollForDecisionTaskResponse task = takeDecision();
    advance(Duration.ofSeconds(30));

    fault(() -> decide(task.taskToken(), complete(null)), UnknownResourceException.class, "UnknownResourceFault",
        "Unknown decision task, scheduledEventId = 2");
    assertThat(typesFrom("order-1", runId, 4)).containsExactly(DECISION_TASK_TIMED_OUT, DECISION_TASK_SCHEDULED);
  }

  @Test
  void aPollAppliesDueEffectsBeforeItLooksForATask() {
    registerDomainAndType();
    start("order-1");
    decideNext(startTimer("t", 10));
    clock.set(START.plusSeconds(10));

    PollForDecisionTaskResponse task = takeDecision();

    assertThat(task.events()).extracting(HistoryEvent::eventType).contains(TIMER_FIRED);
    assertThat(task.events().get(task.events().size() - 1).eventTimestamp()).isEqualTo(at(10));
  }

  @Test
  void timeStandsStillWithoutTheTestMovingTheClock() {
    registerDomainAndType();
    String runId = start("order-1");
    decideNext(startTimer("t", 1));

    for (int i = 0; i < 5; i++) {
      assertThat(pollDecision().taskToken()).isNull();
    }

    assertThat(history("order-1", runId)).hasSize(5);
    assertThat(history("order-1", runId)).extracting(HistoryEvent::eventTimestamp).containsOnly(Instant.from(START));
  }

  @Test
  void aTimerAndADecisionTaskTimeoutAtOneInstantComeInTheOrderTheyWereCreated() {
    registerDomainAndType();
    String runId = start("order-1");
    decideNext(startTimer("t", 30), startTimer("now", 0));
    takeDecision();

    advance(Duration.ofSeconds(30));

    assertThat(typesFrom("order-1", runId, 10)).containsExactly(TIMER_FIRED, DECISION_TASK_SCHEDULED,
        DECISION_TASK_TIMED_OUT);
    assertThat(eventsFrom("order-1", runId, 10)).extracting(HistoryEvent::eventTimestamp).containsOnly(at(30));
  }

  @Test
  void aDecisionTaskTimeoutAtTheExecutionDeadlineComesBeforeTheRunTimesOut() {
    registerDomainAndType();
    String runId = start("order-1", r -> r.executionStartToCloseTimeout("30"));
    takeDecision();

    advance(Duration.ofSeconds(30));

    assertThat(typesFrom("order-1", runId, 4)).containsExactly(DECISION_TASK_TIMED_OUT, DECISION_TASK_SCHEDULED,
        WORKFLOW_EXECUTION_TIMED_OUT);
    assertThat(openCounts("order-1", runId).openDecisionTasks()).isEqualTo(1);
    assertThat(pendingDecisions(DECIDERS)).isZero();
  }

  @Test
  void anActivityTimeoutDuringAStartedDecisionTaskSchedulesTheNextAtOnce() {
    registerAll();
    String runId = start("order-1");
    decideNext(scheduleActivity("a1", a -> a.scheduleToStartTimeout("5")), startTimer("t", 0));
    PollForDecisionTaskResponse task = takeDecision();

    advance(Duration.ofSeconds(5));
    decide(task.taskToken());

    assertThat(typesFrom("order-1", runId, 10)).containsExactly(ACTIVITY_TASK_TIMED_OUT, DECISION_TASK_SCHEDULED,
        software.amazon.awssdk.services.swf.model.EventType.DECISION_TASK_COMPLETED);
  }
}
