package dev.swftyped.fake;

import static org.assertj.core.api.Assertions.assertThat;
import static software.amazon.awssdk.services.swf.model.EventType.DECISION_TASK_COMPLETED;
import static software.amazon.awssdk.services.swf.model.EventType.DECISION_TASK_SCHEDULED;
import static software.amazon.awssdk.services.swf.model.EventType.LAMBDA_FUNCTION_FAILED;
import static software.amazon.awssdk.services.swf.model.EventType.LAMBDA_FUNCTION_SCHEDULED;
import static software.amazon.awssdk.services.swf.model.EventType.LAMBDA_FUNCTION_STARTED;
import static software.amazon.awssdk.services.swf.model.EventType.START_LAMBDA_FUNCTION_FAILED;

import java.util.List;
import java.util.function.UnaryOperator;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.services.swf.model.Decision;
import software.amazon.awssdk.services.swf.model.DecisionType;
import software.amazon.awssdk.services.swf.model.HistoryEvent;
import software.amazon.awssdk.services.swf.model.LambdaFunctionFailedEventAttributes;
import software.amazon.awssdk.services.swf.model.LambdaFunctionScheduledEventAttributes;
import software.amazon.awssdk.services.swf.model.LambdaFunctionStartedEventAttributes;
import software.amazon.awssdk.services.swf.model.ScheduleLambdaFunctionDecisionAttributes;
import software.amazon.awssdk.services.swf.model.StartLambdaFunctionFailedEventAttributes;

/**
 * ScheduleLambdaFunction (D-13, Q-13): the fake runs no Lambda. Without a Lambda role a function
 * fails to start; with one it starts and fails.
 */
class LambdaContractTest extends TaskPlaneContract {

  static Decision scheduleLambda(UnaryOperator<ScheduleLambdaFunctionDecisionAttributes.Builder> more) {
    return Decision.builder().decisionType(DecisionType.SCHEDULE_LAMBDA_FUNCTION)
        .scheduleLambdaFunctionDecisionAttributes(more.apply(ScheduleLambdaFunctionDecisionAttributes.builder()
            .id("f1").name("resize")).build())
        .build();
  }

  @Test
  void aLambdaFunctionIsScheduledThenFailsToStartWithADecisionTask() {
    registerDomainAndType();
    String runId = start("order-1");

    decideNext(scheduleLambda(a -> a));

    List<HistoryEvent> events = eventsFrom("order-1", runId, 4);
    assertThat(events).extracting(HistoryEvent::eventType).containsExactly(DECISION_TASK_COMPLETED,
        LAMBDA_FUNCTION_SCHEDULED, START_LAMBDA_FUNCTION_FAILED, DECISION_TASK_SCHEDULED);
    assertThat(events.get(1).lambdaFunctionScheduledEventAttributes()).isEqualTo(
        LambdaFunctionScheduledEventAttributes.builder().id("f1").name("resize").decisionTaskCompletedEventId(4L)
            .build());
    assertThat(events.get(2).startLambdaFunctionFailedEventAttributes()).isEqualTo(
        StartLambdaFunctionFailedEventAttributes.builder().scheduledEventId(5L).cause("ASSUME_ROLE_FAILED")
            .message("swf-fake does not run Lambda functions").build());
    assertThat(openCounts("order-1", runId)).isEqualTo(counts(1, 0, 0, 0));
    assertThat(events).extracting(HistoryEvent::eventTimestamp).containsOnly(at(0));
  }

  @Test
  void withALambdaRoleTheFunctionStartsAndFailsWithADecisionTask() {
    registerDomainAndType();
    String runId = start("order-1", r -> r.lambdaRole("arn:aws:iam::123456789012:role/lambda"));
    advance(java.time.Duration.ofSeconds(2));

    decideNext(scheduleLambda(a -> a.control("ctl").input("in").startToCloseTimeout("60")));

    List<HistoryEvent> events = eventsFrom("order-1", runId, 4);
    assertThat(events).extracting(HistoryEvent::eventType).containsExactly(DECISION_TASK_COMPLETED,
        LAMBDA_FUNCTION_SCHEDULED, LAMBDA_FUNCTION_STARTED, LAMBDA_FUNCTION_FAILED, DECISION_TASK_SCHEDULED);
    assertThat(events).extracting(HistoryEvent::eventTimestamp).containsOnly(at(2));
    assertThat(events.get(1).lambdaFunctionScheduledEventAttributes()).isEqualTo(
        LambdaFunctionScheduledEventAttributes.builder().id("f1").name("resize").control("ctl").input("in")
            .startToCloseTimeout("60").decisionTaskCompletedEventId(4L).build());
    assertThat(events.get(2).lambdaFunctionStartedEventAttributes()).isEqualTo(
        LambdaFunctionStartedEventAttributes.builder().scheduledEventId(5L).build());
    assertThat(events.get(3).lambdaFunctionFailedEventAttributes()).isEqualTo(
        LambdaFunctionFailedEventAttributes.builder().scheduledEventId(5L).startedEventId(6L)
            .reason("swf-fake does not run Lambda functions").build());
    assertThat(openCounts("order-1", runId)).isEqualTo(counts(1, 0, 0, 0));
  }
}
