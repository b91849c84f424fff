package dev.swftyped.replay;

import java.util.Objects;

/**
 * One way in which the fake answered a recorded call differently from the recording.
 *
 * @param line the call's line in the recording, from 1
 * @param operation SWF's name of the call's operation ({@code PollForDecisionTask})
 * @param kind what differs
 * @param path where in the response: member names and 0-based list indexes
 *     ({@code events[3].eventType}); {@code error.code}, {@code error.message} or {@code
 *     error.status} for an error; empty when the outcome as a whole differs
 * @param recorded the recorded value as JSON, or {@code (absent)}
 * @param replayed the fake's value as JSON, or {@code (absent)}
 * @param detail what else explains the difference (the earlier call an id was mapped at); may be empty
 */
public record Difference(int line, String operation, Kind kind, String path, String recorded, String replayed,
    String detail) {
  /** What a missing value reads as in {@link #recorded()} and {@link #replayed()}. */
  public static final String ABSENT = "(absent)";

  /** What differs. */
  public enum Kind {
    /** A member (or list item) is in the recorded response and not in the fake's. */
    MISSING,
    /** A member (or list item) is in the fake's response and not in the recorded one. */
    UNEXPECTED,
    /** A member has different values. */
    VALUE,
    /** The outcome differs: an error against a response, or another error code, message or status. */
    ERROR,
    /**
     * Values that must differ between runs are related differently: a recorded run id or task
     * token stands for two of the fake's (or two for one), or timestamps are in another order.
     */
    RELATION
  }

  /**
   * Creates a difference after checking its components.
   *
   * @param line the call's line in the recording, from 1
   * @param operation SWF's name of the call's operation
   * @param kind what differs
   * @param path where in the response; empty when the outcome as a whole differs
   * @param recorded the recorded value as JSON, or {@code (absent)}
   * @param replayed the fake's value as JSON, or {@code (absent)}
   * @param detail what else explains the difference; may be empty
   * @throws NullPointerException if a component is null
   */
  public Difference {
    Objects.requireNonNull(operation, "operation");
    Objects.requireNonNull(kind, "kind");
    Objects.requireNonNull(path, "path");
    Objects.requireNonNull(recorded, "recorded");
    Objects.requireNonNull(replayed, "replayed");
    Objects.requireNonNull(detail, "detail");
  }

  /**
   * {@return the difference on one line:}
   * {@code line 12 PollForDecisionTask events[3].eventType: recorded "TimerFired", replayed "TimerStarted"}
   */
  @Override
  public String toString() {
    return "line " + line + " " + operation + (path.isEmpty() ? "" : " " + path) + ": recorded " + recorded
        + ", replayed " + replayed + (detail.isEmpty() ? "" : " (" + detail + ")");
  }
}
