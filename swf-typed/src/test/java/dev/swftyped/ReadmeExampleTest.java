package dev.swftyped;

import static org.assertj.core.api.Assertions.assertThat;

import dev.swftyped.fake.FakeClock;
import dev.swftyped.fake.SwfFake;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.services.swf.SwfClient;

/** The examples in swf-typed/README.md, compiled and run against the fake. */
class ReadmeExampleTest {

  @Test
  void theReadmeExampleRuns() {
    SwfClient client = SwfFake.create().client();

    // tag::example[]
    SwfTyped swf = SwfTyped.create(client); // any SwfClient: SwfClient.create() in production

    swf.registerDomain("orders", DomainConfiguration.retainingDays(30));
    WorkflowId order = WorkflowId.of("Order", "1");
    swf.registerWorkflowType("orders", order, PartialExecutionConfiguration.builder()
        .timeout(Timeout.of(Duration.ofDays(7)))
        .decisionTaskTimeout(Timeout.ofSeconds(30))
        .decisionTaskList("order-deciders")
        .childExecutionPolicy(ChildExecutionTerminationPolicy.TERMINATE)
        .build());

    ExecutionId run = swf.startExecution("orders", order, CurrentExecutionId.of("order-42"),
        StartOptions.defaults().withInput("{\"orderId\":42}").withTags("tier-gold"));
    swf.signalExecution("orders", run, "payment-received", "{\"amount\":1999}");

    List<ExecutionInfo> gold = swf.listOpenExecutions("orders",
            OpenExecutionQuery.defaults().withFilter(TagExecutionFilter.of("tier-gold")))
        .toList();
    swf.terminateExecution("orders", run, TerminateOptions.defaults().withReason("customer went away"));
    ExecutionCount closedToday = swf.countClosedExecutions("orders", ClosedExecutionQuery.defaults()
        .withTime(CloseTimeExecutionFilter.since(Instant.now().minus(Duration.ofDays(1)))));
    // end::example[]

    assertThat(gold).extracting(ExecutionInfo::execution).containsExactly(run);
    assertThat(closedToday).isEqualTo(new ExecutionCount(1, false));
    assertThat(swf.describeExecution("orders", run).info().status()).isEqualTo(ExecutionStatus.TERMINATED);
  }

  @Test
  void theActivityTypeExampleRuns() {
    SwfTyped swf = SwfTyped.create(SwfFake.create().client());
    swf.registerDomain("orders", DomainConfiguration.retainingDays(30));

    // tag::activities[]
    ActivityId charge = ActivityId.of("Charge", "1");
    swf.registerActivityType("orders", charge, PartialTaskConfiguration.builder()
        .taskList("payments")
        .startToCloseTimeout(Timeout.ofSeconds(60))
        .scheduleToStartTimeout(Timeout.none())
        .scheduleToCloseTimeout(Timeout.of(Duration.ofHours(1)))
        .heartbeatTimeout(Timeout.ofSeconds(15))
        .build());

    ActivityDetails details = swf.describeActivityType("orders", charge);
    List<ActivityInfo> registered = swf.listActivityTypes("orders").toList();
    // end::activities[]

    assertThat(details.defaultTaskConfiguration().taskList()).contains("payments");
    assertThat(registered).extracting(ActivityInfo::activity).containsExactly(charge);
  }

