package dev.swftyped.replay;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import software.amazon.awssdk.services.swf.model.SwfException;

class RedactionTest {
  @TempDir
  Path dir;

  @Test
  void redactedPayloadsKeepPresenceLengthAndEqualityAndReplayWithoutDifferences() throws Exception {
    Path recording = dir.resolve("redacted.jsonl");
    try (Session session = Session.recordingTo(recording, SwfRecorder.Builder::redactPayloads)) {
      Runs.controlPlane(session);
    }

    String text = Files.readString(recording);
    assertThat(text).doesNotContain("{\\\"order\\\":1}", "cents", "stuck");
    Lines lines = Lines.of(recording);
    String startInput = member(lines.line(lines.find("StartWorkflowExecution", 1)), "input");
    assertThat(startInput).matches("redacted:[0-9a-f]{16}:11"); // {"order":1} is 11 characters
    String history = lines.line(lines.find("GetWorkflowExecutionHistory", 1));
    assertThat(history).contains("\"input\":\"" + startInput + "\""); // the same value, the same placeholder
    assertThat(member(lines.line(lines.find("StartWorkflowExecution", 2)), "input")).isNotEqualTo(startInput);
    assertThat(member(lines.line(lines.find("TerminateWorkflowExecution", 1)), "reason")).endsWith(":5");

    SwfReplayer.replay(recording).assertNoDifferences();
  }

  @Test
  void aRedactedRunOfADeciderAndAWorkerReplaysCompletely() throws Exception {
    Path recording = dir.resolve("redacted-run.jsonl");
    try (Session session = Session.recordingTo(recording, SwfRecorder.Builder::redactPayloads)) {
      Runs.deciderAndWorker(session);
    }

    assertThat(Files.readString(recording)).doesNotContain("parcel-42", "packing", "step-", "\"done\"");
    SwfReplayer.replay(recording).assertNoDifferences();
  }

  @Test
  void anErrorMessageThatQuotesARedactedValueQuotesItsPlaceholder() throws Exception {
    Path recording = dir.resolve("error.jsonl");
    String tooLong = "x".repeat(32_769);
    try (Session session = Session.recordingTo(recording, b -> b.redact("input"))) {
      session.swf.registerDomain(r -> r.name("orders").workflowExecutionRetentionPeriodInDays("1"));
      assertThatThrownBy(() -> session.swf.signalWorkflowExecution(r -> r.domain("orders").workflowId("w")
          .signalName("s").input(tooLong))).isInstanceOf(SwfException.class).hasMessageContaining(tooLong);
    }

    String line = Files.readAllLines(recording).get(1);
    assertThat(line).doesNotContain("xxxxxxxx").contains("\"code\":\"ValidationException\"")
        .containsPattern("\"message\":\"1 validation error detected: Value 'redacted:[0-9a-f]{16}:32769' at 'input'");
  }

  @Test
  void onlyFreeTextCanBeRedacted() {
    assertThatThrownBy(() -> SwfRecorder.builder().redact("input", "runId"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("cannot redact runId: the replayer needs its run ids to map them to the fake's");
    assertThat(SwfRecorder.payloadMembers()).containsExactly("input", "result", "details", "reason", "control",
        "executionContext", "latestExecutionContext");
  }

  private static String member(String line, String name) {
    Matcher value = Pattern.compile("\"" + name + "\":\"([^\"]*)\"").matcher(line);
    assertThat(value.find()).as("%s in %s", name, line).isTrue();
    return value.group(1);
  }
}
