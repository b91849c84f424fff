package dev.swftyped;

/**
 * Identifies an activity type: its name and version. (In SWF's terms this is an {@code
 * activityType}; SWF's {@code activityId} names one activity task and is a plain string here.)
 *
 * <p>Both must be valid SWF identifiers: the name 1 to 256 characters, the version 1 to 64, neither
 * containing {@code :}, {@code /}, {@code |} or a control character, and neither being the
 * literal {@code arn}.
 *
 * @param name the activity type's name
 * @param version the activity type's version
 */
public record ActivityId(String name, String version) {
  /**
   * Creates the value after checking its components.
   *
   * @param name the activity type's name
   * @param version the activity type's version
   */
  public ActivityId {
    Check.identifier("activity type name", name, 256);
    Check.identifier("activity type version", version, 64);
  }

  /**
   * Returns the activity type with the given name and version.
   *
   * @param name the activity type's name
   * @param version the activity type's version
   * @return the activity type id
   * @throws IllegalArgumentException if either part is not a valid SWF identifier
   */
  public static ActivityId of(String name, String version) {
    return new ActivityId(name, version);
  }
}
