package dev.swftyped.benchmarks;

import dev.swftyped.fake.SwfFakeServer;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.annotations.Warmup;
import software.amazon.awssdk.auth.credentials.AwsBasicCredentials;
import software.amazon.awssdk.auth.credentials.StaticCredentialsProvider;
import software.amazon.awssdk.http.apache.ApacheHttpClient;
import software.amazon.awssdk.http.urlconnection.UrlConnectionHttpClient;
import software.amazon.awssdk.regions.Region;
import software.amazon.awssdk.services.swf.SwfClient;
import software.amazon.awssdk.services.swf.model.DescribeWorkflowExecutionResponse;

/**
 * Round trips per second from the Java SDK to the fake's HTTP server over loopback, with the SDK's
 * default HTTP client (Apache) and with its URL-connection client.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(value = 1, jvmArgsAppend = {"-XX:+UseParallelGC"})
public class HttpRoundTripBenchmark {
  /** The SDK's HTTP client. */
  @Param({"apache", "url-connection"})
  public String httpClient;

  private Store store;
  private SwfFakeServer server;
  private SwfClient overHttp;

  @Setup
  public void serve() {
    store = new Store(1_000);
    server = SwfFakeServer.start(store.fake);
    overHttp = SwfClient.builder()
        .endpointOverride(server.endpoint())
        .region(Region.US_EAST_1)
        .credentialsProvider(StaticCredentialsProvider.create(AwsBasicCredentials.create("bench", "bench")))
        .httpClientBuilder(httpClient.equals("apache") ? ApacheHttpClient.builder() : UrlConnectionHttpClient.builder())
        .build();
  }

  @TearDown
  public void stop() {
    overHttp.close();
    server.close();
  }

  @Benchmark
  public DescribeWorkflowExecutionResponse describeOverHttp() {
    return overHttp.describeWorkflowExecution(r -> r.domain(Store.DOMAIN)
        .execution(e -> e.workflowId(store.workflowIds[7]).runId(store.runIds[7])));
  }
}
