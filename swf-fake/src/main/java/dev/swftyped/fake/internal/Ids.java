package dev.swftyped.fake.internal;

import java.util.SplittableRandom;
import java.util.UUID;

/**
 * The fake's identifiers: run ids and request ids shaped like SWF's, from a seeded random when the
 * fake has a seed, and a sequence that orders whatever is created. Used under the engine's lock.
 */
final class Ids {
  private static final char[] BASE64 =
      "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/".toCharArray();

  private final SplittableRandom random;
  private long nextSeq;

  Ids(Long seed) {
    this.random = seed == null ? new SplittableRandom() : new SplittableRandom(seed);
  }

  /** The next number of the fake's sequence: unique, increasing. */
  long nextSeq() {
    return nextSeq++;
  }

  /** A run id shaped like SWF's: "22" and 44 characters of base64 (32 random bytes). */
  String runId() {
    char[] id = new char[46];
    id[0] = '2';
    id[1] = '2';
    int at = 2;
    long bits = 0;
    int available = 0;
    for (int i = 0; i < 42; i++) {
      if (available < 6) {
        bits = random.nextLong();
        available = 64;
      }
      id[at++] = BASE64[(int) (bits & 63)];
      bits >>>= 6;
      available -= 6;
    }
    // 32 bytes are 256 bits: 42 full characters, one of 4 bits, and one padding character.
    id[at++] = BASE64[(random.nextInt(16)) << 2];
    id[at] = '=';
    return new String(id);
  }

  /** A request id shaped like SWF's: a random (version 4) UUID. */
  String requestId() {
    long high = (random.nextLong() & ~0xF000L) | 0x4000L;
    long low = (random.nextLong() & 0x3FFFFFFFFFFFFFFFL) | 0x8000000000000000L;
    return new UUID(high, low).toString();
  }
}
