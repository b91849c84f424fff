package dev.swftyped.examples;

/** How much a customer buys from us; orders carry it as an execution tag. */
public enum CustomerTier {
  /** Most customers. */
  STANDARD,
  /** Customers whose orders are fulfilled first. */
  GOLD;

  /** The tag an order's execution carries for this tier, such as {@code tier-gold}. */
  String tag() {
    return "tier-" + name().toLowerCase(java.util.Locale.ROOT);
  }
}
