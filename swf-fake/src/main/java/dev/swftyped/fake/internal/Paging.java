package dev.swftyped.fake.internal;

/** Page sizes as SWF applies them. */
final class Paging {
  /** SWF's default and largest page. */
  static final int MAX_PAGE = 1000;

  private Paging() {}

  /** The page size for a request's {@code maximumPageSize}: absent or 0 means 1000. */
  static int limit(Integer maximumPageSize) {
    return maximumPageSize == null || maximumPageSize == 0 ? MAX_PAGE : maximumPageSize;
  }
}
