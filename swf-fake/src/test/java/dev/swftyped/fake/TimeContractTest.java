package dev.swftyped.fake;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.services.swf.model.ChildPolicy;
import software.amazon.awssdk.services.swf.model.CloseStatus;
import software.amazon.awssdk.services.swf.model.EventType;
import software.amazon.awssdk.services.swf.model.HistoryEvent;
import software.amazon.awssdk.services.swf.model.UnknownResourceException;
import software.amazon.awssdk.services.swf.model.WorkflowExecutionInfo;
import software.amazon.awssdk.services.swf.model.WorkflowExecutionTimedOutEventAttributes;
import software.amazon.awssdk.services.swf.model.WorkflowExecutionTimeoutType;

/** Time on the fake's clock: execution timeouts and retention, and nothing without the clock. */
@FakeOnly("moves the fake's clock through execution timeouts and retention periods")
class TimeContractTest extends ContractTest {

  @Test
  void aRunTimesOutAtItsDeadlineEvenWhenTheClockHasGoneFurther() {
    registerDomainAndType();
    String runId = start("order-1", r -> r.executionStartToCloseTimeout("60").childPolicy(ChildPolicy.ABANDON));

    advance(Duration.ofHours(2));

    WorkflowExecutionInfo info = describe("order-1", runId).executionInfo();
    assertThat(info.closeStatus()).isEqualTo(CloseStatus.TIMED_OUT);
    assertThat(info.closeTimestamp()).isEqualTo(START.plusSeconds(60));
    List<HistoryEvent> history = history("order-1", runId);
    HistoryEvent timedOut = history.get(history.size() - 1);
    assertThat(timedOut.eventType()).isEqualTo(EventType.WORKFLOW_EXECUTION_TIMED_OUT);
    assertThat(timedOut.eventTimestamp()).isEqualTo(START.plusSeconds(60));
    assertThat(timedOut.workflowExecutionTimedOutEventAttributes())
        .isEqualTo(WorkflowExecutionTimedOutEventAttributes.builder()
            .timeoutType(WorkflowExecutionTimeoutType.START_TO_CLOSE).childPolicy(ChildPolicy.ABANDON).build());
  }

  @Test
  void aRunIsOpenUntilTheMillisecondOfItsDeadline() {
    registerDomainAndType();
    String runId = start("order-1", r -> r.executionStartToCloseTimeout("60"));

    advance(Duration.ofSeconds(60).minusMillis(1));
    assertThat(describe("order-1", runId).executionInfo().executionStatusAsString()).isEqualTo("OPEN");
    advance(Duration.ofMillis(1));
    assertThat(describe("order-1", runId).executionInfo().executionStatusAsString()).isEqualTo("CLOSED");
  }

  @Test
  void nothingHappensWhileTheClockStandsStill() throws InterruptedException {
    registerDomainAndType();
    String runId = start("order-1", r -> r.executionStartToCloseTimeout("1"));
    Thread.sleep(20);

    assertThat(fake.toString()).isEqualTo("SwfFake{domains=1, open=1, closed=0}");
    assertThat(describe("order-1", runId).executionInfo().executionStatusAsString()).isEqualTo("OPEN");
    advance(Duration.ofSeconds(1));
    assertThat(describe("order-1", runId).executionInfo().closeStatus()).isEqualTo(CloseStatus.TIMED_OUT);
  }

  @Test
  void aTimedOutRunCannotBeSignalledAndItsWorkflowIdIsFreeAgain() {
    registerDomainAndType();
    start("order-1", r -> r.executionStartToCloseTimeout("10"));
    advance(Duration.ofSeconds(10));

    fault(() -> swf.signalWorkflowExecution(r -> r.domain(DOMAIN).workflowId("order-1").signalName("s")),
        UnknownResourceException.class, "UnknownResourceFault", "Unknown execution, workflowId = order-1");
    start("order-1");
  }

  @Test
  void timeoutsAreAppliedInDeadlineOrder() {
    registerDomainAndType();
    start("late", r -> r.executionStartToCloseTimeout("20"));
    start("early", r -> r.executionStartToCloseTimeout("10"));
    advance(Duration.ofMinutes(1));

    List<String> byCloseTime = swf.listClosedWorkflowExecutions(r -> r.domain(DOMAIN)
            .closeTimeFilter(f -> f.oldestDate(START)).reverseOrder(true)).executionInfos().stream()
        .map(info -> info.execution().workflowId() + "@" + info.closeTimestamp())
        .toList();

    assertThat(byCloseTime).containsExactly("early@" + START.plusSeconds(10), "late@" + START.plusSeconds(20));
  }

