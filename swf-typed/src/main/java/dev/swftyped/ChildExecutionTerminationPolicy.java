package dev.swftyped;

import software.amazon.awssdk.services.swf.model.ChildPolicy;

/** What happens to an execution's open child executions when it is terminated or times out. */
public enum ChildExecutionTerminationPolicy {
  /** The children are terminated. */
  TERMINATE(ChildPolicy.TERMINATE),
  /** Cancellation of each child is requested. */
  REQUEST_CANCEL(ChildPolicy.REQUEST_CANCEL),
  /** The children keep running. */
  ABANDON(ChildPolicy.ABANDON);

  private final ChildPolicy sdk;

  ChildExecutionTerminationPolicy(ChildPolicy sdk) {
    this.sdk = sdk;
  }

  /**
   * {@return SWF's name for this policy}
   */
  public ChildPolicy childPolicy() {
    return sdk;
  }

  /**
   * Returns the policy for SWF's child policy.
   *
   * @param childPolicy SWF's child policy
   * @return the matching policy
   * @throws IllegalArgumentException if the child policy is not one SWF defines
   */
  public static ChildExecutionTerminationPolicy of(ChildPolicy childPolicy) {
    switch (Check.notNull("child policy", childPolicy)) {
      case TERMINATE:
        return TERMINATE;
      case REQUEST_CANCEL:
        return REQUEST_CANCEL;
      case ABANDON:
        return ABANDON;
      default:
        throw new IllegalArgumentException("unknown SWF child policy: " + childPolicy.name());
    }
  }
}
