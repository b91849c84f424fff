package dev.swftyped;

/**
 * How a listing is fetched: its order and the size of the pages requested from SWF.
 *
 * <p>A listing is fetched lazily, one page at a time, whatever the page size.
 *
 * @param reverseOrder whether to reverse SWF's default order (newest first for executions, by name
 *     for domains and types, oldest first for history events)
 * @param pageSize the most items per page, 1 to 1000, or 0 for SWF's default (1000)
 */
public record ListOptions(boolean reverseOrder, int pageSize) {
  private static final ListOptions DEFAULTS = new ListOptions(false, 0);

  /**
   * Creates the value after checking its components.
   *
   * @param reverseOrder whether to reverse SWF's default order (newest first for executions, by
   *     name for domains and types, oldest first for history events)
   * @param pageSize the most items per page, 1 to 1000, or 0 for SWF's default (1000)
   */
  public ListOptions {
    if (pageSize < 0 || pageSize > 1000) {
      throw new IllegalArgumentException("page size must be 0 (SWF's default) to 1000, but was " + pageSize);
    }
  }

  /**
   * {@return SWF's default order and page size}
   */
  public static ListOptions defaults() {
    return DEFAULTS;
  }

  /**
   * {@return these options in the reverse of SWF's default order}
   */
  public ListOptions reversed() {
    return new ListOptions(true, pageSize);
  }

  /**
   * Returns these options with the given page size.
   *
   * @param pageSize 1 to 1000, or 0 for SWF's default
   * @return the new options
   * @throws IllegalArgumentException if the page size is not between 0 and 1000
   */
  public ListOptions withPageSize(int pageSize) {
    return new ListOptions(reverseOrder, pageSize);
  }
}
