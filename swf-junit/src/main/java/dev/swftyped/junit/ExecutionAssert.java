package dev.swftyped.junit;

import dev.swftyped.Event;
import dev.swftyped.ExecutionDetails;
import dev.swftyped.ExecutionId;
import dev.swftyped.ExecutionStatus;
import dev.swftyped.SwfTyped;
import dev.swftyped.WorkflowId;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.assertj.core.api.AbstractAssert;

/**
 * Assertions on one run, as {@code DescribeWorkflowExecution} reports it. Every failure message
 * ends with the run's history.
 */
public final class ExecutionAssert extends AbstractAssert<ExecutionAssert, ExecutionDetails> {
  private final List<Event> history;

  private ExecutionAssert(ExecutionDetails details, List<Event> history) {
    super(details, ExecutionAssert.class);
    this.history = history;
  }

  static ExecutionAssert of(SwfTyped typed, String domain, ExecutionId run) {
    return new ExecutionAssert(typed.describeExecution(domain, run), history(typed, domain, run));
  }

  /** Every event of a run, oldest first. */
  static List<Event> history(SwfTyped typed, String domain, ExecutionId run) {
    return typed.listHistory(domain, run).toList();
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
    String actualInput = history.isEmpty() || !(history.get(0) instanceof Event.WorkflowExecutionStarted)
        ? null
        : ((Event.WorkflowExecutionStarted) history.get(0)).input().orElse(null);
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
      boolean requested = history.stream().anyMatch(event -> event instanceof Event.WorkflowExecutionCancelRequested);
      throw failure("%nExpecting execution %s to have a cancellation requested%nbut %s.%s", name(),
          requested ? "it is closed, and SWF reports cancellation requests only of open runs"
              : "no cancellation was requested", withHistory());
    }
    return myself;
  }

  /**
   * Checks that the run completed with this result.
   *
   * <pre>{@code
   * assertThat(fake).hasExecution("order-42").hasResult("{\"shipped\":true}");
   * }</pre>
   *
   * @param result the result its decider completed it with
   * @return these assertions
   */
  public ExecutionAssert hasResult(String result) {
    hasStatus(ExecutionStatus.COMPLETED);
    Optional<String> actualResult = history.stream().filter(event -> event instanceof Event.WorkflowExecutionCompleted)
        .map(event -> ((Event.WorkflowExecutionCompleted) event).result()).findFirst().orElse(Optional.empty());
    if (!actualResult.equals(Optional.of(result))) {
      throw failureWithActualExpected(actualResult.orElse(null), result,
          "%nExpecting execution %s to have completed with result:%n  \"%s\"%nbut it completed with %s%s", name(),
          result, actualResult.map(text -> "\"" + text + "\"").orElse("no result"), withHistory());
    }
    return myself;
  }

  /**
   * Checks that the run failed with this reason.
   *
   * <pre>{@code
   * assertThat(fake).hasExecution("order-42").hasFailureReason("card declined three times");
   * }</pre>
   *
   * @param reason the reason its decider failed it with
   * @return these assertions
   */
  public ExecutionAssert hasFailureReason(String reason) {
    hasStatus(ExecutionStatus.FAILED);
    Optional<String> actualReason = history.stream().filter(event -> event instanceof Event.WorkflowExecutionFailed)
        .map(event -> ((Event.WorkflowExecutionFailed) event).reason()).findFirst().orElse(Optional.empty());
    if (!actualReason.equals(Optional.of(reason))) {
      throw failureWithActualExpected(actualReason.orElse(null), reason,
          "%nExpecting execution %s to have failed with reason:%n  \"%s\"%nbut it failed with %s%s", name(),
          reason, actualReason.map(text -> "\"" + text + "\"").orElse("no reason"), withHistory());
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
