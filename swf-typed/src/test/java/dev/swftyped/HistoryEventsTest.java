package dev.swftyped;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalStateException;

import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.OptionalLong;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.services.swf.model.ActivityTaskScheduledEventAttributes;
import software.amazon.awssdk.services.swf.model.ActivityTaskTimedOutEventAttributes;
import software.amazon.awssdk.services.swf.model.ActivityType;
import software.amazon.awssdk.services.swf.model.CancelTimerFailedEventAttributes;
import software.amazon.awssdk.services.swf.model.DecisionTaskScheduledEventAttributes;
import software.amazon.awssdk.services.swf.model.HistoryEvent;
import software.amazon.awssdk.services.swf.model.LambdaFunctionScheduledEventAttributes;
import software.amazon.awssdk.services.swf.model.RequestCancelExternalWorkflowExecutionFailedEventAttributes;
import software.amazon.awssdk.services.swf.model.SignalExternalWorkflowExecutionInitiatedEventAttributes;
import software.amazon.awssdk.services.swf.model.StartTimerFailedEventAttributes;
import software.amazon.awssdk.services.swf.model.TaskList;
import software.amazon.awssdk.services.swf.model.TimerFiredEventAttributes;
import software.amazon.awssdk.services.swf.model.WorkflowExecution;
import software.amazon.awssdk.services.swf.model.WorkflowExecutionSignaledEventAttributes;
import software.amazon.awssdk.services.swf.model.WorkflowExecutionStartedEventAttributes;

/**
 * History events that the Python library failed to read (its bugs 15 and 16), events of types and
 * causes this library does not know, and events that lack what SWF always sends.
 */
class HistoryEventsTest {
  static final Instant AT = Instant.parse("2026-03-01T10:15:30Z");

  static HistoryEvent.Builder event(long id, String type) {
    return HistoryEvent.builder().eventId(id).eventTimestamp(AT).eventType(type);
  }

  @Test
  void cancelTimerFailedReadsItsTimerIdFromItsAttributes() {
    Event event = Event.of(event(9, "CancelTimerFailed")
        .cancelTimerFailedEventAttributes(CancelTimerFailedEventAttributes.builder()
            .timerId("reminder").cause("TIMER_ID_UNKNOWN").decisionTaskCompletedEventId(8L).build())
        .build());

    assertThat(event).isEqualTo(new Event.CancelTimerFailed(9, AT, "reminder", "TIMER_ID_UNKNOWN", 8));
    assertThat(((Event.CancelTimerFailed) event).cause()).isEqualTo(Event.CancelTimerFailed.Cause.TIMER_ID_UNKNOWN);
  }

  @Test
  void externalSignalsNameTheOtherExecutionByItsWorkflowIdAndRunId() {
    HistoryEvent sdk = event(7, "SignalExternalWorkflowExecutionInitiated")
        .signalExternalWorkflowExecutionInitiatedEventAttributes(
            SignalExternalWorkflowExecutionInitiatedEventAttributes.builder()
                .workflowId("order-2").runId("run-2").signalName("paid").decisionTaskCompletedEventId(6L).build())
        .build();

    Event.SignalExternalWorkflowExecutionInitiated event =
        (Event.SignalExternalWorkflowExecutionInitiated) Event.of(sdk);

    assertThat(event.workflowId()).isEqualTo("order-2");
    assertThat(event.runId()).contains("run-2");
    assertThat(event.execution()).isEqualTo(ExecutionId.of("order-2", "run-2"));
  }

  @Test
  void anExternalExecutionWithoutOrWithAnEmptyRunIdIsItsCurrentRun() {
    SignalExternalWorkflowExecutionInitiatedEventAttributes.Builder attributes =
        SignalExternalWorkflowExecutionInitiatedEventAttributes.builder()
            .workflowId("order-2").signalName("paid").decisionTaskCompletedEventId(6L);

    Event.SignalExternalWorkflowExecutionInitiated absent = (Event.SignalExternalWorkflowExecutionInitiated) Event.of(
        event(7, "SignalExternalWorkflowExecutionInitiated")
            .signalExternalWorkflowExecutionInitiatedEventAttributes(attributes.build()).build());
    Event.SignalExternalWorkflowExecutionInitiated empty = (Event.SignalExternalWorkflowExecutionInitiated) Event.of(
        event(7, "SignalExternalWorkflowExecutionInitiated")
            .signalExternalWorkflowExecutionInitiatedEventAttributes(attributes.runId("").build()).build());

    assertThat(absent.execution()).isEqualTo(CurrentExecutionId.of("order-2"));
    assertThat(absent.runId()).isEmpty();
    assertThat(empty.execution()).isEqualTo(CurrentExecutionId.of("order-2"));
    assertThat(empty.runId()).contains("");
  }

