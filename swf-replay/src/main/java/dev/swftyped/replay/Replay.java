package dev.swftyped.replay;

import dev.swftyped.fake.AwsJson;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A replay of a recording: passes against fresh fakes, until an order of the calls is found that
 * the fake answers as recorded, or no reordering helps.
 *
 * <p>The first pass sends the calls in the order they were sent in the run. Calls that overlapped
 * in time (one was sent before the other was answered) may have taken effect in either order, and
 * the recording does not say which; when a call differs, the replay tries delaying a call sent
 * shortly before the difference was found to just after a later one it overlapped (nearest first),
 * and keeps the first move after which the replay matches the recording further. A call no move helps
 * keeps its differences. A fake with the same seed
 * answers the same calls the same way, so the passes can be compared. Moves never break the order
 * of calls that did not overlap, and the report names every call replayed out of order.
 */
final class Replay {
  /** How many passes a replay may make, beyond the first. */
  static final int MAX_PASSES = 200;
  /** How many calls before and after the place where a difference was found a move may reorder. */
  static final int WINDOW = 10;

  private static final Pattern ARN = Pattern.compile("arn:aws[a-z-]*:swf:([a-z0-9-]+):([0-9]{12}):");

  private final String name;
  private final List<RecordedCall> calls;
  /** Each run id and task token of the recorded responses, with the first line that has it. */
  private final Map<String, Integer> recordedIds = new HashMap<>();
  private final String[] regionAndAccount;

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
    this.regionAndAccount = regionAndAccount(calls);
  }

  ReplayReport run() {
    List<RecordedCall> order = new ArrayList<>(calls);
    order.sort(Comparator.comparingLong(RecordedCall::sentSeq).thenComparingInt(RecordedCall::line));
    Pass.Result best = new Pass(order, recordedIds, regionAndAccount).run();
    Set<Integer> accepted = new HashSet<>();
    Map<Integer, String> moved = new TreeMap<>();
    int passes = 0;
    RecordedCall differing = best.firstDiffering(accepted);
    while (differing != null && passes < MAX_PASSES) {
      boolean improved = false;
      for (int[] move : moves(order, best.comparedAfter().get(differing.line()))) {
        if (passes++ >= MAX_PASSES) {
          break;
        }
        List<RecordedCall> tried = new ArrayList<>(order);
        RecordedCall earlier = tried.remove(move[0]);
        tried.add(move[1], earlier); // just after the later one, which moved up by one
        Pass.Result result = new Pass(tried, recordedIds, regionAndAccount).run();
        if (result.betterThan(best, accepted)) {
          RecordedCall after = tried.get(move[1] - 1);
          moved.put(earlier.line(), "line " + earlier.line() + " " + earlier.operation() + ": replayed after line "
              + after.line() + " " + after.operation() + ", which was sent later: they overlapped in time, and the "
              + "recording fits this order");
          order = tried;
          best = result;
          improved = true;
          break;
        }
      }
      if (!improved) {
        accepted.add(differing.line());
      }
      differing = best.firstDiffering(accepted);
    }
    return report(best, moved);
  }

  /**
   * The moves that may explain a difference found when the call at {@code at} in the order had just
   * been sent: each delays a call among the {@link #WINDOW} up to {@code at} to just after a later
   * one, up to {@link #WINDOW} calls past {@code at}, that it overlapped in time (it was not yet
   * answered when the later one was sent). The nearest to the difference first, the shortest delay
   * first. Each is {@code [from, to]}, places in the order.
   */
  private static List<int[]> moves(List<RecordedCall> order, int at) {
    List<int[]> moves = new ArrayList<>();
    for (int earlier = Math.min(at, order.size() - 1); earlier >= 0 && earlier > at - WINDOW; earlier--) {
      RecordedCall delayed = order.get(earlier);
      if (Pass.skipped(delayed) != null) {
        continue;
      }
      for (int later = earlier + 1; later < order.size() && later <= at + WINDOW; later++) {
        RecordedCall call = order.get(later);
        if (delayed.receivedSeq() > call.sentSeq() && Pass.skipped(call) == null) {
          moves.add(new int[] {earlier, later});
        }
      }
    }
    return moves;
  }

  private ReplayReport report(Pass.Result result, Map<Integer, String> moved) {
    List<Difference> differences = new ArrayList<>(result.differences());
    differences.sort(Comparator.comparingInt(Difference::line));
    List<Map.Entry<Integer, String>> notes = new ArrayList<>(result.notes());
    notes.addAll(moved.entrySet());
    notes.sort(Map.Entry.comparingByKey());
    return new ReplayReport(name, calls.size(), result.replayed(), differences,
        notes.stream().map(Map.Entry::getValue).toList());
  }

  /** The region and account of the first SWF ARN in the recording, so that the fake's ARNs are the same. */
  private static String[] regionAndAccount(List<RecordedCall> calls) {
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
