package dev.swftyped.fake;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpHandler;
import dev.swftyped.fake.internal.HttpDoor;
import java.io.IOException;
import java.io.OutputStream;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import software.amazon.awssdk.protocols.jsoncore.JsonNode;
import software.amazon.awssdk.protocols.jsoncore.JsonWriter;

/**
 * The server's test-control door, under {@code /swf-fake/}: the fake's clock, time skipping and
 * diagnostics for tests written in other languages. Bodies are JSON; times are epoch seconds.
 *
 * <ul>
 *   <li>{@code GET /swf-fake/clock}: {@code {"now": 1767225600.000}};
 *   <li>{@code POST /swf-fake/clock} with {@code {"advanceSeconds": 60}} or {@code {"set":
 *       1767225600}}: moves a fake clock and answers as GET does;
 *   <li>{@code POST /swf-fake/await-closed} with {@code {"domain": "d", "workflowId": "w",
 *       "maxFakeSeconds": 86400}}: {@link SwfFake#awaitClosed}, answering the run's {@code
 *       WorkflowExecutionInfo}, or 408 with the diagnostics;
 *   <li>{@code GET /swf-fake/diagnostics}: {@link SwfFake#diagnostics()} as text;
 *   <li>{@code POST /swf-fake/faults} with {@code {"fault": "throttling", "operations":
 *       ["StartWorkflowExecution"], "nth": 2, "probability": 0.5, "times": 1, "millis": 100}}
 *       (every member but {@code fault} optional; {@code millis} for {@code delay} and {@code
 *       fakeTimeDelay}): {@link SwfFake#inject}; {@code GET} lists the injected faults with their
 *       hits, {@code DELETE} removes them all;
 *   <li>{@code GET /swf-fake/calls}: the calls the fake answered, oldest first: operation, error
 *       code and injected fault.
 * </ul>
 */
final class ControlDoor implements HttpHandler {
  static final String PATH = "/swf-fake/";

  private final SwfFake fake;
  /** The faults injected through this door, which DELETE removes. */
  private final List<InjectedFault> injected = new ArrayList<>();

  ControlDoor(SwfFake fake) {
    this.fake = fake;
  }

  @Override
  public void handle(HttpExchange exchange) throws IOException {
    try (exchange) {
      String what = exchange.getRequestURI().getPath().substring(PATH.length());
      String method = exchange.getRequestMethod();
      try {
        if (what.equals("clock") && method.equals("GET")) {
          sendJson(exchange, 200, clock());
        } else if (what.equals("clock") && method.equals("POST")) {
          moveClock(body(exchange));
          sendJson(exchange, 200, clock());
        } else if (what.equals("await-closed") && method.equals("POST")) {
          awaitClosed(exchange, body(exchange));
        } else if (what.equals("faults") && method.equals("POST")) {
          InjectedFault fault = inject(body(exchange));
          synchronized (injected) {
            injected.add(fault);
          }
          sendJson(exchange, 200, faults());
        } else if (what.equals("faults") && method.equals("GET")) {
          sendJson(exchange, 200, faults());
        } else if (what.equals("faults") && method.equals("DELETE")) {
          synchronized (injected) {
            injected.forEach(InjectedFault::remove);
            injected.clear();
          }
          sendJson(exchange, 200, faults());
        } else if (what.equals("calls") && method.equals("GET")) {
          sendJson(exchange, 200, calls());
        } else if (what.equals("diagnostics") && method.equals("GET")) {
          send(exchange, 200, "text/plain; charset=utf-8", fake.diagnostics().getBytes(StandardCharsets.UTF_8));
        } else {
          sendJson(exchange, 404, message("Unknown test-control request " + method + " " + PATH + what
              + ": see the swf-fake README"));
        }
      } catch (IllegalArgumentException | IllegalStateException | ArithmeticException e) {
        sendJson(exchange, 400, message(e.getMessage()));
      }
    }
  }

  private byte[] clock() {
    JsonWriter writer = JsonWriter.create();
    writer.writeStartObject();
    writer.writeFieldName("now").writeNumber(BigDecimal.valueOf(fake.clock().millis(), 3).toPlainString());
    writer.writeEndObject();
    return writer.getBytes();
  }

  private FakeClock fakeClock() {
    if (!(fake.clock() instanceof FakeClock)) {
      throw new IllegalStateException("the server's fake runs on the system clock: start it with --fake-clock");
    }
    return (FakeClock) fake.clock();
  }

  private void moveClock(Map<String, JsonNode> body) {
    FakeClock clock = fakeClock();
    if (body.containsKey("advanceSeconds")) {
      clock.advance(Duration.ofMillis(new BigDecimal(body.get("advanceSeconds").asNumber()).movePointRight(3)
          .longValueExact()));
    } else if (body.containsKey("set")) {
      clock.set(Instant.ofEpochMilli(new BigDecimal(body.get("set").asNumber()).movePointRight(3).longValueExact()));
    } else {
      throw new IllegalArgumentException("send {\"advanceSeconds\": n} or {\"set\": epochSeconds}");
    }
  }

