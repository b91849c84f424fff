package dev.swftyped;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.services.swf.model.ActivityType;
import software.amazon.awssdk.services.swf.model.CancelTimerDecisionAttributes;
import software.amazon.awssdk.services.swf.model.CancelWorkflowExecutionDecisionAttributes;
import software.amazon.awssdk.services.swf.model.ChildPolicy;
import software.amazon.awssdk.services.swf.model.CompleteWorkflowExecutionDecisionAttributes;
import software.amazon.awssdk.services.swf.model.ContinueAsNewWorkflowExecutionDecisionAttributes;
import software.amazon.awssdk.services.swf.model.DecisionType;
import software.amazon.awssdk.services.swf.model.FailWorkflowExecutionDecisionAttributes;
import software.amazon.awssdk.services.swf.model.RecordMarkerDecisionAttributes;
import software.amazon.awssdk.services.swf.model.RequestCancelActivityTaskDecisionAttributes;
import software.amazon.awssdk.services.swf.model.RequestCancelExternalWorkflowExecutionDecisionAttributes;
import software.amazon.awssdk.services.swf.model.ScheduleActivityTaskDecisionAttributes;
import software.amazon.awssdk.services.swf.model.ScheduleLambdaFunctionDecisionAttributes;
import software.amazon.awssdk.services.swf.model.SignalExternalWorkflowExecutionDecisionAttributes;
import software.amazon.awssdk.services.swf.model.StartChildWorkflowExecutionDecisionAttributes;
import software.amazon.awssdk.services.swf.model.StartTimerDecisionAttributes;
import software.amazon.awssdk.services.swf.model.TaskList;
import software.amazon.awssdk.services.swf.model.WorkflowType;

/** Every decision maps to the SDK's decision with exactly the attributes SWF expects, field by field. */
class DecisionMappingTest {
  static final ActivityId CHARGE = ActivityId.of("Charge", "1");
  static final ActivityType SDK_CHARGE = ActivityType.builder().name("Charge").version("1").build();
  static final WorkflowId SHIP = WorkflowId.of("Ship", "2");
  static final TaskList PAYMENTS = TaskList.builder().name("payments").build();

  static software.amazon.awssdk.services.swf.model.Decision.Builder decision(DecisionType type) {
    return software.amazon.awssdk.services.swf.model.Decision.builder().decisionType(type);
  }

  @Test
  void scheduleActivityTaskSendsItsTimeoutsUnderTheDecisionsNames() {
    Decision decision = Decision.ScheduleActivityTask.of(CHARGE, "charge-1")
        .withInput("{\"cents\":1999}")
        .withControl("attempt-1")
        .withConfiguration(PartialTaskConfiguration.builder()
            .taskList("payments")
            .startToCloseTimeout(Timeout.ofSeconds(60))
            .scheduleToStartTimeout(Timeout.none())
            .scheduleToCloseTimeout(Timeout.ofSeconds(0))
            .heartbeatTimeout(Timeout.ofSeconds(15))
            .taskPriority(-2)
            .build());

    assertThat(decision.toSdk()).isEqualTo(decision(DecisionType.SCHEDULE_ACTIVITY_TASK)
        .scheduleActivityTaskDecisionAttributes(ScheduleActivityTaskDecisionAttributes.builder()
            .activityType(SDK_CHARGE).activityId("charge-1").input("{\"cents\":1999}").control("attempt-1")
            .taskList(PAYMENTS).taskPriority("-2")
            .startToCloseTimeout("60").scheduleToStartTimeout("NONE").scheduleToCloseTimeout("0")
            .heartbeatTimeout("15")
            .build())
        .build());
  }

  @Test
  void scheduleActivityTaskWithTheTypesDefaultsSendsOnlyTheTypeAndId() {
    assertThat(Decision.ScheduleActivityTask.of(CHARGE, "charge-1").toSdk())
        .isEqualTo(decision(DecisionType.SCHEDULE_ACTIVITY_TASK)
            .scheduleActivityTaskDecisionAttributes(ScheduleActivityTaskDecisionAttributes.builder()
                .activityType(SDK_CHARGE).activityId("charge-1").build())
            .build());
  }