  @Test
  void requestCancelExternalFailedReadsItsInitiatedEventIdFromItsAttributes() {
    Event event = Event.of(event(12, "RequestCancelExternalWorkflowExecutionFailed")
        .requestCancelExternalWorkflowExecutionFailedEventAttributes(
            RequestCancelExternalWorkflowExecutionFailedEventAttributes.builder()
                .workflowId("order-2").cause("UNKNOWN_EXTERNAL_WORKFLOW_EXECUTION")
                .initiatedEventId(11L).decisionTaskCompletedEventId(10L).build())
        .build());

    assertThat(event).isEqualTo(new Event.RequestCancelExternalWorkflowExecutionFailed(12, AT, "order-2",
        Optional.empty(), "UNKNOWN_EXTERNAL_WORKFLOW_EXECUTION", 11, 10, Optional.empty()));
    assertThat(((Event.RequestCancelExternalWorkflowExecutionFailed) event).execution())
        .isEqualTo(CurrentExecutionId.of("order-2"));
  }

  @Test
  void aSignalFromAnotherExecutionNamesThatExecution() {
    Event event = Event.of(event(5, "WorkflowExecutionSignaled")
        .workflowExecutionSignaledEventAttributes(WorkflowExecutionSignaledEventAttributes.builder()
            .signalName("paid").input("{}")
            .externalWorkflowExecution(WorkflowExecution.builder().workflowId("billing").runId("run-9").build())
            .externalInitiatedEventId(14L).build())
        .build());

    assertThat(event).isEqualTo(new Event.WorkflowExecutionSignaled(5, AT, "paid", Optional.of("{}"),
        Optional.of(ExecutionId.of("billing", "run-9")), OptionalLong.of(14)));
  }

  @Test
  void decisionTaskPrioritiesAreIntegersAndTimeoutsCanBeNone() {
    Event event = Event.of(event(2, "DecisionTaskScheduled")
        .decisionTaskScheduledEventAttributes(DecisionTaskScheduledEventAttributes.builder()
            .taskList(TaskList.builder().name("deciders").build()).taskPriority("-12")
            .startToCloseTimeout("30").scheduleToStartTimeout("NONE").build())
        .build());

    assertThat(event).isEqualTo(new Event.DecisionTaskScheduled(2, AT, "deciders", OptionalInt.of(-12),
        Optional.of(Timeout.ofSeconds(30)), Optional.of(Timeout.none())));
  }

  @Test
  void lambdaFunctionScheduledKeepsItsControl() {
    Event event = Event.of(event(4, "LambdaFunctionScheduled")
        .lambdaFunctionScheduledEventAttributes(LambdaFunctionScheduledEventAttributes.builder()
            .id("resize-1").name("resize").control("attempt-2").decisionTaskCompletedEventId(3L).build())
        .build());

    assertThat(((Event.LambdaFunctionScheduled) event).control()).contains("attempt-2");
    assertThat(((Event.LambdaFunctionScheduled) event).functionId()).isEqualTo("resize-1");
  }

  @Test
  void activityTaskScheduledReportsTheTimeoutsOfItsTask() {
    Event.ActivityTaskScheduled event = (Event.ActivityTaskScheduled) Event.of(event(5, "ActivityTaskScheduled")
        .activityTaskScheduledEventAttributes(ActivityTaskScheduledEventAttributes.builder()
            .activityType(ActivityType.builder().name("Charge").version("1").build())
            .activityId("charge-1")
            .taskList(TaskList.builder().name("payments").build())
            .startToCloseTimeout("60").scheduleToStartTimeout("NONE").scheduleToCloseTimeout("120")
            .heartbeatTimeout("10").decisionTaskCompletedEventId(4L)
            .build())
        .build());

    assertThat(event.configuration()).isEqualTo(PartialTaskConfiguration.builder()
        .taskList("payments")
        .startToCloseTimeout(Timeout.ofSeconds(60))
        .scheduleToStartTimeout(Timeout.none())
        .scheduleToCloseTimeout(Timeout.ofSeconds(120))
        .heartbeatTimeout(Timeout.ofSeconds(10))
        .build());
  }

