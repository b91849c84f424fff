package dev.swftyped.replay;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Objects;

/**
 * Replays a recording made by {@link SwfRecorder} against a fresh swf-fake and reports every
 * structural difference between the recorded responses and the fake's.
 *
 * <pre>{@code
 * ReplayReport report = SwfReplayer.replay(Path.of("run.jsonl"));
 * report.assertNoDifferences(); // in a test: fails with the readable report
 * }</pre>
 *
 * <p>The recording's requests run in the order they were sent, on a {@code FakeClock} set to when
 * each was sent, so that timers and timeouts fall due as they did. Polls answer at once; a poll
 * that finds no task waits, as it did in the run, until the moment it was answered, and gets the
 * task a later call (or the passing of time) makes. Calls that overlapped in time may have taken
 * effect in another order than they were sent: where the fake's answers differ, the replayer tries
 * such orders (on fresh fakes) and keeps one that the recording fits further; polls with the same
 * request, which the service cannot tell apart, get the tasks they got in the run.
 *
 * <p>Run ids, task tokens and page tokens from the recorded responses are mapped to the fake's, and
 * the fake's are put in place of the recorded ones in later requests. Each response is compared
 * member by member (present or absent, equal values, lists in order), each error by code, message
 * (with the fake's ids in place of the recorded ones) and HTTP status. What must differ is not
 * compared, but its relations are: a recorded run id or task token always stands for the same one
 * of the fake's (and different ones for different ones), and timestamps keep their recorded order.
 * Request ids are ignored. Calls that got no answer from the service, or only a throttling or
 * internal error, are not replayed; the report notes them, and the calls replayed out of order.
 * The fake starts empty: a registration that SWF refused because the domain or type already existed
 * is carried out instead (and noted).
 *
 * <p>From the command line, {@code java -jar swf-replay.jar RECORDING} prints the report and exits
 * with 0 if there is no difference, 1 if there is one, and 2 if the recording cannot be read.
 */
public final class SwfReplayer {
  private SwfReplayer() {}

  /**
   * Replays a recording file.
   *
   * @param recording the recording
   * @return the report, named after the file
   * @throws IllegalArgumentException if the recording is not one {@link SwfRecorder} writes; the
   *     message names the line
   * @throws UncheckedIOException if the file cannot be read
   */
  public static ReplayReport replay(Path recording) {
    Objects.requireNonNull(recording, "recording");
    try (BufferedReader reader = Files.newBufferedReader(recording, StandardCharsets.UTF_8)) {
      return replay(String.valueOf(recording.getFileName()), reader);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read the recording " + recording, e);
    }
  }

  /**
   * Replays a recording read from a stream (a resource of a test, standard input).
   *
   * @param name what the report calls the recording
   * @param recording the recording's lines, in UTF-8; not closed
   * @return the report
   * @throws IllegalArgumentException if the recording is not one {@link SwfRecorder} writes; the
   *     message names the line
   * @throws UncheckedIOException if the stream cannot be read
   */
  public static ReplayReport replay(String name, InputStream recording) {
    Objects.requireNonNull(name, "name");
    Objects.requireNonNull(recording, "recording");
    try {
      return replay(name, new BufferedReader(new InputStreamReader(recording, StandardCharsets.UTF_8)));
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read the recording " + name, e);
    }
  }

  private static ReplayReport replay(String name, BufferedReader reader) throws IOException {
    try {
      List<RecordedCall> calls = RecordedCall.read(name, reader);
      return new Replay(name, calls).run();
    } catch (RecordedCall.BadRecording e) {
      throw new IllegalArgumentException(e.getMessage(), e);
    }
  }

  /**
   * Replays a recording from the command line and prints the report: {@code java -jar
   * swf-replay.jar RECORDING} ({@code -} reads standard input). Exits with 0 if the fake answered
   * every call as recorded, 1 if there is a difference, and 2 if the recording cannot be read or the
   * arguments are wrong.
   *
   * @param args the recording's file name
   */
  public static void main(String... args) {
    int status = Cli.run(List.of(args), System.in, System.out, System.err);
    System.out.flush();
    if (status != 0) {
      System.exit(status);
    }
  }
}
