package dev.swftyped;

import java.util.Optional;

/**
 * Which workflow types of a domain to list: those with one registration status, optionally only
 * the versions of one name.
 *
 * @param status the registration status to list
 * @param name the name whose versions to list, or empty for every name
 */
public record WorkflowTypeQuery(RegistrationStatus status, Optional<String> name) {
  /**
   * Creates the value after checking its components.
   *
   * @param status the registration status to list
   * @param name the name whose versions to list, or empty for every name
   */
  public WorkflowTypeQuery {
    Check.notNull("status", status);
    Check.notNull("name", name).ifPresent(value -> Check.length("workflow type name", value, 1, 256));
  }

  /**
   * {@return the query for every registered workflow type}
   */
  public static WorkflowTypeQuery registered() {
    return new WorkflowTypeQuery(RegistrationStatus.REGISTERED, Optional.empty());
  }

  /**
   * {@return the query for every deprecated workflow type}
   */
  public static WorkflowTypeQuery deprecated() {
    return new WorkflowTypeQuery(RegistrationStatus.DEPRECATED, Optional.empty());
  }

  /**
   * Returns this query limited to the versions of one name.
   *
   * @param name the workflow type's name
   * @return the new query
   */
  public WorkflowTypeQuery withName(String name) {
    return new WorkflowTypeQuery(status, Optional.of(Check.notNull("name", name)));
  }
}
