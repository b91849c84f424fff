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
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import software.amazon.awssdk.awscore.exception.AwsServiceException;
import software.amazon.awssdk.core.SdkRequest;
import software.amazon.awssdk.core.SdkResponse;
import software.amazon.awssdk.protocols.jsoncore.JsonNode;
import software.amazon.awssdk.services.swf.SwfClient;

/**
 * One pass of a replay: the calls of a recording, in a given order, against a fresh fake.
 *
 * <p>Each call runs on the fake's clock set to when it was sent, so that timers and timeouts fall
 * due as in the run (never earlier). Polls run with the fake's poll timeout at zero, and a poll that
 * finds no task waits, as it did in the run, until the moment it was answered: it is tried again
 * after each call (such polls in the order they were answered in the run), then one last time at
 * that moment, before any call sent after it. So a poll that waited in the run for a task that a
 * later call (or the passing of time) made gets it when it appears, and a poll that got nothing must
 * get nothing all the while it waited. Polls with the same request cannot be told apart by the
 * service, so a task goes to the one among them that got it in the run, even one sent later if it
 * may have come first.
 */
final class Pass {
  /** Errors that only say that the service was busy: nothing for the fake to reproduce. */
  private static final Set<String> TRANSIENT = Set.of("ThrottlingException", "Throttling", "RequestLimitExceeded",
      "ServiceUnavailable", "ServiceUnavailableException", "InternalFailure", "InternalServerError", "RequestTimeout");

  /** What a registration of something that existed before the recording gets. */
  private static final Set<String> ALREADY_EXISTS = Set.of("DomainAlreadyExistsFault", "TypeAlreadyExistsFault");

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

  private final List<RecordedCall> order;
  private final String[] regionAndAccount;
  private final List<RecordedCall> compared = new ArrayList<>();
  /** For each compared call's line, the place in the order of the last call sent when it was compared. */
  private final Map<Integer, Integer> comparedAfter = new HashMap<>();
  /** The place in the order of the last call sent (before a call is sent, the one before it). */
  private int sent = -1;
  /** Polls sent ahead of their turn, to take the task that they took in the run. */
  private final Set<RecordedCall> pulled = new HashSet<>();
  private final Ids ids = new Ids();
  private final Timeline timeline = new Timeline();
  private final List<Difference> differences = new ArrayList<>();
  private final List<Map.Entry<Integer, String>> notes = new ArrayList<>();
  private final List<Prepared> waiting = new ArrayList<>();
  private final Map<String, Integer> recordedIds;
  private FakeClock clock;
  private SwfClient client;
  private int replayed;

  /**
   * Prepares a pass.
   *
   * @param order the calls, in the order to send them
   * @param recordedIds each run id and task token of the recorded responses, with the first line that has it
   * @param regionAndAccount those of the recording's ARNs, or null if it has none
   */
  Pass(List<RecordedCall> order, Map<String, Integer> recordedIds, String[] regionAndAccount) {
    this.order = order;
    this.recordedIds = recordedIds;
    this.regionAndAccount = regionAndAccount;
  }

  /** What a pass found. */
  record Result(List<Difference> differences, List<Map.Entry<Integer, String>> notes, int replayed,
      List<RecordedCall> compared, Map<Integer, Integer> comparedAfter) {
    /** The first call, in the order the pass compared them, with a difference whose line is not accepted. */
    RecordedCall firstDiffering(Set<Integer> accepted) {
      int clean = cleanPrefix(accepted);
      return clean < compared.size() ? compared.get(clean) : null;
    }

    /** How many calls the pass compared before the first with a difference whose line is not accepted. */
    int cleanPrefix(Set<Integer> accepted) {
      Set<Integer> differing = new HashSet<>();
      for (Difference difference : differences) {
        if (!accepted.contains(difference.line())) {
          differing.add(difference.line());
        }
      }
      for (int i = 0; i < compared.size(); i++) {
        if (differing.contains(compared.get(i).line())) {
          return i;
        }
      }
      return compared.size();
    }

    /** Whether this pass matches the recording further than another before its first difference. */
    boolean betterThan(Result other, Set<Integer> accepted) {
      return cleanPrefix(accepted) > other.cleanPrefix(accepted);
    }
  }

  Result run() {
    clock = FakeClock.at(Instant.ofEpochMilli(order.isEmpty() ? 0 : order.get(0).sentAt()));
    SwfFake.Builder builder = SwfFake.builder().clock(clock).seed(1).pollTimeout(Duration.ZERO);
    if (regionAndAccount != null) {
      builder.region(regionAndAccount[0]).account(regionAndAccount[1]);
    }
    try (SwfFake fake = builder.build()) {
      client = fake.client();
      for (int at = 0; at < order.size(); at++) {
        RecordedCall call = order.get(at);
        String skipped = skipped(call);
        if (skipped != null) {
          notes.add(Map.entry(call.line(), "line " + call.line() + " " + call.operation() + ": not replayed: " + skipped));
          continue;
        }
        sent = at - 1; // what happens now happens before this call
        settle(call.sentSeq());
        if (advanceTo(call.sentAt())) {
          retryWaiting(); // in the run, they were there when time passed
        }
        if (pulled.contains(call)) {
          continue; // a poll already answered, ahead of its turn
        }
        Prepared prepared = prepare(call);
        Answer answer = call.isPoll() ? poll(prepared) : send(prepared);
        sent = at;
        replayed++;
        if (call.isPoll() && answer.isEmptyPoll()) {
          waiting.add(prepared); // it waits, as it did in the run, until it was answered
        } else {
          compare(prepared, answer);
        }
        retryWaiting();
      }
      sent = order.size() - 1;
      settle(Long.MAX_VALUE);
    }
    return new Result(differences, notes, replayed, compared, comparedAfter);
  }

