package dev.swftyped;

import java.time.Instant;
import java.util.Optional;

/**
 * What SWF reports about an activity type.
 *
 * @param activity the activity type's name and version
 * @param deprecated whether it is deprecated
 * @param created when it was registered
 * @param description its description, if it has one
 * @param deprecatedAt when it was deprecated, if it is
 */
public record ActivityInfo(
    ActivityId activity,
    boolean deprecated,
    Instant created,
    Optional<String> description,
    Optional<Instant> deprecatedAt) {
  /**
   * Creates the value after checking its components.
   *
   * @param activity the activity type's name and version
   * @param deprecated whether it is deprecated
   * @param created when it was registered
   * @param description its description, if it has one
   * @param deprecatedAt when it was deprecated, if it is
   */
  public ActivityInfo {
    Check.notNull("activity", activity);
    Check.notNull("created", created);
    Check.notNull("description", description);
    Check.notNull("deprecated at", deprecatedAt);
  }
}
