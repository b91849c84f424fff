package dev.swftyped.examples;

/** An order with this id is still being fulfilled. */
public final class OrderAlreadyPlacedException extends RuntimeException {
  private static final long serialVersionUID = 1L;

  OrderAlreadyPlacedException(String orderId, Throwable cause) {
    super("order " + orderId + " is already being fulfilled", cause);
  }
}