  @Test
  void closedRunsDisappearWhenTheirRetentionPeriodEnds() {
    swf.registerDomain(r -> r.name(DOMAIN).workflowExecutionRetentionPeriodInDays("1"));
    registerOrderType(DOMAIN);
    String runId = start("order-1");
    swf.terminateWorkflowExecution(r -> r.domain(DOMAIN).workflowId("order-1"));

    advance(Duration.ofDays(1).minusMillis(1));
    assertThat(history("order-1", runId)).hasSize(3);
    advance(Duration.ofMillis(1));

    fault(() -> describe("order-1", runId), UnknownResourceException.class, "UnknownResourceFault",
        "Unknown execution: WorkflowExecution=[workflowId=order-1, runId=" + runId + "]");
    fault(() -> history("order-1", runId), UnknownResourceException.class, "UnknownResourceFault",
        "Unknown execution: WorkflowExecution=[workflowId=order-1, runId=" + runId + "]");
    assertThat(swf.listClosedWorkflowExecutions(r -> r.domain(DOMAIN).startTimeFilter(f -> f.oldestDate(START)))
        .executionInfos()).isEmpty();
    assertThat(swf.countClosedWorkflowExecutions(r -> r.domain(DOMAIN).startTimeFilter(f -> f.oldestDate(START)))
        .count()).isZero();
  }

  @Test
  void aRetentionOfZeroOrNoneKeepsNothingOnceARunCloses() {
    for (String retention : List.of("0", "NONE")) {
      String domain = "keep-" + retention;
      swf.registerDomain(r -> r.name(domain).workflowExecutionRetentionPeriodInDays(retention));
      registerOrderType(domain);
      String runId = swf.startWorkflowExecution(r -> r.domain(domain).workflowId("w").workflowType(ORDER)).runId();

      swf.terminateWorkflowExecution(r -> r.domain(domain).workflowId("w"));

      fault(() -> swf.describeWorkflowExecution(r -> r.domain(domain).execution(run("w", runId))),
          UnknownResourceException.class, "UnknownResourceFault",
          "Unknown execution: WorkflowExecution=[workflowId=w, runId=" + runId + "]");
    }
  }

  @Test
  void openRunsAreNeverRemovedByRetention() {
    swf.registerDomain(r -> r.name(DOMAIN).workflowExecutionRetentionPeriodInDays("0"));
    registerOrderType(DOMAIN);
    String runId = start("order-1", r -> r.executionStartToCloseTimeout("31536000"));

    advance(Duration.ofDays(300));

    assertThat(describe("order-1", runId).executionInfo().executionStatusAsString()).isEqualTo("OPEN");
  }

  @Test
  void timestampsAreKeptToTheMillisecond() {
    clock.set(Instant.parse("2026-03-01T12:00:00.123456789Z"));
    registerDomainAndType();

    String runId = start("order-1");

    assertThat(describe("order-1", runId).executionInfo().startTimestamp())
        .isEqualTo(Instant.parse("2026-03-01T12:00:00.123Z"));
  }

  @Test
  void theClockCanBeSetBackwards() {
    registerDomainAndType();
    start("later");
    clock.set(START.minus(Duration.ofHours(1)));
    start("earlier");

    assertThat(swf.listOpenWorkflowExecutions(r -> r.domain(DOMAIN).startTimeFilter(f -> f.oldestDate(Instant.EPOCH)))
        .executionInfos()).extracting(info -> info.execution().workflowId()).containsExactly("later", "earlier");
  }

  @Test
  void aFakeWithoutAClockReadsTheSystemClock() {
    SwfFake system = SwfFake.create();
    Instant before = Instant.now();
    system.client().registerDomain(r -> r.name(DOMAIN).workflowExecutionRetentionPeriodInDays("1"));
    system.client().registerWorkflowType(r -> r.domain(DOMAIN).name("Order").version("1"));

    Instant created = system.client().describeWorkflowType(r -> r.domain(DOMAIN).workflowType(ORDER)).typeInfo()
        .creationDate();

    assertThat(system.clock()).isEqualTo(Clock.systemUTC());
    assertThat(created).isBetween(before.minusMillis(1), Instant.now());
  }
}
