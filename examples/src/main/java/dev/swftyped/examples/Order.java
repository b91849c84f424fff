package dev.swftyped.examples;

import java.util.Objects;

/**
 * An order placed by a customer.
 *
 * @param orderId the order's id: letters, digits and dashes
 * @param customerId the customer's id
 * @param tier the customer's tier
 * @param totalCents what the order costs, in cents
 */
public record Order(String orderId, String customerId, CustomerTier tier, long totalCents) {
  /**
   * Creates the order after checking it.
   *
   * @param orderId the order's id: letters, digits and dashes
   * @param customerId the customer's id
   * @param tier the customer's tier
   * @param totalCents what the order costs, in cents
   */
  public Order {
    Objects.requireNonNull(orderId, "orderId");
    Objects.requireNonNull(customerId, "customerId");
    Objects.requireNonNull(tier, "tier");
    if (!orderId.matches("[A-Za-z0-9-]{1,64}")) {
      throw new IllegalArgumentException("order id must be 1 to 64 letters, digits or dashes: " + orderId);
    }
    if (totalCents <= 0) {
      throw new IllegalArgumentException("an order must cost something: " + totalCents);
    }
  }

  /** The order as the input of its workflow execution. */
  String toInput() {
    return Json.object("orderId", orderId, "customerId", customerId, "totalCents", totalCents);
  }
}
