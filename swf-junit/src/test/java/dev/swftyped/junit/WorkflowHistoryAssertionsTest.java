package dev.swftyped.junit;

import static dev.swftyped.junit.SwfAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.swftyped.ExecutionStatus;
import dev.swftyped.fake.FakeClock;
import dev.swftyped.fake.SwfFake;
import java.time.Duration;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.services.swf.SwfClient;
import software.amazon.awssdk.services.swf.model.Decision;
import software.amazon.awssdk.services.swf.model.DecisionType;
import software.amazon.awssdk.services.swf.model.PollForActivityTaskResponse;
import software.amazon.awssdk.services.swf.model.PollForDecisionTaskResponse;

/** The history assertions that read like a workflow, on a run with activities, a timer, a child and a marker. */
@SwfTest
@RegisterDomain("orders")
@RegisterWorkflowType(name = "Order", version = "1", defaultTaskList = "deciders",
    defaultExecutionStartToCloseTimeout = "3600", defaultTaskStartToCloseTimeout = "30", defaultChildPolicy = "TERMINATE")
@RegisterWorkflowType(name = "Shipment", version = "1", defaultTaskList = "shippers",
    defaultExecutionStartToCloseTimeout = "3600", defaultTaskStartToCloseTimeout = "30", defaultChildPolicy = "TERMINATE")
class WorkflowHistoryAssertionsTest {
  SwfFake fake;

  /**
   * order-1: reserve completes with "reserved", charge fails with "declined", a marker, a 60 s
   * timer fires, child shipment-1 completes with "shipped", a decision fails (an unknown activity
   * type), then the order completes with "done".
   */
  @BeforeEach
  void anOrderRuns(SwfFake fake, SwfClient swf, FakeClock clock) {
    this.fake = fake;
    swf.registerActivityType(r -> r.domain("orders").name("Work").version("1").defaultTaskList(t -> t.name("workers"))
        .defaultTaskScheduleToStartTimeout("NONE").defaultTaskScheduleToCloseTimeout("NONE")
        .defaultTaskStartToCloseTimeout("60").defaultTaskHeartbeatTimeout("NONE"));
    swf.startWorkflowExecution(r -> r.domain("orders").workflowId("order-1").workflowType(t -> t.name("Order")
        .version("1")));
    decide(swf, "deciders", schedule("reserve"), schedule("charge"),
        Decision.builder().decisionType(DecisionType.RECORD_MARKER)
            .recordMarkerDecisionAttributes(a -> a.markerName("priced")).build(),
        Decision.builder().decisionType(DecisionType.START_TIMER)
            .startTimerDecisionAttributes(a -> a.timerId("grace").startToFireTimeout("60")).build());
    work(swf, "reserved", null);
    work(swf, null, "declined");
    decide(swf, "deciders", Decision.builder().decisionType(DecisionType.START_CHILD_WORKFLOW_EXECUTION)
        .startChildWorkflowExecutionDecisionAttributes(a -> a.workflowId("shipment-1")
            .workflowType(t -> t.name("Shipment").version("1"))).build());
    decide(swf, "shippers", Decision.builder().decisionType(DecisionType.COMPLETE_WORKFLOW_EXECUTION)
        .completeWorkflowExecutionDecisionAttributes(a -> a.result("shipped")).build());
    clock.advance(Duration.ofSeconds(60));
    decide(swf, "deciders", Decision.builder().decisionType(DecisionType.SCHEDULE_ACTIVITY_TASK)
        .scheduleActivityTaskDecisionAttributes(a -> a.activityId("x").activityType(t -> t.name("Nope").version("1")))
        .build());
    decide(swf, "deciders", Decision.builder().decisionType(DecisionType.COMPLETE_WORKFLOW_EXECUTION)
        .completeWorkflowExecutionDecisionAttributes(a -> a.result("done")).build());
  }

  private static Decision schedule(String activityId) {
    return Decision.builder().decisionType(DecisionType.SCHEDULE_ACTIVITY_TASK)
        .scheduleActivityTaskDecisionAttributes(a -> a.activityId(activityId).activityType(t -> t.name("Work")
            .version("1")))
        .build();
  }

