package dev.swftyped.replay;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.swftyped.fake.Calls;
import dev.swftyped.fake.Fault;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import software.amazon.awssdk.auth.credentials.AnonymousCredentialsProvider;
import software.amazon.awssdk.awscore.retry.AwsRetryStrategy;
import software.amazon.awssdk.core.exception.SdkClientException;
import software.amazon.awssdk.http.urlconnection.UrlConnectionHttpClient;
import software.amazon.awssdk.regions.Region;
import software.amazon.awssdk.services.swf.SwfClient;
import software.amazon.awssdk.services.swf.model.RegistrationStatus;
import software.amazon.awssdk.services.swf.model.SwfException;
import software.amazon.awssdk.services.swf.model.UnknownResourceException;
import software.amazon.awssdk.protocols.jsoncore.JsonNode;

class SwfRecorderTest {
  @TempDir
  Path dir;

  @Test
  void aCallIsOneLineWithTheOperationItsMomentsTheRequestAndTheResponse() throws Exception {
    Path recording = dir.resolve("one.jsonl");
    try (Session session = Session.recordingTo(recording)) {
      session.swf.registerDomain(r -> r.name("orders").workflowExecutionRetentionPeriodInDays("7"));
      assertThatThrownBy(() -> session.swf.describeDomain(r -> r.name("nope")))
          .isInstanceOf(UnknownResourceException.class);
      assertThat(session.recorder.calls()).isEqualTo(2);
    }

    List<String> lines = Files.readAllLines(recording);
    assertThat(lines).hasSize(2);
    assertThat(lines.get(0)).matches("\\{\"operation\":\"RegisterDomain\",\"sentSeq\":0,\"sentAt\":1767225600000,"
        + "\"receivedSeq\":1,\"receivedAt\":1767225600000,\"requestId\":\"[0-9a-f-]{36}\","
        + "\"request\":\\{\"name\":\"orders\",\"workflowExecutionRetentionPeriodInDays\":\"7\"},\"response\":\\{}}");
    assertThat(lines.get(1)).matches("\\{\"operation\":\"DescribeDomain\",\"sentSeq\":2,\"sentAt\":1767225600000,"
        + "\"receivedSeq\":3,\"receivedAt\":1767225600000,\"requestId\":\"[0-9a-f-]{36}\",\"request\":\\{\"name\":\"nope\"},"
        + "\"error\":\\{\"code\":\"UnknownResourceFault\",\"message\":\"Unknown domain: nope\",\"status\":400}}");
  }

  @Test
  void aCallThatGotNoAnswerIsRecordedAsAFailureAndNotReplayed() throws Exception {
    Path recording = dir.resolve("failure.jsonl");
    try (Session session = Session.recordingTo(recording)) {
      session.swf.registerDomain(r -> r.name("orders").workflowExecutionRetentionPeriodInDays("7"));
      session.server.close(); // nothing listens any more
      assertThatThrownBy(() -> session.swf.describeDomain(r -> r.name("orders")))
          .isInstanceOf(SdkClientException.class);
    }

    String line = Files.readAllLines(recording).get(1);
    assertThat(line).startsWith("{\"operation\":\"DescribeDomain\"")
        .contains("\"failure\":{\"exception\":\"software.amazon.awssdk.core.exception.SdkClientException\"")
        .doesNotContain("\"requestId\"");
    ReplayReport report = SwfReplayer.replay(recording);
    assertThat(report.matches()).isTrue();
    assertThat(report.replayed()).isEqualTo(1);
    assertThat(report.notes()).singleElement().asString()
        .startsWith("line 2 DescribeDomain: not replayed: the client got no answer "
            + "(software.amazon.awssdk.core.exception.SdkClientException: ")
        .endsWith("); if SWF carried it out, later calls may differ");
  }

  @Test
  void aThrottledCallIsRecordedButNotReplayed() throws Exception {
    Path recording = dir.resolve("throttled.jsonl");
    try (Session session = Session.recordingTo(recording)) {
      session.fake.inject(Fault.throttling(), Calls.to("ListDomains").once());
      assertThatThrownBy(() -> session.swf.listDomains(r -> r.registrationStatus(RegistrationStatus.REGISTERED)))
          .isInstanceOf(SwfException.class);
      session.swf.listDomains(r -> r.registrationStatus(RegistrationStatus.REGISTERED));
    }

    ReplayReport report = SwfReplayer.replay(recording);

    report.assertNoDifferences();
    assertThat(report.notes()).singleElement().asString()
        .startsWith("line 1 ListDomains: not replayed: SWF was busy (ThrottlingException: ");
  }

