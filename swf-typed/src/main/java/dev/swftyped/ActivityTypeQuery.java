package dev.swftyped;

import java.util.Optional;

/**
 * Which activity types of a domain to list: those with one registration status, optionally only
 * the versions of one name.
 *
 * @param status the registration status to list
 * @param name the name whose versions to list, or empty for every name
 */
public record ActivityTypeQuery(RegistrationStatus status, Optional<String> name) {
  /**
   * Creates the value after checking its components.
   *
   * @param status the registration status to list
   * @param name the name whose versions to list, or empty for every name
   */
  public ActivityTypeQuery {
    Check.notNull("status", status);
    Check.notNull("name", name).ifPresent(value -> Check.length("activity type name", value, 1, 256));
  }

  /**
   * {@return the query for every registered activity type}
   */
  public static ActivityTypeQuery registered() {
    return new ActivityTypeQuery(RegistrationStatus.REGISTERED, Optional.empty());
  }

  /**
   * {@return the query for every deprecated activity type}
   */
  public static ActivityTypeQuery deprecated() {
    return new ActivityTypeQuery(RegistrationStatus.DEPRECATED, Optional.empty());
  }

  /**
   * Returns this query limited to the versions of one name.
   *
   * @param name the activity type's name
   * @return the new query
   */
  public ActivityTypeQuery withName(String name) {
    return new ActivityTypeQuery(status, Optional.of(Check.notNull("name", name)));
  }
}