  @Test
  void theHistoryAndStateExampleRuns() {
    SwfTyped swf = SwfTyped.create(SwfFake.create().client());
    swf.registerDomain("orders", DomainConfiguration.retainingDays(30));
    WorkflowId order = WorkflowId.of("Order", "1");
    swf.registerWorkflowType("orders", order, PartialExecutionConfiguration.builder()
        .timeout(Timeout.of(Duration.ofDays(7)))
        .decisionTaskTimeout(Timeout.ofSeconds(30))
        .decisionTaskList("order-deciders")
        .childExecutionPolicy(ChildExecutionTerminationPolicy.TERMINATE)
        .build());
    ExecutionId run = swf.startExecution("orders", order, CurrentExecutionId.of("order-42"));
    swf.signalExecution("orders", run, "payment-received", "{\"amount\":1999}");

    // tag::history[]
    List<Event> history = swf.listHistory("orders", run).toList(); // oldest first, page by page
    Event last = swf.lastHistoryEvent("orders", run);
    boolean paid = last instanceof Event.WorkflowExecutionSignaled
        && ((Event.WorkflowExecutionSignaled) last).signalName().equals("payment-received");

    ExecutionState state = ExecutionState.of(history);
    List<ExecutionState.SignalState> unseen = state.signals().stream()
        .filter(ExecutionState.SignalState::isNew) // no decision since it arrived
        .toList();
    String json = state.toJson();
    // end::history[]

    assertThat(history).hasSize(3);
    assertThat(paid).isTrue();
    assertThat(unseen).extracting(ExecutionState.SignalState::name).containsExactly("payment-received");
    assertThat(json).startsWith("{\"workflow\":{\"name\":\"Order\",\"version\":\"1\"},\"status\":\"open\"");
  }

  @Test
  void theDecisionExampleRuns() {
    ActivityId charge = ActivityId.of("Charge", "1");

    // tag::decisions[]
    List<Decision> decisions = List.of(
        Decision.ScheduleActivityTask.of(charge, "charge-42")
            .withInput("{\"amount\":1999}")
            .withConfiguration(PartialTaskConfiguration.builder().taskList("payments").build()),
        Decision.StartTimer.of("payment-deadline", Duration.ofHours(1)),
        Decision.RecordMarker.of("charging").withDetails("attempt 1"));

    Decisions answer = Decisions.of(decisions).withExecutionContext("charging");
    software.amazon.awssdk.services.swf.model.Decision sdkTimer = decisions.get(1).toSdk(); // the SDK's shape
    // end::decisions[]
    List<software.amazon.awssdk.services.swf.model.Decision> sdkDecisions =
        answer.decisions().stream().map(Decision::toSdk).toList();
    assertThat(sdkTimer.startTimerDecisionAttributes().timerId()).isEqualTo("payment-deadline");

    assertThat(sdkDecisions).extracting(d -> d.decisionTypeAsString())
        .containsExactly("ScheduleActivityTask", "StartTimer", "RecordMarker");
    assertThat(sdkDecisions.get(1).startTimerDecisionAttributes().startToFireTimeout()).isEqualTo("3600");
  }

  /** The README's orders domain on a fake with a fake clock: type Order 1, activity type Charge 1. */
  static SwfTyped orders(SwfFake fake) {
    SwfTyped swf = SwfTyped.create(fake.client(), fake.clock());
    swf.registerDomain("orders", DomainConfiguration.retainingDays(30));
    swf.registerWorkflowType("orders", WorkflowId.of("Order", "1"), PartialExecutionConfiguration.builder()
        .timeout(Timeout.of(Duration.ofDays(7)))
        .decisionTaskTimeout(Timeout.ofSeconds(30))
        .decisionTaskList("order-deciders")
        .childExecutionPolicy(ChildExecutionTerminationPolicy.TERMINATE)
        .build());
    swf.registerActivityType("orders", ActivityId.of("Charge", "1"), PartialTaskConfiguration.builder()
        .taskList("payments")
        .startToCloseTimeout(Timeout.ofSeconds(60))
        .scheduleToStartTimeout(Timeout.none())
        .scheduleToCloseTimeout(Timeout.none())
        .heartbeatTimeout(Timeout.ofSeconds(15))
        .build());
    return swf;
  }

