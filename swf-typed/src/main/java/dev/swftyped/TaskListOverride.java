package dev.swftyped;

import java.util.Optional;

/**
 * Where a decider moves an execution's next decision tasks when it completes a decision task: SWF's
 * {@code taskList} and {@code taskListScheduleToStartTimeout} of {@code
 * RespondDecisionTaskCompleted}.
 *
 * @param name the task list's name: a valid SWF identifier of 1 to 256 characters
 * @param scheduleToStartTimeout how long the next decision task may wait for a decider there, or
 *     empty for the execution's own setting
 */
public record TaskListOverride(String name, Optional<Timeout> scheduleToStartTimeout) {
  /**
   * Creates the value after checking its components.
   *
   * @param name the task list's name: a valid SWF identifier of 1 to 256 characters
   * @param scheduleToStartTimeout how long the next decision task may wait for a decider there, or
   *     empty for the execution's own setting
   */
  public TaskListOverride {
    Check.identifier("task list", name, 256);
    Check.notNull("schedule-to-start timeout", scheduleToStartTimeout);
  }

  /**
   * Returns an override to the given task list, keeping the execution's schedule-to-start timeout.
   *
   * @param name the task list's name
   * @return the override
   * @throws IllegalArgumentException if the name is not a valid SWF task list name
   */
  public static TaskListOverride of(String name) {
    return new TaskListOverride(name, Optional.empty());
  }

  /**
   * Returns this override with the given schedule-to-start timeout.
   *
   * @param timeout how long the next decision task may wait for a decider, or {@link Timeout#none()}
   * @return the new override
   */
  public TaskListOverride withScheduleToStartTimeout(Timeout timeout) {
    return new TaskListOverride(name, Optional.of(Check.notNull("schedule-to-start timeout", timeout)));
  }
}
