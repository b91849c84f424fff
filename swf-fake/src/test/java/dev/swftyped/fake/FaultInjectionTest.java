package dev.swftyped.fake;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.time.Duration;
import java.time.Instant;
import java.util.concurrent.CompletionException;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.core.exception.SdkClientException;
import software.amazon.awssdk.services.swf.SwfClient;
import software.amazon.awssdk.services.swf.model.StartWorkflowExecutionRequest;
import software.amazon.awssdk.services.swf.model.SwfException;
import software.amazon.awssdk.services.swf.model.WorkflowExecutionAlreadyStartedException;

/** Injected faults hit the calls they select, as SWF fails, and are recorded with the calls. */
class FaultInjectionTest {
  private static final Instant START = Instant.parse("2026-03-01T12:00:00Z");

  private FakeClock clock;
  private SwfFake fake;
  private SwfClient swf;

  @BeforeEach
  void newFake() {
    clock = FakeClock.at(START);
    fake = SwfFake.builder().clock(clock).seed(5).build();
    swf = fake.client();
    swf.registerDomain(r -> r.name("d").workflowExecutionRetentionPeriodInDays("1"));
    swf.registerWorkflowType(r -> r.domain("d").name("T").version("1").defaultTaskList(t -> t.name("l"))
        .defaultExecutionStartToCloseTimeout("3600").defaultTaskStartToCloseTimeout("30").defaultChildPolicy("TERMINATE"));
  }

  private StartWorkflowExecutionRequest start(String workflowId) {
    return StartWorkflowExecutionRequest.builder().domain("d").workflowId(workflowId)
        .workflowType(t -> t.name("T").version("1")).build();
  }

  @Test
  void throttlingFailsTheCallAsSwfDoesAndChangesNothing() {
    InjectedFault fault = fake.inject(Fault.throttling(), Calls.to("StartWorkflowExecution").once());

    SwfException throttled = catchThrowableOfType(SwfException.class, () -> swf.startWorkflowExecution(start("w")));

    assertThat(throttled.awsErrorDetails().errorCode()).isEqualTo("ThrottlingException");
    assertThat(throttled.awsErrorDetails().errorMessage()).isEqualTo("Rate exceeded");
    assertThat(throttled.statusCode()).isEqualTo(400);
    assertThat(throttled.isThrottlingException()).isTrue();
    assertThat(fault.hits()).isEqualTo(1);
    // once: the next start goes through, and the throttled one had changed nothing
    assertThat(swf.startWorkflowExecution(start("w")).runId()).isNotEmpty();
  }

  @Test
  void anInternalErrorIsAnHttp500() {
    fake.inject(Fault.internalError(), Calls.all().once());

    SwfException failed = catchThrowableOfType(SwfException.class, () -> swf.describeDomain(r -> r.name("d")));

    assertThat(failed.awsErrorDetails().errorCode()).isEqualTo("InternalFailure");
    assertThat(failed.statusCode()).isEqualTo(500);
  }

  @Test
  void aLostResponseTakesEffectWhileTheCallerSeesABrokenConnection() {
    fake.inject(Fault.lostResponse(), Calls.to("StartWorkflowExecution").once());

    assertThatThrownBy(() -> swf.startWorkflowExecution(start("w")))
        .isInstanceOf(SdkClientException.class)
        .hasMessageContaining("lost response")
        .hasCauseInstanceOf(java.io.IOException.class);
    // the start took effect: a client that retries now sees the run it started
    assertThatThrownBy(() -> swf.startWorkflowExecution(start("w")))
        .isInstanceOf(WorkflowExecutionAlreadyStartedException.class);
  }

  @Test
  void theNthMatchingCallIsHitAndNoOther() {
    fake.inject(Fault.throttling(), Calls.to("StartWorkflowExecution").nth(2));

    swf.startWorkflowExecution(start("a"));
    assertThatThrownBy(() -> swf.startWorkflowExecution(start("b"))).isInstanceOf(SwfException.class);
    swf.startWorkflowExecution(start("c"));
    swf.startWorkflowExecution(start("d"));
  }

  @Test
  void aPredicateSelectsCallsByTheirRequest() {
    fake.inject(Fault.throttling(), Calls.to("StartWorkflowExecution")
        .matching(request -> ((StartWorkflowExecutionRequest) request).workflowId().startsWith("vip-")));

    swf.startWorkflowExecution(start("plain"));
    assertThatThrownBy(() -> swf.startWorkflowExecution(start("vip-1"))).isInstanceOf(SwfException.class);
    assertThatThrownBy(() -> swf.startWorkflowExecution(start("vip-2"))).isInstanceOf(SwfException.class);
  }

