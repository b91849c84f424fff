package dev.swftyped.replay;

import dev.swftyped.fake.AwsJson;
import dev.swftyped.fake.FakeClock;
import dev.swftyped.fake.SwfFake;
import java.lang.reflect.InvocationTargetException;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import software.amazon.awssdk.awscore.exception.AwsServiceException;
import software.amazon.awssdk.core.SdkRequest;
import software.amazon.awssdk.core.SdkResponse;
import software.amazon.awssdk.protocols.jsoncore.JsonNode;
import software.amazon.awssdk.services.swf.SwfClient;

/**
 * One replay of a recording against a fresh fake.
 *
 * <p>Order: calls run in the order they were sent ({@code sentSeq}), each on the fake's clock set to
 * when it was sent, so that timers and timeouts fall due as in the run (never earlier). A poll
 * that the recording says got a task, but finds none, was waiting in the run for a task that a
 * later call (or the passing of time) made: it is put aside and tried again after each call sent
 * before it was answered, then one last time at the moment it was answered; only then is an empty
 * answer a difference. Polls run with the fake's poll timeout at zero, so an empty poll answers at
 * once.
 */
final class Replay {
  private static final Pattern ARN = Pattern.compile("arn:aws[a-z-]*:swf:([a-z0-9-]+):([0-9]{12}):");
  /** Errors that only say that the service was busy: nothing for the fake to reproduce. */
  private static final Set<String> TRANSIENT = Set.of("ThrottlingException", "Throttling", "RequestLimitExceeded",
      "ServiceUnavailable", "ServiceUnavailableException", "InternalFailure", "InternalServerError", "RequestTimeout");

  /**
   * A recorded call ready to send: its request with the fake's ids, and what the report should say
   * of the recorded ids in it that the fake has no counterpart for (empty if none).
   */
  private record Prepared(RecordedCall call, SdkRequest request, String unmapped) {}

  /** What the fake answered: a response body, or an error. */
  private record Answer(JsonNode body, String code, String message, int status) {
    boolean isEmptyPoll() {
      return body != null && body.field("taskToken").isEmpty();
    }

    String describe() {
      return body != null ? "a response" : code + " (" + status + "): " + message;
    }
  }

  private final String name;
  private final List<RecordedCall> calls;
  private final Ids ids = new Ids();
  private final Timeline timeline = new Timeline();
  private final List<Difference> differences = new ArrayList<>();
  private final List<Map.Entry<Integer, String>> notes = new ArrayList<>();
  private final List<Prepared> waiting = new ArrayList<>();
  /** Each run id and task token of the recorded responses, with the first line that has it. */
  private final Map<String, Integer> recordedIds = new HashMap<>();
  private FakeClock clock;
  private SwfClient client;
  private int replayed;

  Replay(String name, List<RecordedCall> calls) throws RecordedCall.BadRecording {
    this.name = name;
    this.calls = calls;
    for (RecordedCall call : calls) {
      if (call.outcome() instanceof RecordedCall.Response) {
        Json.write(((RecordedCall.Response) call.outcome()).body(), (member, value) -> {
          Members.Kind kind = Members.kind(member);
          if (kind == Members.Kind.RUN_ID || kind == Members.Kind.TASK_TOKEN) {
            recordedIds.putIfAbsent(value, call.line());
          }
          return value;
        });
      }
      try {
        AwsJson.readRequest(call.operation(), Json.bytes(call.request(), Json.Rewrite.NONE));
      } catch (IllegalArgumentException e) {
        throw new RecordedCall.BadRecording(name + " line " + call.line() + ": the request cannot be read: "
            + e.getMessage());
      }
    }
  }

