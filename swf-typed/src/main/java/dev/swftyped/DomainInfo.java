package dev.swftyped;

import java.util.Optional;

/**
 * What SWF reports about a domain.
 *
 * @param name the domain's name
 * @param deprecated whether the domain is deprecated
 * @param description its description, if it has one
 * @param arn its ARN, if SWF reported one
 */
public record DomainInfo(String name, boolean deprecated, Optional<String> description, Optional<String> arn) {
  /**
   * Creates the value after checking its components.
   *
   * @param name the domain's name
   * @param deprecated whether the domain is deprecated
   * @param description its description, if it has one
   * @param arn its ARN, if SWF reported one
   */
  public DomainInfo {
    Check.notNull("name", name);
    Check.notNull("description", description);
    Check.notNull("arn", arn);
  }
}
