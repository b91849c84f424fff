package dev.swftyped.fake.model;

import dev.swftyped.fake.FakeClock;
import dev.swftyped.fake.SwfFake;
import java.time.Instant;
import org.jetbrains.lincheck.datastructures.IntGen;
import org.jetbrains.lincheck.datastructures.ModelCheckingOptions;
import org.jetbrains.lincheck.datastructures.Operation;
import org.jetbrains.lincheck.datastructures.Param;
import org.jetbrains.lincheck.datastructures.StressOptions;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.services.swf.SwfClient;
import software.amazon.awssdk.services.swf.model.SwfException;

/** Lincheck runs these operations from several threads and checks that every outcome is linearizable. */
@Param(name = "id", gen = IntGen.class, conf = "1:3")
public class LinearizabilityTest {
  private final SwfClient swf;

  public LinearizabilityTest() {
    SwfFake fake = SwfFake.builder().clock(FakeClock.at(Instant.parse("2026-01-01T00:00:00Z"))).build();
    swf = fake.client();
    swf.registerDomain(r -> r.name("d").workflowExecutionRetentionPeriodInDays("7"));
    swf.registerWorkflowType(r -> r.domain("d").name("T").version("1").defaultTaskList(t -> t.name("l"))
        .defaultExecutionStartToCloseTimeout("60").defaultTaskStartToCloseTimeout("5").defaultChildPolicy("ABANDON"));
  }

  private static String outcome(Runnable call) {
    try {
      call.run();
      return "ok";
    } catch (SwfException e) {
      return e.awsErrorDetails().errorCode();
    }
  }

  @Operation
  public String start(@Param(name = "id") int id) {
    return outcome(() -> swf.startWorkflowExecution(r -> r.domain("d").workflowId("w" + id)
        .workflowType(t -> t.name("T").version("1"))));
  }

  @Operation
  public String signal(@Param(name = "id") int id) {
    return outcome(() -> swf.signalWorkflowExecution(r -> r.domain("d").workflowId("w" + id).signalName("s")));
  }

  @Operation
  public String terminate(@Param(name = "id") int id) {
    return outcome(() -> swf.terminateWorkflowExecution(r -> r.domain("d").workflowId("w" + id)));
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

  @Test
  void modelChecking() {
    new ModelCheckingOptions().iterations(5).invocationsPerIteration(50).threads(2).actorsPerThread(2)
        .check(getClass());
  }

  @Test
  void stress() {
    new StressOptions().iterations(30).invocationsPerIteration(1000).threads(2).actorsPerThread(4).check(getClass());
  }
}