  @Test
  void callsFromManyThreadsAreEachRecordedOnceInTheirOrder() throws Exception {
    Path recording = dir.resolve("threads.jsonl");
    try (Session session = Session.recordingTo(recording)) {
      session.swf.registerDomain(r -> r.name("orders").workflowExecutionRetentionPeriodInDays("7"));
      session.swf.registerWorkflowType(r -> r.domain("orders").name("Order").version("1")
          .defaultTaskList(t -> t.name("deciders")).defaultExecutionStartToCloseTimeout("3600")
          .defaultTaskStartToCloseTimeout("30").defaultChildPolicy("TERMINATE"));
      ExecutorService threads = Executors.newFixedThreadPool(6);
      List<Future<?>> done = new ArrayList<>();
      for (int t = 0; t < 6; t++) {
        int thread = t;
        done.add(threads.submit(() -> {
          for (int i = 0; i < 10; i++) {
            String workflowId = "order-" + thread + "-" + i;
            String runId = session.swf.startWorkflowExecution(r -> r.domain("orders").workflowId(workflowId)
                .workflowType(w -> w.name("Order").version("1"))).runId();
            session.swf.describeWorkflowExecution(r -> r.domain("orders")
                .execution(e -> e.workflowId(workflowId).runId(runId)));
          }
        }));
      }
      for (Future<?> future : done) {
        future.get(60, TimeUnit.SECONDS);
      }
      threads.shutdown();
      assertThat(session.recorder.calls()).isEqualTo(122);
    }

    List<String> lines = Files.readAllLines(recording);
    Set<Long> moments = new HashSet<>();
    long lastReceived = -1;
    for (String line : lines) {
      JsonNode call = Json.parse(line);
      long sent = Long.parseLong(call.field("sentSeq").orElseThrow().asNumber());
      long received = Long.parseLong(call.field("receivedSeq").orElseThrow().asNumber());
      assertThat(sent).isLessThan(received);
      assertThat(received).isGreaterThan(lastReceived); // lines are written in the order calls end
      lastReceived = received;
      assertThat(moments.add(sent) && moments.add(received)).isTrue();
    }
    assertThat(moments).hasSize(244);
    SwfReplayer.replay(recording).assertNoDifferences();
  }

  @Test
  void aClosedRecorderRecordsNothingMoreAndAStreamStaysOpen() {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    boolean[] closed = new boolean[1];
    OutputStream stream = new OutputStream() {
      @Override
      public void write(int b) {
        bytes.write(b);
      }

      @Override
      public void close() {
        closed[0] = true;
      }
    };
    SwfRecorder recorder = SwfRecorder.builder().output(stream).build();
    try (dev.swftyped.fake.SwfFake fake = dev.swftyped.fake.SwfFake.create();
        dev.swftyped.fake.SwfFakeServer server = dev.swftyped.fake.SwfFakeServer.start(fake);
        SwfClient swf = client(server, recorder)) {
      swf.listDomains(r -> r.registrationStatus(RegistrationStatus.REGISTERED));
      recorder.close();
      recorder.close();
      swf.listDomains(r -> r.registrationStatus(RegistrationStatus.REGISTERED));
    }

    assertThat(bytes.toString(StandardCharsets.UTF_8).lines()).hasSize(1);
    assertThat(closed[0]).isFalse();
    assertThat(recorder).hasToString("SwfRecorder{calls=1|closed}");
  }

  @Test
  void aLineThatCannotBeWrittenNeverFailsTheCallButFailsTheClose() {
    OutputStream broken = new OutputStream() {
      @Override
      public void write(int b) throws IOException {
        throw new IOException("disk full");
      }
    };
    SwfRecorder recorder = SwfRecorder.builder().output(broken).build();
    try (dev.swftyped.fake.SwfFake fake = dev.swftyped.fake.SwfFake.create();
        dev.swftyped.fake.SwfFakeServer server = dev.swftyped.fake.SwfFakeServer.start(fake);
        SwfClient swf = client(server, recorder)) {
      swf.listDomains(r -> r.registrationStatus(RegistrationStatus.REGISTERED));
      swf.listDomains(r -> r.registrationStatus(RegistrationStatus.REGISTERED));
    }

    assertThat(recorder.calls()).isZero();
    assertThatThrownBy(recorder::close).isInstanceOf(UncheckedIOException.class)
        .hasMessage("the recording is incomplete: a line could not be written")
        .hasRootCauseMessage("disk full");
  }

  @Test
  void aRecorderNeedsSomewhereToWrite() {
    assertThatThrownBy(() -> SwfRecorder.builder().build()).isInstanceOf(IllegalStateException.class)
        .hasMessage("a recorder needs somewhere to write: call file(Path) or output(OutputStream)");
  }

  private static SwfClient client(dev.swftyped.fake.SwfFakeServer server, SwfRecorder recorder) {
    return SwfClient.builder().endpointOverride(server.endpoint()).region(Region.US_EAST_1)
        .credentialsProvider(AnonymousCredentialsProvider.create())
        .httpClientBuilder(UrlConnectionHttpClient.builder())
        .overrideConfiguration(c -> c.retryStrategy(AwsRetryStrategy.doNotRetry()).addExecutionInterceptor(recorder))
        .build();
  }
}
