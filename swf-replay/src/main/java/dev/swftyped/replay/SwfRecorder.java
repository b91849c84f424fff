package dev.swftyped.replay;

import dev.swftyped.fake.AwsJson;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import software.amazon.awssdk.awscore.exception.AwsErrorDetails;
import software.amazon.awssdk.awscore.exception.AwsServiceException;
import software.amazon.awssdk.core.SdkRequest;
import software.amazon.awssdk.core.SdkResponse;
import software.amazon.awssdk.core.interceptor.Context;
import software.amazon.awssdk.core.interceptor.ExecutionAttribute;
import software.amazon.awssdk.core.interceptor.ExecutionAttributes;
import software.amazon.awssdk.core.interceptor.ExecutionInterceptor;
import software.amazon.awssdk.core.interceptor.SdkExecutionAttribute;
import software.amazon.awssdk.services.swf.model.SwfRequest;
import software.amazon.awssdk.services.swf.model.SwfResponse;

/**
 * Records every call an {@code SwfClient} makes, one JSON document a line (JSON Lines): add it to
 * the client as an AWS SDK execution interceptor, run, close it, and replay the file with {@link
 * SwfReplayer}.
 *
 * <pre>{@code
 * try (SwfRecorder recorder = SwfRecorder.toFile(Path.of("run.jsonl"));
 *     SwfClient swf = SwfClient.builder()
 *         .overrideConfiguration(c -> c.addExecutionInterceptor(recorder))
 *         .build()) {
 *   // ... run deciders, workers and whatever else calls SWF through swf
 * }
 * }</pre>
 *
 * <p>A line holds the operation, the request, then the response, the service's error (code,
 * message, HTTP status) or the client's failure (an exception that got no answer from the
 * service), the request id, and when the call was sent and answered: the recorder's clock in epoch
 * milliseconds ({@code sentAt}, {@code receivedAt}) and the order of those moments among all the
 * calls of the recording ({@code sentSeq}, {@code receivedSeq}), which is how the replayer orders
 * calls made concurrently. Requests and responses are in SWF's wire form (AWS JSON 1.0) as {@link
 * AwsJson} writes them; run ids, task tokens, page tokens and timestamps are kept as they were, so
 * that the replayer can map them to the fake's. Only the outcome of a call is recorded, not the
 * attempts the SDK's retry policy made before it.
 *
 * <p>Values of chosen members can be {@linkplain Builder#redact redacted}: a placeholder keeps
 * whether the member was there, the value's length, and which values were equal, which is all the
 * replayer compares.
 *
 * <p>One recorder makes one recording: give the same recorder to every client of the run (deciders,
 * workers, starters), even on many threads; its calls are atomic, and each line is flushed as
 * soon as its call ends. A line that cannot be written never fails the call: the recorder stops
 * recording, and {@link #close()} reports the error. This class is thread-safe.
 */
public final class SwfRecorder implements ExecutionInterceptor, AutoCloseable {
  private static final System.Logger LOG = System.getLogger(SwfRecorder.class.getName());
  private static final ExecutionAttribute<Stamp> SENT = new ExecutionAttribute<>("dev.swftyped.replay.sent");
  private static final List<String> PAYLOADS = List.of("input", "result", "details", "reason", "control",
      "executionContext", "latestExecutionContext");

  private final Writer out;
  private final boolean ownsOut;
  private final Clock clock;
  private final Redaction redaction;
  private final Object lock = new Object();
  private long seq;
  private int calls;
  private boolean closed;
  private IOException failure;

  private SwfRecorder(Builder builder) throws IOException {
    this.clock = builder.clock;
    this.redaction = new Redaction(builder.redacted);
    if (builder.file != null) {
      this.out = Files.newBufferedWriter(builder.file, StandardCharsets.UTF_8);
      this.ownsOut = true;
    } else {
      this.out = new BufferedWriter(new OutputStreamWriter(builder.output, StandardCharsets.UTF_8));
      this.ownsOut = false;
    }
  }

  /**
   * Returns a recorder that writes to a file, on the system clock, without redaction.
   *
   * @param file the recording; created, or truncated if it exists
   * @return the recorder
   * @throws UncheckedIOException if the file cannot be created
   */
  public static SwfRecorder toFile(Path file) {
    return builder().file(file).build();
  }

