package dev.swftyped;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import java.time.Instant;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.services.swf.model.ChildPolicy;
import software.amazon.awssdk.services.swf.model.DeleteWorkflowTypeRequest;
import software.amazon.awssdk.services.swf.model.DeprecateDomainRequest;
import software.amazon.awssdk.services.swf.model.DeprecateWorkflowTypeRequest;
import software.amazon.awssdk.services.swf.model.DescribeDomainRequest;
import software.amazon.awssdk.services.swf.model.DescribeDomainResponse;
import software.amazon.awssdk.services.swf.model.DescribeWorkflowTypeRequest;
import software.amazon.awssdk.services.swf.model.DescribeWorkflowTypeResponse;
import software.amazon.awssdk.services.swf.model.ListDomainsRequest;
import software.amazon.awssdk.services.swf.model.ListDomainsResponse;
import software.amazon.awssdk.services.swf.model.ListWorkflowTypesRequest;
import software.amazon.awssdk.services.swf.model.ListWorkflowTypesResponse;
import software.amazon.awssdk.services.swf.model.RegisterDomainRequest;
import software.amazon.awssdk.services.swf.model.RegisterWorkflowTypeRequest;
import software.amazon.awssdk.services.swf.model.TaskList;
import software.amazon.awssdk.services.swf.model.UndeprecateDomainRequest;
import software.amazon.awssdk.services.swf.model.UndeprecateWorkflowTypeRequest;
import software.amazon.awssdk.services.swf.model.WorkflowType;
import software.amazon.awssdk.services.swf.model.WorkflowTypeConfiguration;
import software.amazon.awssdk.services.swf.model.WorkflowTypeInfo;

/** Every domain and workflow-type operation sends exactly the request it should. */
class DomainAndTypeOperationsTest {
  static final WorkflowType ORDER_TYPE = WorkflowType.builder().name("Order").version("1").build();

  final RecordingSwfClient client = new RecordingSwfClient();
  final SwfTyped swf = SwfTyped.create(client);

  @Test
  void registerDomainSendsRetentionInDaysAndTheDescription() {
    swf.registerDomain("orders", DomainConfiguration.retainingDays(7));
    swf.registerDomain("archive", DomainConfiguration.retainingDays(0), "");

    assertThat(client.requests()).containsExactly(
        RegisterDomainRequest.builder().name("orders").workflowExecutionRetentionPeriodInDays("7").build(),
        RegisterDomainRequest.builder().name("archive").workflowExecutionRetentionPeriodInDays("0").description("")
            .build());
  }

  @Test
  void registerDomainRejectsLeadingOrTrailingWhitespace() {
    assertThatIllegalArgumentException()
        .isThrownBy(() -> swf.registerDomain(" orders", DomainConfiguration.retainingDays(1)))
        .withMessage("domain must not start or end with whitespace: \" orders\"");
    assertThat(client.requests()).isEmpty();
  }

  @Test
  void describeDomainSendsTheName() {
    client.answer(DescribeDomainResponse.builder()
        .domainInfo(software.amazon.awssdk.services.swf.model.DomainInfo.builder().name("orders").status("REGISTERED")
            .build())
        .configuration(software.amazon.awssdk.services.swf.model.DomainConfiguration.builder()
            .workflowExecutionRetentionPeriodInDays("7").build())
        .build());

    DomainDetails details = swf.describeDomain("orders");

    assertThat(details.configuration()).isEqualTo(DomainConfiguration.retainingDays(7));
    assertThat(client.onlyRequest()).isEqualTo(DescribeDomainRequest.builder().name("orders").build());
  }

  @Test
  void listDomainsSendsTheStatusAndFollowsTokens() {
    client.answer(ListDomainsResponse.builder()
        .domainInfos(software.amazon.awssdk.services.swf.model.DomainInfo.builder().name("a").status("DEPRECATED")
            .build())
        .nextPageToken("t")
        .build());
    client.answer(ListDomainsResponse.builder()
        .domainInfos(software.amazon.awssdk.services.swf.model.DomainInfo.builder().name("b").status("DEPRECATED")
            .build())
        .build());

    assertThat(swf.listDomains(RegistrationStatus.DEPRECATED, ListOptions.defaults().withPageSize(1)))
        .extracting(DomainInfo::name)
        .containsExactly("a", "b");
    assertThat(client.requests()).containsExactly(
        ListDomainsRequest.builder().registrationStatus("DEPRECATED").maximumPageSize(1).build(),
        ListDomainsRequest.builder().registrationStatus("DEPRECATED").maximumPageSize(1).nextPageToken("t").build());
  }

  @Test
  void listDomainsDefaultsToRegisteredDomains() {
    swf.listDomains().toList();

    assertThat(client.onlyRequest()).isEqualTo(ListDomainsRequest.builder().registrationStatus("REGISTERED").build());
  }

