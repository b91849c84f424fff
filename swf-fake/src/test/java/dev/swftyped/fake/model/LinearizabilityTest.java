package dev.swftyped.fake.model;

import static org.jetbrains.lincheck.datastructures.ManagedStrategyGuaranteeKt.forClasses;

import dev.swftyped.fake.FakeClock;
import dev.swftyped.fake.SwfFake;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Supplier;
import org.jetbrains.lincheck.datastructures.IntGen;
import org.jetbrains.lincheck.datastructures.ModelCheckingOptions;
import org.jetbrains.lincheck.datastructures.Operation;
import org.jetbrains.lincheck.datastructures.Param;
import org.jetbrains.lincheck.datastructures.StressOptions;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.services.swf.SwfClient;
import software.amazon.awssdk.services.swf.model.Decision;
import software.amazon.awssdk.services.swf.model.DecisionType;
import software.amazon.awssdk.services.swf.model.PollForActivityTaskResponse;
import software.amazon.awssdk.services.swf.model.PollForDecisionTaskResponse;
import software.amazon.awssdk.services.swf.model.SwfException;

/**
 * Lincheck runs these operations from several threads and checks that every outcome is
 * linearizable: executions (start, signal, terminate, counts, listings) and the task plane (polls
 * for decision and activity tasks, answers, heartbeats, pending counts). Polls answer at once when
 * there is no task ({@code pollTimeout(ZERO)}), so no operation blocks.
 *
 * <p>A poll keeps the token it got, by workflow id; an answer or heartbeat takes the token of its
 * workflow id. Taking a token and using it are two steps, so an operation whose token is missing
 * or dead answers {@code gone} either way: that keeps the outcomes of a serial order.
 */
@Param(name = "id", gen = IntGen.class, conf = "1:2")
public class LinearizabilityTest {
  static final Decision SCHEDULE = Decision.builder().decisionType(DecisionType.SCHEDULE_ACTIVITY_TASK)
      .scheduleActivityTaskDecisionAttributes(a -> a.activityId("a").activityType(t -> t.name("A").version("1")))
      .build();
  static final Decision COMPLETE = Decision.builder().decisionType(DecisionType.COMPLETE_WORKFLOW_EXECUTION).build();

  private final SwfClient swf;
  private final Map<String, String> decisionTokens = new ConcurrentHashMap<>();
  private final Map<String, String> activityTokens = new ConcurrentHashMap<>();

  public LinearizabilityTest() {
    SwfFake fake = SwfFake.builder().clock(FakeClock.at(Instant.parse("2026-01-01T00:00:00Z")))
        .pollTimeout(Duration.ZERO).build();
    swf = fake.client();
    swf.registerDomain(r -> r.name("d").workflowExecutionRetentionPeriodInDays("7"));
    swf.registerWorkflowType(r -> r.domain("d").name("T").version("1").defaultTaskList(t -> t.name("l"))
        .defaultExecutionStartToCloseTimeout("60").defaultTaskStartToCloseTimeout("5").defaultChildPolicy("ABANDON"));
    swf.registerActivityType(r -> r.domain("d").name("A").version("1").defaultTaskList(t -> t.name("al"))
        .defaultTaskScheduleToStartTimeout("NONE").defaultTaskScheduleToCloseTimeout("NONE")
        .defaultTaskStartToCloseTimeout("NONE").defaultTaskHeartbeatTimeout("NONE"));
  }

  private static String outcome(Supplier<String> call) {
    try {
      return call.get();
    } catch (SwfException e) {
      return e.awsErrorDetails().errorCode();
    }
  }

  /** Uses a token, if there is one; a missing token and a dead one answer the same. */
  private static String withToken(String token, Supplier<String> call) {
    if (token == null) {
      return "gone";
    }
    String outcome = outcome(call);
    return outcome.equals("UnknownResourceFault") ? "gone" : outcome;
  }

  @Operation
  public String start(@Param(name = "id") int id) {
    return outcome(() -> {
      swf.startWorkflowExecution(r -> r.domain("d").workflowId("w" + id).workflowType(t -> t.name("T").version("1")));
      return "ok";
    });
  }

  @Operation
  public String signal(@Param(name = "id") int id) {
    return outcome(() -> {
      swf.signalWorkflowExecution(r -> r.domain("d").workflowId("w" + id).signalName("s"));
      return "ok";
    });
  }

