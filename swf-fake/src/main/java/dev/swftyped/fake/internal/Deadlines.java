package dev.swftyped.fake.internal;

import java.util.TreeSet;

/**
 * Every deadline of the fake, in the order they fall due. Adding, removing and taking the first
 * cost O(log n); nothing scans.
 */
final class Deadlines {
  private final TreeSet<Deadline> queue = new TreeSet<>(Deadline.ORDER);

  void add(Deadline deadline) {
    queue.add(deadline);
  }

  /** Removes a deadline; null and deadlines no longer queued are ignored. */
  void remove(Deadline deadline) {
    if (deadline != null) {
      queue.remove(deadline);
    }
  }

  /** The next deadline, or null. */
  Deadline first() {
    return queue.isEmpty() ? null : queue.first();
  }

  /** Removes and returns the next deadline if it is due at or before {@code now}, else null. */
  Deadline takeDue(long now) {
    if (queue.isEmpty() || queue.first().due() > now) {
      return null;
    }
    return queue.pollFirst();
  }

  int size() {
    return queue.size();
  }
}
