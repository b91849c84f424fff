package dev.swftyped;

import java.util.Optional;

/**
 * The optional parts of terminating an execution.
 *
 * @param reason why, usually for classification; at most 256 characters
 * @param details more detail, usually for people; at most 32,768 characters
 * @param childExecutionPolicy what happens to the execution's children, overriding its own policy
 */
public record TerminateOptions(
    Optional<String> reason, Optional<String> details, Optional<ChildExecutionTerminationPolicy> childExecutionPolicy) {
  private static final TerminateOptions DEFAULTS =
      new TerminateOptions(Optional.empty(), Optional.empty(), Optional.empty());

  /**
   * Creates the value after checking its components.
   *
   * @param reason why, usually for classification; at most 256 characters
   * @param details more detail, usually for people; at most 32,768 characters
   * @param childExecutionPolicy what happens to the execution's children, overriding its own policy
   */
  public TerminateOptions {
    Check.notNull("reason", reason).ifPresent(value -> Check.length("reason", value, 0, 256));
    Check.notNull("details", details).ifPresent(value -> Check.length("details", value, 0, 32768));
    Check.notNull("child execution policy", childExecutionPolicy);
  }

  /**
   * {@return no reason, no details, and the execution's own child policy}
   */
  public static TerminateOptions defaults() {
    return DEFAULTS;
  }

  /**
   * Returns these options with the given reason.
   *
   * @param reason the reason, at most 256 characters
   * @return the new options
   */
  public TerminateOptions withReason(String reason) {
    return new TerminateOptions(Optional.of(Check.notNull("reason", reason)), details, childExecutionPolicy);
  }

  /**
   * Returns these options with the given details.
   *
   * @param details the details, at most 32,768 characters
   * @return the new options
   */
  public TerminateOptions withDetails(String details) {
    return new TerminateOptions(reason, Optional.of(Check.notNull("details", details)), childExecutionPolicy);
  }

  /**
   * Returns these options with the given child policy.
   *
   * @param policy what happens to the execution's children
   * @return the new options
   */
  public TerminateOptions withChildExecutionPolicy(ChildExecutionTerminationPolicy policy) {
    return new TerminateOptions(reason, details, Optional.of(Check.notNull("child execution policy", policy)));
  }
}
