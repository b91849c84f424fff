package dev.swftyped.fake;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Predicate;
import java.util.function.Supplier;
import java.util.function.UnaryOperator;
import org.assertj.core.api.ThrowableAssert.ThrowingCallable;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.extension.TestWatcher;
import org.opentest4j.TestAbortedException;
import software.amazon.awssdk.awscore.exception.AwsServiceException;
import software.amazon.awssdk.auth.credentials.AwsBasicCredentials;
import software.amazon.awssdk.auth.credentials.StaticCredentialsProvider;
import software.amazon.awssdk.awscore.retry.AwsRetryStrategy;
import software.amazon.awssdk.http.urlconnection.UrlConnectionHttpClient;
import software.amazon.awssdk.regions.Region;
import software.amazon.awssdk.services.swf.SwfClient;
import software.amazon.awssdk.services.swf.model.ChildPolicy;
import software.amazon.awssdk.services.swf.model.DescribeWorkflowExecutionResponse;
import software.amazon.awssdk.services.swf.model.GetWorkflowExecutionHistoryResponse;
import software.amazon.awssdk.services.swf.model.HistoryEvent;
import software.amazon.awssdk.services.swf.model.SwfException;
import software.amazon.awssdk.services.swf.model.WorkflowExecution;
import software.amazon.awssdk.services.swf.model.WorkflowType;

/**
 * The base of the contract suite: tests written against the SDK's {@code SwfClient} interface
 * only, so that they can run against any door to the engine. Each test gets a fresh fake on a
 * {@link FakeClock} with a fixed seed; with {@code -Dswf.contract.door=http} its client is a real
 * SDK client going through {@link SwfFakeServer}.
 *
 * <p>With {@code -Dswf.contract.door=aws} the client is Amazon SWF's, and there is no fake
 * ({@code fake} and {@code clock} are null): see {@link AwsDoor}. The tests then share one domain,
 * each with workflow ids and task lists of its own ({@link SharedDomainClient}); what needs the
 * fake ({@link #advance}, the fake's timestamps, a poll that finds nothing) skips the rest of the
 * test, and {@link FakeOnly} skips whole tests and classes.
 */
abstract class ContractTest {
  static final Instant START = Instant.parse("2026-03-01T12:00:00Z");
  /** Which door the suite goes through: {@code in-process} (the default), {@code http} or {@code aws}. */
  static final String DOOR = System.getProperty("swf.contract.door", "in-process");
  static final String DOMAIN = againstSwf() ? AwsDoor.DOMAIN : "orders";
  static final WorkflowType ORDER = WorkflowType.builder().name("Order").version("1").build();

  SwfFake fake;
  FakeClock clock;
  SwfClient swf;
  private SwfFakeServer server;
  private SharedDomainClient shared;
  private Instant begun;

  /** Against SWF, a failed test says where its executions are, to look at them in the console. */
  @RegisterExtension
  final TestWatcher whereOnSwf = new TestWatcher() {
    @Override
    public void testFailed(ExtensionContext context, Throwable cause) {
      if (shared != null) {
        System.out.printf("%s failed against SWF: its workflow ids and task lists in the domain %s start with %s%n",
            context.getDisplayName(), DOMAIN, shared.prefix());
      }
    }
  };

  @BeforeEach
  void newFake() {
    begun = Instant.now();
    if (againstSwf()) {
      String unavailable = AwsDoor.unavailable();
      Assumptions.assumeTrue(unavailable == null, () -> "not against SWF: " + unavailable);
      shared = AwsDoor.newTest();
      swf = shared.client();
      return;
    }
    clock = FakeClock.at(START);
    fake = configure(SwfFake.builder().clock(clock).seed(7)).build();
    swf = DOOR.equals("http") ? overHttp(fake) : fake.client();
  }

  @AfterEach
  void closeDoor() {
    if (shared != null) {
      shared.cleanUp();
    }
    if (server != null) {
      swf.close();
      server.close();
    }
  }

  static boolean overHttp() {
    return DOOR.equals("http");
  }

  /** Whether the suite goes to Amazon SWF rather than to a fake. */
  static boolean againstSwf() {
    return DOOR.equals("aws");
  }

  /** Who answers the suite's calls, for failure messages. */
  static String answerer() {
    return againstSwf() ? "SWF" : "the fake";
  }

  /** A real SDK client, with its HTTP stack, talking to the fake through the server. */
  private SwfClient overHttp(SwfFake served) {
    server = SwfFakeServer.start(served);
    return SwfClient.builder()
        .endpointOverride(server.endpoint())
        .region(Region.US_EAST_1)
        .credentialsProvider(StaticCredentialsProvider.create(AwsBasicCredentials.create("test", "test")))
        .httpClientBuilder(UrlConnectionHttpClient.builder())
        .overrideConfiguration(c -> c.retryStrategy(AwsRetryStrategy.doNotRetry()))
        .build();
  }

  /** Lets a test class change how its fakes are built. */
  SwfFake.Builder configure(SwfFake.Builder builder) {
    return builder;
  }

  /** Registers a domain that keeps closed executions for 7 days. */
  void registerDomain(String name) {
    swf.registerDomain(r -> r.name(name).workflowExecutionRetentionPeriodInDays("7"));
  }

