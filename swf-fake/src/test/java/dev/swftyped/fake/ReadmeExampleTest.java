package dev.swftyped.fake;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.auth.credentials.AnonymousCredentialsProvider;
import software.amazon.awssdk.http.urlconnection.UrlConnectionHttpClient;
import software.amazon.awssdk.regions.Region;
import software.amazon.awssdk.services.swf.SwfClient;
import software.amazon.awssdk.services.swf.model.CloseStatus;
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
}
