package dev.swftyped.fake;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.services.swf.SwfClient;
import software.amazon.awssdk.services.swf.model.ChildPolicy;

/**
 * The task plane's bodies on the wire, byte for byte where recordings show them: empty polls
 * (PD-6, AT-3) and members SWF keeps although they are empty or zero (RD-3, SG-1).
 */
class TaskPlaneWireTest {
  static final Instant START = Instant.parse("2026-03-01T12:00:00Z");

  private SwfFake fake;
  private SwfFakeServer server;

  @BeforeEach
  void serve() {
    fake = SwfFake.builder().clock(FakeClock.at(START)).seed(3).pollTimeout(Duration.ZERO).build();
    server = SwfFakeServer.start(fake);
    SwfClient swf = fake.client();
    swf.registerDomain(r -> r.name("orders").workflowExecutionRetentionPeriodInDays("7"));
    swf.registerWorkflowType(r -> r.domain("orders").name("Order").version("1").defaultTaskList(t -> t.name("deciders"))
        .defaultExecutionStartToCloseTimeout("3600").defaultTaskStartToCloseTimeout("30")
        .defaultChildPolicy(ChildPolicy.TERMINATE));
  }

  @AfterEach
  void stop() {
    server.close();
  }

  String call(String operation, String body) throws Exception {
    SwfFakeServerTest.Response response = SwfFakeServerTest.send(server.endpoint(), "POST",
        "SimpleWorkflowService." + operation, "application/x-amz-json-1.0", body);
    assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
    return response.body();
  }

  @Test
  void anEmptyDecisionPollIsTheRecordedFortySevenBytes() throws Exception {
    String body = call("PollForDecisionTask", "{\"domain\":\"orders\",\"taskList\":{\"name\":\"deciders\"}}");

    // the recorded body has the two members the other way round; JSON does not order members
    assertThat(body).isIn("{\"previousStartedEventId\":0,\"startedEventId\":0}",
        "{\"startedEventId\":0,\"previousStartedEventId\":0}").hasSize(47);
  }

  @Test
  void anEmptyActivityPollIsTheRecordedTwentyBytes() throws Exception {
    String body = call("PollForActivityTask", "{\"domain\":\"orders\",\"taskList\":{\"name\":\"workers\"}}");

    assertThat(body).isEqualTo("{\"startedEventId\":0}").hasSize(20);
  }

  @Test
  void anEmptyExecutionContextAndZeroIdsAreSentNotDropped() throws Exception {
    String runId = fake.client().startWorkflowExecution(r -> r.domain("orders").workflowId("order-1")
        .workflowType(t -> t.name("Order").version("1"))).runId();
    String token = fake.client().pollForDecisionTask(r -> r.domain("orders").taskList(t -> t.name("deciders")))
        .taskToken();
    call("RespondDecisionTaskCompleted", "{\"taskToken\":\"" + token + "\",\"executionContext\":\"\"}");
    fake.client().signalWorkflowExecution(r -> r.domain("orders").workflowId("order-1").signalName("s"));

    String history = call("GetWorkflowExecutionHistory",
        "{\"domain\":\"orders\",\"execution\":{\"workflowId\":\"order-1\",\"runId\":\"" + runId + "\"}}");

    assertThat(history).contains("\"executionContext\":\"\"").contains("\"parentInitiatedEventId\":0")
        .contains("\"externalInitiatedEventId\":0").doesNotContain("\"identity\"");
    String describe = call("DescribeWorkflowExecution",
        "{\"domain\":\"orders\",\"execution\":{\"workflowId\":\"order-1\",\"runId\":\"" + runId + "\"}}");
    assertThat(describe).contains("\"latestExecutionContext\":\"\"").contains("\"openLambdaFunctions\":0")
        .doesNotContain("latestActivityTaskTimestamp");
  }
}