  /**
   * {@return a builder for a recorder}
   */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * {@return the members that hold a workflow's data rather than SWF's: {@code input}, {@code
   * result}, {@code details}, {@code reason}, {@code control}, {@code executionContext} and {@code
   * latestExecutionContext}, which {@link Builder#redactPayloads()} redacts}
   */
  public static List<String> payloadMembers() {
    return PAYLOADS;
  }

  /**
   * Notes when the call was sent.
   *
   * @param context the call
   * @param executionAttributes where the moment is kept until the call ends
   */
  @Override
  public void beforeExecution(Context.BeforeExecution context, ExecutionAttributes executionAttributes) {
    if (context.request() instanceof SwfRequest) {
      executionAttributes.putAttribute(SENT, stamp());
    }
  }

  /**
   * Records a call that the service answered.
   *
   * @param context the call with its response
   * @param executionAttributes the operation's name and when the call was sent
   */
  @Override
  public void afterExecution(Context.AfterExecution context, ExecutionAttributes executionAttributes) {
    SdkRequest request = context.request();
    SdkResponse response = context.response();
    if (!(request instanceof SwfRequest)) {
      return;
    }
    Map<String, String> redacted = new HashMap<>();
    Json.Rewrite rewrite = redaction.rewrite(redacted);
    String requestId = response instanceof SwfResponse ? ((SwfResponse) response).responseMetadata().requestId() : null;
    String requestJson = requestJson(request, rewrite);
    write(executionAttributes, requestJson, requestId,
        ",\"response\":" + Json.write(Json.parse(AwsJson.write(response)), rewrite));
  }

  /**
   * Records a call that failed: with the service's error if the service answered, otherwise with
   * the client's exception.
   *
   * @param context the call with its exception
   * @param executionAttributes the operation's name and when the call was sent
   */
  @Override
  public void onExecutionFailure(Context.FailedExecution context, ExecutionAttributes executionAttributes) {
    SdkRequest request = context.request();
    if (!(request instanceof SwfRequest)) {
      return;
    }
    Map<String, String> redacted = new HashMap<>();
    Json.Rewrite rewrite = redaction.rewrite(redacted);
    String requestJson = requestJson(request, rewrite); // first, so that the message is scrubbed of its values
    Throwable exception = context.exception();
    String requestId = null;
    String outcome;
    if (exception instanceof AwsServiceException && ((AwsServiceException) exception).awsErrorDetails() != null) {
      AwsServiceException error = (AwsServiceException) exception;
      AwsErrorDetails details = error.awsErrorDetails();
      requestId = error.requestId();
      String message = details.errorMessage() == null ? "" : Redaction.scrub(details.errorMessage(), redacted);
      outcome = ",\"error\":{\"code\":" + Json.quote(String.valueOf(details.errorCode()))
          + ",\"message\":" + Json.quote(message) + ",\"status\":" + error.statusCode() + "}";
    } else {
      String message = exception.getMessage() == null ? "" : Redaction.scrub(exception.getMessage(), redacted);
      outcome = ",\"failure\":{\"exception\":" + Json.quote(exception.getClass().getName())
          + ",\"message\":" + Json.quote(message) + "}";
    }
    write(executionAttributes, requestJson, requestId, outcome);
  }

  private static String requestJson(SdkRequest request, Json.Rewrite rewrite) {
    return Json.write(Json.parse(AwsJson.write(request)), rewrite);
  }

  private void write(ExecutionAttributes attributes, String requestJson, String requestId, String outcome) {
    String operation = attributes.getAttribute(SdkExecutionAttribute.OPERATION_NAME);
    Stamp sent = attributes.getAttribute(SENT);
    synchronized (lock) {
      if (closed || failure != null) {
        return;
      }
      Stamp received = stamp();
      Stamp from = sent != null ? sent : received;
      String line = "{\"operation\":" + Json.quote(String.valueOf(operation))
          + ",\"sentSeq\":" + from.seq + ",\"sentAt\":" + from.at
          + ",\"receivedSeq\":" + received.seq + ",\"receivedAt\":" + received.at
          + (requestId == null ? "" : ",\"requestId\":" + Json.quote(requestId))
          + ",\"request\":" + requestJson + outcome + "}\n";
      try {
        out.write(line);
        out.flush();
        calls++;
      } catch (IOException e) {
        failure = e;
        LOG.log(System.Logger.Level.WARNING, "swf-replay stopped recording: the recording cannot be written", e);
      }
    }
  }

  private Stamp stamp() {
    synchronized (lock) {
      return new Stamp(seq++, clock.millis());
    }
  }

  /**
   * {@return how many calls have been recorded}
   */
  public int calls() {
    synchronized (lock) {
      return calls;
    }
  }

  /**
   * Stops recording: calls that end from now on are not recorded. Closes the file, or flushes the
   * stream given to {@link Builder#output} (which stays open). Closing twice does nothing.
   *
   * @throws UncheckedIOException if a line could not be written, or the file cannot be closed
   */
  @Override
  public void close() {
    synchronized (lock) {
      if (closed) {
        return;
      }
      closed = true;
      try {
        if (ownsOut) {
          out.close();
        } else {
          out.flush();
        }
      } catch (IOException e) {
        if (failure == null) {
          failure = e;
        }
      }
      if (failure != null) {
        throw new UncheckedIOException("the recording is incomplete: a line could not be written", failure);
      }
    }
  }

  @Override
  public String toString() {
    synchronized (lock) {
      return "SwfRecorder{calls=" + calls + (closed ? "|closed" : "") + (failure != null ? "|failed" : "") + "}";
    }
  }

  /** A moment of the recording: its place among all the moments, and the clock's time. */
  private record Stamp(long seq, long at) {}

  /** Configures a {@link SwfRecorder}. */
  public static final class Builder {
    private Path file;
    private OutputStream output;
    private Clock clock = Clock.systemUTC();
    private final Set<String> redacted = new LinkedHashSet<>();

    private Builder() {}

    /**
     * Records to a file, which the recorder creates (or truncates) and closes when it is closed.
     *
     * @param file the recording
     * @return this builder
     */
    public Builder file(Path file) {
      this.file = Objects.requireNonNull(file, "file");
      this.output = null;
      return this;
    }

    /**
     * Records to a stream, which the recorder flushes after each call and leaves open.
     *
     * @param output where the lines go, in UTF-8
     * @return this builder
     */
    public Builder output(OutputStream output) {
      this.output = Objects.requireNonNull(output, "output");
      this.file = null;
      return this;
    }

    /**
     * Sets the clock that times calls (the system UTC clock by default). When recording against
     * swf-fake on a {@code FakeClock}, give it that clock, so that a replay moves time as the run
     * did.
     *
     * @param clock the clock
     * @return this builder
     */
    public Builder clock(Clock clock) {
      this.clock = Objects.requireNonNull(clock, "clock");
      return this;
    }

    /**
     * Redacts the values of the members of those names, wherever they appear in requests and
     * responses (in decisions and history events too), and wherever an error message quotes one.
     * Redact free text ({@code input}, {@code reason}), not identifiers a replay needs
     * ({@code workflowId}, {@code runId}, {@code taskToken}).
     *
     * @param members SWF's member names, as on the wire ({@code input}, {@code details})
     * @return this builder
     */
    public Builder redact(String... members) {
      for (String member : members) {
        Objects.requireNonNull(member, "member");
        if (Members.kind(member) != Members.Kind.VALUE) {
          throw new IllegalArgumentException("cannot redact " + member + ": the replayer needs its "
              + Members.kind(member).noun + "s to map them to the fake's");
        }
        redacted.add(member);
      }
      return this;
    }

    /**
     * Redacts the {@linkplain #payloadMembers() payload members}: what workflows and activities
     * pass around, but not SWF's own names, ids and settings.
     *
     * @return this builder
     */
    public Builder redactPayloads() {
      return redact(PAYLOADS.toArray(new String[0]));
    }

    /**
     * {@return the recorder}
     *
     * @throws IllegalStateException if neither {@link #file} nor {@link #output} was called
     * @throws UncheckedIOException if the file cannot be created
     */
    public SwfRecorder build() {
      if (file == null && output == null) {
        throw new IllegalStateException("a recorder needs somewhere to write: call file(Path) or output(OutputStream)");
      }
      try {
        return new SwfRecorder(this);
      } catch (IOException e) {
        throw new UncheckedIOException("cannot create the recording " + file, e);
      }
    }
  }
}
