package dev.swftyped.fake.internal;

import software.amazon.awssdk.awscore.exception.AwsErrorDetails;
import software.amazon.awssdk.awscore.exception.AwsServiceException;
import software.amazon.awssdk.http.SdkHttpResponse;
import software.amazon.awssdk.services.swf.model.DefaultUndefinedException;
import software.amazon.awssdk.services.swf.model.DomainAlreadyExistsException;
import software.amazon.awssdk.services.swf.model.DomainDeprecatedException;
import software.amazon.awssdk.services.swf.model.LimitExceededException;
import software.amazon.awssdk.services.swf.model.OperationNotPermittedException;
import software.amazon.awssdk.services.swf.model.SwfException;
import software.amazon.awssdk.services.swf.model.TooManyTagsException;
import software.amazon.awssdk.services.swf.model.TypeAlreadyExistsException;
import software.amazon.awssdk.services.swf.model.TypeDeprecatedException;
import software.amazon.awssdk.services.swf.model.TypeNotDeprecatedException;
import software.amazon.awssdk.services.swf.model.UnknownResourceException;
import software.amazon.awssdk.services.swf.model.WorkflowExecutionAlreadyStartedException;

/**
 * SWF's errors as the SDK's exceptions: the modelled exception class, the wire error code, HTTP
 * status 400, the message and a request id, exactly as the SDK builds them from a real response.
 */
enum Faults {
  UNKNOWN_RESOURCE("UnknownResourceFault", "com.amazonaws.swf.base.model#"),
  DOMAIN_ALREADY_EXISTS("DomainAlreadyExistsFault", "com.amazonaws.swf.base.model#"),
  DOMAIN_DEPRECATED("DomainDeprecatedFault", "com.amazonaws.swf.base.model#"),
  TYPE_ALREADY_EXISTS("TypeAlreadyExistsFault", "com.amazonaws.swf.base.model#"),
  TYPE_DEPRECATED("TypeDeprecatedFault", "com.amazonaws.swf.base.model#"),
  TYPE_NOT_DEPRECATED("TypeNotDeprecatedFault", "com.amazonaws.swf.base.model#"),
  DEFAULT_UNDEFINED("DefaultUndefinedFault", "com.amazonaws.swf.base.model#"),
  WORKFLOW_EXECUTION_ALREADY_STARTED("WorkflowExecutionAlreadyStartedFault", "com.amazonaws.swf.base.model#"),
  LIMIT_EXCEEDED("LimitExceededFault", "com.amazonaws.swf.base.model#"),
  OPERATION_NOT_PERMITTED("OperationNotPermittedFault", "com.amazonaws.swf.base.model#"),
  TOO_MANY_TAGS("TooManyTagsFault", "com.amazonaws.swf.base.model#"),
  VALIDATION("ValidationException", "com.amazon.coral.validate#"),
  /** Only injected: SWF's throttling. */
  THROTTLING("ThrottlingException", "com.amazon.coral.availability#"),
  /** Only injected: an internal error of SWF, HTTP 500. */
  INTERNAL_FAILURE("InternalFailure", "com.amazon.coral.service#");

  /** The service name the SDK puts in its messages. */
  static final String SERVICE_NAME = "Swf";

  private final String code;
  private final String namespace;

  Faults(String code, String namespace) {
    this.code = code;
    this.namespace = namespace;
  }

  /** The HTTP status SWF answers the error with. */
  int status() {
    return this == INTERNAL_FAILURE ? 500 : 400;
  }

  /** The namespaced {@code __type} of the error on the wire. */
  String wireType() {
    return namespace + code;
  }

  /** Creates the exception the SDK would throw for this error. */
  SwfException exception(String message, String requestId) {
    AwsErrorDetails details = AwsErrorDetails.builder()
        .errorCode(code)
        .errorMessage(message)
        .serviceName(SERVICE_NAME)
        .sdkHttpResponse(SdkHttpResponse.builder().statusCode(status())
            .statusText(status() == 500 ? "Internal Server Error" : "Bad Request").build())
        .build();
    AwsServiceException.Builder builder = builder()
        .message(message)
        .statusCode(status())
        .requestId(requestId)
        .awsErrorDetails(details);
    return (SwfException) builder.build();
  }

  private AwsServiceException.Builder builder() {
    switch (this) {
      case UNKNOWN_RESOURCE:
        return UnknownResourceException.builder();
      case DOMAIN_ALREADY_EXISTS:
        return DomainAlreadyExistsException.builder();
      case DOMAIN_DEPRECATED:
        return DomainDeprecatedException.builder();
      case TYPE_ALREADY_EXISTS:
        return TypeAlreadyExistsException.builder();
      case TYPE_DEPRECATED:
        return TypeDeprecatedException.builder();
      case TYPE_NOT_DEPRECATED:
        return TypeNotDeprecatedException.builder();
      case DEFAULT_UNDEFINED:
        return DefaultUndefinedException.builder();
      case WORKFLOW_EXECUTION_ALREADY_STARTED:
        return WorkflowExecutionAlreadyStartedException.builder();
      case LIMIT_EXCEEDED:
        return LimitExceededException.builder();
      case OPERATION_NOT_PERMITTED:
        return OperationNotPermittedException.builder();
      case TOO_MANY_TAGS:
        return TooManyTagsException.builder();
      case VALIDATION:
      case THROTTLING:
      case INTERNAL_FAILURE:
        return SwfException.builder();
      default:
        throw new AssertionError(this);
    }
  }

}