  @Operation
  public String terminate(@Param(name = "id") int id) {
    return outcome(() -> {
      swf.terminateWorkflowExecution(r -> r.domain("d").workflowId("w" + id));
      return "ok";
    });
  }

  @Operation
  public int countOpen() {
    return swf.countOpenWorkflowExecutions(r -> r.domain("d").startTimeFilter(f -> f.oldestDate(Instant.EPOCH)))
        .count();
  }

  @Operation
  public String openIds() {
    return swf.listOpenWorkflowExecutions(r -> r.domain("d").startTimeFilter(f -> f.oldestDate(Instant.EPOCH))
            .reverseOrder(true)).executionInfos().stream()
        .map(info -> info.execution().workflowId())
        .sorted()
        .toList()
        .toString();
  }

  @Operation
  public int pendingDecisionTasks() {
    return swf.countPendingDecisionTasks(r -> r.domain("d").taskList(t -> t.name("l"))).count();
  }

  @Operation
  public int pendingActivityTasks() {
    return swf.countPendingActivityTasks(r -> r.domain("d").taskList(t -> t.name("al"))).count();
  }

  /** Takes a decision task: its workflow id, started event, previous started event and event count. */
  @Operation
  public String pollDecision() {
    PollForDecisionTaskResponse task = swf.pollForDecisionTask(r -> r.domain("d").taskList(t -> t.name("l")));
    if (task.taskToken() == null) {
      return "none";
    }
    String workflowId = task.workflowExecution().workflowId();
    decisionTokens.put(workflowId, task.taskToken());
    return workflowId + "@" + task.startedEventId() + "/" + task.previousStartedEventId() + "/" + task.events().size();
  }

  /** Answers the decision task of a workflow id: schedules the activity, or completes the run. */
  @Operation
  public String decide(@Param(name = "id") int id, boolean complete) {
    String token = decisionTokens.remove("w" + id);
    return withToken(token, () -> {
      swf.respondDecisionTaskCompleted(r -> r.taskToken(token).decisions(complete ? COMPLETE : SCHEDULE));
      return "ok";
    });
  }

  /** Takes an activity task: its workflow id and started event. */
  @Operation
  public String pollActivity() {
    PollForActivityTaskResponse task = swf.pollForActivityTask(r -> r.domain("d").taskList(t -> t.name("al")));
    if (task.taskToken() == null) {
      return "none";
    }
    String workflowId = task.workflowExecution().workflowId();
    activityTokens.put(workflowId, task.taskToken());
    return workflowId + "@" + task.startedEventId();
  }

  @Operation
  public String completeActivity(@Param(name = "id") int id) {
    String token = activityTokens.remove("w" + id);
    return withToken(token, () -> {
      swf.respondActivityTaskCompleted(r -> r.taskToken(token).result("done"));
      return "ok";
    });
  }

  @Operation
  public String heartbeat(@Param(name = "id") int id) {
    String token = activityTokens.get("w" + id);
    return withToken(token, () -> "cancelRequested=" + swf.recordActivityTaskHeartbeat(r -> r.taskToken(token))
        .cancelRequested());
  }

  @Test
  void modelChecking() {
    new ModelCheckingOptions().iterations(4).invocationsPerIteration(40).threads(2).actorsPerThread(2)
        .addGuarantee(forClasses(LinearizabilityTest::threadConfined).allMethods().ignore())
        // The first invocations that reach new code wait for Lincheck to instrument it; on a busy
        // machine that takes longer than Lincheck's 30 s per invocation, which it then reports as a
        // hang. Lincheck 3.7 has this setting only as an internal (name-mangled) method.
        .invocationTimeout$lincheck(120_000)
        .check(getClass());
  }

  /**
   * Classes whose code the model checker need not explore, and whose first use it would spend
   * longer instrumenting than an invocation may take: the SDK's requests, responses and builders
   * (each call's own, never shared) and the JDK's cryptography behind the fake's token signatures
   * (used under the engine's lock).
   */
  private static Boolean threadConfined(String className) {
    return className.startsWith("software.amazon.awssdk.") || className.startsWith("javax.crypto.")
        || className.startsWith("java.security.") || className.startsWith("sun.security.");
  }

  @Test
  void stress() {
    new StressOptions().iterations(6).invocationsPerIteration(300).threads(2).actorsPerThread(4).check(getClass());
  }
}
