package dev.swftyped.fake;

import dev.swftyped.fake.internal.JsonCodec;
import java.util.Objects;
import software.amazon.awssdk.core.SdkPojo;
import software.amazon.awssdk.core.SdkRequest;

/**
 * SWF's wire form (AWS JSON 1.0) of the SDK's requests and responses, read and written exactly as
 * {@link SwfFakeServer} reads and writes them: member names as on the wire, timestamps in epoch
 * seconds with milliseconds, unset members left out. Tools that record or replay SWF traffic use it
 * so that there is one codec, not two.
 *
 * <pre>{@code
 * byte[] json = AwsJson.write(StartWorkflowExecutionResponse.builder().runId("r1").build()); // {"runId":"r1"}
 * SdkRequest request = AwsJson.readRequest("DescribeDomain", "{\"name\":\"orders\"}".getBytes(UTF_8));
 * }</pre>
 */
public final class AwsJson {
  private AwsJson() {}

  /**
   * Reads the request of an SWF operation from its JSON body.
   *
   * @param operation SWF's name of the operation, as in {@code X-Amz-Target} ({@code StartWorkflowExecution})
   * @param body the JSON body, in UTF-8
   * @return the SDK request ({@code StartWorkflowExecutionRequest} for {@code StartWorkflowExecution})
   * @throws IllegalArgumentException if SWF has no such operation, the body is not JSON, or a member has
   *     the wrong JSON type; the message names the member
   */
  public static SdkRequest readRequest(String operation, byte[] body) {
    Objects.requireNonNull(operation, "operation");
    Objects.requireNonNull(body, "body");
    try {
      return JsonCodec.request(operation, body);
    } catch (IllegalArgumentException e) {
      throw e;
    } catch (RuntimeException e) {
      throw new IllegalArgumentException(operation + ": " + e.getMessage(), e);
    }
  }

  /**
   * Writes an SDK request, response or model object as JSON.
   *
   * @param pojo the object
   * @return its JSON form in UTF-8; empty (not {@code {}}) for the response of an operation without
   *     output, as SWF sends it
   */
  public static byte[] write(SdkPojo pojo) {
    return JsonCodec.response(Objects.requireNonNull(pojo, "pojo"));
  }
}
