package dev.swftyped.fake;

import static org.assertj.core.api.Assertions.assertThat;
import static software.amazon.awssdk.services.swf.model.EventType.CANCEL_TIMER_FAILED;
import static software.amazon.awssdk.services.swf.model.EventType.DECISION_TASK_COMPLETED;
import static software.amazon.awssdk.services.swf.model.EventType.DECISION_TASK_SCHEDULED;
import static software.amazon.awssdk.services.swf.model.EventType.MARKER_RECORDED;
import static software.amazon.awssdk.services.swf.model.EventType.START_TIMER_FAILED;
import static software.amazon.awssdk.services.swf.model.EventType.TIMER_CANCELED;
import static software.amazon.awssdk.services.swf.model.EventType.TIMER_FIRED;
import static software.amazon.awssdk.services.swf.model.EventType.TIMER_STARTED;

import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.services.swf.model.CancelTimerFailedEventAttributes;
import software.amazon.awssdk.services.swf.model.Decision;
import software.amazon.awssdk.services.swf.model.DecisionType;
import software.amazon.awssdk.services.swf.model.HistoryEvent;
import software.amazon.awssdk.services.swf.model.StartTimerFailedEventAttributes;
import software.amazon.awssdk.services.swf.model.TimerCanceledEventAttributes;
import software.amazon.awssdk.services.swf.model.TimerFiredEventAttributes;
import software.amazon.awssdk.services.swf.model.TimerStartedEventAttributes;

/** StartTimer and CancelTimer (D-8, D-9) and timers firing on the fake's clock (TM-1 to TM-3). */
class TimerContractTest extends TaskPlaneContract {
  private String runId;

  @Override
  SwfFake.Builder configure(SwfFake.Builder builder) {
    return super.configure(builder).openTimerLimit(2);
  }

  void startOrder() {
    registerDomainAndType();
    runId = start("order-1", r -> r.executionStartToCloseTimeout("86400"));
  }

  @Test
  void aTimerIsRecordedWithoutControlAndFiresAtItsDueTimeWithADecisionTask() {
    startOrder();
    advance(Duration.ofSeconds(1));

    decideNext(startTimer("wait", 2));

    assertThat(event("order-1", runId, 5).timerStartedEventAttributes()).isEqualTo(TimerStartedEventAttributes
        .builder().timerId("wait").startToFireTimeout("2").decisionTaskCompletedEventId(4L).build());
    assertThat(openCounts("order-1", runId)).isEqualTo(counts(0, 0, 1, 0));
    advance(Duration.ofMillis(1999));
    assertThat(history("order-1", runId)).hasSize(5);
    assertThat(pendingDecisions(DECIDERS)).isZero();

    advance(Duration.ofMillis(1));

    List<HistoryEvent> events = eventsFrom("order-1", runId, 6);
    assertThat(events).extracting(HistoryEvent::eventType).containsExactly(TIMER_FIRED, DECISION_TASK_SCHEDULED);
    assertThat(events).extracting(HistoryEvent::eventTimestamp).containsOnly(at(3));
    assertThat(events.get(0).timerFiredEventAttributes()).isEqualTo(TimerFiredEventAttributes.builder()
        .timerId("wait").startedEventId(5L).build());
    assertThat(openCounts("order-1", runId)).isEqualTo(counts(1, 0, 0, 0));
  }

  @Test
  void aTimerKeepsItsControl() {
    startOrder();

    decideNext(Decision.builder().decisionType(DecisionType.START_TIMER)
        .startTimerDecisionAttributes(a -> a.timerId("t").startToFireTimeout("5").control("retry-1")).build());

    assertThat(event("order-1", runId, 5).timerStartedEventAttributes().control()).isEqualTo("retry-1");
  }

  @Test
  void aZeroSecondTimerFiresAtOnceAfterTheBatch() {
    startOrder();
    advance(Duration.ofSeconds(4));

    decideNext(startTimer("now", 0), marker("after", null));

    List<HistoryEvent> events = eventsFrom("order-1", runId, 4);
    assertThat(events).extracting(HistoryEvent::eventType).containsExactly(DECISION_TASK_COMPLETED, TIMER_STARTED,
        MARKER_RECORDED, TIMER_FIRED, DECISION_TASK_SCHEDULED);
    assertThat(events).extracting(HistoryEvent::eventTimestamp).containsOnly(at(4));
  }

  @Test
  void timersWithOneDueTimeFireInTheOrderTheyStarted() {
    startOrder();

    decideNext(startTimer("b", 10), startTimer("a", 10));
    advance(Duration.ofSeconds(10));

    List<HistoryEvent> events = eventsFrom("order-1", runId, 7);
    assertThat(events).extracting(HistoryEvent::eventType).containsExactly(TIMER_FIRED, DECISION_TASK_SCHEDULED,
        TIMER_FIRED);
    assertThat(events.get(0).timerFiredEventAttributes().timerId()).isEqualTo("b");
    assertThat(events.get(2).timerFiredEventAttributes().timerId()).isEqualTo("a");
  }

