package dev.swftyped.fake;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.auth.credentials.AwsBasicCredentials;
import software.amazon.awssdk.auth.credentials.StaticCredentialsProvider;
import software.amazon.awssdk.http.urlconnection.UrlConnectionHttpClient;
import software.amazon.awssdk.regions.Region;
import software.amazon.awssdk.services.swf.SwfClient;

/** The packaged server: {@code java -jar swf-fake-server.jar} serves the SDK and stops on SIGTERM. */
class SwfFakeServerJarIT {

  @Test
  void thePackagedJarServesTheSdkAndStopsOnSigterm() throws Exception {
    Path jar = Path.of(System.getProperty("swf.fake.server.jar", "target/swf-fake-server.jar"));
    assertThat(jar).exists();
    assertThat(Files.size(jar)).isLessThan(20L * 1024 * 1024);
    Path java = Path.of(System.getProperty("java.home"), "bin", "java");
    Process process = new ProcessBuilder(java.toString(), "-jar", jar.toString(), "--port", "0", "--seed", "1")
        .redirectErrorStream(true)
        .start();
    try {
      BufferedReader out = new BufferedReader(new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8));
      String listening = out.readLine();
      assertThat(listening).startsWith("swf-fake listening on http://127.0.0.1:");
      URI endpoint = URI.create(listening.substring("swf-fake listening on ".length(), listening.indexOf(" (")));

      try (SwfClient swf = SwfClient.builder()
          .endpointOverride(endpoint)
          .region(Region.US_EAST_1)
          .credentialsProvider(StaticCredentialsProvider.create(AwsBasicCredentials.create("test", "test")))
          .httpClientBuilder(UrlConnectionHttpClient.builder())
          .build()) {
        swf.registerDomain(r -> r.name("orders").workflowExecutionRetentionPeriodInDays("7"));
        assertThat(swf.describeDomain(r -> r.name("orders")).configuration().workflowExecutionRetentionPeriodInDays())
            .isEqualTo("7");
      }

      assertThat(process.toHandle().destroy()).isTrue();
      assertThat(out.readLine()).isEqualTo("swf-fake stopped");
      assertThat(process.waitFor(20, TimeUnit.SECONDS)).isTrue();
    } finally {
      process.destroyForcibly();
    }
  }
}
