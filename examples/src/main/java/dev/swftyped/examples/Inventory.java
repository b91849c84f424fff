package dev.swftyped.examples;

import dev.swftyped.ActivityContext;
import dev.swftyped.ActivityHandler;
import dev.swftyped.ActivityId;
import dev.swftyped.ActivityTask;
import java.util.Objects;
import java.util.Optional;

/**
 * The inventory's activity, {@code ReserveStock}: it reserves an order's stock in the warehouse
 * and completes with the reservation's id. The warehouse keeps a reservation until a shipment
 * collects it and releases it by itself after a while otherwise, so an order that is cancelled or
 * fails needs no step to give its stock back.
 *
 * <p>This class is thread-safe if its warehouse is.
 */
public final class Inventory implements ActivityHandler {
  /** The activity type. */
  public static final ActivityId RESERVE_STOCK = ActivityId.of("ReserveStock", "1");
  /** The task list its workers poll: the type's default. */
  public static final String TASK_LIST = "inventory";

  /** The warehouse system, as the activity needs it. */
  @FunctionalInterface
  public interface Warehouse {
    /**
     * Reserves what an order needs.
     *
     * @param orderId the order
     * @return the reservation's id
     * @throws OutOfStockException if the warehouse does not have it
     */
    String reserve(String orderId) throws OutOfStockException;
  }

  private final Warehouse warehouse;

  /**
   * Creates the activity on a warehouse.
   *
   * @param warehouse the warehouse
   */
  public Inventory(Warehouse warehouse) {
    this.warehouse = Objects.requireNonNull(warehouse, "warehouse");
  }

  /**
   * Reserves the stock of the order that is the task's input.
   *
   * @param task the {@code ReserveStock} task
   * @param context unused: a reservation is quick
   * @return the reservation's id
   * @throws OutOfStockException if the warehouse does not have the order's stock: the task fails
   */
  @Override
  public Optional<String> handle(ActivityTask task, ActivityContext context) throws OutOfStockException {
    return Optional.of(reserve(task));
  }

  /**
   * Reserves the stock of the order that is the task's input.
   *
   * @param task the {@code ReserveStock} task
   * @return the reservation's id
   * @throws OutOfStockException if the warehouse does not have the order's stock
   */
  public String reserve(ActivityTask task) throws OutOfStockException {
    return warehouse.reserve(Json.string(input(task), "orderId"));
  }

  static String input(ActivityTask task) {
    return task.input().orElseThrow(() -> new IllegalArgumentException(
        task.activityType().name() + " task " + task.activityId() + " of " + task.execution().id() + " has no input"));
  }
}