  @Test
  void theTaskExampleRuns() {
    SwfFake fake = SwfFake.builder().clock(FakeClock.at(Instant.parse("2026-01-01T00:00:00Z")))
        .pollTimeout(Duration.ZERO).build();
    SwfTyped swf = orders(fake);
    ActivityId charge = ActivityId.of("Charge", "1");
    ExecutionId run = swf.startExecution("orders", WorkflowId.of("Order", "1"), CurrentExecutionId.of("order-42"));

    // tag::tasks[]
    Optional<DecisionTask> polled = swf.pollDecisionTask("orders", "order-deciders", "decider-1");
    if (polled.isPresent()) { // empty when SWF had no task for the poll
      DecisionTask task = polled.get();
      ExecutionState state = task.state(); // the whole history; further pages fetched when needed
      swf.respondDecisionTask(task, Decisions.of(
              Decision.ScheduleActivityTask.of(charge, "charge-42").withInput("{\"amount\":1999}"))
          .withExecutionContext("charging"));
    }

    ActivityTask chargeTask = swf.pollActivityTask("orders", "payments", "worker-1").orElseThrow();
    try {
      swf.heartbeat(chargeTask.token(), "calling the bank");
      swf.completeActivityTask(chargeTask.token(), "{\"charged\":1999}");
    } catch (CancellationRequestedException e) { // a decision asked for the task's cancellation
      swf.cancelActivityTask(chargeTask.token());
    }
    TaskCount waiting = swf.countPendingDecisionTasks("orders", "order-deciders");
    // end::tasks[]

    assertThat(waiting).isEqualTo(new TaskCount(1, false));
    assertThat(ExecutionState.of(swf.listHistory("orders", run).toList()).tasks()).singleElement()
        .extracting(ExecutionState.TaskState::result).isEqualTo(Optional.of("{\"charged\":1999}"));
  }

  @Test
  void theWorkerExampleRuns() {
    SwfFake fake = SwfFake.builder().clock(FakeClock.at(Instant.parse("2026-01-01T00:00:00Z")))
        .pollTimeout(Duration.ofMillis(200)).build();
    SwfTyped swf = orders(fake);
    ActivityId charge = ActivityId.of("Charge", "1");
    WorkflowId order = WorkflowId.of("Order", "1");

    // tag::workers[]
    Decider decider = task -> {
      ExecutionState state = task.state();
      if (state.tasks().isEmpty()) {
        return Decisions.of(Decision.ScheduleActivityTask.of(charge, "charge").withInput(state.input().orElse("")));
      }
      ExecutionState.TaskState charged = state.tasks().get(0);
      switch (charged.status()) {
        case COMPLETED:
          return Decisions.of(Decision.CompleteWorkflowExecution.of().withResult(charged.result().orElse("")));
        case FAILED:
        case TIMED_OUT:
        case CANCELLED:
          return Decisions.of(Decision.FailWorkflowExecution.of().withReason("the charge did not go through"));
        default:
          return Decisions.of(); // nothing to decide yet
      }
    };
    ActivityHandler charging = (task, context) -> {
      context.heartbeat("calling the bank"); // throws CancellationRequestedException if cancelled
      return Optional.of("{\"charged\":1999}");
    };

    try (DeciderWorker deciders = DeciderWorker.builder(swf, "orders", "order-deciders", decider)
            .build().start();
        ActivityWorker workers = ActivityWorker.builder(swf, "orders", "payments", charging)
            .threads(4)
            .heartbeatInterval(Duration.ofSeconds(5))
            .build().start()) {
      swf.startExecution("orders", order, CurrentExecutionId.of("order-7"),
          StartOptions.defaults().withInput("{\"orderId\":7}"));
      fake.awaitClosed("orders", "order-7", Duration.ofDays(1)); // in a test: wait, skipping fake time
    } // stops polling and lets the tasks in hand finish
    // end::workers[]

    ExecutionInfo closed = swf.listClosedExecutions("orders").findFirst().orElseThrow();
    assertThat(closed.status()).isEqualTo(ExecutionStatus.COMPLETED);
    assertThat(ExecutionState.of(swf.listHistory("orders", closed.execution()).toList()).result())
        .contains("{\"charged\":1999}");
    fake.close();
  }
}
