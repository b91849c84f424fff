package dev.swftyped.examples;

import dev.swftyped.ActivityContext;
import dev.swftyped.ActivityHandler;
import dev.swftyped.ActivityId;
import dev.swftyped.ActivityTask;
import java.util.Objects;
import java.util.Optional;

/**
 * The payment activities, on one task list: {@code ChargeCard} charges an order's card and
 * completes with the charge's id, or fails when the card is declined; {@code RefundCharge} refunds
 * a charge and completes with the refund's id.
 *
 * <p>Each attempt goes to the gateway with a reference of its own ({@code <orderId>/<activityId>},
 * such as {@code 1001/charge-2}), so that a gateway that honours references never charges one
 * attempt twice when a request is sent again after a network error.
 *
 * <p>This class is thread-safe if its gateway is.
 */
public final class Payments implements ActivityHandler {
  /** The activity type that charges a card. */
  public static final ActivityId CHARGE = ActivityId.of("ChargeCard", "1");
  /** The activity type that refunds a charge. */
  public static final ActivityId REFUND = ActivityId.of("RefundCharge", "1");
  /** The task list its workers poll: both types' default. */
  public static final String TASK_LIST = "payments";

  /** The payment gateway, as the activities need it. */
  public interface Gateway {
    /**
     * Charges a card.
     *
     * @param reference what the charge is for, unique to this attempt
     * @param cardToken the card, as the gateway tokenised it at checkout
     * @param amountCents how much, in cents
     * @return the charge's id
     * @throws CardDeclinedException if the card was declined
     */
    String charge(String reference, String cardToken, long amountCents) throws CardDeclinedException;

    /**
     * Refunds a charge in full.
     *
     * @param chargeId the charge's id
     * @return the refund's id
     */
    String refund(String chargeId);
  }

  private final Gateway gateway;

  /**
   * Creates the activities on a gateway.
   *
   * @param gateway the payment gateway
   */
  public Payments(Gateway gateway) {
    this.gateway = Objects.requireNonNull(gateway, "gateway");
  }

  /**
   * Charges or refunds, as the task's type says.
   *
   * @param task a {@code ChargeCard} or {@code RefundCharge} task
   * @param context unused: payments are quick
   * @return the charge's or the refund's id
   * @throws CardDeclinedException if a card was declined: the task fails
   */
  @Override
  public Optional<String> handle(ActivityTask task, ActivityContext context) throws CardDeclinedException {
    if (task.activityType().equals(CHARGE)) {
      return Optional.of(charge(task));
    }
    if (task.activityType().equals(REFUND)) {
      return Optional.of(refund(task));
    }
    throw new IllegalArgumentException("the payments task list has a task of another type: " + task.activityType());
  }

  /**
   * Charges the card that a {@code ChargeCard} task names.
   *
   * @param task the task, whose input is {@code {"orderId":...,"cardToken":...,"amountCents":...}}
   * @return the charge's id
   * @throws CardDeclinedException if the card was declined
   */
  public String charge(ActivityTask task) throws CardDeclinedException {
    String input = Inventory.input(task);
    return gateway.charge(Json.string(input, "orderId") + "/" + task.activityId(), Json.string(input, "cardToken"),
        Json.number(input, "amountCents"));
  }

  /**
   * Refunds the charge that a {@code RefundCharge} task names.
   *
   * @param task the task, whose input is the charge's id
   * @return the refund's id
   */
  public String refund(ActivityTask task) {
    return gateway.refund(Inventory.input(task));
  }
}
