package dev.swftyped.examples;

import dev.swftyped.Decider;
import dev.swftyped.Decision;
import dev.swftyped.DecisionTask;
import dev.swftyped.Decisions;
import dev.swftyped.ExecutionState;
import dev.swftyped.ExecutionState.TaskState;
import dev.swftyped.WorkflowId;
import java.util.List;
import java.util.Optional;

/**
 * The decider of a shipment: the child workflow an order starts once it is paid ({@code
 * shipment-<orderId>}, with the order as its input). It has the parcel shipped (activity {@code
 * ship}, see {@link Shipping}) and completes with the tracking number. When its order asks it to
 * stop, it requests the cancellation of the {@code ship} activity; the activity learns of it from its
 * next heartbeat and cancels the carrier's booking, and the shipment is then cancelled. A parcel the
 * carrier collected before the request took effect is shipped all the same: the shipment completes.
 * A {@code ship} task that times out (its worker died, or stopped heartbeating) is scheduled again,
 * three times in all.
 *
 * <p>Like {@link OrderWorkflow}, it decides from the history alone. This class is thread-safe.
 */
public final class ShipmentWorkflow implements Decider {
  /** The workflow type of a shipment. */
  public static final WorkflowId TYPE = WorkflowId.of("Shipment", "1");
  /** The task list its deciders poll: the type's default. */
  public static final String TASK_LIST = "shipment-deciders";

  private static final String SHIP = "ship";

  /** Creates the decider. */
  public ShipmentWorkflow() {}

  /**
   * Decides what happens next to a shipment.
   *
   * @param task the shipment's decision task
   * @return the decisions, with the shipment's stage as the execution context
   */
  @Override
  public Decisions decide(DecisionTask task) {
    ExecutionState state = task.state();
    List<TaskState> tries = state.tasks().stream().filter(activity -> activity.id().equals(SHIP)).toList();
    Optional<TaskState> ship = tries.isEmpty() ? Optional.empty() : Optional.of(tries.get(tries.size() - 1));
    boolean lost = ship.isPresent() && OrderWorkflow.lost(ship.get()) && tries.size() < OrderWorkflow.TRIES;
    if (ship.isEmpty() || lost) {
      return state.cancelRequested()
          ? answer("stopped", Decision.CancelWorkflowExecution.of().withDetails("stopped before the carrier collected the parcel"))
          : answer("booking the carrier", Decision.ScheduleActivityTask.of(Shipping.SHIP, SHIP)
              .withInput(state.input().orElse("")));
    }
    switch (ship.get().status()) {
      case SCHEDULED:
      case STARTED:
        return state.cancelRequested() && !ship.get().cancelRequested()
            ? answer("stopping", Decision.RequestCancelActivityTask.of(SHIP))
            : answer(ship.get().cancelRequested() ? "stopping" : "waiting for the carrier");
      case COMPLETED:
        return answer("shipped", Decision.CompleteWorkflowExecution.of().withResult(ship.get().result().orElse("")));
      case CANCELLED:
        return answer("stopped", Decision.CancelWorkflowExecution.of()
            .withDetails("stopped before the carrier collected the parcel"));
      default:
        String why = ship.get().failureReason()
            .or(() -> ship.get().timeoutType().map(timeout -> "timed out: " + timeout))
            .orElse(ship.get().status().name());
        return answer("failed", Decision.FailWorkflowExecution.of().withReason("shipping failed").withDetails(why));
    }
  }

  private static Decisions answer(String stage, Decision... decisions) {
    return Decisions.of(decisions).withExecutionContext(stage);
  }
}
