package dev.swftyped.fake.model;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Predicate;

/**
 * Shrinks a failing sequence of steps by removing steps, first in large chunks and then one at a
 * time (delta debugging), then by making single steps simpler ({@link Step#simpler}), for as long
 * as the sequence still fails. Steps name runs by workflow id
 * and by "latest run", never by position, so a shorter sequence is still a valid scenario.
 */
final class Shrinker {
  private Shrinker() {}

  static List<Step> shrink(List<Step> failing, Predicate<List<Step>> fails) {
    List<Step> current = removeSteps(failing, fails);
    // Then each step made simpler (a decider's batch without one of its decisions), and steps again.
    boolean simpler = true;
    while (simpler) {
      simpler = false;
      for (int i = 0; i < current.size() && !simpler; i++) {
        for (Step smaller : current.get(i).simpler()) {
          List<Step> candidate = new ArrayList<>(current);
          candidate.set(i, smaller);
          if (fails.test(candidate)) {
            current = removeSteps(candidate, fails);
            simpler = true;
            break;
          }
        }
      }
    }
    return current;
  }

  private static List<Step> removeSteps(List<Step> failing, Predicate<List<Step>> fails) {
    List<Step> current = new ArrayList<>(failing);
    for (int chunk = current.size() / 2; chunk >= 1; chunk = chunk / 2) {
      boolean removed;
      do {
        removed = false;
        for (int start = 0; start + chunk <= current.size(); ) {
          List<Step> candidate = new ArrayList<>(current.subList(0, start));
          candidate.addAll(current.subList(start + chunk, current.size()));
          if (fails.test(candidate)) {
            current = candidate;
            removed = true;
          } else {
            start += chunk;
          }
        }
      } while (removed && chunk == 1);
    }
    return current;
  }
}
