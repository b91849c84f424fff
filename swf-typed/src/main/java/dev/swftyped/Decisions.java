package dev.swftyped;

import java.util.Arrays;
import java.util.List;
import java.util.Optional;

/**
 * A decider's answer to a decision task: the decisions, and optionally the execution context to
 * record and a task list to move the execution's next decision tasks to. What {@link
 * SwfTyped#respondDecisionTask} sends as {@code RespondDecisionTaskCompleted} and a {@link Decider}
 * returns.
 *
 * <p>As SWF requires, a decision that closes the execution ({@code CompleteWorkflowExecution},
 * {@code FailWorkflowExecution}, {@code CancelWorkflowExecution} or {@code
 * ContinueAsNewWorkflowExecution}) may only come last.
 *
 * @param decisions the decisions, in the order SWF applies them; may be empty
 * @param executionContext the context to record in {@code DecisionTaskCompleted} and report as
 *     the execution's latest, at most 32,768 characters, if any
 * @param taskListOverride where the execution's next decision tasks go, if elsewhere
 */
public record Decisions(
    List<Decision> decisions, Optional<String> executionContext, Optional<TaskListOverride> taskListOverride) {
  /**
   * Creates the value after checking its components.
   *
   * @param decisions the decisions, in the order SWF applies them; a closing decision only last
   * @param executionContext the context to record, at most 32,768 characters, if any
   * @param taskListOverride where the execution's next decision tasks go, if elsewhere
   */
  public Decisions {
    decisions = List.copyOf(Check.notNull("decisions", decisions));
    for (int i = 0; i < decisions.size() - 1; i++) {
      if (closes(decisions.get(i))) {
        throw new IllegalArgumentException("a decision that closes the execution must come last, but "
            + decisions.get(i).getClass().getSimpleName() + " is decision " + (i + 1) + " of " + decisions.size());
      }
    }
    Check.notNull("execution context", executionContext)
        .ifPresent(value -> Check.length("execution context", value, 0, 32768));
    Check.notNull("task list override", taskListOverride);
  }

  /**
   * Returns these decisions, with no execution context and no task-list override.
   *
   * @param decisions the decisions, in order; none is allowed
   * @return the answer
   * @throws IllegalArgumentException if a closing decision is not last
   */
  public static Decisions of(Decision... decisions) {
    return new Decisions(Arrays.asList(Check.notNull("decisions", decisions)), Optional.empty(), Optional.empty());
  }

  /**
   * Returns these decisions, with no execution context and no task-list override.
   *
   * @param decisions the decisions, in order; none is allowed
   * @return the answer
   * @throws IllegalArgumentException if a closing decision is not last
   */
  public static Decisions of(List<? extends Decision> decisions) {
    return new Decisions(List.copyOf(Check.notNull("decisions", decisions)), Optional.empty(), Optional.empty());
  }

  /**
   * Returns this answer with the given execution context.
   *
   * @param context the context, at most 32,768 characters; an empty string is recorded as empty
   * @return the new answer
   */
  public Decisions withExecutionContext(String context) {
    return new Decisions(decisions, Optional.of(Check.notNull("execution context", context)), taskListOverride);
  }

  /**
   * Returns this answer with the given task-list override.
   *
   * @param override where the execution's next decision tasks go
   * @return the new answer
   */
  public Decisions withTaskListOverride(TaskListOverride override) {
    return new Decisions(decisions, executionContext, Optional.of(Check.notNull("task list override", override)));
  }

  private static boolean closes(Decision decision) {
    return decision instanceof Decision.CompleteWorkflowExecution
        || decision instanceof Decision.FailWorkflowExecution
        || decision instanceof Decision.CancelWorkflowExecution
        || decision instanceof Decision.ContinueAsNewWorkflowExecution;
  }
}
