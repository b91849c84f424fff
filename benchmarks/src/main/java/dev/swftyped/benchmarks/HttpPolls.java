package dev.swftyped.benchmarks;

import dev.swftyped.fake.FakeClock;
import dev.swftyped.fake.SwfFake;
import dev.swftyped.fake.SwfFakeServer;
import java.lang.management.ManagementFactory;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import software.amazon.awssdk.auth.credentials.AnonymousCredentialsProvider;
import software.amazon.awssdk.http.apache.ApacheHttpClient;
import software.amazon.awssdk.regions.Region;
import software.amazon.awssdk.services.swf.SwfClient;
import software.amazon.awssdk.services.swf.model.DecisionType;
import software.amazon.awssdk.services.swf.model.PollForDecisionTaskResponse;

/**
 * Waiting polls over HTTP, measured outside JMH because each sample needs a poll to be waiting
 * first: how soon a waiting poll is answered after its task is scheduled (the median over many
 * samples), and what holding 1,000 waiting polls costs the server in threads and heap.
 */
public final class HttpPolls {
  private static final String DOMAIN = "bench";

  private HttpPolls() {}

  /**
   * Runs both measurements and prints them.
   *
   * @param args ignored
   * @throws Exception if a measurement fails
   */
  public static void main(String[] args) throws Exception {
    long[] latencies = latencies(1000);
    System.out.printf("Waiting decision poll answered after a start schedules its task, over HTTP: median %.0f us, "
        + "90th percentile %.0f us (%d samples)%n", latencies[latencies.length / 2] / 1e3,
        latencies[latencies.length * 9 / 10] / 1e3, latencies.length);
    Held held = holdPolls(1000);
    System.out.printf("1,000 waiting polls held: %d server threads (%d before), heap %+.1f MB while held%n",
        held.serverThreadsWhileHeld, held.serverThreadsBefore, held.heapGrowthBytes / 1e6);
  }

  /**
   * Samples the time from a start (in process) to the reply of a decision poll that was waiting
   * over HTTP for the decision task the start schedules; each sample is a new workflow, whose
   * decider then completes it. Sorted, in nanoseconds.
   */
  static long[] latencies(int samples) throws Exception {
    SwfFake fake = SwfFake.builder().clock(FakeClock.at(Instant.parse("2026-01-01T00:00:00Z")))
        .pollTimeout(Duration.ofSeconds(30)).build();
    register(fake.client());
    ExecutorService poller = Executors.newSingleThreadExecutor();
    try (SwfFakeServer server = SwfFakeServer.start(fake);
        SwfClient overHttp = SwfClient.builder().endpointOverride(server.endpoint()).region(Region.US_EAST_1)
            .credentialsProvider(AnonymousCredentialsProvider.create())
            .httpClientBuilder(ApacheHttpClient.builder()).build()) {
      SwfClient swf = fake.client();
      long[] latencies = new long[samples];
      int warmup = Math.min(2000, 2 * samples); // until the JIT has compiled both sides' paths
      for (int i = 0; i < samples + warmup; i++) {
        Future<long[]> poll = poller.submit(() -> {
          PollForDecisionTaskResponse task = overHttp.pollForDecisionTask(r -> r.domain(DOMAIN)
              .taskList(t -> t.name("deciders")));
          long answered = System.nanoTime();
          overHttp.respondDecisionTaskCompleted(r -> r.taskToken(task.taskToken())
              .decisions(d -> d.decisionType(DecisionType.COMPLETE_WORKFLOW_EXECUTION)));
          return new long[] {answered};
        });
        awaitWaitingPolls(fake, 1);
        String workflowId = "w-" + i;
        long scheduled = System.nanoTime();
        swf.startWorkflowExecution(r -> r.domain(DOMAIN).workflowId(workflowId).workflowType(t -> t.name("W")
            .version("1")));
        long latency = poll.get(10, TimeUnit.SECONDS)[0] - scheduled;
        if (i >= warmup) {
          latencies[i - warmup] = latency;
        }
      }
      Arrays.sort(latencies);
      return latencies;
    } finally {
      poller.shutdownNow();
      fake.close();
    }
  }

