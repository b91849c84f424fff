package dev.swftyped.fake;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.auth.credentials.AnonymousCredentialsProvider;
import software.amazon.awssdk.http.urlconnection.UrlConnectionHttpClient;
import software.amazon.awssdk.regions.Region;
import software.amazon.awssdk.services.swf.SwfClient;
import software.amazon.awssdk.services.swf.model.WorkflowExecutionAlreadyStartedException;

/**
 * Injected faults through the server: the AWS SDK's own retry policy (left at its default here)
 * retries throttling and lost responses, which is what a fault test wants to see; the server's
 * test-control door injects them for tests in other languages.
 */
class FaultsOverHttpTest {
  private SwfFake fake;
  private SwfFakeServer server;
  private SwfClient swf;

  @BeforeEach
  void serve() {
    fake = SwfFake.builder().clock(FakeClock.at(Instant.parse("2026-03-01T12:00:00Z"))).seed(3).build();
    server = SwfFakeServer.start(fake);
    swf = SwfClient.builder().endpointOverride(server.endpoint()).region(Region.US_EAST_1)
        .credentialsProvider(AnonymousCredentialsProvider.create())
        .httpClientBuilder(UrlConnectionHttpClient.builder())
        .build(); // the SDK's default retry strategy
    swf.registerDomain(r -> r.name("d").workflowExecutionRetentionPeriodInDays("1"));
    swf.registerWorkflowType(r -> r.domain("d").name("T").version("1").defaultTaskList(t -> t.name("l"))
        .defaultExecutionStartToCloseTimeout("3600").defaultTaskStartToCloseTimeout("30").defaultChildPolicy("TERMINATE"));
  }

  @AfterEach
  void stop() {
    swf.close();
    server.close();
  }

  @Test
  void theSdkRetriesAThrottledCallAndItGoesThrough() {
    fake.inject(Fault.throttling(), Calls.to("StartWorkflowExecution").once());

    String runId = swf.startWorkflowExecution(r -> r.domain("d").workflowId("w")
        .workflowType(t -> t.name("T").version("1"))).runId();

    assertThat(runId).isNotEmpty();
    assertThat(fake.calls()).filteredOn(call -> call.operation().equals("StartWorkflowExecution"))
        .extracting(call -> call.errorCode().orElse("ok"))
        .containsExactly("ThrottlingException", "ok");
  }

  @Test
  void aLostResponseMakesTheSdkRetryAStartThatHadSucceeded() {
    fake.inject(Fault.lostResponse(), Calls.to("StartWorkflowExecution").once());

    // The first attempt started the run; the SDK saw the connection close and tried again.
    assertThatThrownBy(() -> swf.startWorkflowExecution(r -> r.domain("d").workflowId("w")
        .workflowType(t -> t.name("T").version("1"))))
        .isInstanceOf(WorkflowExecutionAlreadyStartedException.class);
    assertThat(fake.calls()).filteredOn(call -> call.operation().equals("StartWorkflowExecution"))
        .extracting(call -> call.errorCode().orElse("ok") + (call.fault().isPresent() ? " (lost)" : ""))
        .containsExactly("ok (lost)", "WorkflowExecutionAlreadyStartedFault");
  }

  @Test
  void anInternalErrorIsServedAsHttp500() throws Exception {
    fake.inject(Fault.internalError(), Calls.to("ListDomains").once());

    SwfFakeServerTest.Response response = SwfFakeServerTest.send(server.endpoint(), "POST",
        "SimpleWorkflowService.ListDomains", "application/x-amz-json-1.0", "{\"registrationStatus\":\"REGISTERED\"}");

    assertThat(response.statusCode()).isEqualTo(500);
    assertThat(response.body()).isEqualTo("{\"__type\":\"com.amazon.coral.service#InternalFailure\","
        + "\"message\":\"We encountered an internal error. Please try again.\"}");
  }

  @Test
  void theControlDoorInjectsListsAndRemovesFaults() throws Exception {
    SwfFakeServerTest.Response injected = control("POST", "faults",
        "{\"fault\":\"throttling\",\"operations\":[\"DescribeDomain\"],\"times\":1}");
    assertThat(injected.statusCode()).isEqualTo(200);
    assertThat(injected.body()).isEqualTo("[{\"fault\":\"Throttling[]\",\"hits\":0}]");

    SwfFakeServerTest.Response throttled = SwfFakeServerTest.send(server.endpoint(), "POST",
        "SimpleWorkflowService.DescribeDomain", "application/x-amz-json-1.0", "{\"name\":\"d\"}");
    assertThat(throttled.statusCode()).isEqualTo(400);
    assertThat(throttled.body()).contains("\"__type\":\"com.amazon.coral.availability#ThrottlingException\"");

    assertThat(control("GET", "faults", null).body()).isEqualTo("[{\"fault\":\"Throttling[]\",\"hits\":1}]");
    assertThat(control("GET", "calls", null).body())
        .contains("{\"operation\":\"DescribeDomain\",\"time\":1772366400.000,\"errorCode\":\"ThrottlingException\","
            + "\"fault\":\"Throttling[]\"}");
    assertThat(control("DELETE", "faults", null).body()).isEqualTo("[]");
  }

  @Test
  void theControlDoorRefusesAFaultItDoesNotKnow() throws Exception {
    SwfFakeServerTest.Response refused = control("POST", "faults", "{\"fault\":\"meteor\"}");

    assertThat(refused.statusCode()).isEqualTo(400);
    assertThat(refused.body()).contains("unknown fault meteor");
  }

  private SwfFakeServerTest.Response control(String method, String what, String body) throws Exception {
    return SwfFakeServerTest.send(server.endpoint().resolve("/swf-fake/" + what), method, null,
        body == null ? null : "application/json", body);
  }
}
