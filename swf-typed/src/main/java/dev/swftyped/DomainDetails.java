package dev.swftyped;

/**
 * What SWF reports when a domain is described.
 *
 * @param info the domain's name, status, description and ARN
 * @param configuration its configuration
 */
public record DomainDetails(DomainInfo info, DomainConfiguration configuration) {
  /**
   * Creates the value after checking its components.
   *
   * @param info the domain's name, status, description and ARN
   * @param configuration its configuration
   */
  public DomainDetails {
    Check.notNull("info", info);
    Check.notNull("configuration", configuration);
  }
}
