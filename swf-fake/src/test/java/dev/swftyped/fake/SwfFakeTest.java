package dev.swftyped.fake;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;
import static org.assertj.core.api.Assertions.assertThatNullPointerException;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.services.swf.SwfClient;

/** The test-control side of the fake: building, seeding, diagnostics and reset. */
class SwfFakeTest {
  static final Instant START = Instant.parse("2026-03-01T12:00:00Z");

  static List<String> scenario(SwfFake fake) {
    SwfClient swf = fake.client();
    swf.registerDomain(r -> r.name("d").workflowExecutionRetentionPeriodInDays("1"));
    swf.registerWorkflowType(r -> r.domain("d").name("T").version("1").defaultTaskList(t -> t.name("l"))
        .defaultExecutionStartToCloseTimeout("60").defaultTaskStartToCloseTimeout("5").defaultChildPolicy("ABANDON"));
    String first = swf.startWorkflowExecution(r -> r.domain("d").workflowId("a").workflowType(t -> t.name("T").version("1")))
        .runId();
    String second = swf.startWorkflowExecution(r -> r.domain("d").workflowId("b").workflowType(t -> t.name("T").version("1")))
        .runId();
    String token = swf.listOpenWorkflowExecutions(r -> r.domain("d").startTimeFilter(f -> f.oldestDate(START))
        .maximumPageSize(1)).nextPageToken();
    String requestId = swf.describeDomain(r -> r.name("d")).responseMetadata().requestId();
    return List.of(first, second, token, requestId);
  }

  @Test
  void theSameSeedGivesTheSameIdsAndTokens() {
    List<String> one = scenario(SwfFake.builder().clock(FakeClock.at(START)).seed(42).build());
    List<String> two = scenario(SwfFake.builder().clock(FakeClock.at(START)).seed(42).build());

    assertThat(one).isEqualTo(two);
  }

  @Test
  void differentSeedsOrNoSeedGiveDifferentIds() {
    List<String> seeded = scenario(SwfFake.builder().clock(FakeClock.at(START)).seed(42).build());
    List<String> other = scenario(SwfFake.builder().clock(FakeClock.at(START)).seed(43).build());
    List<String> random = scenario(SwfFake.builder().clock(FakeClock.at(START)).build());

    assertThat(other.get(0)).isNotEqualTo(seeded.get(0));
    assertThat(random.get(0)).isNotEqualTo(seeded.get(0)).isNotEqualTo(other.get(0));
  }

  @Test
  void resetForgetsEverythingAndRestartsTheSeed() {
    SwfFake fake = SwfFake.builder().clock(FakeClock.at(START)).seed(42).build();
    List<String> before = scenario(fake);

    fake.reset();

    assertThat(fake.toString()).isEqualTo("SwfFake{domains=0, open=0, closed=0}");
    assertThat(scenario(fake)).isEqualTo(before);
  }

  @Test
  void diagnosticsShowEveryExecutionWithItsHistory() {
    FakeClock clock = FakeClock.at(START);
    SwfFake fake = SwfFake.builder().clock(clock).seed(1).build();
    scenario(fake);
    fake.client().signalWorkflowExecution(r -> r.domain("d").workflowId("a").signalName("paid").input("42"));
    clock.advance(Duration.ofSeconds(5));
    fake.client().terminateWorkflowExecution(r -> r.domain("d").workflowId("b").reason("done"));

    String diagnostics = fake.diagnostics();

    assertThat(diagnostics)
        .startsWith("SwfFake at 2026-03-01T12:00:05Z: 1 domain\n"
            + "Domain d (REGISTERED, retention 1 days)\n"
            + "  workflow type T 1 (REGISTERED)\n"
            + "  execution a run ")
        .contains(" of T 1: OPEN, started 2026-03-01T12:00:00Z\n"
            + "    decision task scheduled on l (event 2), waiting for a decider\n"
            + "    1 2026-03-01T12:00:00Z WorkflowExecutionStarted(workflowType=T 1, executionStartToCloseTimeout=60, "
            + "taskStartToCloseTimeout=5, taskList=l, childPolicy=ABANDON, parentInitiatedEventId=0)\n"
            + "    2 2026-03-01T12:00:00Z DecisionTaskScheduled(taskList=l, startToCloseTimeout=5, "
            + "scheduleToStartTimeout=NONE)\n"
            + "    3 2026-03-01T12:00:00Z WorkflowExecutionSignaled(signalName=paid, input=42, "
            + "externalInitiatedEventId=0)\n")
        .contains(": CLOSED TERMINATED, started 2026-03-01T12:00:00Z, closed 2026-03-01T12:00:05Z\n")
        .endsWith("    3 2026-03-01T12:00:05Z WorkflowExecutionTerminated(reason=done, childPolicy=ABANDON, "
            + "cause=OPERATOR_INITIATED)\n");
  }

  @Test
  void diagnosticsOfAnEmptyFakeSayItIsEmpty() {
    assertThat(SwfFake.builder().clock(FakeClock.at(START)).build().diagnostics())
        .isEqualTo("SwfFake at 2026-03-01T12:00:00Z: no domains\n");
  }

  @Test
  void toStringCountsDomainsAndExecutions() {
    SwfFake fake = SwfFake.builder().clock(FakeClock.at(START)).build();
    scenario(fake);
    fake.client().terminateWorkflowExecution(r -> r.domain("d").workflowId("a"));

    assertThat(fake).hasToString("SwfFake{domains=1, open=1, closed=1}");
  }

  @Test
  void theClientIsTheSameObjectEveryTime() {
    SwfFake fake = SwfFake.create();

    assertThat(fake.client()).isSameAs(fake.client());
    assertThat(fake.client().serviceName()).isEqualTo("swf");
    assertThat(fake.client().serviceClientConfiguration()).isNotNull();
  }

  @Test
  void builderRejectsNonsense() {
    assertThatNullPointerException().isThrownBy(() -> SwfFake.builder().clock(null)).withMessage("clock");
    assertThatIllegalArgumentException().isThrownBy(() -> SwfFake.builder().region(" "))
        .withMessage("region must not be blank");
    assertThatIllegalArgumentException().isThrownBy(() -> SwfFake.builder().openExecutionLimit(0))
        .withMessage("open execution limit must be at least 1: 0");
    assertThatIllegalArgumentException().isThrownBy(() -> SwfFake.builder().countTruncationThreshold(-1))
        .withMessage("count truncation threshold must not be negative: -1");
  }

  @Test
  void fakeClocksMoveOnlyWhenTold() {
    FakeClock clock = FakeClock.at(START);

    assertThat(clock.instant()).isEqualTo(START);
    assertThat(clock.advance(Duration.ofMinutes(3)).instant()).isEqualTo(START.plusSeconds(180));
    assertThat(clock.set(START.minusSeconds(1)).instant()).isEqualTo(START.minusSeconds(1));
    assertThat(clock.millis()).isEqualTo(START.minusSeconds(1).toEpochMilli());
    assertThat(clock).hasToString("FakeClock[2026-03-01T11:59:59Z]");
    assertThat(clock.getZone()).isEqualTo(java.time.ZoneOffset.UTC);
    assertThat(clock.withZone(java.time.ZoneId.of("Europe/Paris")).instant()).isEqualTo(clock.instant());
  }

  @Test
  void fakeClocksOnlyAdvanceForwards() {
    assertThatIllegalArgumentException().isThrownBy(() -> FakeClock.at(START).advance(Duration.ofSeconds(-1)))
        .withMessage("a clock can only be advanced by a non-negative duration, not PT-1S; use set(Instant) to move it "
            + "back");
  }
}
