package dev.swftyped.fake;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.core.SdkRequest;
import software.amazon.awssdk.services.swf.model.DescribeWorkflowExecutionRequest;
import software.amazon.awssdk.services.swf.model.ListOpenWorkflowExecutionsRequest;
import software.amazon.awssdk.services.swf.model.RegisterDomainResponse;
import software.amazon.awssdk.services.swf.model.StartWorkflowExecutionResponse;

class AwsJsonTest {
  @Test
  void aRequestReadsAsTheServerReadsIt() {
    SdkRequest request = AwsJson.readRequest("DescribeWorkflowExecution",
        "{\"domain\":\"orders\",\"execution\":{\"workflowId\":\"order-1\",\"runId\":\"r1\"}}"
            .getBytes(StandardCharsets.UTF_8));

    assertThat(request).isEqualTo(DescribeWorkflowExecutionRequest.builder().domain("orders")
        .execution(e -> e.workflowId("order-1").runId("r1")).build());
  }

  @Test
  void writtenJsonReadsBackTheSame() {
    ListOpenWorkflowExecutionsRequest request = ListOpenWorkflowExecutionsRequest.builder().domain("orders")
        .startTimeFilter(f -> f.oldestDate(Instant.parse("2026-01-01T00:00:00.250Z"))).maximumPageSize(2).build();

    byte[] json = AwsJson.write(request);

    assertThat(new String(json, StandardCharsets.UTF_8))
        .isEqualTo("{\"domain\":\"orders\",\"startTimeFilter\":{\"oldestDate\":1767225600.250},\"maximumPageSize\":2}");
    assertThat(AwsJson.readRequest("ListOpenWorkflowExecutions", json)).isEqualTo(request);
  }

  @Test
  void aResponseIsWrittenAsSwfSendsIt() {
    assertThat(new String(AwsJson.write(StartWorkflowExecutionResponse.builder().runId("r1").build()),
        StandardCharsets.UTF_8)).isEqualTo("{\"runId\":\"r1\"}");
    assertThat(AwsJson.write(RegisterDomainResponse.builder().build())).isEmpty();
  }

  @Test
  void aBodyThatIsNotTheOperationsInputIsRefused() {
    assertThatThrownBy(() -> AwsJson.readRequest("DescribeDomain", "{\"name\":7}".getBytes(StandardCharsets.UTF_8)))
        .isInstanceOf(IllegalArgumentException.class).hasMessage("DescribeDomain: Expected a string at 'name'");
    assertThatThrownBy(() -> AwsJson.readRequest("DescribeDomain", "{".getBytes(StandardCharsets.UTF_8)))
        .isInstanceOf(IllegalArgumentException.class).hasMessage("DescribeDomain: The request body is not valid JSON");
    assertThatThrownBy(() -> AwsJson.readRequest("Fly", "{}".getBytes(StandardCharsets.UTF_8)))
        .isInstanceOf(IllegalArgumentException.class).hasMessage("no SDK request for Fly");
  }
}
