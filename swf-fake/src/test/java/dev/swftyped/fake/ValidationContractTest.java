package dev.swftyped.fake;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.Map;
import java.util.stream.Stream;
import org.assertj.core.api.ThrowableAssert.ThrowingCallable;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import software.amazon.awssdk.services.swf.SwfClient;
import software.amazon.awssdk.services.swf.model.*;

/**
 * Every operation checks every constraint of its input (nested members too) before it changes
 * anything, and reports all violations in one message.
 */
class ValidationContractTest extends ContractTest {
  private static final String NULL = "failed to satisfy constraint: Member must not be null";

  /** Each operation called with nothing: the message lists its required members. */
  static Stream<Arguments> emptyRequests() {
    Map<String, java.util.function.Consumer<SwfClient>> calls = Map.ofEntries(
        Map.entry("1 validation error detected: Value null at 'name' " + NULL,
            swf -> swf.describeDomain(DescribeDomainRequest.builder().build())),
        Map.entry("1 validation error detected: Value null at 'registrationStatus' " + NULL,
            swf -> swf.listDomains(ListDomainsRequest.builder().build())),
        Map.entry("2 validation errors detected: Value null at 'domain' " + NULL
                + "; Value null at 'workflowType' " + NULL,
            swf -> swf.describeWorkflowType(DescribeWorkflowTypeRequest.builder().build())),
        Map.entry("3 validation errors detected: Value null at 'domain' " + NULL + "; Value null at 'name' " + NULL
                + "; Value null at 'version' " + NULL,
            swf -> swf.registerActivityType(RegisterActivityTypeRequest.builder().build())),
        Map.entry("3 validation errors detected: Value null at 'domain' " + NULL
                + "; Value null at 'workflowType' " + NULL + "; Value null at 'workflowId' " + NULL,
            swf -> swf.startWorkflowExecution(StartWorkflowExecutionRequest.builder().build())),
        Map.entry("2 validation errors detected: Value null at 'domain' " + NULL
                + "; Value null at 'workflowId' " + NULL,
            swf -> swf.terminateWorkflowExecution(TerminateWorkflowExecutionRequest.builder().build())),
        Map.entry("2 validation errors detected: Value null at 'registrationStatus' " + NULL
                + "; Value null at 'domain' " + NULL,
            swf -> swf.listWorkflowTypes(ListWorkflowTypesRequest.builder().build())),
        Map.entry("2 validation errors detected: Value null at 'execution' " + NULL
                + "; Value null at 'domain' " + NULL,
            swf -> swf.getWorkflowExecutionHistory(GetWorkflowExecutionHistoryRequest.builder().build())),
        Map.entry("2 validation errors detected: Value null at 'domain' " + NULL + "; Value null at 'taskList' " + NULL,
            swf -> swf.countPendingDecisionTasks(CountPendingDecisionTasksRequest.builder().build())),
        Map.entry("2 validation errors detected: Value null at 'resourceArn' " + NULL + "; Value null at 'tags' " + NULL,
            swf -> swf.tagResource(TagResourceRequest.builder().build())),
        Map.entry("1 validation error detected: Value null at 'domain' " + NULL,
            swf -> swf.countClosedWorkflowExecutions(CountClosedWorkflowExecutionsRequest.builder().build())));
    return calls.entrySet().stream().map(call -> Arguments.of(call.getKey(), call.getValue()));
  }

  @ParameterizedTest
  @MethodSource("emptyRequests")
  void emptyRequestsNameEveryMissingRequiredMember(String message, java.util.function.Consumer<SwfClient> call) {
    validation(() -> call.accept(swf), message);
  }

