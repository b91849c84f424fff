package dev.swftyped.fake;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.ConnectException;
import java.net.Socket;
import java.net.URI;
import java.net.HttpURLConnection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The wire: what the server sends for good requests, and that hostile ones never take it down. */
class SwfFakeServerTest {
  static final Instant START = Instant.parse("2026-03-01T12:00:00.250Z");

  SwfFake fake;
  SwfFakeServer server;

  @BeforeEach
  void serve() {
    fake = SwfFake.builder().clock(FakeClock.at(START)).seed(3).build();
    server = SwfFakeServer.start(fake);
  }

  @AfterEach
  void stop() {
    server.close();
  }

  /** What came back: the status, the headers and the body. */
  record Response(int statusCode, Map<String, List<String>> headerMap, String body) {
    Response headers() {
      return this;
    }

    Optional<String> firstValue(String name) {
      return headerMap.entrySet().stream()
          .filter(header -> header.getKey() != null && header.getKey().equalsIgnoreCase(name))
          .map(header -> header.getValue().get(0))
          .findFirst();
    }
  }

  static Response send(URI endpoint, String method, String target, String contentType, String body)
      throws IOException {
    HttpURLConnection connection = (HttpURLConnection) endpoint.toURL().openConnection();
    connection.setRequestMethod(method);
    if (target != null) {
      connection.setRequestProperty("X-Amz-Target", target);
    }
    if (contentType != null) {
      connection.setRequestProperty("Content-Type", contentType);
    }
    if (body != null) {
      connection.setDoOutput(true);
      try (OutputStream out = connection.getOutputStream()) {
        out.write(body.getBytes(StandardCharsets.UTF_8));
      }
    }
    int status = connection.getResponseCode();
    InputStream in = status < 400 ? connection.getInputStream() : connection.getErrorStream();
    String text = in == null ? "" : new String(in.readAllBytes(), StandardCharsets.UTF_8);
    return new Response(status, connection.getHeaderFields(), text);
  }

  Response post(String target, String contentType, String body) throws Exception {
    return send(server.endpoint(), "POST", target, contentType, body);
  }

  Response call(String operation, String body) throws Exception {
    return post("SimpleWorkflowService." + operation, "application/x-amz-json-1.0", body);
  }

  void assertStillServing() throws Exception {
    Response response = call("ListDomains", "{\"registrationStatus\":\"REGISTERED\"}");
    assertThat(response.statusCode()).isEqualTo(200);
  }

  @Test
  void listensOnLoopbackOnAPortOfItsOwn() {
    assertThat(server.endpoint().getHost()).isEqualTo("127.0.0.1");
    assertThat(server.port()).isPositive();
    assertThat(server.endpoint()).isEqualTo(URI.create("http://127.0.0.1:" + server.port()));
    assertThat(server.fake()).isSameAs(fake);
    assertThat(server).hasToString("SwfFakeServer{http://127.0.0.1:" + server.port() + "}");
  }

  @Test
  void anOperationWithoutOutputAnswersWithAnEmptyBody() throws Exception {
    Response response = call("RegisterDomain",
        "{\"name\":\"orders\",\"workflowExecutionRetentionPeriodInDays\":\"7\"}");

    assertThat(response.statusCode()).isEqualTo(200);
    assertThat(response.body()).isEmpty();
    assertThat(response.headers().firstValue("Content-Type")).contains("application/x-amz-json-1.0");
    assertThat(response.headers().firstValue("x-amzn-RequestId").orElseThrow()).matches("[0-9a-f-]{36}");
  }

  @Test
  void timestampsAreEpochSecondsWithMilliseconds() throws Exception {
    call("RegisterDomain", "{\"name\":\"orders\",\"workflowExecutionRetentionPeriodInDays\":\"7\"}");
    call("RegisterWorkflowType", "{\"domain\":\"orders\",\"name\":\"Order\",\"version\":\"1\"}");

    Response response = call("DescribeWorkflowType",
        "{\"domain\":\"orders\",\"workflowType\":{\"name\":\"Order\",\"version\":\"1\"}}");

    assertThat(response.body()).isEqualTo("{\"typeInfo\":{\"workflowType\":{\"name\":\"Order\",\"version\":\"1\"},"
        + "\"status\":\"REGISTERED\",\"creationDate\":1772366400.250},\"configuration\":{}}");
  }

