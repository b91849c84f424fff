package dev.swftyped.examples;

import dev.swftyped.ActivityContext;
import dev.swftyped.ActivityHandler;
import dev.swftyped.ActivityId;
import dev.swftyped.ActivityTask;
import dev.swftyped.CancellationRequestedException;
import java.time.Duration;
import java.util.Objects;
import java.util.Optional;

/**
 * The shipping activity, {@code Ship}: it books the carrier for an order's parcel, waits until the
 * carrier has collected it, and completes with the tracking number. While it waits it heartbeats
 * (every ten seconds by default; the type's heartbeat timeout is a minute), which is also how it
 * learns that its shipment asked it to stop: it then cancels the booking, and its task is cancelled.
 *
 * <p>This class is thread-safe if its carrier is.
 */
public final class Shipping implements ActivityHandler {
  /** The activity type. */
  public static final ActivityId SHIP = ActivityId.of("Ship", "1");
  /** The task list its workers poll: the type's default. */
  public static final String TASK_LIST = "shipping";

  /** The carrier, as the activity needs it. */
  public interface Carrier {
    /**
     * Books the collection of an order's parcel.
     *
     * @param orderId the order
     * @param customerId whom it goes to
     * @return the parcel's tracking number
     */
    String book(String orderId, String customerId);

    /**
     * Waits for the carrier to collect a parcel.
     *
     * @param trackingNumber the parcel
     * @param wait how long to wait at most
     * @return whether the carrier has collected it
     * @throws InterruptedException if the thread is interrupted while it waits
     */
    boolean awaitCollection(String trackingNumber, Duration wait) throws InterruptedException;

    /**
     * Cancels a booking whose parcel was not collected.
     *
     * @param trackingNumber the parcel
     */
    void cancel(String trackingNumber);
  }

  private final Carrier carrier;
  private final Duration heartbeatEvery;

  /**
   * Creates the activity on a carrier, heartbeating every ten seconds while it waits.
   *
   * @param carrier the carrier
   */
  public Shipping(Carrier carrier) {
    this(carrier, Duration.ofSeconds(10));
  }

  /**
   * Creates the activity on a carrier, heartbeating as often as given while it waits: the longest
   * that a request to stop can go unnoticed.
   *
   * @param carrier the carrier
   * @param heartbeatEvery how long to wait for the carrier between heartbeats; under the {@code
   *     Ship} type's heartbeat timeout of a minute
   */
  public Shipping(Carrier carrier, Duration heartbeatEvery) {
    this.carrier = Objects.requireNonNull(carrier, "carrier");
    this.heartbeatEvery = Objects.requireNonNull(heartbeatEvery, "heartbeatEvery");
    if (heartbeatEvery.isNegative() || heartbeatEvery.compareTo(Duration.ofMinutes(1)) >= 0) {
      throw new IllegalArgumentException("heartbeats must come within the Ship type's heartbeat timeout of a minute, "
          + "not every " + heartbeatEvery);
    }
  }

  /**
   * Ships the order that is the task's input.
   *
   * @param task the {@code Ship} task
   * @param context the task's heartbeats
   * @return the tracking number
   * @throws CancellationRequestedException if the shipment asked the task to stop: the booking is
   *     cancelled, and the task with it
   * @throws InterruptedException if the worker shuts down while the carrier is awaited
   */
  @Override
  public Optional<String> handle(ActivityTask task, ActivityContext context)
      throws CancellationRequestedException, InterruptedException {
    return Optional.of(ship(task, context));
  }

  /**
   * Ships the order that is the task's input.
   *
   * @param task the {@code Ship} task, whose input is the order
   * @param context the task's heartbeats
   * @return the tracking number
   * @throws CancellationRequestedException if the shipment asked the task to stop; the booking is
   *     then cancelled
   * @throws InterruptedException if the worker shuts down while the carrier is awaited
   */
  public String ship(ActivityTask task, ActivityContext context)
      throws CancellationRequestedException, InterruptedException {
    String order = Inventory.input(task);
    String trackingNumber = carrier.book(Json.string(order, "orderId"), Json.string(order, "customerId"));
    try {
      context.heartbeat("booked " + trackingNumber);
      while (!carrier.awaitCollection(trackingNumber, heartbeatEvery)) {
        context.heartbeat("waiting for the carrier to collect " + trackingNumber);
      }
    } catch (CancellationRequestedException stop) {
      carrier.cancel(trackingNumber);
      throw stop;
    }
    return trackingNumber;
  }
}
