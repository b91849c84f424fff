package dev.swftyped.fake.internal;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpHandler;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.util.Locale;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import software.amazon.awssdk.core.SdkRequest;
import software.amazon.awssdk.services.swf.model.SwfResponse;

/**
 * The HTTP door: SWF's AWS JSON 1.0 protocol over the JDK's HTTP server, onto the same engine as
 * the in-process client. Anything a client sends gets a well-formed AWS error, never a 500.
 */
public final class HttpDoor implements HttpHandler {
  /** SWF's limit on a request's size. */
  static final int MAX_BODY = 1024 * 1024;

  private static final String TARGET_PREFIX = "SimpleWorkflowService.";
  private static final String LEGACY_TARGET_PREFIX = "com.amazonaws.swf.service.model.SimpleWorkflowService.";
  private static final String JSON_1_0 = "application/x-amz-json-1.0";
  private static final String JSON = "application/json";
  private static final String SERIALIZATION = "com.amazonaws.swf.base.model#SerializationException";
  private static final String UNKNOWN_OPERATION = "com.amazon.coral.service#UnknownOperationException";

  private final Engine engine;

  public HttpDoor(Engine engine) {
    this.engine = engine;
  }

  /**
   * Answers one request. A poll with no task to hand out holds its exchange, not its thread: the
   * answer is sent when the engine completes the poll, from the thread that completes it.
   */
  @Override
  public void handle(HttpExchange exchange) throws IOException {
    boolean answered = true; // whether this method, not the engine's completion, closes the exchange
    try {
      String contentType = exchange.getRequestHeaders().getFirst("Content-Type");
      boolean legacy = contentType != null && mediaType(contentType).equals(JSON);
      String responseType = legacy ? JSON : JSON_1_0;
      if (!exchange.getRequestMethod().equals("POST")) {
        exchange.getResponseHeaders().set("Allow", "POST");
        send(exchange, 405, responseType, null, JsonCodec.error(UNKNOWN_OPERATION,
            "SWF takes requests by POST to /, not by " + exchange.getRequestMethod()));
        return;
      }
      Operation operation = Operation.named(operation(exchange.getRequestHeaders().getFirst("X-Amz-Target")));
      if (operation == null) {
        send(exchange, 400, responseType, null, JsonCodec.error(UNKNOWN_OPERATION,
            "Unknown operation: X-Amz-Target should be SimpleWorkflowService.<Operation>"));
        return;
      }
      if (contentType == null || !(legacy || mediaType(contentType).equals(JSON_1_0))) {
        send(exchange, 400, responseType, null, JsonCodec.error(SERIALIZATION,
            "Unsupported Content-Type " + contentType + ": send " + JSON_1_0));
        return;
      }
      byte[] body = read(exchange.getRequestBody());
      if (body == null) {
        exchange.getResponseHeaders().set("Connection", "close");
        send(exchange, 413, responseType, null, JsonCodec.error(SERIALIZATION,
            "The request is larger than SWF's limit of " + MAX_BODY + " bytes"));
        return;
      }
      if (body.length == 0) {
        send(exchange, 400, responseType, null, JsonCodec.error(SERIALIZATION,
            "The request body is empty: send a JSON object, {} at least"));
        return;
      }
      SdkRequest request;
      try {
        request = JsonCodec.request(operation.wireName, body);
      } catch (JsonCodec.BadRequest e) {
        send(exchange, 400, responseType, null, JsonCodec.error(SERIALIZATION, e.getMessage()));
        return;
      }
      CompletableFuture<SwfResponse> outcome = engine.submit(operation, request);
      answered = false;
      outcome.whenComplete((response, error) -> answer(exchange, responseType, response, error));
    } catch (RuntimeException e) {
      // A fault of the fake's own, not of the request: say so rather than hang up.
      send(exchange, 500, JSON_1_0, null, JsonCodec.error("com.amazon.coral.service#InternalFailure",
          "swf-fake failed: " + e));
    } finally {
      if (answered) {
        exchange.close();
      }
    }
  }

  /** Sends an operation's outcome; for a poll that waited, from the thread that completed it. */
  private static void answer(HttpExchange exchange, String responseType, SwfResponse response, Throwable error) {
    try {
      if (error == null) {
        send(exchange, 200, responseType, response.responseMetadata().requestId(), JsonCodec.response(response));
      } else if (error instanceof SwfFault) {
        SwfFault fault = (SwfFault) error;
        send(exchange, fault.status(), responseType, fault.requestId(),
            JsonCodec.error(fault.wireType(), fault.getMessage()));
      } else if (error instanceof Injection.LostResponse) {
        // The call took effect; its caller sees the connection close with no response.
        exchange.getResponseHeaders().set("Connection", "close");
      } else {
        send(exchange, 500, JSON_1_0, null, JsonCodec.error("com.amazon.coral.service#InternalFailure",
            "swf-fake failed: " + error));
      }
    } catch (IOException e) {
      // The client has gone; nothing is left to tell it.
    } finally {
      exchange.close();
    }
  }

  /** An SDK response or model object as AWS JSON, for the fake's test-control door. */
  public static byte[] json(software.amazon.awssdk.core.SdkPojo pojo) {
    return JsonCodec.response(pojo);
  }

  private static String operation(String target) {
    if (target == null) {
      return null;
    }
    if (target.startsWith(TARGET_PREFIX)) {
      return target.substring(TARGET_PREFIX.length());
    }
    if (target.startsWith(LEGACY_TARGET_PREFIX)) {
      return target.substring(LEGACY_TARGET_PREFIX.length());
    }
    return null;
  }

  private static String mediaType(String contentType) {
    int parameters = contentType.indexOf(';');
    return (parameters < 0 ? contentType : contentType.substring(0, parameters)).strip().toLowerCase(Locale.ROOT);
  }

  /** Reads the body, or returns null if it is larger than SWF accepts. */
  private static byte[] read(InputStream in) throws IOException {
    byte[] body = in.readNBytes(MAX_BODY + 1);
    return body.length > MAX_BODY ? null : body;
  }

  private static void send(HttpExchange exchange, int status, String contentType, String requestId, byte[] body)
      throws IOException {
    exchange.getResponseHeaders().set("Content-Type", contentType);
    exchange.getResponseHeaders().set("x-amzn-RequestId", requestId != null ? requestId : UUID.randomUUID().toString());
    exchange.sendResponseHeaders(status, body.length == 0 ? -1 : body.length);
    if (body.length > 0) {
      try (OutputStream out = exchange.getResponseBody()) {
        out.write(body);
      }
    }
  }
}