  @Test
  void nestedMembersAreChecked() {
    registerDomainAndType();
    validation(() -> swf.listOpenWorkflowExecutions(r -> r.domain(DOMAIN).startTimeFilter(f -> f.oldestDate(START))
            .typeFilter(f -> f.name("n".repeat(257)).version("v".repeat(65)))),
        "2 validation errors detected: Value '" + "n".repeat(257) + "' at 'typeFilter.name' failed to satisfy "
            + "constraint: Member must have length less than or equal to 256; Value '" + "v".repeat(65)
            + "' at 'typeFilter.version' failed to satisfy constraint: Member must have length less than or equal to 64");
    validation(() -> swf.listOpenWorkflowExecutions(r -> r.domain(DOMAIN).startTimeFilter(f -> f.oldestDate(START))
            .executionFilter(f -> f.workflowId(""))),
        "1 validation error detected: Value '' at 'executionFilter.workflowId' failed to satisfy constraint: "
            + "Member must have length greater than or equal to 1");
    validation(() -> swf.countClosedWorkflowExecutions(r -> r.domain(DOMAIN).startTimeFilter(f -> f.oldestDate(START))
            .closeStatusFilter(f -> f.status("OPEN"))),
        "1 validation error detected: Value 'OPEN' at 'closeStatusFilter.status' failed to satisfy constraint: "
            + "Member must satisfy enum value set: [COMPLETED, FAILED, CANCELED, TERMINATED, CONTINUED_AS_NEW, TIMED_OUT]");
    validation(() -> swf.untagResource(r -> r.resourceArn("arn").tagKeys("ok", "")),
        "1 validation error detected: Value '' at 'tagKeys.2.member' failed to satisfy constraint: "
            + "Member must have length greater than or equal to 1");
    validation(() -> swf.registerDomain(r -> r.name("d").workflowExecutionRetentionPeriodInDays("1")
            .tags(t -> t.value("no key"))),
        "1 validation error detected: Value null at 'tags.1.member.key' " + NULL);
  }

  @Test
  void oversizedTokensAndDescriptionsAreRejectedByLength() {
    validation(() -> swf.listDomains(r -> r.registrationStatus("REGISTERED").nextPageToken("t".repeat(2049))),
        "1 validation error detected: Value '" + "t".repeat(2049) + "' at 'nextPageToken' failed to satisfy "
            + "constraint: Member must have length less than or equal to 2048");
    validation(() -> swf.registerDomain(r -> r.name("d").workflowExecutionRetentionPeriodInDays("1")
            .description("d".repeat(1025))),
        "1 validation error detected: Value '" + "d".repeat(1025) + "' at 'description' failed to satisfy "
            + "constraint: Member must have length less than or equal to 1024");
  }

  @Test
  void modelConstraintsAreReportedBeforeSwfsOwnRules() {
    validation(() -> swf.registerDomain(r -> r.name("a:b").workflowExecutionRetentionPeriodInDays("123456789")),
        "1 validation error detected: Value '123456789' at 'workflowExecutionRetentionPeriodInDays' failed to "
            + "satisfy constraint: Member must have length less than or equal to 8");
  }

  @Test
  void rejectedRequestsChangeNothing() {
    registerDomainAndType();
    String runId = start("order-1");
    swf.signalWorkflowExecution(r -> r.domain(DOMAIN).workflowId("order-1").signalName("s"));
    advance(Duration.ofMinutes(1));
    String before = fake.diagnostics();

    Stream.<ThrowingCallable>of(
            () -> swf.registerDomain(r -> r.name("new").workflowExecutionRetentionPeriodInDays("91")),
            () -> swf.registerDomain(r -> r.name(DOMAIN).workflowExecutionRetentionPeriodInDays("1")),
            () -> swf.registerWorkflowType(r -> r.domain(DOMAIN).name("New").version("1")
                .defaultExecutionStartToCloseTimeout("NONE")),
            () -> start("order-2", r -> r.tagList("1", "2", "3", "4", "5", "6")),
            () -> start("order-1"),
            () -> start("order-3", r -> r.workflowType(t -> t.name("Nope").version("1"))),
            () -> swf.signalWorkflowExecution(r -> r.domain(DOMAIN).workflowId("order-1").signalName("")),
            () -> swf.signalWorkflowExecution(r -> r.domain(DOMAIN).workflowId("order-1").runId("nope")
                .signalName("s")),
            () -> swf.terminateWorkflowExecution(r -> r.domain(DOMAIN).workflowId("order-1").details("d".repeat(32769))),
            () -> swf.requestCancelWorkflowExecution(r -> r.domain(DOMAIN).workflowId("order-2")),
            () -> swf.deprecateWorkflowType(r -> r.domain(DOMAIN).workflowType(t -> t.name("Order").version(""))),
            () -> swf.deleteWorkflowType(r -> r.domain(DOMAIN).workflowType(ORDER)),
            () -> swf.tagResource(r -> r.resourceArn("arn:aws:swf:us-east-1:123456789012:/domain/orders")
                .tags(t -> t.key("bad#").value("v"))))
        .forEach(call -> {
          Throwable thrown = org.assertj.core.api.Assertions.catchThrowable(call);
          assertThat(thrown).isInstanceOf(SwfException.class);
          assertThat(fake.diagnostics()).isEqualTo(before);
        });
    assertThat(history("order-1", runId)).hasSize(3);
  }
}