  ReplayReport run() {
    List<RecordedCall> bySending = new ArrayList<>(calls);
    bySending.sort(Comparator.comparingLong(RecordedCall::sentSeq).thenComparingInt(RecordedCall::line));
    clock = FakeClock.at(Instant.ofEpochMilli(bySending.isEmpty() ? 0 : bySending.get(0).sentAt()));
    SwfFake.Builder builder = SwfFake.builder().clock(clock).seed(1).pollTimeout(Duration.ZERO);
    String[] regionAndAccount = regionAndAccount();
    if (regionAndAccount != null) {
      builder.region(regionAndAccount[0]).account(regionAndAccount[1]);
    }
    try (SwfFake fake = builder.build()) {
      client = fake.client();
      for (RecordedCall call : bySending) {
        String skipped = skipped(call);
        if (skipped != null) {
          notes.add(Map.entry(call.line(), "line " + call.line() + " " + call.operation() + ": not replayed: " + skipped));
          continue;
        }
        settle(call.sentSeq());
        advanceTo(call.sentAt());
        Prepared prepared = prepare(call);
        Answer answer = send(prepared);
        replayed++;
        if (call.gotTask() && answer.isEmptyPoll()) {
          waiting.add(prepared);
        } else {
          compare(prepared, answer);
        }
        retryWaiting();
      }
      settle(Long.MAX_VALUE);
    }
    differences.sort(Comparator.comparingInt(Difference::line));
    notes.sort(Map.Entry.comparingByKey());
    return new ReplayReport(name, calls.size(), replayed, differences, notes.stream().map(Map.Entry::getValue).toList());
  }

  /** Why a call cannot be replayed, or null if it can. */
  private static String skipped(RecordedCall call) {
    if (call.outcome() instanceof RecordedCall.ClientFailure) {
      RecordedCall.ClientFailure failure = (RecordedCall.ClientFailure) call.outcome();
      return "the client got no answer (" + failure.exception() + ": " + failure.message()
          + "); if SWF carried it out, later calls may differ";
    }
    if (call.outcome() instanceof RecordedCall.ServiceError) {
      RecordedCall.ServiceError error = (RecordedCall.ServiceError) call.outcome();
      if (error.status() >= 500 || TRANSIENT.contains(error.code())) {
        return "SWF was busy (" + error.code() + ": " + error.message() + ")";
      }
    }
    return null;
  }

  /**
   * Gives each poll put aside that was answered before {@code beforeSeq} its last chance, at the
   * moment it was answered, the earliest answered first.
   */
  private void settle(long beforeSeq) {
    while (true) {
      Prepared last = null;
      for (Prepared poll : waiting) {
        if (poll.call.receivedSeq() < beforeSeq && (last == null || poll.call.receivedSeq() < last.call.receivedSeq())) {
          last = poll;
        }
      }
      if (last == null) {
        return;
      }
      advanceTo(last.call.receivedAt());
      waiting.remove(last);
      compare(last, send(last)); // this one was answered now in the run: it goes first
      retryWaiting();
    }
  }

  /** Tries again each poll put aside, in the order they were sent; those that get a task are compared. */
  private void retryWaiting() {
    for (Prepared poll : new ArrayList<>(waiting)) {
      Answer answer = send(poll);
      if (!answer.isEmptyPoll()) {
        waiting.remove(poll);
        compare(poll, answer);
      }
    }
  }

  private void advanceTo(long millis) {
    if (millis > clock.millis()) {
      clock.set(Instant.ofEpochMilli(millis));
    }
  }

  /** The recorded request, with the fake's run ids, task tokens and page tokens in place of the recorded ones. */
  private Prepared prepare(RecordedCall call) {
    List<String> unmapped = new ArrayList<>();
    byte[] body = Json.bytes(call.request(), (member, value) -> {
      Members.Kind kind = Members.kind(member);
      if (kind == Members.Kind.VALUE || kind == Members.Kind.TIMESTAMP) {
        return value;
      }
      String fake = ids.toFake(kind, value);
      Integer line = recordedIds.get(value);
      if (fake.equals(value) && line != null) {
        unmapped.add("the request's " + kind.noun + " (" + member + ") is the one recorded at line " + line
            + ", which the fake has no counterpart for");
      }
      return fake;
    });
    return new Prepared(call, AwsJson.readRequest(call.operation(), body), String.join("; ", unmapped));
  }

