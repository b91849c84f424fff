package dev.swftyped.fake.internal;

import java.util.List;

/**
 * The executions that share one filter value (a workflow type, a tag, a close status, or none),
 * indexed by start time and, for closed executions, by close time.
 */
final class Bucket {
  final ExecutionIndex byStart = new ExecutionIndex(ExecutionIndex.Key.START);
  final ExecutionIndex byClose;

  Bucket(boolean closed) {
    this.byClose = closed ? new ExecutionIndex(ExecutionIndex.Key.CLOSE) : null;
  }

  void add(Execution execution) {
    byStart.add(execution);
    if (byClose != null) {
      byClose.add(execution);
    }
  }

  void remove(Execution execution) {
    byStart.remove(execution);
    if (byClose != null) {
      byClose.remove(execution);
    }
  }

  boolean isEmpty() {
    return byStart.isEmpty();
  }

  ExecutionIndex index(boolean byCloseTime) {
    return byCloseTime ? byClose : byStart;
  }

  /** An empty bucket, for filter values no execution has. */
  static final Bucket EMPTY_OPEN = new Bucket(false);
  static final Bucket EMPTY_CLOSED = new Bucket(true);

  static void addTo(java.util.Map<String, Bucket> buckets, String value, Execution execution, boolean closed) {
    buckets.computeIfAbsent(value, ignored -> new Bucket(closed)).add(execution);
  }

  static void removeFrom(java.util.Map<String, Bucket> buckets, String value, Execution execution) {
    Bucket bucket = buckets.get(value);
    bucket.remove(execution);
    if (bucket.isEmpty()) {
      buckets.remove(value);
    }
  }

  static void addTags(java.util.Map<String, Bucket> buckets, List<String> tags, Execution execution, boolean closed) {
    for (int i = 0; i < tags.size(); i++) {
      String tag = tags.get(i);
      if (tags.indexOf(tag) == i) {
        addTo(buckets, tag, execution, closed);
      }
    }
  }

  static void removeTags(java.util.Map<String, Bucket> buckets, List<String> tags, Execution execution) {
    for (int i = 0; i < tags.size(); i++) {
      String tag = tags.get(i);
      if (tags.indexOf(tag) == i) {
        removeFrom(buckets, tag, execution);
      }
    }
  }
}