  /** What holding waiting polls costs. */
  record Held(int serverThreadsBefore, int serverThreadsWhileHeld, long heapGrowthBytes) {}

  /** Opens the given number of activity polls over HTTP at once and measures the server while they wait. */
  static Held holdPolls(int polls) throws Exception {
    SwfFake fake = SwfFake.builder().clock(FakeClock.at(Instant.parse("2026-01-01T00:00:00Z")))
        .pollTimeout(Duration.ofSeconds(60)).build();
    register(fake.client());
    HttpClient client = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();
    try (SwfFakeServer server = SwfFakeServer.start(fake)) {
      // One round trip first, so that the server has started the threads it keeps.
      client.send(request(server.endpoint(), "ListDomains", "{\"registrationStatus\":\"REGISTERED\"}"),
          HttpResponse.BodyHandlers.ofString());
      int threadsBefore = serverThreads();
      long heapBefore = usedHeap();
      List<CompletableFuture<HttpResponse<String>>> waiting = new ArrayList<>();
      for (int i = 0; i < polls; i++) {
        waiting.add(client.sendAsync(request(server.endpoint(), "PollForActivityTask",
            "{\"domain\":\"" + DOMAIN + "\",\"taskList\":{\"name\":\"workers\"}}"), HttpResponse.BodyHandlers.ofString()));
        if (i % 50 == 49) {
          awaitWaitingPolls(fake, i + 1);
        }
      }
      awaitWaitingPolls(fake, polls);
      int threadsWhileHeld = serverThreads();
      long heapGrowth = usedHeap() - heapBefore;
      fake.close(); // answers every waiting poll with the empty task
      for (CompletableFuture<HttpResponse<String>> response : waiting) {
        String body = response.get(30, TimeUnit.SECONDS).body();
        if (!body.equals("{\"startedEventId\":0}")) {
          throw new IllegalStateException("a released poll answered " + body);
        }
      }
      return new Held(threadsBefore, threadsWhileHeld, heapGrowth);
    }
  }

  private static HttpRequest request(URI endpoint, String operation, String body) {
    return HttpRequest.newBuilder(endpoint)
        .header("X-Amz-Target", "SimpleWorkflowService." + operation)
        .header("Content-Type", "application/x-amz-json-1.0")
        .timeout(Duration.ofSeconds(90))
        .POST(HttpRequest.BodyPublishers.ofString(body))
        .build();
  }

  /** Waits until the fake reports the given number of waiting polls (its diagnostics say so). */
  private static void awaitWaitingPolls(SwfFake fake, int count) throws InterruptedException {
    long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(30);
    while (!fake.diagnostics().contains("  " + count + (count == 1 ? " decision poll" : " activity polls"))) {
      if (System.nanoTime() > deadline) {
        throw new IllegalStateException("the polls did not start waiting:\n" + fake.diagnostics());
      }
      Thread.sleep(1);
    }
  }

  private static int serverThreads() {
    int count = 0;
    for (Thread thread : Thread.getAllStackTraces().keySet()) {
      if (thread.getName().startsWith("swf-fake-http-") || thread.getName().startsWith("HTTP-Dispatcher")) {
        count++;
      }
    }
    return count;
  }

  private static long usedHeap() {
    for (int i = 0; i < 3; i++) {
      System.gc();
    }
    return ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getUsed();
  }

  private static void register(SwfClient swf) {
    swf.registerDomain(r -> r.name(DOMAIN).workflowExecutionRetentionPeriodInDays("0")); // closed runs go at once
    swf.registerWorkflowType(r -> r.domain(DOMAIN).name("W").version("1").defaultTaskList(t -> t.name("deciders"))
        .defaultExecutionStartToCloseTimeout("31536000").defaultTaskStartToCloseTimeout("NONE")
        .defaultChildPolicy("TERMINATE"));
  }
}
