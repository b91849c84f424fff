package dev.swftyped;

import static org.assertj.core.api.Assertions.assertThat;

import dev.swftyped.fake.SwfFake;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.services.swf.SwfClient;

/** The example in swf-typed/README.md, compiled and run against the fake. */
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
}
