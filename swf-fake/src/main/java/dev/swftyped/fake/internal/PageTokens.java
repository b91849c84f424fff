package dev.swftyped.fake.internal;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;

/**
 * Issues and redeems next-page tokens. A token is opaque (base64), carries the position after the
 * last item of its page (a keyset cursor, so that items added between pages do not shift the
 * pages), is bound to the query that produced it, expires 24 hours after it was issued on the
 * fake's clock, and is signed so that a changed token is refused.
 */
final class PageTokens {
  /** SWF's message for a token that cannot be used. */
  static final String INVALID = Signer.INVALID;
  /** SWF's message for a token older than 24 hours. */
  static final String EXPIRED = "Specified token has exceeded its maximum lifetime";

  static final long LIFETIME_MILLIS = 24L * 60 * 60 * 1000;
  static final long DECISION_TASK_LIFETIME_MILLIS = 60L * 1000;

  private static final byte VERSION = 1;

  /** What a token pages through. */
  enum Kind {
    OPEN_EXECUTIONS,
    CLOSED_EXECUTIONS,
    HISTORY,
    DOMAINS,
    WORKFLOW_TYPES,
    ACTIVITY_TYPES,
    /** The history pages of a decision task; they live 60 seconds (task-plane spec PG-5, Q-4). */
    DECISION_TASK;

    long lifetimeMillis() {
      return this == DECISION_TASK ? DECISION_TASK_LIFETIME_MILLIS : LIFETIME_MILLIS;
    }
  }

  private final Signer signer;

  /** With a seed, the same queries give the same tokens; without one, the signing key is random. */
  PageTokens(Long seed) {
    this.signer = new Signer("page tokens", seed);
  }

  /**
   * Returns a token for the page after the given cursor.
   *
   * @param query the canonical text of the query, which the token is bound to
   * @param cursor the position after the page's last item
   */
  String issue(Kind kind, String query, long nowMillis, byte[] cursor) {
    ByteBuffer body = ByteBuffer.allocate(2 + 8 + 8 + cursor.length);
    body.put(VERSION).put((byte) kind.ordinal()).putLong(fingerprint(query)).putLong(nowMillis).put(cursor);
    return signer.seal(body.array());
  }

  /**
   * Returns the cursor a token carries, after checking that it is intact, was issued for the same
   * kind of listing and query, and has not expired.
   *
   * @throws SwfFault a validation error if the token cannot be used
   */
  ByteBuffer redeem(String token, Kind kind, String query, long nowMillis) {
    ByteBuffer buffer = signer.open(token, 18);
    if (buffer.get() != VERSION || buffer.get() != kind.ordinal() || buffer.getLong() != fingerprint(query)) {
      throw SwfFault.validation(INVALID);
    }
    long issued = buffer.getLong();
    if (nowMillis - issued > kind.lifetimeMillis()) {
      throw SwfFault.validation(EXPIRED);
    }
    return buffer.slice();
  }

  /** A 64-bit FNV-1a hash of the query's canonical text. */
  private static long fingerprint(String query) {
    long hash = 0xcbf29ce484222325L;
    for (int i = 0; i < query.length(); i++) {
      hash ^= query.charAt(i);
      hash *= 0x100000001b3L;
    }
    return hash;
  }

  // ---- cursors

  static byte[] executionCursor(long millis, long seq) {
    return ByteBuffer.allocate(16).putLong(millis).putLong(seq).array();
  }

  static byte[] eventCursor(long eventId) {
    return ByteBuffer.allocate(8).putLong(eventId).array();
  }

  static byte[] nameCursor(String... parts) {
    StringBuilder joined = new StringBuilder();
    for (String part : parts) {
      joined.append(part).append('\u0000');
    }
    return joined.toString().getBytes(StandardCharsets.UTF_8);
  }

  static String[] names(ByteBuffer cursor) {
    byte[] bytes = new byte[cursor.remaining()];
    cursor.get(bytes);
    String[] parts = new String(bytes, StandardCharsets.UTF_8).split("\u0000", -1);
    return Arrays.copyOf(parts, Math.max(0, parts.length - 1));
  }
}