  @Test
  void aProbabilityWithASeedHitsTheSameCallsEveryRun() {
    String first = hitsOfTwentyCalls();
    String second = hitsOfTwentyCalls();

    assertThat(first).isEqualTo(second).contains("x").contains(".");
  }

  private static String hitsOfTwentyCalls() {
    SwfFake seeded = SwfFake.builder().clock(FakeClock.at(START)).seed(9).build();
    seeded.client().registerDomain(r -> r.name("d").workflowExecutionRetentionPeriodInDays("1"));
    seeded.inject(Fault.internalError(), Calls.to("DescribeDomain").withProbability(0.5));
    StringBuilder hits = new StringBuilder();
    for (int i = 0; i < 20; i++) {
      try {
        seeded.client().describeDomain(r -> r.name("d"));
        hits.append('.');
      } catch (SwfException e) {
        hits.append('x');
      }
    }
    return hits.toString();
  }

  @Test
  void aDelayInFakeTimeMovesTheClockBeforeTheCallApplies() {
    fake.inject(Fault.fakeTimeDelay(Duration.ofMinutes(5)), Calls.to("StartWorkflowExecution").once());

    swf.startWorkflowExecution(start("w"));

    assertThat(clock.instant()).isEqualTo(START.plus(Duration.ofMinutes(5)));
    assertThat(swf.listOpenWorkflowExecutions(r -> r.domain("d").startTimeFilter(f -> f.oldestDate(START)))
        .executionInfos().get(0).startTimestamp()).isEqualTo(START.plus(Duration.ofMinutes(5)));
  }

  @Test
  void aDelayInRealTimeAnswersTheCallAfterThePause() {
    fake.inject(Fault.delay(Duration.ofMillis(50)), Calls.to("DescribeDomain").once());

    long before = System.nanoTime();
    swf.describeDomain(r -> r.name("d"));

    assertThat(System.nanoTime() - before).isGreaterThanOrEqualTo(Duration.ofMillis(50).toNanos());
  }

  @Test
  void aFaultInFakeTimeNeedsAFakeClock() {
    assertThatThrownBy(() -> SwfFake.create().inject(Fault.fakeTimeDelay(Duration.ofSeconds(1)), Calls.all()))
        .isInstanceOf(IllegalStateException.class)
        .hasMessageContaining("FakeClock");
  }

  @Test
  void anOperationSwfDoesNotHaveIsRefused() {
    assertThatThrownBy(() -> fake.inject(Fault.throttling(), Calls.to("StartExecution")))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("SWF has no operation StartExecution (names are like StartWorkflowExecution)");
  }

  @Test
  void aRemovedFaultHitsNothingMore() {
    InjectedFault fault = fake.inject(Fault.throttling(), Calls.all());
    assertThatThrownBy(() -> swf.describeDomain(r -> r.name("d"))).isInstanceOf(SwfException.class);

    fault.remove();

    assertThat(swf.describeDomain(r -> r.name("d")).domainInfo().name()).isEqualTo("d");
    assertThat(fault.hits()).isEqualTo(1);
  }

  @Test
  void callsAreRecordedWithTheirOutcomeAndTheFaultThatHitThem() {
    fake.inject(Fault.throttling(), Calls.to("StartWorkflowExecution").once());
    assertThatThrownBy(() -> swf.startWorkflowExecution(start("w"))).isInstanceOf(SwfException.class);
    swf.startWorkflowExecution(start("w"));

    assertThat(fake.calls()).extracting(SwfCall::operation)
        .containsExactly("RegisterDomain", "RegisterWorkflowType", "StartWorkflowExecution", "StartWorkflowExecution");
    SwfCall throttled = fake.calls().get(2);
    assertThat(throttled.errorCode()).contains("ThrottlingException");
    assertThat(throttled.fault()).contains(Fault.throttling());
    assertThat(throttled.response()).isEmpty();
    SwfCall started = fake.calls().get(3);
    assertThat(started.errorCode()).isEmpty();
    assertThat(started.response()).isPresent();
    assertThat(started.time()).isEqualTo(START);
  }

  @Test
  void theDiagnosticsListTheInjectedFaults() {
    fake.inject(Fault.throttling(), Calls.to("StartWorkflowExecution"));
    assertThatThrownBy(() -> swf.startWorkflowExecution(start("w"))).isInstanceOf(SwfException.class);

    assertThat(fake.diagnostics()).contains("Injected faults:\n  Throttling[] (1 hit)\n");
  }

  @Test
  void theAsyncClientSeesTheSameFaults() {
    fake.inject(Fault.lostResponse(), Calls.to("StartWorkflowExecution").once());

    assertThatThrownBy(() -> fake.asyncClient().startWorkflowExecution(start("w")).join())
        .isInstanceOf(CompletionException.class)
        .hasCauseInstanceOf(SdkClientException.class);
  }
}
