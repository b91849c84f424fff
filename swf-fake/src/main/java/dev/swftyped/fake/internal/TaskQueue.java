package dev.swftyped.fake.internal;

import java.util.Comparator;
import java.util.TreeSet;

/**
 * The tasks that can be handed out on one task list of one domain: decision tasks of runs with no
 * started decision task, or activity tasks not yet started. A poll takes the task with the highest
 * priority, then the earliest scheduled, then the first created (task-plane spec PD-2, AT-1).
 */
final class TaskQueue {
  /** A task waiting on a list. */
  interface Entry {
    int priority();

    long scheduledMillis();

    long seq();
  }

  private static final Comparator<Entry> ORDER = new Comparator<>() {
    @Override
    public int compare(Entry a, Entry b) {
      int c = Integer.compare(b.priority(), a.priority());
      if (c == 0) {
        c = Long.compare(a.scheduledMillis(), b.scheduledMillis());
      }
      return c != 0 ? c : Long.compare(a.seq(), b.seq());
    }
  };

  /** Whether the list holds decision tasks or activity tasks: separate namespaces. */
  enum Kind {
    DECISION,
    ACTIVITY
  }

  /** Identifies a task list: a domain, a kind and a name. */
  record Key(String domain, Kind kind, String taskList) {}

  final Key key;
  private final TreeSet<Entry> entries = new TreeSet<>(ORDER);

  TaskQueue(Key key) {
    this.key = key;
  }

  void add(Entry entry) {
    entries.add(entry);
  }

  void remove(Entry entry) {
    entries.remove(entry);
  }

  /** Removes and returns the next task, or null. */
  Entry take() {
    return entries.pollFirst();
  }

  boolean isEmpty() {
    return entries.isEmpty();
  }

  int size() {
    return entries.size();
  }
}