  /** Registers {@code Order 1} with a default for every setting a start needs. */
  void registerOrderType(String domain) {
    swf.registerWorkflowType(r -> r.domain(domain).name(ORDER.name()).version(ORDER.version())
        .defaultTaskList(t -> t.name("deciders"))
        .defaultExecutionStartToCloseTimeout("3600")
        .defaultTaskStartToCloseTimeout("30")
        .defaultChildPolicy(ChildPolicy.TERMINATE));
  }

  /** Registers the default domain and {@code Order 1} in it. */
  void registerDomainAndType() {
    registerDomain(DOMAIN);
    registerOrderType(DOMAIN);
  }

  /** Starts an {@code Order 1} execution in the default domain and returns its run id. */
  String start(String workflowId) {
    return start(workflowId, r -> r);
  }

  String start(String workflowId,
      UnaryOperator<software.amazon.awssdk.services.swf.model.StartWorkflowExecutionRequest.Builder> more) {
    return swf.startWorkflowExecution(r -> more.apply(r.domain(DOMAIN).workflowId(workflowId).workflowType(ORDER)))
        .runId();
  }

  static WorkflowExecution run(String workflowId, String runId) {
    return WorkflowExecution.builder().workflowId(workflowId).runId(runId).build();
  }

  DescribeWorkflowExecutionResponse describe(String workflowId, String runId) {
    return swf.describeWorkflowExecution(r -> r.domain(DOMAIN).execution(run(workflowId, runId)));
  }

  /** Every event of a run's history, following page tokens. */
  List<HistoryEvent> history(String workflowId, String runId) {
    List<HistoryEvent> events = new ArrayList<>();
    String token = null;
    do {
      String page = token;
      GetWorkflowExecutionHistoryResponse response = swf.getWorkflowExecutionHistory(r -> r.domain(DOMAIN)
          .execution(run(workflowId, runId)).nextPageToken(page));
      events.addAll(response.events());
      token = response.nextPageToken();
    } while (token != null);
    return events;
  }

  /** Instant {@code seconds} after the start of the fake's clock; against SWF the rest of the test is skipped. */
  static Instant at(long seconds) {
    if (againstSwf()) {
      Assumptions.abort("checks a timestamp of the fake's clock: SWF's are real time");
    }
    return START.plusSeconds(seconds);
  }

  /** Moves the fake's clock; against SWF, whose clock is real time, the rest of the test is skipped. */
  void advance(Duration duration) {
    if (againstSwf()) {
      Assumptions.abort("moves the fake's clock by " + duration + ": SWF's clock is real time");
    }
    clock.advance(duration);
  }

  /**
   * The oldest start time a listing of the test's own executions asks for: the fake's start, or
   * on SWF an hour before the test began (for clock skew).
   */
  Instant listedSince() {
    return againstSwf() ? begun.minus(Duration.ofHours(1)) : START;
  }

  /**
   * A read of visibility (listings and counts), which is eventually consistent on SWF: there it
   * is repeated until {@code settled} holds, for at most 10 seconds, and the last answer is
   * returned for the test to check; in process the first answer is final.
   */
  static <T> T eventually(Supplier<T> read, Predicate<T> settled) {
    T answer = read.get();
    long deadline = System.nanoTime() + Duration.ofSeconds(10).toNanos();
    while (againstSwf() && !settled.test(answer) && System.nanoTime() < deadline) {
      try {
        Thread.sleep(500);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        throw new IllegalStateException(e);
      }
      answer = read.get();
    }
    return answer;
  }

  /**
   * Runs a call that must fail, checks that it fails as SWF does (the exception class, the wire
   * error code, status 400, a request id) and returns the exception for more checks. A failed
   * check names the whole answer (and, against SWF, SWF's own message before the suite's prefixes
   * were taken out).
   */
  static <T extends SwfException> T fault(ThrowingCallable call, Class<T> type, String code, String message) {
    Throwable thrown = catchThrowable(call);
    if (thrown instanceof TestAbortedException aborted) {
      throw aborted;
    }
    String answer = answerer() + " answered " + oneLine(thrown);
    assertThat(thrown).as("the call should fail with %s; %s", type.getSimpleName(), answer).isNotNull();
    assertThat(thrown.getClass()).as(answer).isEqualTo(type);
    T fault = type.cast(thrown);
    assertThat(fault.awsErrorDetails().errorCode()).as(answer).isEqualTo(code);
    assertThat(fault.awsErrorDetails().errorMessage()).as(answer).isEqualTo(message);
    assertThat(fault.statusCode()).as(answer).isEqualTo(400);
    assertThat(fault.requestId()).as(answer)
        .matches("[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}");
    return fault;
  }

  /** An answer in one line: the exception, its error code, status, message and request id. */
  private static String oneLine(Throwable thrown) {
    if (thrown == null) {
      return "with success";
    }
    if (!(thrown instanceof AwsServiceException error) || error.awsErrorDetails() == null) {
      return thrown.toString();
    }
    String answer = String.format("%s %s (HTTP %d, request id %s): '%s'", error.getClass().getSimpleName(),
        error.awsErrorDetails().errorCode(), error.statusCode(), error.requestId(),
        error.awsErrorDetails().errorMessage());
    if (error.getCause() instanceof AwsServiceException original && original.awsErrorDetails() != null) {
      answer += " (on the wire: '" + original.awsErrorDetails().errorMessage() + "')";
    }
    return answer;
  }

  /** Runs a call that SWF rejects as invalid input, and checks the message. */
  static SwfException validation(ThrowingCallable call, String message) {
    return fault(call, SwfException.class, "ValidationException", message);
  }
}
