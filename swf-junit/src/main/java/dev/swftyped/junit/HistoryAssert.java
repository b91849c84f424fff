package dev.swftyped.junit;

import dev.swftyped.Event;
import dev.swftyped.ExecutionStatus;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Predicate;
import org.assertj.core.api.AbstractAssert;
import software.amazon.awssdk.services.swf.model.EventType;

/**
 * Assertions on a run's history, oldest event first, that read like the workflow: an activity
 * completed with a result, a timer fired, a child completed, a signal received. After {@link
 * #inOrder()}, each check must match an event after the one the previous check matched. Every
 * failure message shows the history as a timeline.
 */
public final class HistoryAssert extends AbstractAssert<HistoryAssert, List<Event>> {
  /** Whether each check must match after the previous one, and the id of the event it matched. */
  private boolean ordered;
  private long after;
  private Map<Long, String> activityIds;

  HistoryAssert(List<Event> history) {
    super(history, HistoryAssert.class);
  }

  /**
   * Makes the checks that follow match events in the order they are written.
   *
   * <pre>{@code
   * // passes when the payment came before the activity that charges the card completed
   * history.inOrder().containsSignal("payment-received").hasActivityCompleted("charge");
   * // fails if the charge completed before the payment was signalled
   * }</pre>
   *
   * @return these assertions, in order from here on
   */
  public HistoryAssert inOrder() {
    isNotNull();
    ordered = true;
    after = 0;
    return myself;
  }

  /**
   * Checks that the history has exactly these event types, in this order.
   *
   * <pre>{@code
   * assertThat(fake).hasExecution("order-42").history()
   *     .hasEventTypes(WORKFLOW_EXECUTION_STARTED, DECISION_TASK_SCHEDULED, WORKFLOW_EXECUTION_TERMINATED);
   * }</pre>
   *
   * @param types the expected event types
   * @return these assertions
   */
  public HistoryAssert hasEventTypes(EventType... types) {
    isNotNull();
    List<String> expected = Arrays.stream(types).map(EventType::toString).toList();
    List<String> actualTypes = types();
    if (!actualTypes.equals(expected)) {
      throw failureWithActualExpected(actualTypes, expected,
          "%nExpecting the history to have the event types:%n  %s%nbut it has:%n  %s%nThe history:%n%s",
          expected, actualTypes, Histories.format(actual));
    }
    return myself;
  }

  /**
   * Checks that these event types occur in this order, possibly with other events between them.
   *
   * <pre>{@code
   * assertThat(fake).hasExecution("order-42").history()
   *     .containsEventTypesInOrder(WORKFLOW_EXECUTION_STARTED, WORKFLOW_EXECUTION_SIGNALED);
   * }</pre>
   *
   * @param types the event types, in order
   * @return these assertions
   */
  public HistoryAssert containsEventTypesInOrder(EventType... types) {
    isNotNull();
    int next = 0;
    for (String type : types()) {
      if (next < types.length && type.equals(types[next].toString())) {
        next++;
      }
    }
    if (next < types.length) {
      throw failure("%nExpecting the history to contain, in this order:%n  %s%nbut %s is missing after %s.%n"
          + "The history:%n%s", Arrays.asList(types), types[next],
          next == 0 ? "the start" : types[next - 1], Histories.format(actual));
    }
    return myself;
  }

  /**
   * Checks that the run received a signal with the given name.
   *
   * <pre>{@code
   * assertThat(fake).hasExecution("order-42").history().containsSignal("payment-received");
   * }</pre>
   *
   * @param name the signal's name
   * @return these assertions
   */
  public HistoryAssert containsSignal(String name) {
    return expect("a signal named \"" + name + "\"", event -> event instanceof Event.WorkflowExecutionSignaled
        && ((Event.WorkflowExecutionSignaled) event).signalName().equals(name));
  }

  /**
   * Checks that the run received a signal with the given name and input.
   *
   * <pre>{@code
   * assertThat(fake).hasExecution("order-42").history().containsSignal("payment-received", "{\"amount\":1999}");
   * }</pre>
   *
   * @param name the signal's name
   * @param input the signal's input
   * @return these assertions
   */
  public HistoryAssert containsSignal(String name, String input) {
    return expect("a signal named \"" + name + "\" with input \"" + input + "\"",
        event -> event instanceof Event.WorkflowExecutionSignaled
            && ((Event.WorkflowExecutionSignaled) event).signalName().equals(name)
            && ((Event.WorkflowExecutionSignaled) event).input().equals(Optional.of(input)));
  }

  /**
   * Checks that an activity task with this activity id completed.
   *
   * <pre>{@code
   * assertThat(fake).hasExecution("order-42").history().hasActivityCompleted("reserve-stock");
   * }</pre>
   *
   * @param activityId the id the decider gave the activity task
   * @return these assertions
   */
  public HistoryAssert hasActivityCompleted(String activityId) {
    return expect("activity \"" + activityId + "\" completed", event -> event instanceof Event.ActivityTaskCompleted
        && activityId.equals(activityIds().get(((Event.ActivityTaskCompleted) event).scheduledEventId())));
  }

