package dev.swftyped.junit;

import java.util.Arrays;
import java.util.List;
import java.util.Objects;
import org.assertj.core.api.AbstractAssert;
import software.amazon.awssdk.services.swf.model.EventType;
import software.amazon.awssdk.services.swf.model.HistoryEvent;
import software.amazon.awssdk.services.swf.model.WorkflowExecutionSignaledEventAttributes;

/** Assertions on a run's history, oldest event first. Every failure message shows the history. */
public final class HistoryAssert extends AbstractAssert<HistoryAssert, List<HistoryEvent>> {

  HistoryAssert(List<HistoryEvent> history) {
    super(history, HistoryAssert.class);
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
    List<EventType> actualTypes = types();
    if (!actualTypes.equals(Arrays.asList(types))) {
      throw failureWithActualExpected(actualTypes, Arrays.asList(types),
          "%nExpecting the history to have the event types:%n  %s%nbut it has:%n  %s%nThe history:%n%s",
          Arrays.asList(types), actualTypes, Histories.format(actual));
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
    List<EventType> actualTypes = types();
    int next = 0;
    for (EventType type : actualTypes) {
      if (next < types.length && type == types[next]) {
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
    isNotNull();
    if (signals().stream().noneMatch(signal -> signal.signalName().equals(name))) {
      throw failure("%nExpecting the history to contain a signal named:%n  \"%s\"%nbut it has %s.%nThe history:%n%s",
          name, signalNames(), Histories.format(actual));
    }
    return myself;
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
    isNotNull();
    if (signals().stream().noneMatch(signal -> signal.signalName().equals(name)
        && Objects.equals(signal.input(), input))) {
      throw failure("%nExpecting the history to contain a signal named:%n  \"%s\"%nwith input:%n  \"%s\"%n"
          + "but it has %s.%nThe history:%n%s", name, input, signalNames(), Histories.format(actual));
    }
    return myself;
  }

  private List<EventType> types() {
    return actual.stream().map(HistoryEvent::eventType).toList();
  }

  private List<WorkflowExecutionSignaledEventAttributes> signals() {
    return actual.stream()
        .filter(event -> event.eventType() == EventType.WORKFLOW_EXECUTION_SIGNALED)
        .map(HistoryEvent::workflowExecutionSignaledEventAttributes)
        .toList();
  }

  private String signalNames() {
    List<String> signals = signals().stream()
        .map(signal -> "\"" + signal.signalName() + "\"" + (signal.input() == null ? "" : " with input \""
            + signal.input() + "\""))
        .toList();
    return signals.isEmpty() ? "no signals" : "the signals " + signals;
  }
}
