package dev.swftyped;

/**
 * Matches the executions that carry a tag (exactly, case-sensitive).
 *
 * @param tag the tag: at most 256 characters
 */
public record TagExecutionFilter(String tag) implements OpenExecutionFilter, ClosedExecutionFilter {
  /**
   * Creates the value after checking its components.
   *
   * @param tag the tag: at most 256 characters
   */
  public TagExecutionFilter {
    Check.length("tag", tag, 0, 256);
  }

  /**
   * Returns a filter for the executions that carry the given tag.
   *
   * @param tag the tag
   * @return the filter
   */
  public static TagExecutionFilter of(String tag) {
    return new TagExecutionFilter(tag);
  }
}