  /** Why a call cannot be replayed, or null if it can. */
  static String skipped(RecordedCall call) {
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
      compare(last, poll(last)); // this one was answered now in the run: it goes first
      retryWaiting();
    }
  }

  /**
   * Tries again each poll put aside, in the order they were answered in the run (the first answered
   * got the first task); those that get a task are compared.
   */
  private void retryWaiting() {
    List<Prepared> byAnswer = new ArrayList<>(waiting);
    byAnswer.sort(Comparator.comparingLong(p -> p.call.receivedSeq()));
    for (Prepared poll : byAnswer) {
      if (waiting.contains(poll)) {
        Answer answer = poll(poll);
        if (!answer.isEmptyPoll()) {
          waiting.remove(poll);
          compare(poll, answer);
        }
      }
    }
  }

  /**
   * Sends a poll. Polls with the same request (domain, task list, identity) cannot be told apart by
   * the service, so when the task handed out is the one that another waiting poll of that request
   * got in the run, that poll gets it, and this one polls again.
   *
   * @return this poll's answer: a task, an empty poll or an error
   */
  private Answer poll(Prepared poll) {
    while (true) {
      Answer answer = send(poll);
      String task = answer.body == null ? null : task(answer.body);
      if (task == null || task.equals(task(poll.call))) {
        return answer;
      }
      String request = Json.text(poll.call.request());
      Prepared owner = null;
      for (Prepared other : waiting) {
        if (other != poll && task.equals(task(other.call)) && request.equals(Json.text(other.call.request()))
            && (owner == null || other.call.receivedSeq() < owner.call.receivedSeq())) {
          owner = other;
        }
      }
      if (owner != null) {
        waiting.remove(owner);
      } else {
        RecordedCall ahead = ahead(poll.call, task, request);
        if (ahead == null) {
          return answer;
        }
        pulled.add(ahead);
        replayed++;
        notes.add(Map.entry(ahead.line(), "line " + ahead.line() + " " + ahead.operation() + ": replayed ahead of its turn,"
            + " when line " + poll.call.line() + " (a poll with the same request) was handed the task it got in the run"));
        owner = prepare(ahead);
      }
      compare(owner, answer);
    }
  }

  /**
   * A poll with that request, not yet sent, that took that task in the run and may have been
   * served before every call between here and it: each of them was still unanswered when it was
   * sent. Null if there is none.
   */
  private RecordedCall ahead(RecordedCall polling, String task, String request) {
    long earliestAnswer = Long.MAX_VALUE;
    for (int i = sent + 1; i < order.size(); i++) {
      RecordedCall call = order.get(i);
      if (call.sentSeq() > earliestAnswer) {
        return null; // it was sent after a call between was answered: it cannot have come before it
      }
      if (call != polling && !pulled.contains(call) && task.equals(task(call))
          && request.equals(Json.text(call.request()))) {
        return call;
      }
      if (call != polling && !pulled.contains(call) && skipped(call) == null) {
        earliestAnswer = Math.min(earliestAnswer, call.receivedSeq());
      }
    }
    return null;
  }

  /** Which task a recorded poll got, or null if none. */
  private static String task(RecordedCall call) {
    return call.gotTask() ? task(((RecordedCall.Response) call.outcome()).body()) : null;
  }

  /** Which task a poll's response hands out (workflow id, activity id, started event id), or null if none. */
  private static String task(JsonNode body) {
    if (body.field("taskToken").isEmpty()) {
      return null;
    }
    return body.field("workflowExecution").flatMap(e -> e.field("workflowId")).map(JsonNode::asString).orElse("")
        + "|" + body.field("activityId").map(JsonNode::asString).orElse("")
        + "|" + body.field("startedEventId").map(JsonNode::asNumber).orElse("");
  }

  /** Moves the fake's clock forward to that moment; {@return whether it moved} */
  private boolean advanceTo(long millis) {
    if (millis > clock.millis()) {
      clock.set(Instant.ofEpochMilli(millis));
      return true;
    }
    return false;
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
    compared.add(call);
    comparedAfter.put(call.line(), sent);
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
            call.gotTask() ? "the recording got a task (" + describeTask(recorded) + "), the fake had none to hand out"
                : "the fake handed out a task (" + describeTask(answer.body) + "), the recording got none");
      } else {
        comparison.compare(recorded, answer.body);
      }
      return;
    }
    RecordedCall.ServiceError error = (RecordedCall.ServiceError) outcome;
    if (answer.body != null && call.operation().startsWith("Register") && ALREADY_EXISTS.contains(error.code())) {
      notes.add(Map.entry(call.line(), "line " + call.line() + " " + call.operation() + ": " + error.code()
          + " in the run, as it was there before the recording; the replay, which starts from an empty fake, "
          + "registered it here"));
      return;
    }
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
  private static String describeTask(JsonNode body) {
    String workflowId = body.field("workflowExecution").flatMap(e -> e.field("workflowId")).map(JsonNode::asString)
        .orElse(null);
    String activityId = body.field("activityId").map(JsonNode::asString).orElse(null);
    String startedEventId = body.field("startedEventId").map(JsonNode::asNumber).orElse("?");
    return (activityId != null ? "activity " + activityId + " of " : "") + "workflow " + workflowId
        + ", startedEventId " + startedEventId;
  }
}
