package dev.swftyped.examples;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;

/**
 * The warehouse, the payment gateway and the carrier, simulated in memory: what the demo, the tests
 * and the benchmarks run the activities on, in the way payment providers offer a test mode.
 *
 * <ul>
 *   <li>The warehouse reserves anything ({@code R-<orderId>}), except for the orders {@linkplain
 *       #runOutOfStockFor(String) out of stock}.
 *   <li>Test cards decide what a charge does: {@link #CARD} is charged ({@code ch-<orderId>-charge-<n>}),
 *       {@link #CARD_DECLINED_ONCE} is declined the first time it is charged for an order and
 *       charged after that, {@link #CARD_DECLINED} is always declined. Refunds always go through
 *       ({@code re-<chargeId>}).
 *   <li>The carrier collects a parcel ({@code 1Z-<orderId>}) as soon as it is booked, except a
 *       {@linkplain #holdParcel(String) held} one, which it collects only once released.
 * </ul>
 *
 * <p>This class is thread-safe.
 */
public final class Sandbox implements Inventory.Warehouse, Payments.Gateway, Shipping.Carrier {
  /** A card that is always charged. */
  public static final String CARD = "tok-visa";
  /** A card that is declined the first time it is charged for an order, and charged after that. */
  public static final String CARD_DECLINED_ONCE = "tok-declined-once";
  /** A card that is always declined. */
  public static final String CARD_DECLINED = "tok-declined";

  private final Set<String> outOfStock = ConcurrentHashMap.newKeySet();
  private final Set<String> declinedOnce = ConcurrentHashMap.newKeySet();
  private final Map<String, Parcel> held = new ConcurrentHashMap<>();
  private final List<String> cancelledBookings = new CopyOnWriteArrayList<>();

  /** Creates a sandbox that has everything in stock and collects every parcel at once. */
  public Sandbox() {}

  /**
   * Makes the warehouse refuse to reserve an order's stock.
   *
   * @param orderId the order
   * @return this sandbox
   */
  public Sandbox runOutOfStockFor(String orderId) {
    outOfStock.add(Objects.requireNonNull(orderId, "orderId"));
    return this;
  }

  /**
   * Makes the carrier hold an order's parcel: it is not collected until {@link
   * #releaseParcel(String)}.
   *
   * @param orderId the order
   * @return this sandbox
   */
  public Sandbox holdParcel(String orderId) {
    held.putIfAbsent(Objects.requireNonNull(orderId, "orderId"), new Parcel());
    return this;
  }

  /**
   * Lets the carrier collect a held parcel.
   *
   * @param orderId the order
   */
  public void releaseParcel(String orderId) {
    parcel(orderId).released.countDown();
  }

  /**
   * Waits until the shipping activity waits for the carrier to collect a held parcel: the order is
   * being shipped.
   *
   * @param orderId the order, whose parcel is held
   * @param timeout how long to wait at most
   * @return whether the activity got there in time
   * @throws InterruptedException if the thread is interrupted while it waits
   */
  public boolean awaitShipping(String orderId, Duration timeout) throws InterruptedException {
    return parcel(orderId).awaited.await(timeout.toNanos(), TimeUnit.NANOSECONDS);
  }

  /**
   * {@return the tracking numbers of the bookings that were cancelled, in order}
   */
  public List<String> cancelledBookings() {
    return List.copyOf(cancelledBookings);
  }

  @Override
  public String reserve(String orderId) throws OutOfStockException {
    if (outOfStock.contains(orderId)) {
      throw new OutOfStockException("nothing left for order " + orderId);
    }
    return "R-" + orderId;
  }

  @Override
  public String charge(String reference, String cardToken, long amountCents) throws CardDeclinedException {
    String orderId = reference.substring(0, reference.indexOf('/'));
    if (cardToken.equals(CARD_DECLINED) || cardToken.equals(CARD_DECLINED_ONCE) && declinedOnce.add(orderId)) {
      throw new CardDeclinedException("card " + cardToken + " declined: insufficient funds");
    }
    return "ch-" + reference.replace('/', '-');
  }

  @Override
  public String refund(String chargeId) {
    return "re-" + chargeId;
  }

  @Override
  public String book(String orderId, String customerId) {
    return "1Z-" + orderId;
  }

  @Override
  public boolean awaitCollection(String trackingNumber, Duration wait) throws InterruptedException {
    Parcel parcel = held.get(trackingNumber.substring("1Z-".length()));
    if (parcel == null) {
      return true;
    }
    parcel.awaited.countDown();
    return parcel.released.await(wait.toNanos(), TimeUnit.NANOSECONDS);
  }

  @Override
  public void cancel(String trackingNumber) {
    cancelledBookings.add(trackingNumber);
  }

  private Parcel parcel(String orderId) {
    Parcel parcel = held.get(orderId);
    if (parcel == null) {
      throw new IllegalStateException("the parcel of order " + orderId + " is not held: call holdParcel first");
    }
    return parcel;
  }

  /** A held parcel: whether the shipping activity waits for it, and whether it may be collected. */
  private static final class Parcel {
    final CountDownLatch awaited = new CountDownLatch(1);
    final CountDownLatch released = new CountDownLatch(1);
  }
}