  @Test
  void timestampsInRequestsAreEpochSeconds() throws Exception {
    call("RegisterDomain", "{\"name\":\"orders\",\"workflowExecutionRetentionPeriodInDays\":\"7\"}");

    Response response = call("CountOpenWorkflowExecutions",
        "{\"domain\":\"orders\",\"startTimeFilter\":{\"oldestDate\":1.772366400E9,\"latestDate\":1e30}}");

    assertThat(response.statusCode()).isEqualTo(200);
    assertThat(response.body()).isEqualTo("{\"count\":0,\"truncated\":false}");
  }

  @Test
  void faultsAreStatus400WithTheirNamespacedType() throws Exception {
    Response response = call("DescribeDomain", "{\"name\":\"nowhere\"}");

    assertThat(response.statusCode()).isEqualTo(400);
    assertThat(response.body()).isEqualTo(
        "{\"__type\":\"com.amazonaws.swf.base.model#UnknownResourceFault\",\"message\":\"Unknown domain: nowhere\"}");
  }

  @Test
  void validationErrorsUseCoralsNamespace() throws Exception {
    Response response = call("DescribeDomain", "{}");

    assertThat(response.statusCode()).isEqualTo(400);
    assertThat(response.body()).isEqualTo("{\"__type\":\"com.amazon.coral.validate#ValidationException\","
        + "\"message\":\"1 validation error detected: Value null at 'name' failed to satisfy constraint: "
        + "Member must not be null\"}");
  }

  @Test
  void theLegacyTargetAndContentTypeAreAccepted() throws Exception {
    Response response = post("com.amazonaws.swf.service.model.SimpleWorkflowService.ListDomains",
        "application/json; charset=UTF-8", "{\"registrationStatus\":\"REGISTERED\"}");

    assertThat(response.statusCode()).isEqualTo(200);
    assertThat(response.body()).isEqualTo("{\"domainInfos\":[]}");
    assertThat(response.headers().firstValue("Content-Type")).contains("application/json");
  }

  @Test
  void theServerAndTheInProcessClientShareOneEngine() throws Exception {
    fake.client().registerDomain(r -> r.name("orders").workflowExecutionRetentionPeriodInDays("1"));

    assertThat(call("DescribeDomain", "{\"name\":\"orders\"}").statusCode()).isEqualTo(200);
    call("RegisterDomain", "{\"name\":\"archive\",\"workflowExecutionRetentionPeriodInDays\":\"1\"}");
    assertThat(fake.toString()).isEqualTo("SwfFake{domains=2, open=0, closed=0}");
  }

  @Test
  void malformedJsonIsASerializationError() throws Exception {
    Response response = call("ListDomains", "{\"registrationStatus\":");

    assertThat(response.statusCode()).isEqualTo(400);
    assertThat(response.body()).isEqualTo("{\"__type\":\"com.amazonaws.swf.base.model#SerializationException\","
        + "\"message\":\"The request body is not valid JSON\"}");
    assertStillServing();
  }

  @Test
  void wrongJsonTypesAreSerializationErrorsNamingTheMember() throws Exception {
    assertThat(call("ListDomains", "{\"registrationStatus\":5}").body()).isEqualTo(
        "{\"__type\":\"com.amazonaws.swf.base.model#SerializationException\","
            + "\"message\":\"Expected a string at 'registrationStatus'\"}");
    assertThat(call("ListDomains", "{\"registrationStatus\":\"REGISTERED\",\"maximumPageSize\":1.5}").body())
        .contains("Expected a whole number at 'maximumPageSize'");
    assertThat(call("ListDomains", "{\"registrationStatus\":\"REGISTERED\",\"maximumPageSize\":99999999999}").body())
        .contains("Expected a 32-bit integer at 'maximumPageSize'");
    assertThat(call("StartWorkflowExecution", "{\"domain\":\"d\",\"workflowId\":\"w\",\"workflowType\":[]}").body())
        .contains("Expected an object at 'workflowType'");
    assertThat(call("StartWorkflowExecution", "{\"domain\":\"d\",\"workflowId\":\"w\",\"tagList\":[1]}").body())
        .contains("Expected a string at 'tagList.1.member'");
    assertThat(call("ListDomains", "[]").body()).contains("Expected an object at 'the request'");
    assertThat(call("ListDomains", "{\"registrationStatus\":\"REGISTERED\",\"reverseOrder\":\"yes\"}").body())
        .contains("Expected a boolean at 'reverseOrder'");
    assertStillServing();
  }