  @Test
  void requestCancelActivityTaskSendsTheId() {
    assertThat(Decision.RequestCancelActivityTask.of("charge-1").toSdk())
        .isEqualTo(decision(DecisionType.REQUEST_CANCEL_ACTIVITY_TASK)
            .requestCancelActivityTaskDecisionAttributes(RequestCancelActivityTaskDecisionAttributes.builder()
                .activityId("charge-1").build())
            .build());
  }

  @Test
  void completeWorkflowExecutionAlwaysSendsItsAttributes() {
    assertThat(Decision.CompleteWorkflowExecution.of().toSdk())
        .isEqualTo(decision(DecisionType.COMPLETE_WORKFLOW_EXECUTION)
            .completeWorkflowExecutionDecisionAttributes(CompleteWorkflowExecutionDecisionAttributes.builder().build())
            .build());
    assertThat(Decision.CompleteWorkflowExecution.of().withResult("").toSdk()
            .completeWorkflowExecutionDecisionAttributes().result())
        .isEmpty();
    assertThat(Decision.CompleteWorkflowExecution.of().withResult("done").toSdk()
            .completeWorkflowExecutionDecisionAttributes().result())
        .isEqualTo("done");
  }

  @Test
  void failWorkflowExecutionWithAnEmptyReasonKeepsItsAttributes() {
    assertThat(Decision.FailWorkflowExecution.of().withReason("").toSdk())
        .isEqualTo(decision(DecisionType.FAIL_WORKFLOW_EXECUTION)
            .failWorkflowExecutionDecisionAttributes(FailWorkflowExecutionDecisionAttributes.builder().reason("")
                .build())
            .build());
  }

  @Test
  void failWorkflowExecutionSendsReasonAndDetailsOrItsEmptyAttributes() {
    assertThat(Decision.FailWorkflowExecution.of().withReason("card declined").withDetails("{}").toSdk())
        .isEqualTo(decision(DecisionType.FAIL_WORKFLOW_EXECUTION)
            .failWorkflowExecutionDecisionAttributes(FailWorkflowExecutionDecisionAttributes.builder()
                .reason("card declined").details("{}").build())
            .build());
    assertThat(Decision.FailWorkflowExecution.of().toSdk().failWorkflowExecutionDecisionAttributes())
        .isEqualTo(FailWorkflowExecutionDecisionAttributes.builder().build());
  }

  @Test
  void cancelWorkflowExecutionAlwaysSendsItsAttributes() {
    assertThat(Decision.CancelWorkflowExecution.of().toSdk())
        .isEqualTo(decision(DecisionType.CANCEL_WORKFLOW_EXECUTION)
            .cancelWorkflowExecutionDecisionAttributes(CancelWorkflowExecutionDecisionAttributes.builder().build())
            .build());
    assertThat(Decision.CancelWorkflowExecution.of().withDetails("").toSdk()
            .cancelWorkflowExecutionDecisionAttributes().details())
        .isEmpty();
  }

  @Test
  void continueAsNewSendsTheVersionInputTagsAndConfiguration() {
    Decision decision = Decision.ContinueAsNewWorkflowExecution.of()
        .withWorkflowTypeVersion("2")
        .withOptions(StartOptions.defaults().withInput("").withTags("gold", "eu")
            .withConfiguration(PartialExecutionConfiguration.builder()
                .timeout(Timeout.ofSeconds(86400))
                .decisionTaskTimeout(Timeout.none())
                .decisionTaskList("deciders")
                .decisionTaskPriority(4)
                .childExecutionPolicy(ChildExecutionTerminationPolicy.ABANDON)
                .lambdaRole("arn:aws:iam::123456789012:role/lambda")
                .build()));

    assertThat(decision.toSdk()).isEqualTo(decision(DecisionType.CONTINUE_AS_NEW_WORKFLOW_EXECUTION)
        .continueAsNewWorkflowExecutionDecisionAttributes(ContinueAsNewWorkflowExecutionDecisionAttributes.builder()
            .workflowTypeVersion("2").input("").tagList("gold", "eu")
            .executionStartToCloseTimeout("86400").taskStartToCloseTimeout("NONE")
            .taskList(TaskList.builder().name("deciders").build()).taskPriority("4")
            .childPolicy(ChildPolicy.ABANDON).lambdaRole("arn:aws:iam::123456789012:role/lambda")
            .build())
        .build());
  }

