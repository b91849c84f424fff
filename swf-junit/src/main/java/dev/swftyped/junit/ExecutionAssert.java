package dev.swftyped.junit;

import dev.swftyped.ExecutionDetails;
import dev.swftyped.ExecutionId;
import dev.swftyped.ExecutionStatus;
import dev.swftyped.SwfTyped;
import dev.swftyped.WorkflowId;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import org.assertj.core.api.AbstractAssert;
import software.amazon.awssdk.services.swf.model.EventType;
import software.amazon.awssdk.services.swf.model.GetWorkflowExecutionHistoryResponse;
import software.amazon.awssdk.services.swf.model.HistoryEvent;
import software.amazon.awssdk.services.swf.model.WorkflowExecution;

/**
 * Assertions on one run, as {@code DescribeWorkflowExecution} reports it. Every failure message
 * ends with the run's history.
 */
public final class ExecutionAssert extends AbstractAssert<ExecutionAssert, ExecutionDetails> {
  private final List<HistoryEvent> history;

  private ExecutionAssert(ExecutionDetails details, List<HistoryEvent> history) {
    super(details, ExecutionAssert.class);
    this.history = history;
  }

  static ExecutionAssert of(SwfTyped typed, String domain, ExecutionId run) {
    return new ExecutionAssert(typed.describeExecution(domain, run), history(typed, domain, run));
  }

  /** Every event of a run, following page tokens. */
  static List<HistoryEvent> history(SwfTyped typed, String domain, ExecutionId run) {
    List<HistoryEvent> events = new ArrayList<>();
    String token = null;
    do {
      String page = token;
      GetWorkflowExecutionHistoryResponse response = typed.client().getWorkflowExecutionHistory(r -> r
          .domain(domain)
          .execution(WorkflowExecution.builder().workflowId(run.id()).runId(run.runId()).build())
          .nextPageToken(page));
      events.addAll(response.events());
      token = response.nextPageToken();
    } while (token != null);
    return events;
  }

  /**
   * Checks that the run is open.
   *
   * <pre>{@code
   * assertThat(fake).hasExecution("order-42").isOpen();
   * }</pre>
   *
   * @return these assertions
   */
  public ExecutionAssert isOpen() {
    return hasStatus(ExecutionStatus.OPEN);
  }

  /**
   * Checks that the run is closed, whatever its close status.
   *
   * <pre>{@code
   * assertThat(fake).hasExecution("order-42").isClosed();
   * }</pre>
   *
   * @return these assertions
   */
  public ExecutionAssert isClosed() {
    isNotNull();
    if (actual.info().status().isOpen()) {
      throw failure("%nExpecting execution %s to be closed%nbut it is open.%s", name(), withHistory());
    }
    return myself;
  }

  /**
   * Checks the run's status: {@link ExecutionStatus#OPEN} or how it closed.
   *
   * <pre>{@code
   * assertThat(fake).hasExecution("order-42").hasStatus(ExecutionStatus.TERMINATED);
   * }</pre>
   *
   * @param status the expected status
   * @return these assertions
   */
  public ExecutionAssert hasStatus(ExecutionStatus status) {
    isNotNull();
    if (actual.info().status() != status) {
      throw failureWithActualExpected(actual.info().status(), status,
          "%nExpecting execution %s to have status:%n  %s%nbut it has:%n  %s%s", name(), status,
          actual.info().status(), withHistory());
    }
    return myself;
  }

  /**
   * Checks the run's workflow type.
   *
   * <pre>{@code
   * assertThat(fake).hasExecution("order-42").isOfType(WorkflowId.of("Order", "1"));
   * }</pre>
   *
   * @param workflow the expected workflow type
   * @return these assertions
   */
  public ExecutionAssert isOfType(WorkflowId workflow) {
    isNotNull();
    if (!actual.info().workflow().equals(workflow)) {
      throw failureWithActualExpected(actual.info().workflow(), workflow,
          "%nExpecting execution %s to be of workflow type:%n  %s %s%nbut it is of:%n  %s %s%s", name(),
          workflow.name(), workflow.version(), actual.info().workflow().name(), actual.info().workflow().version(),
          withHistory());
    }
    return myself;
  }

  /**
   * Checks the run's tags: exactly these, in any order.
   *
   * <pre>{@code
   * assertThat(fake).hasExecution("order-42").hasTags("tier-gold");
   * }</pre>
   *
   * @param tags the expected tags
   * @return these assertions
   */
  public ExecutionAssert hasTags(String... tags) {
    isNotNull();
    List<String> actualTags = actual.info().tags();
    if (actualTags.size() != tags.length || !new HashSet<>(actualTags).equals(new HashSet<>(List.of(tags)))) {
      throw failureWithActualExpected(actualTags, List.of(tags),
          "%nExpecting execution %s to have the tags:%n  %s%nbut it has:%n  %s%s", name(), List.of(tags), actualTags,
          withHistory());
    }
    return myself;
  }

  /**
   * Checks the input the run was started with.
   *
   * <pre>{@code
   * assertThat(fake).hasExecution("order-42").hasInput("{\"orderId\":42}");
   * }</pre>
   *
   * @param input the expected input
   * @return these assertions
   */
  public ExecutionAssert hasInput(String input) {
    isNotNull();
    String actualInput = history.isEmpty() || history.get(0).workflowExecutionStartedEventAttributes() == null
        ? null
        : history.get(0).workflowExecutionStartedEventAttributes().input();
    if (!Objects.equals(actualInput, input)) {
      throw failureWithActualExpected(actualInput, input,
          "%nExpecting execution %s to have been started with input:%n  %s%nbut it was started with:%n  %s%s", name(),
          quote(input), quote(actualInput), withHistory());
    }
    return myself;
  }

  /**
   * Checks that cancellation of the run has been requested (SWF reports this while the run is
   * open).
   *
   * <pre>{@code
   * assertThat(fake).hasOpenExecution("order-42").isCancelRequested();
   * }</pre>
   *
   * @return these assertions
   */
  public ExecutionAssert isCancelRequested() {
    isNotNull();
    if (!actual.info().cancelRequested()) {
      boolean requested = history.stream()
          .anyMatch(event -> event.eventType() == EventType.WORKFLOW_EXECUTION_CANCEL_REQUESTED);
      throw failure("%nExpecting execution %s to have a cancellation requested%nbut %s.%s", name(),
          requested ? "it is closed, and SWF reports cancellation requests only of open runs"
              : "no cancellation was requested", withHistory());
    }
    return myself;
  }

  /**
   * Moves on to assertions on the run's history.
   *
   * <pre>{@code
   * assertThat(fake).hasExecution("order-42").history().containsSignal("payment-received");
   * }</pre>
   *
   * @return assertions on the history, oldest event first
   */
  public HistoryAssert history() {
    isNotNull();
    return new HistoryAssert(history).describedAs("history of execution %s", name());
  }

  private String name() {
    return actual.info().execution().id() + " (run " + actual.info().execution().runId() + ")";
  }

  private String withHistory() {
    return String.format("%nIts history:%n%s", Histories.format(history));
  }

  private static String quote(String text) {
    return text == null ? "no input" : "\"" + text + "\"";
  }
}
