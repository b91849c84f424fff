package dev.swftyped;

import java.util.Optional;
import software.amazon.awssdk.services.swf.model.CloseStatus;

/**
 * The status of a workflow execution: open, or closed with one of SWF's six close statuses.
 *
 * <p>SWF reports an execution status ({@code OPEN} or {@code CLOSED}) and, for closed executions,
 * a separate close status; this enum folds the two into one value.
 */
public enum ExecutionStatus {
  /** The execution is open: started and not yet closed. */
  OPEN,
  /** The execution completed successfully (a decider completed it). */
  COMPLETED,
  /** The execution failed (a decider failed it). */
  FAILED,
  /** The execution was cancelled (a decider cancelled it); SWF spells this {@code CANCELED}. */
  CANCELLED,
  /** The execution was terminated. */
  TERMINATED,
  /** The execution was continued as a new run. */
  CONTINUED_AS_NEW,
  /** The execution timed out. */
  TIMED_OUT;

  /**
   * {@return whether this status is {@link #OPEN}}
   */
  public boolean isOpen() {
    return this == OPEN;
  }

  /**
   * {@return SWF's close status for this status, or empty for {@link #OPEN}}
   */
  public Optional<CloseStatus> closeStatus() {
    switch (this) {
      case OPEN:
        return Optional.empty();
      case COMPLETED:
        return Optional.of(CloseStatus.COMPLETED);
      case FAILED:
        return Optional.of(CloseStatus.FAILED);
      case CANCELLED:
        return Optional.of(CloseStatus.CANCELED);
      case TERMINATED:
        return Optional.of(CloseStatus.TERMINATED);
      case CONTINUED_AS_NEW:
        return Optional.of(CloseStatus.CONTINUED_AS_NEW);
      case TIMED_OUT:
        return Optional.of(CloseStatus.TIMED_OUT);
      default:
        throw new AssertionError(this);
    }
  }

  /**
   * Returns the status for one of SWF's close statuses.
   *
   * @param closeStatus SWF's close status
   * @return the matching closed status
   * @throws IllegalArgumentException if the close status is not one SWF defines
   */
  public static ExecutionStatus closed(CloseStatus closeStatus) {
    switch (Check.notNull("close status", closeStatus)) {
      case COMPLETED:
        return COMPLETED;
      case FAILED:
        return FAILED;
      case CANCELED:
        return CANCELLED;
      case TERMINATED:
        return TERMINATED;
      case CONTINUED_AS_NEW:
        return CONTINUED_AS_NEW;
      case TIMED_OUT:
        return TIMED_OUT;
      default:
        throw new IllegalArgumentException("unknown SWF close status: " + closeStatus.name());
    }
  }
}