  @Test
  void continueAsNewWithEveryDefaultSendsItsEmptyAttributes() {
    assertThat(Decision.ContinueAsNewWorkflowExecution.of().toSdk())
        .isEqualTo(decision(DecisionType.CONTINUE_AS_NEW_WORKFLOW_EXECUTION)
            .continueAsNewWorkflowExecutionDecisionAttributes(
                ContinueAsNewWorkflowExecutionDecisionAttributes.builder().build())
            .build());
  }

  @Test
  void recordMarkerSendsItsNameAndDetails() {
    assertThat(Decision.RecordMarker.of("checkpoint").withDetails("{\"step\":3}").toSdk())
        .isEqualTo(decision(DecisionType.RECORD_MARKER)
            .recordMarkerDecisionAttributes(RecordMarkerDecisionAttributes.builder()
                .markerName("checkpoint").details("{\"step\":3}").build())
            .build());
    assertThat(Decision.RecordMarker.of("checkpoint").toSdk().recordMarkerDecisionAttributes().details()).isNull();
  }

  @Test
  void startTimerSendsWholeSeconds() {
    assertThat(Decision.StartTimer.of("reminder", Duration.ofHours(1)).withControl("c").toSdk())
        .isEqualTo(decision(DecisionType.START_TIMER)
            .startTimerDecisionAttributes(StartTimerDecisionAttributes.builder()
                .timerId("reminder").startToFireTimeout("3600").control("c").build())
            .build());
    assertThat(Decision.StartTimer.of("now", Duration.ZERO).toSdk().startTimerDecisionAttributes())
        .isEqualTo(StartTimerDecisionAttributes.builder().timerId("now").startToFireTimeout("0").build());
  }

  @Test
  void cancelTimerSendsTheId() {
    assertThat(Decision.CancelTimer.of("reminder").toSdk())
        .isEqualTo(decision(DecisionType.CANCEL_TIMER)
            .cancelTimerDecisionAttributes(CancelTimerDecisionAttributes.builder().timerId("reminder").build())
            .build());
  }

  @Test
  void signalExternalWorkflowExecutionSendsTheRunIdOnlyForOneRun() {
    assertThat(Decision.SignalExternalWorkflowExecution.of(ExecutionId.of("billing", "run-9"), "paid")
            .withInput("{}").withControl("c").toSdk())
        .isEqualTo(decision(DecisionType.SIGNAL_EXTERNAL_WORKFLOW_EXECUTION)
            .signalExternalWorkflowExecutionDecisionAttributes(SignalExternalWorkflowExecutionDecisionAttributes
                .builder().workflowId("billing").runId("run-9").signalName("paid").input("{}").control("c").build())
            .build());
    assertThat(Decision.SignalExternalWorkflowExecution.of(CurrentExecutionId.of("billing"), "paid").toSdk()
            .signalExternalWorkflowExecutionDecisionAttributes())
        .isEqualTo(SignalExternalWorkflowExecutionDecisionAttributes.builder()
            .workflowId("billing").signalName("paid").build());
  }

