package dev.swftyped.fake;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.atomic.AtomicBoolean;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.auth.credentials.AnonymousCredentialsProvider;
import software.amazon.awssdk.core.exception.SdkClientException;
import software.amazon.awssdk.http.urlconnection.UrlConnectionHttpClient;
import software.amazon.awssdk.regions.Region;
import software.amazon.awssdk.services.swf.SwfClient;
import software.amazon.awssdk.services.swf.model.CloseStatus;
import software.amazon.awssdk.services.swf.model.Decision;
import software.amazon.awssdk.services.swf.model.DecisionType;
import software.amazon.awssdk.services.swf.model.EventType;
import software.amazon.awssdk.services.swf.model.HistoryEvent;
import software.amazon.awssdk.services.swf.model.PollForActivityTaskResponse;
import software.amazon.awssdk.services.swf.model.PollForDecisionTaskResponse;
import software.amazon.awssdk.services.swf.model.WorkflowExecutionAlreadyStartedException;
import software.amazon.awssdk.services.swf.model.WorkflowExecutionInfo;

/** The example in swf-fake/README.md, compiled and run. */
class ReadmeExampleTest {

  @Test
  void ordersTimeOutOnTheFakesClock() {
    // tag::example[]
    FakeClock clock = FakeClock.at(Instant.parse("2026-01-01T00:00:00Z"));
    SwfFake fake = SwfFake.builder().clock(clock).seed(42).build();
    SwfClient swf = fake.client(); // hand this to the code under test

    swf.registerDomain(r -> r.name("orders").workflowExecutionRetentionPeriodInDays("7"));
    swf.registerWorkflowType(r -> r.domain("orders").name("Order").version("1")
        .defaultTaskList(t -> t.name("order-deciders"))
        .defaultExecutionStartToCloseTimeout("3600")
        .defaultTaskStartToCloseTimeout("30")
        .defaultChildPolicy("TERMINATE"));
    swf.startWorkflowExecution(r -> r.domain("orders").workflowId("order-42")
        .workflowType(t -> t.name("Order").version("1")).tagList("tier-gold"));

    // SWF allows one open run per workflow id, and the fake says so the same way.
    assertThatThrownBy(() -> swf.startWorkflowExecution(r -> r.domain("orders").workflowId("order-42")
        .workflowType(t -> t.name("Order").version("1"))))
        .isInstanceOf(WorkflowExecutionAlreadyStartedException.class);

    // Nothing happens in the background: time passes when the test says so.
    clock.advance(Duration.ofHours(1));

    WorkflowExecutionInfo closed = swf.listClosedWorkflowExecutions(r -> r.domain("orders")
            .closeTimeFilter(f -> f.oldestDate(Instant.parse("2026-01-01T00:00:00Z"))))
        .executionInfos().get(0);
    assertThat(closed.closeStatus()).isEqualTo(CloseStatus.TIMED_OUT);
    assertThat(closed.closeTimestamp()).isEqualTo(Instant.parse("2026-01-01T01:00:00Z"));
    System.out.println(fake.diagnostics()); // every execution, with its history
    // end::example[]
  }

  @Test
  void theSameFakeServedOverHttp() {
    SwfFake fake = SwfFake.create();
    // tag::server[]
    try (SwfFakeServer server = SwfFakeServer.start(fake); // 127.0.0.1, on a free port
        SwfClient overHttp = SwfClient.builder()
            .endpointOverride(server.endpoint())
            .region(Region.US_EAST_1)
            .credentialsProvider(AnonymousCredentialsProvider.create()) // not checked
            .httpClientBuilder(UrlConnectionHttpClient.builder())
            .build()) {
      overHttp.registerDomain(r -> r.name("orders").workflowExecutionRetentionPeriodInDays("7"));

      // One engine behind both doors: the in-process client sees what came over HTTP.
      assertThat(fake.client().describeDomain(r -> r.name("orders")).domainInfo().name()).isEqualTo("orders");
    }
    // end::server[]
  }

