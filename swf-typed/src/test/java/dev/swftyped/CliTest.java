package dev.swftyped;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.PrintStream;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import software.amazon.awssdk.protocols.jsoncore.JsonNode;

/**
 * The command line, run in process on golden files: a history (as SWF's response with epoch
 * seconds, and as a bare array with the AWS CLI's ISO-8601 timestamps), the state built from it, and
 * its summaries with and without results.
 */
class CliTest {
  @TempDir
  Path dir;

  /** Standard output as the command line sees it; it records whether anyone closed it. */
  static final class Stdout extends PrintStream {
    final ByteArrayOutputStream bytes;
    boolean closed;

    Stdout() {
      this(new ByteArrayOutputStream());
    }

    private Stdout(ByteArrayOutputStream bytes) {
      super(bytes, true, StandardCharsets.UTF_8);
      this.bytes = bytes;
    }

    @Override
    public void close() {
      closed = true;
      super.close();
    }

    String text() {
      return bytes.toString(StandardCharsets.UTF_8);
    }
  }

  final Stdout out = new Stdout();
  final Stdout err = new Stdout();

  static Path resource(String name) {
    try {
      return Path.of(CliTest.class.getResource("cli/" + name).toURI());
    } catch (URISyntaxException e) {
      throw new AssertionError(e);
    }
  }

  static String read(String name) throws IOException {
    return Files.readString(resource(name));
  }

  static JsonNode json(String text) {
    return JsonNode.parser().parse(text);
  }

  int run(InputStream in, String... args) {
    return Cli.run(List.of(args), in, out, err);
  }

  int run(String... args) {
    return run(InputStream.nullInputStream(), args);
  }

  @Test
  void buildStateReadsAHistoryResponseAndWritesTheStateToStandardOutput() throws IOException {
    int status = run("build-state", resource("history.json").toString(), "-");

    assertThat(status).isZero();
    assertThat(json(out.text())).isEqualTo(json(read("state.json")));
    assertThat(out.text()).endsWith("\n");
    assertThat(err.text()).isEmpty();
    assertThat(out.closed).isFalse();
  }

  @Test
  void buildStateReadsABareArrayOfEventsWithIsoTimestampsFromStandardInput() throws IOException {
    int status = run(Files.newInputStream(resource("history-events.json")), "build-state", "-", "-");

    assertThat(status).isZero();
    assertThat(json(out.text())).isEqualTo(json(read("state.json")));
  }

  @Test
  void buildStateWritesTheStateToAFileAndNothingToStandardOutput() throws IOException {
    Path state = dir.resolve("state.json");

    int status = run("build-state", resource("history.json").toString(), state.toString());

    assertThat(status).isZero();
    assertThat(json(Files.readString(state))).isEqualTo(json(read("state.json")));
    assertThat(out.text()).isEmpty();
    assertThat(out.closed).isFalse();
  }

  @Test
  void formatStateSummarisesStatusTimesAndTasks() throws IOException {
    int status = run("format-state", resource("state.json").toString());

    assertThat(status).isZero();
    assertThat(out.text()).isEqualTo(read("summary.txt"));
    assertThat(out.closed).isFalse();
  }

  @Test
  void formatStateWithResultsAddsResultsErrorsTimeoutsAndDetails() throws IOException {
    int status = run(Files.newInputStream(resource("state.json")), "format-state", "-R", "-");

    assertThat(status).isZero();
    assertThat(out.text()).isEqualTo(read("summary-results.txt"));
    assertThat(run(Files.newInputStream(resource("state.json")), "format-state", "--output-results", "-"))
        .isZero();
    assertThat(out.text()).isEqualTo(read("summary-results.txt") + read("summary-results.txt"));
    assertThat(out.closed).isFalse();
  }

  @Test
  void aCompletedExecutionShowsItsResultWithResults() {
    String state = "{\"workflow\":{\"name\":\"Order\",\"version\":\"1\"},\"status\":\"completed\","
        + "\"started\":\"2026-05-01T09:00:00Z\",\"ended\":\"2026-05-01T10:00:00Z\",\"result\":\"ok\",\"tasks\":[]}";

    int status = run(new ByteArrayInputStream(state.getBytes(StandardCharsets.UTF_8)), "format-state", "-R", "-");

    assertThat(status).isZero();
    assertThat(out.text()).isEqualTo(String.join("\n", "status: completed", "workflow: Order @ 1",
        "started: 2026-05-01T09:00:00Z", "ended: 2026-05-01T10:00:00Z", "duration: PT1H", "result: \"ok\"", "",
        "tasks: []", ""));
  }

  @Test
  void helpPrintsTheUsageToStandardOutput() {
    assertThat(run("--help")).isZero();
    assertThat(out.text()).startsWith("usage: java -jar swf-typed-cli.jar build-state HISTORY_FILE STATE_FILE");
  }

  @Test
  void aWrongCommandLinePrintsTheUsageAndExitsWithTwo() {
    assertThat(run()).isEqualTo(2);
    assertThat(run("build-state", "history.json")).isEqualTo(2);
    assertThat(run("format-state", "-X", "state.json")).isEqualTo(2);
    assertThat(run("draw-state", "a", "b")).isEqualTo(2);

    assertThat(err.text()).startsWith("usage: ");
    assertThat(out.text()).isEmpty();
  }

  @Test
  void aFileThatIsNotJsonIsReportedAndExitsWithOne() {
    int status = run(new ByteArrayInputStream("{events".getBytes(StandardCharsets.UTF_8)), "build-state", "-", "-");

    assertThat(status).isEqualTo(1);
    assertThat(err.text()).startsWith("swf-typed: standard input is not JSON: ");
    assertThat(out.text()).isEmpty();
  }

  @Test
  void aHistoryThatDoesNotBeginWithItsStartIsReportedAndExitsWithOne() {
    String events = "[{\"eventId\":2,\"eventTimestamp\":1,\"eventType\":\"WorkflowExecutionSignaled\","
        + "\"workflowExecutionSignaledEventAttributes\":{\"signalName\":\"s\"}}]";

    int status = run(new ByteArrayInputStream(events.getBytes(StandardCharsets.UTF_8)), "build-state", "-", "-");

    assertThat(status).isEqualTo(1);
    assertThat(err.text()).isEqualTo("swf-typed: a history begins with WorkflowExecutionStarted, but this one begins"
        + " with WorkflowExecutionSignaled event 2" + System.lineSeparator());
  }

  @Test
  void anEventWithAMemberOfTheWrongTypeIsReportedWithItsPath() {
    String events = "{\"events\":[{\"eventId\":\"one\",\"eventTimestamp\":1,\"eventType\":\"TimerFired\"}]}";

    int status = run(new ByteArrayInputStream(events.getBytes(StandardCharsets.UTF_8)), "build-state", "-", "-");

    assertThat(status).isEqualTo(1);
    assertThat(err.text()).startsWith("swf-typed: events[0].eventId: expected a number, got \"one\"");
  }

  @Test
  void aMissingFileIsReportedAndExitsWithOne() {
    int status = run("format-state", dir.resolve("absent.json").toString());

    assertThat(status).isEqualTo(1);
    assertThat(err.text()).startsWith("swf-typed: java.nio.file.NoSuchFileException: ");
  }
}
