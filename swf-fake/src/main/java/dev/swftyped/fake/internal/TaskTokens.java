package dev.swftyped.fake.internal;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;

/**
 * Issues and reads task tokens. A token is opaque (base64), signed, and names one hand-out of one
 * task: its kind, domain, run, scheduled event and started event (task-plane spec TK-1). It stays
 * recognisable for as long as its run is kept, so a token of a finished task gets SWF's {@code
 * UnknownResourceFault} rather than {@code Invalid token} (TK-4).
 */
final class TaskTokens {
  /** SWF's message for a token it did not issue. */
  static final String INVALID = Signer.INVALID;

  private static final byte VERSION = 1;

  /** Whether a token is for a decision task or an activity task. */
  enum Kind {
    DECISION,
    ACTIVITY
  }

  /** What a token names. */
  record Ref(Kind kind, String domain, String workflowId, String runId, long scheduledEventId, long startedEventId) {}

  private final Signer signer;

  TaskTokens(Long seed) {
    this.signer = new Signer("task tokens", seed);
  }

  String issue(Kind kind, String domain, String workflowId, String runId, long scheduledEventId,
      long startedEventId) {
    byte[] domainBytes = domain.getBytes(StandardCharsets.UTF_8);
    byte[] workflowBytes = workflowId.getBytes(StandardCharsets.UTF_8);
    byte[] runBytes = runId.getBytes(StandardCharsets.UTF_8);
    ByteBuffer body = ByteBuffer.allocate(2 + 16 + 4 + domainBytes.length + workflowBytes.length + runBytes.length);
    body.put(VERSION).put((byte) kind.ordinal()).putLong(scheduledEventId).putLong(startedEventId)
        .putShort((short) domainBytes.length).put(domainBytes)
        .putShort((short) workflowBytes.length).put(workflowBytes)
        .put(runBytes);
    return signer.seal(body.array());
  }

  /**
   * Reads a token of the given kind.
   *
   * @throws SwfFault {@code Invalid token} if the fake did not issue it, or issued it for the other kind
   */
  Ref read(String token, Kind kind) {
    ByteBuffer buffer = signer.open(token, 20);
    if (buffer.get() != VERSION || buffer.get() != kind.ordinal()) {
      throw SwfFault.validation(INVALID);
    }
    long scheduled = buffer.getLong();
    long started = buffer.getLong();
    String domain = text(buffer);
    String workflowId = text(buffer);
    String runId = StandardCharsets.UTF_8.decode(buffer).toString();
    return new Ref(kind, domain, workflowId, runId, scheduled, started);
  }

  private static String text(ByteBuffer buffer) {
    int length = buffer.remaining() < 2 ? -1 : buffer.getShort() & 0xFFFF;
    if (length < 0 || length > buffer.remaining()) {
      throw SwfFault.validation(INVALID);
    }
    byte[] bytes = new byte[length];
    buffer.get(bytes);
    return new String(bytes, StandardCharsets.UTF_8);
  }

  /**
   * The open run a token's task belongs to, or SWF's {@code Unknown execution} fault if the run has
   * closed (or has been forgotten).
   */
  static Execution openRun(State state, Ref ref) {
    Domain domain = state.domains.get(ref.domain());
    Execution run = domain == null ? null : domain.byRunId.get(ref.runId());
    if (run == null || !run.isOpen()) {
      throw SwfFault.unknownResource("Unknown execution: WorkflowExecution=[workflowId=" + ref.workflowId()
          + ", runId=" + ref.runId() + "]");
    }
    return run;
  }
}
