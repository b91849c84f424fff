package dev.swftyped.fake.internal;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.util.Base64;

/**
 * Issues and reads task tokens. A token is opaque (base64), signed, and names one hand-out of one
 * task: its kind, domain, run, scheduled event and started event (task-plane spec TK-1). It stays
 * recognisable for as long as its run is kept, so a token of a finished task gets SWF's {@code
 * UnknownResourceFault} rather than {@code Invalid token} (TK-4).
 */
final class TaskTokens {
  /** SWF's message for a token it did not issue. */
  static final String INVALID = "Invalid token";

  private static final byte VERSION = 1;

  /** Whether a token is for a decision task or an activity task. */
  enum Kind {
    DECISION,
    ACTIVITY
  }

  /** What a token names. */
  record Ref(Kind kind, String domain, String runId, long scheduledEventId, long startedEventId) {}

  private final Signer signer;

  TaskTokens(Long seed) {
    this.signer = new Signer("task tokens", seed);
  }

  String issue(Kind kind, String domain, String runId, long scheduledEventId, long startedEventId) {
    byte[] domainBytes = domain.getBytes(StandardCharsets.UTF_8);
    byte[] runBytes = runId.getBytes(StandardCharsets.UTF_8);
    ByteBuffer body = ByteBuffer.allocate(2 + 16 + 2 + domainBytes.length + runBytes.length);
    body.put(VERSION).put((byte) kind.ordinal()).putLong(scheduledEventId).putLong(startedEventId)
        .putShort((short) domainBytes.length).put(domainBytes).put(runBytes);
    return Base64.getEncoder().encodeToString(signer.sign(body.array()));
  }

  /**
   * Reads a token of the given kind.
   *
   * @throws SwfFault {@code Invalid token} if the fake did not issue it, or issued it for the other kind
   */
  Ref read(String token, Kind kind) {
    byte[] bytes;
    try {
      bytes = Base64.getDecoder().decode(token);
    } catch (IllegalArgumentException e) {
      throw SwfFault.validation(INVALID);
    }
    byte[] body = signer.verify(bytes);
    if (body == null || body.length < 20) {
      throw SwfFault.validation(INVALID);
    }
    ByteBuffer buffer = ByteBuffer.wrap(body);
    if (buffer.get() != VERSION || buffer.get() != kind.ordinal()) {
      throw SwfFault.validation(INVALID);
    }
    long scheduled = buffer.getLong();
    long started = buffer.getLong();
    int domainLength = buffer.getShort() & 0xFFFF;
    if (domainLength > buffer.remaining()) {
      throw SwfFault.validation(INVALID);
    }
    String domain = new String(body, buffer.position(), domainLength, StandardCharsets.UTF_8);
    int runAt = buffer.position() + domainLength;
    String runId = new String(body, runAt, body.length - runAt, StandardCharsets.UTF_8);
    return new Ref(kind, domain, runId, scheduled, started);
  }
}
