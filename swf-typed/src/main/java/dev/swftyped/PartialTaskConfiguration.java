package dev.swftyped;

import java.util.Optional;
import java.util.OptionalInt;

/**
 * An activity task configuration in which any setting may be left to the activity type's default.
 *
 * <p>It is what an activity type registers as its defaults, what a decision that schedules an
 * activity task overrides, and what the {@code ActivityTaskScheduled} event reports. Each timeout
 * has three states: empty (use the type's default), {@link Timeout#none()} (no timeout) or a number
 * of seconds. The task list and priority are either given or left to the default.
 *
 * <p>The names are SWF's names in a decision and in the scheduled event; registration prefixes
 * them with {@code defaultTask} ({@code defaultTaskStartToCloseTimeout}, ...).
 *
 * @param taskList the task list the tasks are scheduled on
 * @param startToCloseTimeout how long a worker may take once it has the task
 * @param scheduleToStartTimeout how long the task may wait for a worker
 * @param scheduleToCloseTimeout how long the task may take from scheduling to its end
 * @param heartbeatTimeout the longest time between two heartbeats of a worker
 * @param taskPriority the priority of the tasks; higher runs first
 */
public record PartialTaskConfiguration(
    Optional<String> taskList,
    Optional<Timeout> startToCloseTimeout,
    Optional<Timeout> scheduleToStartTimeout,
    Optional<Timeout> scheduleToCloseTimeout,
    Optional<Timeout> heartbeatTimeout,
    OptionalInt taskPriority) {

  private static final PartialTaskConfiguration EMPTY = builder().build();

  /**
   * Creates the value after checking its components.
   *
   * @param taskList the task list the tasks are scheduled on
   * @param startToCloseTimeout how long a worker may take once it has the task
   * @param scheduleToStartTimeout how long the task may wait for a worker
   * @param scheduleToCloseTimeout how long the task may take from scheduling to its end
   * @param heartbeatTimeout the longest time between two heartbeats of a worker
   * @param taskPriority the priority of the tasks; higher runs first
   */
  public PartialTaskConfiguration {
    Check.notNull("task list", taskList).ifPresent(list -> Check.identifier("task list", list, 256));
    Check.notNull("start-to-close timeout", startToCloseTimeout);
    Check.notNull("schedule-to-start timeout", scheduleToStartTimeout);
    Check.notNull("schedule-to-close timeout", scheduleToCloseTimeout);
    Check.notNull("heartbeat timeout", heartbeatTimeout);
    Check.notNull("task priority", taskPriority);
  }

  /**
   * {@return a configuration that leaves every setting to the activity type's default}
   */
  public static PartialTaskConfiguration empty() {
    return EMPTY;
  }

  /**
   * {@return a builder with every setting left to the default}
   */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds a {@link PartialTaskConfiguration}; settings not given are left to the default. */
  public static final class Builder {
    private Optional<String> taskList = Optional.empty();
    private Optional<Timeout> startToCloseTimeout = Optional.empty();
    private Optional<Timeout> scheduleToStartTimeout = Optional.empty();
    private Optional<Timeout> scheduleToCloseTimeout = Optional.empty();
    private Optional<Timeout> heartbeatTimeout = Optional.empty();
    private OptionalInt taskPriority = OptionalInt.empty();

    private Builder() {}

    /**
     * Sets the task list the tasks are scheduled on.
     *
     * @param taskList the task list's name
     * @return this builder
     */
    public Builder taskList(String taskList) {
      this.taskList = Optional.of(Check.notNull("task list", taskList));
      return this;
    }

    /**
     * Sets how long a worker may take once it has the task.
     *
     * @param timeout the timeout, or {@link Timeout#none()} for none
     * @return this builder
     */
    public Builder startToCloseTimeout(Timeout timeout) {
      this.startToCloseTimeout = Optional.of(Check.notNull("start-to-close timeout", timeout));
      return this;
    }

    /**
     * Sets how long the task may wait for a worker.
     *
     * @param timeout the timeout, or {@link Timeout#none()} for none
     * @return this builder
     */
    public Builder scheduleToStartTimeout(Timeout timeout) {
      this.scheduleToStartTimeout = Optional.of(Check.notNull("schedule-to-start timeout", timeout));
      return this;
    }

    /**
     * Sets how long the task may take from scheduling to its end.
     *
     * @param timeout the timeout, or {@link Timeout#none()} for none
     * @return this builder
     */
    public Builder scheduleToCloseTimeout(Timeout timeout) {
      this.scheduleToCloseTimeout = Optional.of(Check.notNull("schedule-to-close timeout", timeout));
      return this;
    }

    /**
     * Sets the longest time between two heartbeats of a worker.
     *
     * @param timeout the timeout, or {@link Timeout#none()} for none
     * @return this builder
     */
    public Builder heartbeatTimeout(Timeout timeout) {
      this.heartbeatTimeout = Optional.of(Check.notNull("heartbeat timeout", timeout));
      return this;
    }

    /**
     * Sets the priority of the tasks; higher runs first.
     *
     * @param priority the priority
     * @return this builder
     */
    public Builder taskPriority(int priority) {
      this.taskPriority = OptionalInt.of(priority);
      return this;
    }

    /**
     * {@return the configuration}
     *
     * @throws IllegalArgumentException if a setting is not valid for SWF
     */
    public PartialTaskConfiguration build() {
      return new PartialTaskConfiguration(taskList, startToCloseTimeout, scheduleToStartTimeout,
          scheduleToCloseTimeout, heartbeatTimeout, taskPriority);
    }
  }
}
