package dev.swftyped.junit;

/**
 * The fake's diagnostics, attached to a failed test as a suppressed exception so that they are
 * printed with the failure wherever it is reported.
 */
final class SwfDiagnostics extends RuntimeException {
  private static final long serialVersionUID = 1L;

  SwfDiagnostics(String diagnostics) {
    super("the SWF fake at the failure (every execution with its history):\n" + diagnostics, null, false, false);
  }

  @Override
  public String toString() {
    return getMessage();
  }
}
