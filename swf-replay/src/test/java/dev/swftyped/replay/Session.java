package dev.swftyped.replay;

import dev.swftyped.fake.FakeClock;
import dev.swftyped.fake.SwfFake;
import dev.swftyped.fake.SwfFakeServer;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.function.UnaryOperator;
import software.amazon.awssdk.auth.credentials.AnonymousCredentialsProvider;
import software.amazon.awssdk.awscore.retry.AwsRetryStrategy;
import software.amazon.awssdk.http.urlconnection.UrlConnectionHttpClient;
import software.amazon.awssdk.regions.Region;
import software.amazon.awssdk.services.swf.SwfClient;

/**
 * A run to record: a fake on a {@link FakeClock} served over HTTP, and a real SDK client with a
 * {@link SwfRecorder} on the fake's clock. (The fake's in-process client runs no interceptors, so
 * recordings go through the server, as they would go to SWF.)
 */
final class Session implements AutoCloseable {
  static final Instant START = Instant.parse("2026-01-01T00:00:00Z");

  final FakeClock clock = FakeClock.at(START);
  final SwfFake fake;
  final SwfFakeServer server;
  final SwfRecorder recorder;
  final SwfClient swf;

  private Session(Path recording, UnaryOperator<SwfRecorder.Builder> recorderOptions) {
    fake = SwfFake.builder().clock(clock).seed(7).pollTimeout(Duration.ofSeconds(20)).build();
    server = SwfFakeServer.start(fake);
    recorder = recorderOptions.apply(SwfRecorder.builder().file(recording).clock(clock)).build();
    swf = SwfClient.builder()
        .endpointOverride(server.endpoint())
        .region(Region.US_EAST_1)
        .credentialsProvider(AnonymousCredentialsProvider.create())
        .httpClientBuilder(UrlConnectionHttpClient.builder().socketTimeout(Duration.ofSeconds(60)))
        .overrideConfiguration(c -> c.retryStrategy(AwsRetryStrategy.doNotRetry()).addExecutionInterceptor(recorder))
        .build();
  }

  static Session recordingTo(Path recording) {
    return new Session(recording, b -> b);
  }

  static Session recordingTo(Path recording, UnaryOperator<SwfRecorder.Builder> recorderOptions) {
    return new Session(recording, recorderOptions);
  }

  @Override
  public void close() {
    swf.close();
    server.close();
    fake.close();
    recorder.close();
  }
}