  @Test
  void requestCancelExternalWorkflowExecutionSendsTheRunIdOnlyForOneRun() {
    assertThat(Decision.RequestCancelExternalWorkflowExecution.of(ExecutionId.of("billing", "run-9"))
            .withControl("").toSdk())
        .isEqualTo(decision(DecisionType.REQUEST_CANCEL_EXTERNAL_WORKFLOW_EXECUTION)
            .requestCancelExternalWorkflowExecutionDecisionAttributes(
                RequestCancelExternalWorkflowExecutionDecisionAttributes.builder()
                    .workflowId("billing").runId("run-9").control("").build())
            .build());
    assertThat(Decision.RequestCancelExternalWorkflowExecution.of(CurrentExecutionId.of("billing")).toSdk()
            .requestCancelExternalWorkflowExecutionDecisionAttributes())
        .isEqualTo(RequestCancelExternalWorkflowExecutionDecisionAttributes.builder().workflowId("billing").build());
  }

  @Test
  void startChildWorkflowExecutionSendsTypeIdInputTagsControlAndConfiguration() {
    Decision decision = Decision.StartChildWorkflowExecution.of(SHIP, CurrentExecutionId.of("ship-42"))
        .withControl("child-1")
        .withOptions(StartOptions.defaults().withInput("{}").withTags("gold")
            .withConfiguration(PartialExecutionConfiguration.builder()
                .timeout(Timeout.ofSeconds(600))
                .decisionTaskTimeout(Timeout.ofSeconds(30))
                .decisionTaskList("shippers")
                .decisionTaskPriority(0)
                .childExecutionPolicy(ChildExecutionTerminationPolicy.REQUEST_CANCEL)
                .lambdaRole("role")
                .build()));

    assertThat(decision.toSdk()).isEqualTo(decision(DecisionType.START_CHILD_WORKFLOW_EXECUTION)
        .startChildWorkflowExecutionDecisionAttributes(StartChildWorkflowExecutionDecisionAttributes.builder()
            .workflowType(WorkflowType.builder().name("Ship").version("2").build())
            .workflowId("ship-42").input("{}").tagList("gold").control("child-1")
            .executionStartToCloseTimeout("600").taskStartToCloseTimeout("30")
            .taskList(TaskList.builder().name("shippers").build()).taskPriority("0")
            .childPolicy(ChildPolicy.REQUEST_CANCEL).lambdaRole("role")
            .build())
        .build());
  }

  @Test
  void startChildWorkflowExecutionWithTheTypesDefaultsSendsOnlyTypeAndId() {
    assertThat(Decision.StartChildWorkflowExecution.of(SHIP, CurrentExecutionId.of("ship-42")).toSdk()
            .startChildWorkflowExecutionDecisionAttributes())
        .isEqualTo(StartChildWorkflowExecutionDecisionAttributes.builder()
            .workflowType(WorkflowType.builder().name("Ship").version("2").build()).workflowId("ship-42").build());
  }

  @Test
  void scheduleLambdaFunctionSendsTheFunctionAsName() {
    assertThat(Decision.ScheduleLambdaFunction.of("resize-1", "resize").withInput("{}").withControl("c")
            .withStartToCloseTimeout(Timeout.ofSeconds(300)).toSdk())
        .isEqualTo(decision(DecisionType.SCHEDULE_LAMBDA_FUNCTION)
            .scheduleLambdaFunctionDecisionAttributes(ScheduleLambdaFunctionDecisionAttributes.builder()
                .id("resize-1").name("resize").input("{}").control("c").startToCloseTimeout("300").build())
            .build());
    assertThat(Decision.ScheduleLambdaFunction.of("resize-1", "resize").toSdk()
            .scheduleLambdaFunctionDecisionAttributes())
        .isEqualTo(ScheduleLambdaFunctionDecisionAttributes.builder().id("resize-1").name("resize").build());
  }

  @Test
  void aTaskListOverrideIsAValueWithAnOptionalTimeout() {
    assertThat(TaskListOverride.of("urgent")).isEqualTo(new TaskListOverride("urgent", Optional.empty()));
    assertThat(TaskListOverride.of("urgent").withScheduleToStartTimeout(Timeout.ofSeconds(5)).scheduleToStartTimeout())
        .contains(Timeout.ofSeconds(5));
  }
}