  private void awaitClosed(HttpExchange exchange, Map<String, JsonNode> body) throws IOException {
    String domain = text(body, "domain");
    String workflowId = text(body, "workflowId");
    JsonNode seconds = body.get("maxFakeSeconds");
    if (seconds == null || !seconds.isNumber()) {
      throw new IllegalArgumentException("send {\"domain\": ..., \"workflowId\": ..., \"maxFakeSeconds\": n}");
    }
    fakeClock();
    try {
      sendJson(exchange, 200, HttpDoor.json(fake.awaitClosed(domain, workflowId,
          Duration.ofSeconds(new BigDecimal(seconds.asNumber()).longValue()))));
    } catch (AssertionError e) {
      sendJson(exchange, 408, message(e.getMessage()));
    }
  }

  private InjectedFault inject(Map<String, JsonNode> body) {
    JsonNode kind = body.get("fault");
    if (kind == null || !kind.isString()) {
      throw new IllegalArgumentException("send {\"fault\": \"throttling\"} (or internalError, delay, fakeTimeDelay, "
          + "lostResponse), with operations, nth, probability, times and millis if needed");
    }
    Duration pause = Duration.ofMillis(body.containsKey("millis") ? number(body, "millis").longValue() : 0);
    Fault fault;
    switch (kind.asString()) {
      case "throttling":
        fault = Fault.throttling();
        break;
      case "internalError":
        fault = Fault.internalError();
        break;
      case "delay":
        fault = Fault.delay(pause);
        break;
      case "fakeTimeDelay":
        fault = Fault.fakeTimeDelay(pause);
        break;
      case "lostResponse":
        fault = Fault.lostResponse();
        break;
      default:
        throw new IllegalArgumentException("unknown fault " + kind.asString()
            + ": throttling, internalError, delay, fakeTimeDelay or lostResponse");
    }
    Calls calls = Calls.all();
    if (body.containsKey("operations")) {
      List<String> operations = new ArrayList<>();
      body.get("operations").asArray().forEach(node -> operations.add(node.asString()));
      calls = Calls.to(operations.toArray(new String[0]));
    }
    if (body.containsKey("nth")) {
      calls = calls.nth(number(body, "nth").intValueExact());
    }
    if (body.containsKey("probability")) {
      calls = calls.withProbability(number(body, "probability").doubleValue());
    }
    if (body.containsKey("times")) {
      calls = calls.times(number(body, "times").intValueExact());
    }
    return fake.inject(fault, calls);
  }

  private static BigDecimal number(Map<String, JsonNode> body, String member) {
    JsonNode value = body.get(member);
    if (!value.isNumber()) {
      throw new IllegalArgumentException(member + " must be a number");
    }
    return new BigDecimal(value.asNumber());
  }

  private byte[] faults() {
    JsonWriter writer = JsonWriter.create();
    writer.writeStartArray();
    synchronized (injected) {
      for (InjectedFault fault : injected) {
        writer.writeStartObject();
        writer.writeFieldName("fault").writeValue(fault.fault().toString());
        writer.writeFieldName("hits").writeValue(fault.hits());
        writer.writeEndObject();
      }
    }
    writer.writeEndArray();
    return writer.getBytes();
  }

  private byte[] calls() {
    JsonWriter writer = JsonWriter.create();
    writer.writeStartArray();
    for (SwfCall call : fake.calls()) {
      writer.writeStartObject();
      writer.writeFieldName("operation").writeValue(call.operation());
      writer.writeFieldName("time").writeNumber(BigDecimal.valueOf(call.time().toEpochMilli(), 3).toPlainString());
      if (call.errorCode().isPresent()) {
        writer.writeFieldName("errorCode").writeValue(call.errorCode().get());
      }
      if (call.fault().isPresent()) {
        writer.writeFieldName("fault").writeValue(call.fault().get().toString());
      }
      writer.writeEndObject();
    }
    writer.writeEndArray();
    return writer.getBytes();
  }

  private static String text(Map<String, JsonNode> body, String member) {
    JsonNode value = body.get(member);
    if (value == null || !value.isString()) {
      throw new IllegalArgumentException("send {\"domain\": ..., \"workflowId\": ..., \"maxFakeSeconds\": n}");
    }
    return value.asString();
  }

  private static Map<String, JsonNode> body(HttpExchange exchange) throws IOException {
    byte[] bytes = exchange.getRequestBody().readNBytes(64 * 1024);
    try {
      JsonNode node = JsonNode.parser().parse(bytes);
      if (node.isObject()) {
        return node.asObject();
      }
    } catch (RuntimeException e) {
      // answered below
    }
    throw new IllegalArgumentException("the body must be a JSON object");
  }

  private static byte[] message(String text) {
    JsonWriter writer = JsonWriter.create();
    writer.writeStartObject();
    writer.writeFieldName("message").writeValue(text);
    writer.writeEndObject();
    return writer.getBytes();
  }

  private static void sendJson(HttpExchange exchange, int status, byte[] body) throws IOException {
    send(exchange, status, "application/json", body);
  }

  private static void send(HttpExchange exchange, int status, String contentType, byte[] body) throws IOException {
    exchange.getResponseHeaders().set("Content-Type", contentType);
    exchange.sendResponseHeaders(status, body.length == 0 ? -1 : body.length);
    if (body.length > 0) {
      try (OutputStream out = exchange.getResponseBody()) {
        out.write(body);
      }
    }
  }
}