  @Test
  void deprecateAndUndeprecateDomainSendTheName() {
    swf.deprecateDomain("orders");
    swf.undeprecateDomain("orders");

    assertThat(client.requests()).containsExactly(
        DeprecateDomainRequest.builder().name("orders").build(),
        UndeprecateDomainRequest.builder().name("orders").build());
  }

  @Test
  void registerWorkflowTypeSendsItsDefaultsWithTheDefaultPrefix() {
    swf.registerWorkflowType("orders", WorkflowId.of("Order", "1"), PartialExecutionConfiguration.builder()
        .timeout(Timeout.ofSeconds(86400))
        .decisionTaskTimeout(Timeout.none())
        .decisionTaskList("deciders")
        .childExecutionPolicy(ChildExecutionTerminationPolicy.TERMINATE)
        .decisionTaskPriority(3)
        .lambdaRole("role")
        .build(), "order fulfilment");

    assertThat(client.onlyRequest()).isEqualTo(RegisterWorkflowTypeRequest.builder()
        .domain("orders").name("Order").version("1").description("order fulfilment")
        .defaultExecutionStartToCloseTimeout("86400")
        .defaultTaskStartToCloseTimeout("NONE")
        .defaultTaskList(TaskList.builder().name("deciders").build())
        .defaultChildPolicy(ChildPolicy.TERMINATE)
        .defaultTaskPriority("3")
        .defaultLambdaRole("role")
        .build());
  }

  @Test
  void registerWorkflowTypeWithoutDefaultsSendsNone() {
    swf.registerWorkflowType("orders", WorkflowId.of("Order", "1"), PartialExecutionConfiguration.empty());

    assertThat(client.onlyRequest()).isEqualTo(RegisterWorkflowTypeRequest.builder()
        .domain("orders").name("Order").version("1").build());
  }

  @Test
  void describeWorkflowTypeReturnsItsRealDefaults() {
    client.answer(DescribeWorkflowTypeResponse.builder()
        .typeInfo(WorkflowTypeInfo.builder().workflowType(ORDER_TYPE).status("REGISTERED").creationDate(Instant.EPOCH)
            .build())
        .configuration(WorkflowTypeConfiguration.builder()
            .defaultTaskList(TaskList.builder().name("deciders").build())
            .defaultChildPolicy(ChildPolicy.ABANDON)
            .build())
        .build());

    WorkflowDetails details = swf.describeWorkflowType("orders", WorkflowId.of("Order", "1"));

    assertThat(details.defaultExecutionConfiguration().decisionTaskList()).contains("deciders");
    assertThat(details.defaultExecutionConfiguration().childExecutionPolicy())
        .contains(ChildExecutionTerminationPolicy.ABANDON);
    assertThat(details.defaultExecutionConfiguration().timeout()).isEmpty();
    assertThat(client.onlyRequest()).isEqualTo(DescribeWorkflowTypeRequest.builder()
        .domain("orders").workflowType(ORDER_TYPE).build());
  }

  @Test
  void listWorkflowTypesSendsStatusNameAndOrder() {
    client.answer(ListWorkflowTypesResponse.builder()
        .typeInfos(WorkflowTypeInfo.builder().workflowType(ORDER_TYPE).status("DEPRECATED")
            .creationDate(Instant.EPOCH).deprecationDate(Instant.EPOCH).build())
        .build());

    assertThat(swf.listWorkflowTypes("orders", WorkflowTypeQuery.deprecated().withName("Order"),
            ListOptions.defaults().reversed()))
        .singleElement()
        .satisfies(info -> assertThat(info.deprecated()).isTrue());
    assertThat(client.onlyRequest()).isEqualTo(ListWorkflowTypesRequest.builder()
        .domain("orders").registrationStatus("DEPRECATED").name("Order").reverseOrder(true).build());
  }

  @Test
  void listWorkflowTypesDefaultsToRegisteredTypes() {
    swf.listWorkflowTypes("orders").toList();

    assertThat(client.onlyRequest()).isEqualTo(ListWorkflowTypesRequest.builder()
        .domain("orders").registrationStatus("REGISTERED").build());
  }

  @Test
  void deprecateUndeprecateAndDeleteWorkflowTypeSendTheType() {
    WorkflowId order = WorkflowId.of("Order", "1");

    swf.deprecateWorkflowType("orders", order);
    swf.undeprecateWorkflowType("orders", order);
    swf.deleteWorkflowType("orders", order);

    assertThat(client.requests()).containsExactly(
        DeprecateWorkflowTypeRequest.builder().domain("orders").workflowType(ORDER_TYPE).build(),
        UndeprecateWorkflowTypeRequest.builder().domain("orders").workflowType(ORDER_TYPE).build(),
        DeleteWorkflowTypeRequest.builder().domain("orders").workflowType(ORDER_TYPE).build());
  }
}
