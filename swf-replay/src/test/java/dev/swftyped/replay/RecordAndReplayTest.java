package dev.swftyped.replay;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.RepeatedTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import software.amazon.awssdk.services.swf.model.DomainAlreadyExistsException;

class RecordAndReplayTest {
  @TempDir
  Path dir;

  @Test
  void aControlPlaneSessionReplaysWithoutDifferences() throws Exception {
    Path recording = dir.resolve("control-plane.jsonl");
    try (Session session = Session.recordingTo(recording)) {
      Runs.controlPlane(session);
    }

    ReplayReport report = SwfReplayer.replay(recording);

    List<String> lines = Files.readAllLines(recording);
    assertThat(report.calls()).isEqualTo(lines.size()).isEqualTo(25);
    assertThat(report.replayed()).isEqualTo(report.calls());
    assertThat(report.notes()).isEmpty();
    report.assertNoDifferences();
    assertThat(report.toString()).startsWith("control-plane.jsonl: 25 calls, 25 replayed, no differences");
  }

  @Test
  void aRunOfADeciderAndAWorkerReplaysCompletely() throws Exception {
    Path recording = dir.resolve("decider-and-worker.jsonl");
    try (Session session = Session.recordingTo(recording)) {
      Runs.deciderAndWorker(session);
    }

    ReplayReport report = SwfReplayer.replay(recording);

    report.assertNoDifferences();
    assertThat(report.replayed()).isEqualTo(report.calls());
    assertThat(Files.readAllLines(recording)).filteredOn(line -> line.contains("\"taskToken\""))
        .filteredOn(line -> line.startsWith("{\"operation\":\"Poll")).hasSize(4); // three decision tasks, one activity task
  }

  @RepeatedTest(3)
  void concurrentDecidersAndWorkersReplayCompletely() throws Exception {
    Path recording = dir.resolve("concurrent.jsonl");
    try (Session session = Session.recordingTo(recording)) {
      Runs.concurrentDecidersAndWorkers(session);
    }

    ReplayReport report = SwfReplayer.replay(recording);

    report.assertNoDifferences();
    assertThat(report.replayed()).isEqualTo(report.calls());
    assertThat(report.notes()).allMatch(note -> note.contains(": replayed after line ")
        || note.contains(": replayed ahead of its turn, when line "));
  }

  @Test
  void whatExistedBeforeTheRecordingIsRegisteredWhenTheRunRegistersItAgain() throws Exception {
    Path recording = dir.resolve("existing.jsonl");
    try (Session session = Session.recordingTo(recording)) {
      session.fake.client().registerDomain(r -> r.name("orders").workflowExecutionRetentionPeriodInDays("7"));
      assertThatThrownBy(() -> session.swf.registerDomain(r -> r.name("orders")
          .workflowExecutionRetentionPeriodInDays("7"))).isInstanceOf(DomainAlreadyExistsException.class);
      session.swf.describeDomain(r -> r.name("orders"));
    }

    ReplayReport report = SwfReplayer.replay(recording);

    report.assertNoDifferences();
    assertThat(report.notes()).containsExactly("line 1 RegisterDomain: DomainAlreadyExistsFault in the run, as it was "
        + "there before the recording; the replay, which starts from an empty fake, registered it here");
  }
}