  /**
   * Checks that an activity task with this activity id completed with this result.
   *
   * <pre>{@code
   * assertThat(fake).hasExecution("order-42").history().hasActivityCompleted("charge", "{\"charged\":4200}");
   * }</pre>
   *
   * @param activityId the id the decider gave the activity task
   * @param result its result
   * @return these assertions
   */
  public HistoryAssert hasActivityCompleted(String activityId, String result) {
    return expect("activity \"" + activityId + "\" completed with result \"" + result + "\"",
        event -> event instanceof Event.ActivityTaskCompleted
            && activityId.equals(activityIds().get(((Event.ActivityTaskCompleted) event).scheduledEventId()))
            && ((Event.ActivityTaskCompleted) event).result().equals(Optional.of(result)));
  }

  /**
   * Checks that an activity task with this activity id failed with this reason.
   *
   * <pre>{@code
   * assertThat(fake).hasExecution("order-42").history().hasActivityFailed("charge", "card declined");
   * }</pre>
   *
   * @param activityId the id the decider gave the activity task
   * @param reason the reason the worker gave
   * @return these assertions
   */
  public HistoryAssert hasActivityFailed(String activityId, String reason) {
    return expect("activity \"" + activityId + "\" failed with reason \"" + reason + "\"",
        event -> event instanceof Event.ActivityTaskFailed
            && activityId.equals(activityIds().get(((Event.ActivityTaskFailed) event).scheduledEventId()))
            && ((Event.ActivityTaskFailed) event).reason().equals(Optional.of(reason)));
  }

  /**
   * Checks that an activity task with this activity id timed out with this timeout type.
   *
   * <pre>{@code
   * assertThat(fake).hasExecution("order-42").history().hasActivityTimedOut("ship", "HEARTBEAT");
   * }</pre>
   *
   * @param activityId the id the decider gave the activity task
   * @param timeoutType SWF's name of the timeout: {@code START_TO_CLOSE}, {@code HEARTBEAT}, ...
   * @return these assertions
   */
  public HistoryAssert hasActivityTimedOut(String activityId, String timeoutType) {
    return expect("activity \"" + activityId + "\" timed out (" + timeoutType + ")",
        event -> event instanceof Event.ActivityTaskTimedOut
            && activityId.equals(activityIds().get(((Event.ActivityTaskTimedOut) event).scheduledEventId()))
            && ((Event.ActivityTaskTimedOut) event).timeoutTypeAsString().equals(timeoutType));
  }

  /**
   * Checks that an activity task with this activity id was canceled.
   *
   * <pre>{@code
   * assertThat(fake).hasExecution("order-42").history().hasActivityCanceled("ship");
   * }</pre>
   *
   * @param activityId the id the decider gave the activity task
   * @return these assertions
   */
  public HistoryAssert hasActivityCanceled(String activityId) {
    return expect("activity \"" + activityId + "\" canceled", event -> event instanceof Event.ActivityTaskCanceled
        && activityId.equals(activityIds().get(((Event.ActivityTaskCanceled) event).scheduledEventId())));
  }

  /**
   * Checks that a timer with this id fired.
   *
   * <pre>{@code
   * assertThat(fake).hasExecution("order-42").history().hasTimerFired("payment-deadline");
   * }</pre>
   *
   * @param timerId the timer's id
   * @return these assertions
   */
  public HistoryAssert hasTimerFired(String timerId) {
    return expect("timer \"" + timerId + "\" fired", event -> event instanceof Event.TimerFired
        && ((Event.TimerFired) event).timerId().equals(timerId));
  }

  /**
   * Checks that a timer with this id was canceled.
   *
   * <pre>{@code
   * assertThat(fake).hasExecution("order-42").history().hasTimerCanceled("payment-deadline");
   * }</pre>
   *
   * @param timerId the timer's id
   * @return these assertions
   */
  public HistoryAssert hasTimerCanceled(String timerId) {
    return expect("timer \"" + timerId + "\" canceled", event -> event instanceof Event.TimerCanceled
        && ((Event.TimerCanceled) event).timerId().equals(timerId));
  }

  /**
   * Checks that a child execution with this workflow id closed with this status, as the parent
   * recorded it.
   *
   * <pre>{@code
   * assertThat(fake).hasExecution("order-42").history().hasChildClosed("shipment-42", ExecutionStatus.COMPLETED);
   * }</pre>
   *
   * @param workflowId the child's workflow id
   * @param status how it closed
   * @return these assertions
   */
  public HistoryAssert hasChildClosed(String workflowId, ExecutionStatus status) {
    return expect("child \"" + workflowId + "\" closed " + status, event -> childClosed(event, workflowId, status));
  }

