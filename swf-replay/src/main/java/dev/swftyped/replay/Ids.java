package dev.swftyped.replay;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The recorded run ids, task tokens and page tokens, each with the fake's value that stands for it.
 * Run ids and task tokens must correspond one to one; a page token stands for the latest one the
 * fake gave in its place, since a service may well answer the same query with another token.
 */
final class Ids {
  /** Where a correspondence was first seen. */
  private record Bound(String other, int line, String path) {}

  private final Map<Members.Kind, Map<String, Bound>> byRecorded = new EnumMap<>(Members.Kind.class);
  private final Map<Members.Kind, Map<String, Bound>> byFake = new EnumMap<>(Members.Kind.class);

  /**
   * Notes that a recorded value and the fake's were found in the same place.
   *
   * @return what relation this breaks, for the report; null if none
   */
  String relate(Members.Kind kind, String recorded, String fake, int line, String path) {
    Map<String, Bound> recordedToFake = byRecorded.computeIfAbsent(kind, k -> new HashMap<>());
    if (kind == Members.Kind.PAGE_TOKEN) {
      recordedToFake.put(recorded, new Bound(fake, line, path));
      return null;
    }
    Map<String, Bound> fakeToRecorded = byFake.computeIfAbsent(kind, k -> new HashMap<>());
    Bound known = recordedToFake.get(recorded);
    if (known != null) {
      return known.other.equals(fake) ? null
          : "the recorded " + kind.noun + " stands for the fake's " + Json.quote(known.other) + " since line "
              + known.line + " (" + known.path + ")";
    }
    Bound taken = fakeToRecorded.get(fake);
    if (taken != null) {
      return "the fake's " + kind.noun + " stands for the recorded " + Json.quote(taken.other) + " since line "
          + taken.line + " (" + taken.path + ")";
    }
    recordedToFake.put(recorded, new Bound(fake, line, path));
    fakeToRecorded.put(fake, new Bound(recorded, line, path));
    return null;
  }

  /** {@return the fake's value for a recorded one; the recorded one itself if none is known} */
  String toFake(Members.Kind kind, String recorded) {
    Map<String, Bound> known = byRecorded.get(kind);
    Bound bound = known == null ? null : known.get(recorded);
    return bound == null ? recorded : bound.other;
  }

  /** A recorded text (an error message) with every recorded run id and task token in it replaced by the fake's. */
  String toFake(String text) {
    List<Map.Entry<String, Bound>> known = new ArrayList<>();
    for (Members.Kind kind : List.of(Members.Kind.RUN_ID, Members.Kind.TASK_TOKEN)) {
      known.addAll(byRecorded.getOrDefault(kind, Map.of()).entrySet());
    }
    known.sort(Comparator.comparingInt((Map.Entry<String, Bound> e) -> e.getKey().length()).reversed());
    String mapped = text;
    for (Map.Entry<String, Bound> id : known) {
      if (!id.getKey().isEmpty() && mapped.contains(id.getKey())) {
        mapped = mapped.replace(id.getKey(), id.getValue().other);
      }
    }
    return mapped;
  }
}
