package dev.swftyped.replay;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.swftyped.fake.FakeClock;
import dev.swftyped.fake.SwfFake;
import dev.swftyped.fake.SwfFakeServer;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import software.amazon.awssdk.auth.credentials.AnonymousCredentialsProvider;
import software.amazon.awssdk.http.urlconnection.UrlConnectionHttpClient;
import software.amazon.awssdk.regions.Region;
import software.amazon.awssdk.services.swf.SwfClient;
import software.amazon.awssdk.services.swf.model.UnknownResourceException;

/** The README's snippets, compiled and run. */
class ReadmeExampleTest {
  @TempDir
  Path dir;

  @Test
  void recordARunThenReplayIt() throws Exception {
    Path recording = dir.resolve("run.jsonl");
    // tag::record[]
    FakeClock clock = FakeClock.at(Instant.parse("2026-01-01T00:00:00Z"));
    try (SwfFake fake = SwfFake.builder().clock(clock).build();
        SwfFakeServer server = SwfFakeServer.start(fake);
        SwfRecorder recorder = SwfRecorder.builder().file(recording).clock(clock).build();
        SwfClient swf = SwfClient.builder()
            .endpointOverride(server.endpoint())
            .region(Region.US_EAST_1)
            .credentialsProvider(AnonymousCredentialsProvider.create())
            .httpClientBuilder(UrlConnectionHttpClient.builder())
            .overrideConfiguration(c -> c.addExecutionInterceptor(recorder)) // every call is recorded
            .build()) {
      swf.registerDomain(r -> r.name("orders").workflowExecutionRetentionPeriodInDays("7"));
      swf.registerWorkflowType(r -> r.domain("orders").name("Order").version("1")
          .defaultTaskList(t -> t.name("deciders")).defaultExecutionStartToCloseTimeout("3600")
          .defaultTaskStartToCloseTimeout("30").defaultChildPolicy("TERMINATE"));
      String runId = swf.startWorkflowExecution(r -> r.domain("orders").workflowId("order-42")
          .workflowType(t -> t.name("Order").version("1")).input("{\"cents\":4200}")).runId();
      swf.describeWorkflowExecution(r -> r.domain("orders").execution(e -> e.workflowId("order-42").runId(runId)));
      assertThatThrownBy(() -> swf.describeDomain(r -> r.name("shipping")))
          .isInstanceOf(UnknownResourceException.class); // errors are recorded too
    }
    // end::record[]
    assertThat(Files.readAllLines(recording)).hasSize(5);

    // tag::replay[]
    ReplayReport report = SwfReplayer.replay(recording);
    assertThat(report.differences()).isEmpty();
    report.assertNoDifferences(); // the same check: fails with the readable report
    // end::replay[]
    assertThat(report).hasToString("run.jsonl: 5 calls, 5 replayed, no differences\n");
  }

  @Test
  void recordRealSwf() {
    Path recording = dir.resolve("run.jsonl");
    // tag::real[]
    SwfRecorder recorder = SwfRecorder.builder().file(recording).redactPayloads().build();
    SwfClient swf = SwfClient.builder()
        .region(Region.US_EAST_1)
        .overrideConfiguration(c -> c.addExecutionInterceptor(recorder))
        .build(); // give it to the deciders, workers and starters of the run; close the recorder after them
    // end::real[]
    swf.close();
    recorder.close();
    assertThat(recorder.calls()).isZero();
  }
}