  /**
   * Checks that a child execution with this workflow id completed with this result.
   *
   * <pre>{@code
   * assertThat(fake).hasExecution("order-42").history().hasChildCompleted("shipment-42", "{\"tracking\":\"1Z\"}");
   * }</pre>
   *
   * @param workflowId the child's workflow id
   * @param result its result
   * @return these assertions
   */
  public HistoryAssert hasChildCompleted(String workflowId, String result) {
    return expect("child \"" + workflowId + "\" completed with result \"" + result + "\"",
        event -> event instanceof Event.ChildWorkflowExecutionCompleted
            && ((Event.ChildWorkflowExecutionCompleted) event).workflowExecution().id().equals(workflowId)
            && ((Event.ChildWorkflowExecutionCompleted) event).result().equals(Optional.of(result)));
  }

  /**
   * Checks that the decider recorded a marker with this name.
   *
   * <pre>{@code
   * assertThat(fake).hasExecution("order-42").history().hasMarker("retry-scheduled");
   * }</pre>
   *
   * @param name the marker's name
   * @return these assertions
   */
  public HistoryAssert hasMarker(String name) {
    return expect("a marker named \"" + name + "\"", event -> event instanceof Event.MarkerRecorded
        && ((Event.MarkerRecorded) event).markerName().equals(name));
  }

  /**
   * Checks that a decision failed with this cause.
   *
   * <pre>{@code
   * assertThat(fake).hasExecution("order-42").history().hasDecisionFailure("UNHANDLED_DECISION");
   * }</pre>
   *
   * @param cause SWF's name of the cause, such as {@code ACTIVITY_TYPE_DOES_NOT_EXIST}
   * @return these assertions
   */
  public HistoryAssert hasDecisionFailure(String cause) {
    return expect("a decision failed with cause " + cause, event -> event instanceof Event.DecisionFailed
        && ((Event.DecisionFailed) event).causeAsString().equals(cause));
  }

  /**
   * Checks that no decision failed.
   *
   * <pre>{@code
   * assertThat(fake).hasExecution("order-42").history().hasNoDecisionFailures();
   * }</pre>
   *
   * @return these assertions
   */
  public HistoryAssert hasNoDecisionFailures() {
    isNotNull();
    Optional<Event> failure = actual.stream().filter(event -> event instanceof Event.DecisionFailed).findFirst();
    if (failure.isPresent()) {
      throw failure("%nExpecting no decision to have failed%nbut event %s is %s (%s).%nThe history:%n%s",
          failure.get().id(), failure.get().eventType(), Histories.attributes(failure.get()), Histories.format(actual));
    }
    return myself;
  }

  private HistoryAssert expect(String what, Predicate<Event> matches) {
    isNotNull();
    for (Event event : actual) {
      if ((!ordered || event.id() > after) && matches.test(event)) {
        if (ordered) {
          after = event.id();
        }
        return myself;
      }
    }
    boolean anywhere = ordered && actual.stream().anyMatch(matches);
    throw failure("%nExpecting the history to contain%n  %s%n%s.%nThe history:%n%s", what,
        !ordered || after == 0 ? "but it does not"
            : anywhere ? "after event " + after + ", but it comes before" : "after event " + after + ", but it does not",
        Histories.format(actual));
  }

  private static boolean childClosed(Event event, String workflowId, ExecutionStatus status) {
    switch (status) {
      case COMPLETED:
        return event instanceof Event.ChildWorkflowExecutionCompleted
            && ((Event.ChildWorkflowExecutionCompleted) event).workflowExecution().id().equals(workflowId);
      case FAILED:
        return event instanceof Event.ChildWorkflowExecutionFailed
            && ((Event.ChildWorkflowExecutionFailed) event).workflowExecution().id().equals(workflowId);
      case CANCELLED:
        return event instanceof Event.ChildWorkflowExecutionCanceled
            && ((Event.ChildWorkflowExecutionCanceled) event).workflowExecution().id().equals(workflowId);
      case TIMED_OUT:
        return event instanceof Event.ChildWorkflowExecutionTimedOut
            && ((Event.ChildWorkflowExecutionTimedOut) event).workflowExecution().id().equals(workflowId);
      case TERMINATED:
        return event instanceof Event.ChildWorkflowExecutionTerminated
            && ((Event.ChildWorkflowExecutionTerminated) event).workflowExecution().id().equals(workflowId);
      default:
        return false;
    }
  }

  /** The activity id of each activity task, by the id of the event that scheduled it. */
  private Map<Long, String> activityIds() {
    if (activityIds == null) {
      activityIds = new HashMap<>();
      for (Event event : actual) {
        if (event instanceof Event.ActivityTaskScheduled) {
          activityIds.put(event.id(), ((Event.ActivityTaskScheduled) event).activityId());
        }
      }
    }
    return activityIds;
  }

  private List<String> types() {
    return actual.stream().map(Event::eventType).toList();
  }
}
