package dev.swftyped.fake;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import software.amazon.awssdk.services.swf.model.DescribeDomainResponse;
import software.amazon.awssdk.services.swf.model.SwfException;
import software.amazon.awssdk.services.swf.model.UnknownResourceException;

/** Errors and responses carry what the SDK builds from SWF's real answers. */
class ErrorModelContractTest extends ContractTest {

  @Test
  void modelledFaultsAreTheSdkExceptionClassWithTheWireCode() {
    UnknownResourceException fault = fault(() -> swf.describeDomain(r -> r.name("nowhere")),
        UnknownResourceException.class, "UnknownResourceFault", "Unknown domain: nowhere");

    assertThat(fault.awsErrorDetails().serviceName()).isEqualTo("Swf");
    assertThat(fault.awsErrorDetails().sdkHttpResponse().statusCode()).isEqualTo(400);
    assertThat(fault.getMessage())
        .startsWith("Unknown domain: nowhere (Service: Swf, Status Code: 400, Request ID: " + fault.requestId() + ")");
  }

  @Test
  void validationFailuresArePlainSwfExceptionsWithTheValidationCode() {
    SwfException fault = validation(() -> swf.describeDomain(r -> r.name("")),
        "1 validation error detected: Value '' at 'name' failed to satisfy constraint: "
            + "Member must have length greater than or equal to 1");

    assertThat(fault).isExactlyInstanceOf(SwfException.class);
    assertThat(fault.isThrottlingException()).isFalse();
  }

  @Test
  void successfulResponsesCarryARequestIdAndStatus200() {
    registerDomain(DOMAIN);

    DescribeDomainResponse response = swf.describeDomain(r -> r.name(DOMAIN));

    assertThat(response.responseMetadata().requestId()).matches("[0-9a-f-]{36}");
    assertThat(response.sdkHttpResponse().statusCode()).isEqualTo(200);
  }

  @Test
  void everyCallGetsItsOwnRequestId() {
    UnknownResourceException first = catchUnknown();
    UnknownResourceException second = catchUnknown();

    assertThat(first.requestId()).isNotEqualTo(second.requestId());
  }

  private UnknownResourceException catchUnknown() {
    return fault(() -> swf.describeDomain(r -> r.name("nowhere")),
        UnknownResourceException.class, "UnknownResourceFault", "Unknown domain: nowhere");
  }
}