  @Test
  void anOpenTimersIdCannotBeStartedAgain() {
    startOrder();

    decideNext(startTimer("t", 60), startTimer("t", 5));

    assertThat(typesFrom("order-1", runId, 4)).containsExactly(DECISION_TASK_COMPLETED, TIMER_STARTED,
        START_TIMER_FAILED, DECISION_TASK_SCHEDULED);
    assertThat(event("order-1", runId, 6).startTimerFailedEventAttributes()).isEqualTo(StartTimerFailedEventAttributes
        .builder().timerId("t").cause("TIMER_ID_ALREADY_IN_USE").decisionTaskCompletedEventId(4L).build());
  }

  @Test
  @FakeOnly("needs the fake's quota of 2 open timers (SWF's is 1,000)")
  void theOpenTimerLimitFailsTheNextTimer() {
    startOrder();

    decideNext(startTimer("a", 60), startTimer("b", 60), startTimer("c", 60));

    assertThat(event("order-1", runId, 7).startTimerFailedEventAttributes()).isEqualTo(StartTimerFailedEventAttributes
        .builder().timerId("c").cause("OPEN_TIMERS_LIMIT_EXCEEDED").decisionTaskCompletedEventId(4L).build());
    assertThat(openCounts("order-1", runId).openTimers()).isEqualTo(2);
  }

  @Test
  void aTimerIdMayBeReusedAfterItFiredOrWasCanceledAndMayContainSpaces() {
    startOrder();
    decideNext(startTimer("step one", 0));
    decideNext(startTimer("step one", 0));
    decideNext(startTimer("step one", 60), startTimer("other", 0));
    decideNext(cancelTimer("step one"), startTimer("step one", 0));

    assertThat(history("order-1", runId).stream()
        .filter(e -> e.eventType() == TIMER_STARTED)
        .map(e -> e.timerStartedEventAttributes().timerId())).containsExactly("step one", "step one", "step one",
        "other", "step one");
    assertThat(types("order-1", runId)).doesNotContain(START_TIMER_FAILED);
  }

  @Test
  void cancellingAnOpenTimerRecordsItsStartedEventAndSchedulesNothing() {
    startOrder();
    decideNext(startTimer("t", 60), startTimer("tick", 0));
    advance(Duration.ofSeconds(5));

    decideNext(cancelTimer("t"));

    List<HistoryEvent> events = eventsFrom("order-1", runId, 10);
    assertThat(events).extracting(HistoryEvent::eventType).containsExactly(DECISION_TASK_COMPLETED, TIMER_CANCELED);
    assertThat(events.get(1).timerCanceledEventAttributes()).isEqualTo(TimerCanceledEventAttributes.builder()
        .timerId("t").startedEventId(5L).decisionTaskCompletedEventId(10L).build());
    assertThat(events.get(1).eventTimestamp()).isEqualTo(at(5));
    assertThat(openCounts("order-1", runId)).isEqualTo(counts(0, 0, 0, 0));
    advance(Duration.ofMinutes(5));
    assertThat(history("order-1", runId)).as("a canceled timer never fires").hasSize(11);
  }

  @Test
  void cancellingATimerThatIsNotOpenFails() {
    startOrder();
    decideNext(startTimer("fired", 0));

    decideNext(cancelTimer("fired"), cancelTimer("never"));

    List<HistoryEvent> events = eventsFrom("order-1", runId, 9);
    assertThat(events).extracting(HistoryEvent::eventType).containsExactly(DECISION_TASK_COMPLETED,
        CANCEL_TIMER_FAILED, CANCEL_TIMER_FAILED, DECISION_TASK_SCHEDULED);
    assertThat(events.get(1).cancelTimerFailedEventAttributes()).isEqualTo(CancelTimerFailedEventAttributes.builder()
        .timerId("fired").cause("TIMER_ID_UNKNOWN").decisionTaskCompletedEventId(9L).build());
    assertThat(events.get(2).cancelTimerFailedEventAttributes().timerId()).isEqualTo("never");
  }

  @Test
  void cancellingATimerTwiceInOneBatchFailsTheSecondTime() {
    startOrder();
    decideNext(startTimer("t", 60), startTimer("tick", 0));

    decideNext(cancelTimer("t"), cancelTimer("t"));

    assertThat(typesFrom("order-1", runId, 10)).containsExactly(DECISION_TASK_COMPLETED, TIMER_CANCELED,
        CANCEL_TIMER_FAILED, DECISION_TASK_SCHEDULED);
  }

  @Test
  void timersOfAClosedRunNeverFireAndTheirCountFreezes() {
    startOrder();
    decideNext(startTimer("t", 60));

    swf.terminateWorkflowExecution(r -> r.domain(DOMAIN).workflowId("order-1"));
    advance(Duration.ofMinutes(2));

    assertThat(types("order-1", runId)).doesNotContain(TIMER_FIRED);
    assertThat(openCounts("order-1", runId).openTimers()).isEqualTo(1);
  }
}