  @Test
  void nullMembersAreAbsentMembers() throws Exception {
    Response response = call("DescribeDomain", "{\"name\":null}");

    assertThat(response.body()).contains("Value null at 'name' failed to satisfy constraint");
  }

  @Test
  void unknownOrMissingTargetsAreUnknownOperations() throws Exception {
    for (String target : new String[] {"SimpleWorkflowService.DeleteEverything", "DynamoDB_20120810.ListTables", null}) {
      Response response = post(target, "application/x-amz-json-1.0", "{}");
      assertThat(response.statusCode()).isEqualTo(400);
      assertThat(response.body()).isEqualTo("{\"__type\":\"com.amazon.coral.service#UnknownOperationException\","
          + "\"message\":\"Unknown operation: X-Amz-Target should be SimpleWorkflowService.<Operation>\"}");
    }
    assertStillServing();
  }

  @Test
  void aWrongOrMissingContentTypeIsRefused() throws Exception {
    Response text = post("SimpleWorkflowService.ListDomains", "text/plain", "{}");
    Response none = post("SimpleWorkflowService.ListDomains", null, "{}");

    assertThat(text.statusCode()).isEqualTo(400);
    assertThat(text.body()).contains("Unsupported Content-Type text/plain: send application/x-amz-json-1.0");
    assertThat(none.statusCode()).isEqualTo(400);
    assertStillServing();
  }

  @Test
  void anEmptyBodyIsRefused() throws Exception {
    Response response = call("ListDomains", "");

    assertThat(response.statusCode()).isEqualTo(400);
    assertThat(response.body()).contains("The request body is empty");
  }

  @Test
  void anOversizedBodyIsRefusedWith413() throws Exception {
    String huge = "{\"name\":\"" + "x".repeat(1024 * 1024) + "\"}";

    Response response = call("DescribeDomain", huge);

    assertThat(response.statusCode()).isEqualTo(413);
    assertThat(response.body()).contains("larger than SWF's limit of 1048576 bytes");
    assertStillServing();
  }

  @Test
  void onlyPostIsAccepted() throws Exception {
    Response response = send(server.endpoint(), "GET", null, null, null);

    assertThat(response.statusCode()).isEqualTo(405);
    assertThat(response.headers().firstValue("Allow")).contains("POST");
    assertThat(response.body()).contains("SWF takes requests by POST to /, not by GET");
  }

  @Test
  void garbageOnTheSocketDoesNotStopTheServer() throws Exception {
    try (Socket socket = new Socket("127.0.0.1", server.port())) {
      socket.getOutputStream().write("\u0000\u0001 not http at all\r\n\r\n".getBytes(StandardCharsets.ISO_8859_1));
      socket.getOutputStream().flush();
      socket.setSoTimeout(5000);
      readAll(socket.getInputStream());
    }
    assertStillServing();
  }

  @Test
  void aSlowClientIsDisconnectedWhileOthersAreServed() throws Exception {
    try (Socket slow = new Socket("127.0.0.1", server.port())) {
      OutputStream out = slow.getOutputStream();
      out.write(("POST / HTTP/1.1\r\nHost: localhost\r\nX-Amz-Target: SimpleWorkflowService.ListDomains\r\n")
          .getBytes(StandardCharsets.US_ASCII));
      out.flush();

      assertStillServing();

      slow.setSoTimeout(15_000);
      long waited = System.nanoTime();
      readAll(slow.getInputStream());
      assertThat(TimeUnit.NANOSECONDS.toSeconds(System.nanoTime() - waited)).isLessThan(15);
    }
    assertStillServing();
  }

