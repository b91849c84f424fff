package dev.swftyped.fake.internal;

/**
 * An SWF error raised by the engine: which fault it is, AWS's message and the request id. Each
 * door turns it into what its callers expect: an SDK exception in process, a JSON error body over
 * HTTP.
 */
public final class SwfFault extends RuntimeException {
  private static final long serialVersionUID = 1L;

  private final Faults fault;
  private final String requestId;

  SwfFault(Faults fault, String message) {
    this(fault, message, null);
  }

  private SwfFault(Faults fault, String message, String requestId) {
    super(message, null, false, false);
    this.fault = fault;
    this.requestId = requestId;
  }

  static SwfFault validation(String message) {
    return new SwfFault(Faults.VALIDATION, message);
  }

  static SwfFault unknownResource(String message) {
    return new SwfFault(Faults.UNKNOWN_RESOURCE, message);
  }

  SwfFault withRequestId(String id) {
    return new SwfFault(fault, getMessage(), id);
  }

  /** SWF's error code, such as {@code UnknownResourceFault}. */
  String errorCode() {
    return fault.wireType().substring(fault.wireType().indexOf('#') + 1);
  }

  /** The HTTP status SWF answers the error with. */
  public int status() {
    return fault.status();
  }

  /** The namespaced {@code __type} SWF puts in an error body. */
  public String wireType() {
    return fault.wireType();
  }

  /** The request id of the call that failed. */
  public String requestId() {
    return requestId;
  }

  /** The exception the SDK would throw for this error. */
  public RuntimeException toSdkException() {
    return fault.exception(getMessage(), requestId);
  }
}