  private Answer send(Prepared prepared) {
    try {
      SdkResponse response = (SdkResponse) Members.OPERATIONS.get(prepared.call.operation())
          .invoke(client, prepared.request);
      return new Answer(Json.parse(AwsJson.write(response)), null, null, 0);
    } catch (InvocationTargetException e) {
      Throwable cause = e.getCause();
      if (cause instanceof AwsServiceException && ((AwsServiceException) cause).awsErrorDetails() != null) {
        AwsServiceException error = (AwsServiceException) cause;
        return new Answer(null, error.awsErrorDetails().errorCode(), String.valueOf(error.awsErrorDetails().errorMessage()),
            error.statusCode());
      }
      return new Answer(null, "(the fake failed)", String.valueOf(cause), 0);
    } catch (IllegalAccessException e) {
      throw new IllegalStateException("SwfClient's methods are public", e);
    }
  }

  private void compare(Prepared prepared, Answer answer) {
    RecordedCall call = prepared.call;
    Comparison comparison = new Comparison(call, ids, timeline, differences);
    RecordedCall.Outcome outcome = call.outcome();
    if (outcome instanceof RecordedCall.Response) {
      JsonNode recorded = ((RecordedCall.Response) outcome).body();
      if (answer.body == null) {
        comparison.add(Difference.Kind.ERROR, "", "a response", answer.describe(), prepared.unmapped);
      } else if (call.isPoll() && call.gotTask() != !answer.isEmptyPoll()) {
        comparison.add(call.gotTask() ? Difference.Kind.MISSING : Difference.Kind.UNEXPECTED, "taskToken",
            call.gotTask() ? Json.text(recorded.field("taskToken").get()) : Difference.ABSENT,
            call.gotTask() ? Difference.ABSENT : Json.text(answer.body.field("taskToken").get()),
            call.gotTask() ? "the recording got a task (" + task(recorded) + "), the fake had none to hand out"
                : "the fake handed out a task (" + task(answer.body) + "), the recording got none");
      } else {
        comparison.compare(recorded, answer.body);
      }
      return;
    }
    RecordedCall.ServiceError error = (RecordedCall.ServiceError) outcome;
    if (answer.body != null) {
      comparison.add(Difference.Kind.ERROR, "", error.code() + " (" + error.status() + "): " + error.message(),
          "a response", "");
      return;
    }
    if (!error.code().equals(answer.code)) {
      comparison.add(Difference.Kind.ERROR, "error.code", Json.quote(error.code()), Json.quote(answer.code),
          prepared.unmapped);
    }
    String message = ids.toFake(error.message());
    if (!message.equals(answer.message)) {
      comparison.add(Difference.Kind.ERROR, "error.message", Json.quote(error.message()), Json.quote(answer.message),
          message.equals(error.message()) ? "" : "with the fake's ids, the recorded message reads " + Json.quote(message));
    }
    if (error.status() != answer.status) {
      comparison.add(Difference.Kind.ERROR, "error.status", String.valueOf(error.status()),
          String.valueOf(answer.status), "");
    }
  }

  /** A task as a poll's response has it, in a few words. */
  private static String task(JsonNode body) {
    String workflowId = body.field("workflowExecution").flatMap(e -> e.field("workflowId")).map(JsonNode::asString)
        .orElse(null);
    String activityId = body.field("activityId").map(JsonNode::asString).orElse(null);
    String startedEventId = body.field("startedEventId").map(JsonNode::asNumber).orElse("?");
    return (activityId != null ? "activity " + activityId + " of " : "") + "workflow " + workflowId
        + ", startedEventId " + startedEventId;
  }

  /** The region and account of the first SWF ARN in the recording, so that the fake's ARNs are the same. */
  private String[] regionAndAccount() {
    for (RecordedCall call : calls) {
      String text = Json.text(call.request())
          + (call.outcome() instanceof RecordedCall.Response ? Json.text(((RecordedCall.Response) call.outcome()).body())
              : "");
      Matcher arn = ARN.matcher(text);
      if (arn.find()) {
        return new String[] {arn.group(1), arn.group(2)};
      }
    }
    return null;
  }
}
