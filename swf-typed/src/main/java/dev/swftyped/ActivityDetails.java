package dev.swftyped;

/**
 * What SWF reports when an activity type is described.
 *
 * @param info the activity type's registration
 * @param defaultTaskConfiguration the defaults its tasks are scheduled with; settings it registered
 *     no default for are empty
 */
public record ActivityDetails(ActivityInfo info, PartialTaskConfiguration defaultTaskConfiguration) {
  /**
   * Creates the value after checking its components.
   *
   * @param info the activity type's registration
   * @param defaultTaskConfiguration the defaults its tasks are scheduled with; settings it
   *     registered no default for are empty
   */
  public ActivityDetails {
    Check.notNull("info", info);
    Check.notNull("default task configuration", defaultTaskConfiguration);
  }
}
