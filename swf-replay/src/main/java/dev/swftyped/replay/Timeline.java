package dev.swftyped.replay;

import java.time.Instant;
import java.util.Map;
import java.util.TreeMap;

/**
 * Checks that the fake's timestamps are in the recorded ones' order, across the whole recording:
 * a timestamp recorded later than another may not be replayed earlier. (Replayed at the same
 * instant is fine: the replay's clock moves only from call to call.) The map from recorded instants
 * to the fake's ranges stays ordered, so each check looks at the two neighbours only.
 */
final class Timeline {
  /** The fake's instants seen for one recorded instant, and where the extreme ones were seen. */
  private static final class Seen {
    long min;
    long max;
    String minAt;
    String maxAt;

    Seen(long fake, String at) {
      min = fake;
      max = fake;
      minAt = at;
      maxAt = at;
    }
  }

  private final TreeMap<Long, Seen> seen = new TreeMap<>();

  /**
   * Notes a recorded timestamp and the fake's in the same place.
   *
   * @param at the place, for the report ({@code line 12 events[3].eventTimestamp})
   * @return what order this breaks, for the report; null if none
   */
  String check(long recorded, long fake, String at) {
    Map.Entry<Long, Seen> earlier = seen.lowerEntry(recorded);
    if (earlier != null && earlier.getValue().max > fake) {
      return "recorded after " + earlier.getValue().maxAt + " (recorded " + instant(earlier.getKey()) + ", replayed "
          + instant(earlier.getValue().max) + "), replayed before it";
    }
    Map.Entry<Long, Seen> later = seen.higherEntry(recorded);
    if (later != null && later.getValue().min < fake) {
      return "recorded before " + later.getValue().minAt + " (recorded " + instant(later.getKey()) + ", replayed "
          + instant(later.getValue().min) + "), replayed after it";
    }
    Seen same = seen.get(recorded);
    if (same == null) {
      seen.put(recorded, new Seen(fake, at));
    } else {
      if (fake < same.min) {
        same.min = fake;
        same.minAt = at;
      }
      if (fake > same.max) {
        same.max = fake;
        same.maxAt = at;
      }
    }
    return null;
  }

  static String instant(long millis) {
    return Instant.ofEpochMilli(millis).toString();
  }
}