  @Test
  void aClosedServerNoLongerListens() {
    URI endpoint = server.endpoint();
    server.close();

    assertThatThrownBy(() -> send(endpoint, "POST", "SimpleWorkflowService.ListDomains", "application/x-amz-json-1.0",
        "{}")).isInstanceOf(ConnectException.class);
  }

  @Test
  void theBuilderChecksThePort() {
    assertThatThrownBy(() -> SwfFakeServer.builder(fake).port(70000))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("port must be 0 to 65535: 70000");
  }

  static void readAll(InputStream in) throws IOException {
    byte[] buffer = new byte[4096];
    while (in.read(buffer) >= 0) {
      // until the server closes the connection
    }
  }

  @Test
  void theCommandLineStartsAServerWithItsOptions() throws Exception {
    java.io.ByteArrayOutputStream out = new java.io.ByteArrayOutputStream();
    try (SwfFakeServer started = SwfFakeServer.start(
        new String[] {"--port", "0", "--seed", "5", "--region", "eu-west-1", "--account", "000000000000"},
        new java.io.PrintStream(out, true, StandardCharsets.UTF_8))) {
      assertThat(out.toString(StandardCharsets.UTF_8))
          .isEqualTo("swf-fake listening on " + started.endpoint() + " (stop it with Ctrl-C)\n");
      started.fake().client().registerDomain(r -> r.name("d").workflowExecutionRetentionPeriodInDays("1"));
      assertThat(started.fake().client().describeDomain(r -> r.name("d")).domainInfo().arn())
          .isEqualTo("arn:aws:swf:eu-west-1:000000000000:/domain/d");
    }
    assertThatThrownBy(() -> SwfFakeServer.start(new String[] {"--port", "eighty"}, System.out))
        .isInstanceOf(IllegalArgumentException.class).hasMessage("--port needs a number, not eighty");
    assertThatThrownBy(() -> SwfFakeServer.start(new String[] {"--verbose", "yes"}, System.out))
        .isInstanceOf(IllegalArgumentException.class).hasMessage("unknown option --verbose");
    assertThatThrownBy(() -> SwfFakeServer.start(new String[] {"--port"}, System.out))
        .isInstanceOf(IllegalArgumentException.class).hasMessage("--port needs a value");
  }

  @Test
  void theServerStopsCleanlyOnSigterm() throws Exception {
    Process process = new ProcessBuilder(ProcessHandle.current().info().command().orElse("java"),
        "-cp", System.getProperty("java.class.path"), SwfFakeServer.class.getName(), "--port", "0")
        .redirectErrorStream(true)
        .start();
    try {
      java.io.BufferedReader lines = new java.io.BufferedReader(
          new java.io.InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8));
      String first = lines.readLine();
      assertThat(first).startsWith("swf-fake listening on http://127.0.0.1:");
      URI endpoint = URI.create(first.substring("swf-fake listening on ".length(), first.indexOf(" (")));
      Response response = send(endpoint, "POST", "SimpleWorkflowService.ListDomains", "application/x-amz-json-1.0",
          "{\"registrationStatus\":\"REGISTERED\"}");
      assertThat(response.statusCode()).isEqualTo(200);

      assertThat(process.toHandle().destroy()).as("SIGTERM sent").isTrue();

      assertThat(lines.readLine()).isEqualTo("swf-fake stopped");
      assertThat(process.waitFor(20, TimeUnit.SECONDS)).isTrue();
    } finally {
      process.destroyForcibly();
    }
  }

  @Test
  void theServerDoesNotHoldTheClockBack() throws Exception {
    call("RegisterDomain", "{\"name\":\"orders\",\"workflowExecutionRetentionPeriodInDays\":\"7\"}");
    ((FakeClock) fake.clock()).advance(Duration.ofDays(1));
    call("RegisterWorkflowType", "{\"domain\":\"orders\",\"name\":\"Order\",\"version\":\"1\"}");

    assertThat(call("DescribeWorkflowType", "{\"domain\":\"orders\",\"workflowType\":{\"name\":\"Order\","
        + "\"version\":\"1\"}}").body()).contains("\"creationDate\":1772452800.250");
  }
}
