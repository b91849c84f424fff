package dev.swftyped;

import static org.assertj.core.api.Assertions.assertThat;

import dev.swftyped.fake.SwfFake;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
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

    // until decision tasks are ported: the SDK's decisions, for RespondDecisionTaskCompleted
    List<software.amazon.awssdk.services.swf.model.Decision> sdkDecisions =
        decisions.stream().map(Decision::toSdk).toList();
    // end::decisions[]

    assertThat(sdkDecisions).extracting(d -> d.decisionTypeAsString())
        .containsExactly("ScheduleActivityTask", "StartTimer", "RecordMarker");
    assertThat(sdkDecisions.get(1).startTimerDecisionAttributes().startToFireTimeout()).isEqualTo("3600");
  }
}
