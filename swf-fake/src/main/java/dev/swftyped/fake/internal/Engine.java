package dev.swftyped.fake.internal;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import java.util.TreeMap;
import java.util.UUID;
import java.util.concurrent.locks.ReentrantLock;
import software.amazon.awssdk.awscore.DefaultAwsResponseMetadata;
import software.amazon.awssdk.core.SdkPojo;
import software.amazon.awssdk.core.SdkRequest;
import software.amazon.awssdk.http.SdkHttpResponse;
import software.amazon.awssdk.services.swf.model.CloseStatus;
import software.amazon.awssdk.services.swf.model.SwfResponse;
import software.amazon.awssdk.services.swf.model.SwfResponseMetadata;

/**
 * The in-memory SWF. Every door (the in-process client, the test-control API, the HTTP server)
 * calls {@link #execute}; each call is atomic: the whole request is validated first (validation
 * reads no state, so it runs before the lock is taken), then the operation runs under one lock,
 * changes nothing if it fails, and sees the effects of time (execution timeouts, retention) up to
 * the clock's current instant.
 */
public final class Engine {
  private static final SdkHttpResponse OK = SdkHttpResponse.builder().statusCode(200).statusText("OK").build();
  private static final char[] BASE64 =
      "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/".toCharArray();

  /** How many times a call tries the lock, pausing between tries, before it parks. */
  private static final int SPINS = 200;

  final Settings settings;
  private final ReentrantLock lock = new ReentrantLock();

  final TreeMap<String, Domain> domains = new TreeMap<>();
  PageTokens tokens;
  private SplittableRandom random;
  private long nextSeq;
  private long nextCloseSeq;

  public Engine(Settings settings) {
    this.settings = settings;
    clear();
  }

  /** Forgets every domain, type and execution, as if the engine were new. */
  public void reset() {
    lock.lock();
    try {
      clear();
    } finally {
      lock.unlock();
    }
  }

  private void clear() {
    domains.clear();
    tokens = new PageTokens(settings.seed());
    random = settings.seed() == null ? new SplittableRandom() : new SplittableRandom(settings.seed());
    nextSeq = 0;
    nextCloseSeq = 0;
  }

  /**
   * Runs one operation.
   *
   * @param operation SWF's name of the operation, such as {@code StartWorkflowExecution}
   * @param request the SDK request of that operation
   * @return the SDK response, with a request id in its metadata
   * @throws SwfFault the error SWF would return, with a request id
   */
  public SwfResponse execute(String operation, SdkRequest request) {
    return execute(Operations.op(operation), request);
  }

  /**
   * Runs one operation, already looked up.
   *
   * @param op the operation
   * @param request the SDK request of that operation
   * @return the SDK response, with a request id in its metadata
   * @throws SwfFault the error SWF would return, with a request id
   */
  public SwfResponse execute(Operations.Op op, SdkRequest request) {
    // The request is immutable and its validation reads no state, so it runs outside the lock;
    // only the request id (drawn from the seeded random) and the operation itself run under it.
    List<String> violations = ModelValidator.violations(op.input, (SdkPojo) request);
    String requestId;
    SwfResponse.Builder response;
    acquire();
    try {
      requestId = requestId();
      if (!violations.isEmpty()) {
        throw SwfFault.validation(ModelValidator.message(violations)).withRequestId(requestId);
      }
      long now = settings.clock().millis();
      advanceTo(now);
      try {
        response = op.handler.handle(this, request, now);
      } catch (SwfFault fault) {
        throw fault.withRequestId(requestId);
      }
    } finally {
      lock.unlock();
    }
    // The handler has copied what it answers into immutable SDK objects: the rest needs no lock.
    response.sdkHttpResponse(OK);
    return response
        .responseMetadata(SwfResponseMetadata.create(DefaultAwsResponseMetadata.create(
            Map.of("AWS_REQUEST_ID", requestId))))
        .build();
  }


  /**
   * Takes the lock, spinning briefly before parking: operations hold it for about a microsecond,
   * far less than it takes to wake a parked thread.
   */
  private void acquire() {
    for (int spins = 0; spins < SPINS; spins++) {
      if (lock.tryLock()) {
        return;
      }
      Thread.onSpinWait();
    }
    lock.lock();
  }

  /** Whether the engine serves an operation (others keep the SDK interface's default). */
  public static boolean supports(String operation) {
    return Operations.supports(operation);
  }

  // ---------------------------------------------------------------- time

  /** Applies every effect of time up to {@code now}: execution timeouts, then retention. */
  private void advanceTo(long now) {
    for (Domain domain : domains.values()) {
      for (Execution due = domain.openByDeadline.first(); due != null && due.deadlineMillis <= now;
          due = domain.openByDeadline.first()) {
        due.append(new Event.TimedOut(due.deadlineMillis));
        close(due, CloseStatus.TIMED_OUT, due.deadlineMillis);
      }
      for (Execution old = domain.closed.byClose.first();
          old != null && old.closeMillis + domain.retentionMillis <= now;
          old = domain.closed.byClose.first()) {
        domain.removeClosed(old);
      }
    }
  }

  /** Closes an open execution at the given time. */
  void close(Execution execution, CloseStatus status, long millis) {
    execution.closeStatus = status;
    execution.closeMillis = millis;
    execution.closeSeq = nextCloseSeq++;
    if (execution.decisionTaskScheduled) {
      execution.decisionTaskScheduled = false;
      execution.domain.countPendingDecisionTask(execution.taskList, -1);
    }
    execution.domain.moveToClosed(execution);
  }

  long nextSeq() {
    return nextSeq++;
  }

  // ---------------------------------------------------------------- identifiers

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
  private String requestId() {
    long high = (random.nextLong() & ~0xF000L) | 0x4000L;
    long low = (random.nextLong() & 0x3FFFFFFFFFFFFFFFL) | 0x8000000000000000L;
    return new UUID(high, low).toString();
  }

  // ---------------------------------------------------------------- inspection

  /** A readable dump of every domain, type and execution, with each execution's history. */
  public String diagnostics() {
    lock.lock();
    try {
      long now = settings.clock().millis();
      advanceTo(now);
      return Diagnostics.render(this, now);
    } finally {
      lock.unlock();
    }
  }

  /** Counts of domains and executions, for {@code toString}. */
  public String summary() {
    lock.lock();
    try {
      int open = 0;
      int closed = 0;
      for (Domain domain : domains.values()) {
        open += domain.openCount;
        closed += domain.closed.byStart.size();
      }
      return "domains=" + domains.size() + ", open=" + open + ", closed=" + closed;
    } finally {
      lock.unlock();
    }
  }

  static Instant instant(long millis) {
    return Instant.ofEpochMilli(millis);
  }

  List<Domain> domainList() {
    return new ArrayList<>(domains.values());
  }
}
