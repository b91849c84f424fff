package dev.swftyped.fake;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.function.UnaryOperator;
import org.assertj.core.api.ThrowableAssert.ThrowingCallable;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
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
 */
abstract class ContractTest {
  static final Instant START = Instant.parse("2026-03-01T12:00:00Z");
  static final String DOMAIN = "orders";
  static final WorkflowType ORDER = WorkflowType.builder().name("Order").version("1").build();

  /** Which door the suite goes through: {@code in-process} (the default) or {@code http}. */
  static final String DOOR = System.getProperty("swf.contract.door", "in-process");

  SwfFake fake;
  FakeClock clock;
  SwfClient swf;
  private SwfFakeServer server;

  @BeforeEach
  void newFake() {
    clock = FakeClock.at(START);
    fake = configure(SwfFake.builder().clock(clock).seed(7)).build();
    swf = DOOR.equals("http") ? overHttp(fake) : fake.client();
  }

  @AfterEach
  void stopServer() {
    if (server != null) {
      swf.close();
      server.close();
    }
  }

  static boolean overHttp() {
    return DOOR.equals("http");
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

  void advance(Duration duration) {
    clock.advance(duration);
  }

  /**
   * Runs a call that must fail, checks that it fails as SWF does (the exception class, the wire
   * error code, status 400, a request id) and returns the exception for more checks.
   */
  static <T extends SwfException> T fault(ThrowingCallable call, Class<T> type, String code, String message) {
    T fault = catchThrowableOfType(type, call);
    assertThat(fault).as("the call should fail with %s", type.getSimpleName()).isNotNull();
    assertThat(fault.getClass()).isEqualTo(type);
    assertThat(fault.awsErrorDetails().errorCode()).isEqualTo(code);
    assertThat(fault.awsErrorDetails().errorMessage()).isEqualTo(message);
    assertThat(fault.statusCode()).isEqualTo(400);
    assertThat(fault.requestId()).matches("[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}");
    return fault;
  }

  /** Runs a call that SWF rejects as invalid input, and checks the message. */
  static SwfException validation(ThrowingCallable call, String message) {
    return fault(call, SwfException.class, "ValidationException", message);
  }
}
