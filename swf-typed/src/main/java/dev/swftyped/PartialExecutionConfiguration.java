package dev.swftyped;

import java.util.Optional;
import java.util.OptionalInt;

/**
 * An execution configuration in which any setting may be left to the workflow type's default.
 *
 * <p>It is what a start request overrides and what a workflow type registers as its defaults. Each
 * timeout has three states: empty (use the type's default), {@link Timeout#none()} (no timeout)
 * or a number of seconds. Every other setting is either given or left to the default.
 *
 * <p>SWF does not accept {@code NONE} as an execution timeout when starting an execution or
 * registering a workflow type: executions last at most one year.
 *
 * @param timeout the execution's start-to-close timeout
 * @param decisionTaskTimeout the start-to-close timeout of its decision tasks
 * @param decisionTaskList the task list its decision tasks are scheduled on
 * @param childExecutionPolicy what happens to its children when it is terminated or times out
 * @param decisionTaskPriority the priority of its decision tasks
 * @param lambdaRole the IAM role that runs its Lambda tasks (an ARN)
 */
public record PartialExecutionConfiguration(
    Optional<Timeout> timeout,
    Optional<Timeout> decisionTaskTimeout,
    Optional<String> decisionTaskList,
    Optional<ChildExecutionTerminationPolicy> childExecutionPolicy,
    OptionalInt decisionTaskPriority,
    Optional<String> lambdaRole) {

  private static final PartialExecutionConfiguration EMPTY = builder().build();

  /**
   * Creates the value after checking its components.
   *
   * @param timeout the execution's start-to-close timeout
   * @param decisionTaskTimeout the start-to-close timeout of its decision tasks
   * @param decisionTaskList the task list its decision tasks are scheduled on
   * @param childExecutionPolicy what happens to its children when it is terminated or times out
   * @param decisionTaskPriority the priority of its decision tasks
   * @param lambdaRole the IAM role that runs its Lambda tasks (an ARN)
   */
  public PartialExecutionConfiguration {
    Check.notNull("timeout", timeout);
    Check.notNull("decision task timeout", decisionTaskTimeout);
    Check.notNull("decision task list", decisionTaskList)
        .ifPresent(list -> Check.identifier("decision task list", list, 256));
    Check.notNull("child execution policy", childExecutionPolicy);
    Check.notNull("decision task priority", decisionTaskPriority);
    Check.notNull("lambda role", lambdaRole).ifPresent(role -> Check.length("lambda role", role, 1, 1600));
  }

  /**
   * {@return a configuration that leaves every setting to the workflow type's default}
   */
  public static PartialExecutionConfiguration empty() {
    return EMPTY;
  }

  /**
   * {@return a builder with every setting left to the default}
   */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds a {@link PartialExecutionConfiguration}; settings not given are left to the default. */
  public static final class Builder {
    private Optional<Timeout> timeout = Optional.empty();
    private Optional<Timeout> decisionTaskTimeout = Optional.empty();
    private Optional<String> decisionTaskList = Optional.empty();
    private Optional<ChildExecutionTerminationPolicy> childExecutionPolicy = Optional.empty();
    private OptionalInt decisionTaskPriority = OptionalInt.empty();
    private Optional<String> lambdaRole = Optional.empty();

    private Builder() {}

    /**
     * Sets the execution's start-to-close timeout.
     *
     * @param timeout the timeout (SWF rejects {@link Timeout#none()} here)
     * @return this builder
     */
    public Builder timeout(Timeout timeout) {
      this.timeout = Optional.of(Check.notNull("timeout", timeout));
      return this;
    }

    /**
     * Sets the start-to-close timeout of the execution's decision tasks.
     *
     * @param timeout the timeout, or {@link Timeout#none()} for none
     * @return this builder
     */
    public Builder decisionTaskTimeout(Timeout timeout) {
      this.decisionTaskTimeout = Optional.of(Check.notNull("decision task timeout", timeout));
      return this;
    }

    /**
     * Sets the task list the execution's decision tasks are scheduled on.
     *
     * @param taskList the task list's name
     * @return this builder
     */
    public Builder decisionTaskList(String taskList) {
      this.decisionTaskList = Optional.of(Check.notNull("decision task list", taskList));
      return this;
    }

    /**
     * Sets what happens to the execution's children when it is terminated or times out.
     *
     * @param policy the policy
     * @return this builder
     */
    public Builder childExecutionPolicy(ChildExecutionTerminationPolicy policy) {
      this.childExecutionPolicy = Optional.of(Check.notNull("child execution policy", policy));
      return this;
    }

    /**
     * Sets the priority of the execution's decision tasks; higher runs first.
     *
     * @param priority the priority
     * @return this builder
     */
    public Builder decisionTaskPriority(int priority) {
      this.decisionTaskPriority = OptionalInt.of(priority);
      return this;
    }

    /**
     * Sets the IAM role that runs the execution's Lambda tasks.
     *
     * @param roleArn the role's ARN
     * @return this builder
     */
    public Builder lambdaRole(String roleArn) {
      this.lambdaRole = Optional.of(Check.notNull("lambda role", roleArn));
      return this;
    }

    /**
     * {@return the configuration}
     *
     * @throws IllegalArgumentException if a setting is not valid for SWF
     */
    public PartialExecutionConfiguration build() {
      return new PartialExecutionConfiguration(
          timeout, decisionTaskTimeout, decisionTaskList, childExecutionPolicy, decisionTaskPriority, lambdaRole);
    }
  }
}