  @Test
  void aDeciderAndAWorkerRunAgainstTheFake() throws InterruptedException {
    // tag::workflow[]
    FakeClock clock = FakeClock.at(Instant.parse("2026-01-01T00:00:00Z"));
    try (SwfFake fake = SwfFake.builder().clock(clock).build()) { // closing it releases waiting polls
      SwfClient swf = fake.client();
      swf.registerDomain(r -> r.name("orders").workflowExecutionRetentionPeriodInDays("7"));
      swf.registerWorkflowType(r -> r.domain("orders").name("Order").version("1")
          .defaultTaskList(t -> t.name("deciders")).defaultExecutionStartToCloseTimeout("2592000")
          .defaultTaskStartToCloseTimeout("30").defaultChildPolicy("TERMINATE"));
      swf.registerActivityType(r -> r.domain("orders").name("Ship").version("1")
          .defaultTaskList(t -> t.name("workers")).defaultTaskStartToCloseTimeout("60")
          .defaultTaskScheduleToStartTimeout("NONE").defaultTaskScheduleToCloseTimeout("NONE")
          .defaultTaskHeartbeatTimeout("NONE"));

      // The decider waits a day, ships, then completes; the worker ships. Each polls on its own thread.
      AtomicBoolean running = new AtomicBoolean(true);
      Thread decider = new Thread(() -> {
        while (running.get()) {
          PollForDecisionTaskResponse task = swf.pollForDecisionTask(r -> r.domain("orders")
              .taskList(t -> t.name("deciders")));
          if (task.taskToken() == null) {
            continue; // an empty poll: nothing to decide yet
          }
          List<EventType> seen = task.events().stream().map(HistoryEvent::eventType).toList();
          Decision next = !seen.contains(EventType.TIMER_STARTED)
              ? Decision.builder().decisionType(DecisionType.START_TIMER).startTimerDecisionAttributes(
                  a -> a.timerId("a-day").startToFireTimeout("86400")).build()
              : !seen.contains(EventType.ACTIVITY_TASK_SCHEDULED)
              ? Decision.builder().decisionType(DecisionType.SCHEDULE_ACTIVITY_TASK)
                  .scheduleActivityTaskDecisionAttributes(a -> a.activityId("ship")
                      .activityType(t -> t.name("Ship").version("1"))).build()
              : Decision.builder().decisionType(DecisionType.COMPLETE_WORKFLOW_EXECUTION).build();
          swf.respondDecisionTaskCompleted(r -> r.taskToken(task.taskToken()).decisions(next));
        }
      });
      Thread worker = new Thread(() -> {
        while (running.get()) {
          PollForActivityTaskResponse task = swf.pollForActivityTask(r -> r.domain("orders")
              .taskList(t -> t.name("workers")));
          if (task.taskToken() != null) {
            swf.respondActivityTaskCompleted(r -> r.taskToken(task.taskToken()).result("shipped"));
          }
        }
      });
      decider.start();
      worker.start();
      swf.startWorkflowExecution(r -> r.domain("orders").workflowId("order-42")
          .workflowType(t -> t.name("Order").version("1")));

      // The day passes at once: the clock jumps to the timer while no task is waiting or running.
      WorkflowExecutionInfo closed = fake.awaitClosed("orders", "order-42", Duration.ofDays(30));

      assertThat(closed.closeStatus()).isEqualTo(CloseStatus.COMPLETED);
      assertThat(closed.closeTimestamp()).isEqualTo(Instant.parse("2026-01-02T00:00:00Z"));
      running.set(false);
      fake.close(); // the threads' waiting polls answer empty, and the loops end
      decider.join(5_000);
      worker.join(5_000);
    }
    // end::workflow[]
  }

  @Test
  void aLostResponseShowsARetryThatWasNotNeeded() {
    SwfFake fake = SwfFake.builder().clock(FakeClock.at(Instant.parse("2026-01-01T00:00:00Z"))).build();
    SwfClient swf = fake.client();
    swf.registerDomain(r -> r.name("orders").workflowExecutionRetentionPeriodInDays("7"));
    swf.registerWorkflowType(r -> r.domain("orders").name("Order").version("1")
        .defaultTaskList(t -> t.name("order-deciders")).defaultExecutionStartToCloseTimeout("3600")
        .defaultTaskStartToCloseTimeout("30").defaultChildPolicy("TERMINATE"));
    // tag::faults[]
    // The first start takes effect, but its response is lost on the way back.
    InjectedFault lost = fake.inject(Fault.lostResponse(), Calls.to("StartWorkflowExecution").once());

    assertThatThrownBy(() -> swf.startWorkflowExecution(r -> r.domain("orders").workflowId("order-42")
        .workflowType(t -> t.name("Order").version("1"))))
        .isInstanceOf(SdkClientException.class); // what the caller sees: a broken connection
    // Code that retries must expect the run to exist already.
    assertThatThrownBy(() -> swf.startWorkflowExecution(r -> r.domain("orders").workflowId("order-42")
        .workflowType(t -> t.name("Order").version("1"))))
        .isInstanceOf(WorkflowExecutionAlreadyStartedException.class);

    assertThat(lost.hits()).isEqualTo(1);
    assertThat(fake.calls()).extracting(SwfCall::operation)
        .containsExactly("RegisterDomain", "RegisterWorkflowType", "StartWorkflowExecution", "StartWorkflowExecution");
    // end::faults[]
  }
}
