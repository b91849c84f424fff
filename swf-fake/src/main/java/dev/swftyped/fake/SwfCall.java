package dev.swftyped.fake;

import java.time.Instant;
import java.util.Optional;
import software.amazon.awssdk.core.SdkRequest;
import software.amazon.awssdk.services.swf.model.SwfResponse;

/**
 * One call a fake received, through any door, as {@link SwfFake#calls()} records it.
 *
 * @param operation SWF's name of the operation, such as {@code StartWorkflowExecution}
 * @param request the SDK request
 * @param response the response, if the call succeeded (also when an injected fault lost it)
 * @param errorCode SWF's error code, if the call failed (an injected one included)
 * @param fault the injected fault that hit the call, if one did
 * @param time when the call was answered, on the fake's clock
 */
public record SwfCall(String operation, SdkRequest request, Optional<SwfResponse> response, Optional<String> errorCode,
    Optional<Fault> fault, Instant time) {}