  private static void decide(SwfClient swf, String taskList, Decision... decisions) {
    PollForDecisionTaskResponse task = swf.pollForDecisionTask(r -> r.domain("orders").taskList(t -> t.name(taskList)));
    swf.respondDecisionTaskCompleted(r -> r.taskToken(task.taskToken()).decisions(decisions));
  }

  private static void work(SwfClient swf, String result, String failure) {
    PollForActivityTaskResponse task = swf.pollForActivityTask(r -> r.domain("orders").taskList(t -> t.name("workers")));
    if (failure == null) {
      swf.respondActivityTaskCompleted(r -> r.taskToken(task.taskToken()).result(result));
    } else {
      swf.respondActivityTaskFailed(r -> r.taskToken(task.taskToken()).reason(failure));
    }
  }

  @Test
  void theWorkflowsStepsPass() {
    assertThat(fake).hasExecution("order-1").hasResult("done").history()
        .hasActivityCompleted("reserve")
        .hasActivityCompleted("reserve", "reserved")
        .hasActivityFailed("charge", "declined")
        .hasMarker("priced")
        .hasTimerFired("grace")
        .hasChildClosed("shipment-1", ExecutionStatus.COMPLETED)
        .hasChildCompleted("shipment-1", "shipped")
        .hasDecisionFailure("ACTIVITY_TYPE_DOES_NOT_EXIST");
  }

  @Test
  void inOrderPassesWhenTheStepsHappenedInThatOrder() {
    assertThat(fake).hasExecution("order-1").history().inOrder()
        .hasActivityCompleted("reserve")
        .hasActivityFailed("charge", "declined")
        .hasChildCompleted("shipment-1", "shipped")
        .hasTimerFired("grace");
  }

  @Test
  void inOrderFailsWhenAStepCameBefore() {
    assertThatThrownBy(() -> assertThat(fake).hasExecution("order-1").history().inOrder()
            .hasTimerFired("grace")
            .hasActivityCompleted("reserve"))
        .isInstanceOf(AssertionError.class)
        .hasMessageContaining("Expecting the history to contain\n  activity \"reserve\" completed\nafter event ")
        .hasMessageContaining(", but it comes before.\nThe history:\n")
        .hasMessageContaining("TimerFired  timerId=\"grace\", startedEventId=8");
  }

  @Test
  void aMissingStepFailsWithTheTimeline() {
    assertThatThrownBy(() -> assertThat(fake).hasExecution("order-1").history().hasActivityCompleted("charge"))
        .isInstanceOf(AssertionError.class)
        .hasMessageContaining("Expecting the history to contain\n  activity \"charge\" completed\nbut it does not.")
        .hasMessageContaining("  2026-01-01T00:01:00Z  +1m      TimerFired  timerId=\"grace\"");
    assertThatThrownBy(() -> assertThat(fake).hasExecution("order-1").history().hasTimerCanceled("grace"))
        .hasMessageContaining("timer \"grace\" canceled\nbut it does not.");
  }

  @Test
  void hasNoDecisionFailuresNamesTheFirstOne() {
    assertThatThrownBy(() -> assertThat(fake).hasExecution("order-1").history().hasNoDecisionFailures())
        .isInstanceOf(AssertionError.class)
        .hasMessageContaining("Expecting no decision to have failed\nbut event ")
        .hasMessageContaining("is ScheduleActivityTaskFailed (activityType=Nope 1, activityId=\"x\", "
            + "cause=ACTIVITY_TYPE_DOES_NOT_EXIST");
  }

  @Test
  void hasResultFailsOnAnotherResult() {
    assertThatThrownBy(() -> assertThat(fake).hasExecution("order-1").hasResult("shipped"))
        .isInstanceOf(AssertionError.class)
        .hasMessageContaining("to have completed with result:\n  \"shipped\"\nbut it completed with \"done\"");
  }
}
