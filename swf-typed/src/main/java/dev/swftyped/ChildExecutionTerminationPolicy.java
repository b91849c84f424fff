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
    Check.notNull("child policy", childPolicy);
    ChildExecutionTerminationPolicy policy = named(childPolicy.toString());
    if (policy == null) {
      throw new IllegalArgumentException("unknown SWF child policy: " + childPolicy.name());
    }
    return policy;
  }

  /**
   * The one mapping from SWF's names of child policies, used for the SDK's enum and for the names
   * in responses alike; null for a name SWF does not define. It switches on the name rather than
   * asking the SDK's enum, which would look the name up in a map.
   */
  static ChildExecutionTerminationPolicy named(String name) {
    switch (String.valueOf(name)) {
      case "TERMINATE":
        return TERMINATE;
      case "REQUEST_CANCEL":
        return REQUEST_CANCEL;
      case "ABANDON":
        return ABANDON;
      default:
        return null;
    }
  }
}
