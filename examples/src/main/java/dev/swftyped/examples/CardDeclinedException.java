package dev.swftyped.examples;

/** The payment gateway declined a card: the charge fails, and the order's decider may try again later. */
public final class CardDeclinedException extends Exception {
  private static final long serialVersionUID = 1L;

  /**
   * Creates the exception.
   *
   * @param message why the card was declined, as the gateway says it
   */
  public CardDeclinedException(String message) {
    super(message);
  }
}