  @Test
  void theStartedEventReportsTheExecutionsConfiguration() {
    Event.WorkflowExecutionStarted event = (Event.WorkflowExecutionStarted) Event.of(
        event(1, "WorkflowExecutionStarted")
        .workflowExecutionStartedEventAttributes(WorkflowExecutionStartedEventAttributes.builder()
            .workflowType(t -> t.name("Order").version("1"))
            .taskList(TaskList.builder().name("deciders").build())
            .childPolicy("REQUEST_CANCEL")
            .executionStartToCloseTimeout("3600")
            .taskStartToCloseTimeout("NONE")
            .build())
        .build());

    assertThat(event.configuration()).isEqualTo(PartialExecutionConfiguration.builder()
        .timeout(Timeout.ofSeconds(3600))
        .decisionTaskTimeout(Timeout.none())
        .decisionTaskList("deciders")
        .childExecutionPolicy(ChildExecutionTerminationPolicy.REQUEST_CANCEL)
        .build());
    assertThat(event.tagList()).isEmpty();
    assertThat(event.parentInitiatedEventId()).isEmpty();
  }

  @Test
  void aTimerFiresAfterWholeSeconds() {
    Event event = Event.of(event(3, "TimerStarted")
        .timerStartedEventAttributes(a -> a.timerId("t").startToFireTimeout("0").decisionTaskCompletedEventId(2L))
        .build());

    assertThat(event).isEqualTo(new Event.TimerStarted(3, AT, "t", Optional.empty(), Duration.ZERO, 2));
  }

  @Test
  void anEventTypeThisLibraryDoesNotKnowIsKeptWithTheSdkEvent() {
    HistoryEvent sdk = event(3, "WorkflowExecutionPaused").build();

    Event event = Event.of(sdk);

    assertThat(event).isEqualTo(new Event.Unknown(3, AT, "WorkflowExecutionPaused", sdk));
    assertThat(event.eventType()).isEqualTo("WorkflowExecutionPaused");
  }

  @Test
  void aCauseThisLibraryDoesNotKnowReadsAsUnknownAndKeepsSwfsName() {
    Event.StartTimerFailed event = (Event.StartTimerFailed) Event.of(event(4, "StartTimerFailed")
        .startTimerFailedEventAttributes(StartTimerFailedEventAttributes.builder()
            .timerId("t").cause("TIMER_QUOTA_PAUSED").decisionTaskCompletedEventId(3L).build())
        .build());

    assertThat(event.cause()).isEqualTo(Event.StartTimerFailed.Cause.UNKNOWN);
    assertThat(event.causeAsString()).isEqualTo("TIMER_QUOTA_PAUSED");
  }

  @Test
  void aTimeoutTypeThisLibraryDoesNotKnowReadsAsUnknownAndKeepsSwfsName() {
    Event.ActivityTaskTimedOut event = (Event.ActivityTaskTimedOut) Event.of(event(8, "ActivityTaskTimedOut")
        .activityTaskTimedOutEventAttributes(ActivityTaskTimedOutEventAttributes.builder()
            .timeoutType("QUEUE_TO_MOON").scheduledEventId(5L).startedEventId(6L).build())
        .build());

    assertThat(event.timeoutType()).isEqualTo(TimeoutType.UNKNOWN);
    assertThat(event.timeoutTypeAsString()).isEqualTo("QUEUE_TO_MOON");
  }

  @Test
  void anEventWithoutTheAttributesOfItsTypeIsReported() {
    assertThatIllegalStateException()
        .isThrownBy(() -> Event.of(event(6, "TimerFired").build()))
        .withMessage("SWF reported a TimerFired event (id 6) without its attributes");
  }

  @Test
  void anEventWithoutAMemberSwfAlwaysSendsIsReported() {
    assertThatIllegalStateException()
        .isThrownBy(() -> Event.of(event(6, "TimerFired")
            .timerFiredEventAttributes(TimerFiredEventAttributes.builder().startedEventId(3L).build()).build()))
        .withMessage("SWF reported a TimerFired event (id 6) without timerId");
    assertThatIllegalStateException()
        .isThrownBy(() -> Event.of(HistoryEvent.builder().eventId(6L).eventType("TimerFired").build()))
        .withMessage("SWF reported a TimerFired event (id 6) without eventTimestamp");
  }

  @Test
  void eventsCopyTheirTags() {
    java.util.List<String> tags = new java.util.ArrayList<>(java.util.List.of("a"));
    Event.WorkflowExecutionStarted event = new Event.WorkflowExecutionStarted(1, AT, Optional.empty(),
        Optional.empty(), Optional.empty(), ChildExecutionTerminationPolicy.ABANDON, "deciders", OptionalInt.empty(),
        WorkflowId.of("Order", "1"), tags, Optional.empty(), Optional.empty(), OptionalLong.empty(),
        Optional.empty());
    tags.add("b");

    assertThat(event.tagList()).containsExactly("a");
  }
}
