package dev.swftyped.examples;

/** The warehouse cannot reserve what an order needs: the order fails. */
public final class OutOfStockException extends Exception {
  private static final long serialVersionUID = 1L;

  /**
   * Creates the exception.
   *
   * @param message what is missing, as the warehouse says it
   */
  public OutOfStockException(String message) {
    super(message);
  }
}
