package dev.swftyped.replay;

import java.util.List;
import java.util.Objects;

/**
 * What a replay found: every {@link Difference} between the recorded responses and the fake's, and
 * notes on calls it did not replay or replayed out of order. Its {@link #toString()} is the
 * readable report.
 *
 * <pre>{@code
 * SwfReplayer.replay(Path.of("run.jsonl")).assertNoDifferences();
 * }</pre>
 */
public final class ReplayReport {
  private final String recording;
  private final int calls;
  private final int replayed;
  private final List<Difference> differences;
  private final List<String> notes;

  ReplayReport(String recording, int calls, int replayed, List<Difference> differences, List<String> notes) {
    this.recording = Objects.requireNonNull(recording, "recording");
    this.calls = calls;
    this.replayed = replayed;
    this.differences = List.copyOf(differences);
    this.notes = List.copyOf(notes);
  }

  /**
   * {@return the name of the recording (its file name, or what the caller called it)}
   */
  public String recording() {
    return recording;
  }

  /**
   * {@return how many calls the recording holds}
   */
  public int calls() {
    return calls;
  }

  /**
   * {@return how many of them were replayed against the fake; the others are in the notes}
   */
  public int replayed() {
    return replayed;
  }

  /**
   * {@return every difference, in the order of the recording's lines}
   */
  public List<Difference> differences() {
    return differences;
  }

  /**
   * {@return what the reader of the report should know besides the differences: calls not replayed
   * (they got no answer from the service, or an error that only says it was busy) and calls replayed
   * after a call sent later, because they overlapped in time and the recording fits that order}
   */
  public List<String> notes() {
    return notes;
  }

  /**
   * {@return whether the fake answered every replayed call as recorded}
   */
  public boolean matches() {
    return differences.isEmpty();
  }

  /**
   * Fails unless the fake answered every replayed call as recorded, for JUnit and other test
   * frameworks.
   *
   * @return this report
   * @throws AssertionError with this report as its message if there is a difference
   */
  public ReplayReport assertNoDifferences() {
    if (!differences.isEmpty()) {
      throw new AssertionError(toString());
    }
    return this;
  }

  /**
   * {@return the report, for people: a summary line, each difference with both values, then the notes}
   */
  @Override
  public String toString() {
    StringBuilder text = new StringBuilder();
    text.append(recording).append(": ").append(calls).append(calls == 1 ? " call, " : " calls, ")
        .append(replayed).append(" replayed, ")
        .append(differences.isEmpty() ? "no differences" : differences.size()
            + (differences.size() == 1 ? " difference" : " differences"))
        .append('\n');
    for (Difference difference : differences) {
      text.append('\n').append("line ").append(difference.line()).append(' ').append(difference.operation());
      if (!difference.path().isEmpty()) {
        text.append("  ").append(difference.path());
      }
      text.append("  [").append(difference.kind()).append("]\n")
          .append("    recorded: ").append(difference.recorded()).append('\n')
          .append("    replayed: ").append(difference.replayed()).append('\n');
      if (!difference.detail().isEmpty()) {
        text.append("    ").append(difference.detail()).append('\n');
      }
    }
    if (!notes.isEmpty()) {
      text.append("\nnotes:\n");
      for (String note : notes) {
        text.append("  ").append(note).append('\n');
      }
    }
    return text.toString();
  }
}
