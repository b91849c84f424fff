package dev.swftyped.replay;

import java.io.BufferedReader;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import software.amazon.awssdk.protocols.jsoncore.JsonNode;

/**
 * One line of a recording: a call, with what it got.
 *
 * @param line the line's number in the recording, from 1
 * @param operation SWF's name of the operation
 * @param sentSeq the call's place among the recording's moments, when it was sent
 * @param sentAt when it was sent, in epoch milliseconds
 * @param receivedSeq its place among the recording's moments, when it was answered
 * @param receivedAt when it was answered, in epoch milliseconds
 * @param request the request, in SWF's JSON
 * @param outcome what the call got
 */
record RecordedCall(int line, String operation, long sentSeq, long sentAt, long receivedSeq, long receivedAt,
    JsonNode request, Outcome outcome) {

  /** What a call got. */
  sealed interface Outcome permits Response, ServiceError, ClientFailure {}

  /** The service's response, in SWF's JSON. */
  record Response(JsonNode body) implements Outcome {}

  /** The service's error. */
  record ServiceError(String code, String message, int status) implements Outcome {}

  /** The client's failure: no answer from the service. */
  record ClientFailure(String exception, String message) implements Outcome {}

  boolean isPoll() {
    return operation.equals("PollForDecisionTask") || operation.equals("PollForActivityTask");
  }

  /** Whether this is a poll that the recording says got a task. */
  boolean gotTask() {
    return isPoll() && outcome instanceof Response && ((Response) outcome).body().field("taskToken").isPresent();
  }

  /** A recording that cannot be read: the message names the line and what is wrong with it. */
  static final class BadRecording extends Exception {
    private static final long serialVersionUID = 1L;

    BadRecording(String message) {
      super(message);
    }
  }

  /** Reads every line of a recording; blank lines are skipped. */
  static List<RecordedCall> read(String name, BufferedReader reader) throws IOException, BadRecording {
    List<RecordedCall> calls = new ArrayList<>();
    int number = 0;
    for (String text = reader.readLine(); text != null; text = reader.readLine()) {
      number++;
      if (!text.isBlank()) {
        calls.add(parse(name, number, text));
      }
    }
    return calls;
  }

  private static RecordedCall parse(String name, int line, String text) throws BadRecording {
    String where = name + " line " + line + ": ";
    JsonNode node;
    try {
      node = Json.parse(text);
    } catch (RuntimeException e) {
      throw new BadRecording(where + "not JSON (" + e.getMessage() + ")");
    }
    if (!node.isObject()) {
      throw new BadRecording(where + "not a JSON object");
    }
    Map<String, JsonNode> members = node.asObject();
    String operation = string(members, "operation", where);
    if (!Members.OPERATIONS.containsKey(operation)) {
      throw new BadRecording(where + "SWF has no operation " + operation);
    }
    JsonNode request = members.get("request");
    if (request == null || !request.isObject()) {
      throw new BadRecording(where + "no request object");
    }
    List<String> outcomes = new ArrayList<>();
    for (String kind : List.of("response", "error", "failure")) {
      if (members.containsKey(kind)) {
        outcomes.add(kind);
      }
    }
    if (outcomes.size() != 1) {
      throw new BadRecording(where + "a call needs exactly one of response, error and failure; it has "
          + (outcomes.isEmpty() ? "none" : String.join(" and ", outcomes)));
    }
    Outcome outcome;
    JsonNode value = members.get(outcomes.get(0));
    if (!value.isObject()) {
      throw new BadRecording(where + outcomes.get(0) + " is not an object");
    }
    Map<String, JsonNode> fields = value.asObject();
    switch (outcomes.get(0)) {
      case "response":
        outcome = new Response(value);
        break;
      case "error":
        outcome = new ServiceError(string(fields, "code", where + "error: "), string(fields, "message", where + "error: "),
            (int) number(fields, "status", where + "error: "));
        break;
      default:
        outcome = new ClientFailure(string(fields, "exception", where + "failure: "),
            string(fields, "message", where + "failure: "));
    }
    return new RecordedCall(line, operation, number(members, "sentSeq", where), number(members, "sentAt", where),
        number(members, "receivedSeq", where), number(members, "receivedAt", where), request, outcome);
  }

  private static String string(Map<String, JsonNode> members, String name, String where) throws BadRecording {
    JsonNode value = members.get(name);
    if (value == null || !value.isString()) {
      throw new BadRecording(where + "no " + name + " string");
    }
    return value.asString();
  }

  private static long number(Map<String, JsonNode> members, String name, String where) throws BadRecording {
    JsonNode value = members.get(name);
    if (value == null || !value.isNumber()) {
      throw new BadRecording(where + "no " + name + " number");
    }
    try {
      return Long.parseLong(value.asNumber());
    } catch (NumberFormatException e) {
      throw new BadRecording(where + name + " is not a whole number: " + value.asNumber());
    }
  }
}
