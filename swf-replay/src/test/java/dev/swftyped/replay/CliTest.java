package dev.swftyped.replay;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.InputStream;
import java.io.PrintStream;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CliTest {
  @TempDir
  Path dir;

  private final ByteArrayOutputStream out = new ByteArrayOutputStream();
  private final ByteArrayOutputStream err = new ByteArrayOutputStream();

  private int run(InputStream in, String... args) {
    return Cli.run(List.of(args), in, new PrintStream(out, true, StandardCharsets.UTF_8),
        new PrintStream(err, true, StandardCharsets.UTF_8));
  }

  private int run(String... args) {
    return run(InputStream.nullInputStream(), args);
  }

  private String out() {
    return out.toString(StandardCharsets.UTF_8);
  }

  private String err() {
    return err.toString(StandardCharsets.UTF_8);
  }

  static Path committed() throws URISyntaxException {
    return Path.of(CliTest.class.getResource("/control-plane.jsonl").toURI());
  }

  @Test
  void aRecordingTheFakeMatchesExitsWithZero() throws Exception {
    int status = run(committed().toString());

    assertThat(status).isZero();
    assertThat(out()).isEqualTo("control-plane.jsonl: 25 calls, 25 replayed, no differences\n");
    assertThat(err()).isEmpty();
  }

  @Test
  void aDifferenceIsPrintedAndExitsWithOne() throws Exception {
    Lines lines = Lines.of(committed());
    int count = lines.find("CountOpenWorkflowExecutions", 1);
    Path changed = lines.replace(count, "\"count\":3", "\"count\":4").writeTo(dir.resolve("changed.jsonl"));

    int status = run(changed.toString());

    assertThat(status).isEqualTo(1);
    assertThat(out()).isEqualTo("changed.jsonl: 25 calls, 25 replayed, 1 difference\n"
        + "\n"
        + "line " + count + " CountOpenWorkflowExecutions  count  [VALUE]\n"
        + "    recorded: 4\n"
        + "    replayed: 3\n");
  }

  @Test
  void aDashReadsStandardInput() throws Exception {
    int status = run(new ByteArrayInputStream(Files.readAllBytes(committed())), "-");

    assertThat(status).isZero();
    assertThat(out()).startsWith("(standard input): 25 calls, 25 replayed, no differences");
  }

  @Test
  void aMissingFileExitsWithTwo() {
    int status = run(dir.resolve("absent.jsonl").toString());

    assertThat(status).isEqualTo(2);
    assertThat(out()).isEmpty();
    assertThat(err()).startsWith("swf-replay: cannot read the recording " + dir.resolve("absent.jsonl"));
  }

  @Test
  void aLineThatIsNotACallExitsWithTwoAndNamesTheLine() throws Exception {
    String first = Files.readAllLines(committed()).get(0);
    assertBad(first + "\n{\"operation\":\"DescribeDomain\"\n", "bad.jsonl line 2: not JSON");
    assertBad("{\"operation\":\"Fly\",\"request\":{}}\n", "bad.jsonl line 1: SWF has no operation Fly");
    assertBad(first.replace(",\"response\":{}", ""),
        "bad.jsonl line 1: a call needs exactly one of response, error and failure; it has none");
    assertBad(first.replace("\"sentSeq\":0,", ""), "bad.jsonl line 1: no sentSeq number");
    assertBad(first.replace("\"name\":\"orders\"", "\"name\":7"),
        "bad.jsonl line 1: the request cannot be read: RegisterDomain: Expected a string at 'name'");
  }

  private void assertBad(String recording, String message) throws Exception {
    out.reset();
    err.reset();
    Path bad = Files.writeString(dir.resolve("bad.jsonl"), recording);

    int status = run(bad.toString());

    assertThat(status).isEqualTo(2);
    assertThat(err()).startsWith("swf-replay: " + message).endsWith("\n");
  }

  @Test
  void wrongArgumentsPrintTheUsageAndExitWithTwo() {
    assertThat(run()).isEqualTo(2);
    assertThat(run("a.jsonl", "b.jsonl")).isEqualTo(2);
    assertThat(run("--verbose")).isEqualTo(2);
    assertThat(err()).startsWith("usage: java -jar swf-replay.jar RECORDING");

    assertThat(run("--help")).isZero();
    assertThat(out()).startsWith("usage: java -jar swf-replay.jar RECORDING").contains("Exit status: 0 no difference");
  }
}
