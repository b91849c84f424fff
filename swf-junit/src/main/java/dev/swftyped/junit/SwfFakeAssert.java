package dev.swftyped.junit;

import dev.swftyped.ClosedExecutionQuery;
import dev.swftyped.DomainInfo;
import dev.swftyped.ExecutionId;
import dev.swftyped.ExecutionInfo;
import dev.swftyped.ExecutionStatus;
import dev.swftyped.IdExecutionFilter;
import dev.swftyped.OpenExecutionQuery;
import dev.swftyped.RegistrationStatus;
import dev.swftyped.StartTimeExecutionFilter;
import dev.swftyped.SwfTyped;
import dev.swftyped.fake.SwfFake;
import java.time.Instant;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.assertj.core.api.AbstractAssert;
import dev.swftyped.ListOptions;

/**
 * Assertions on the executions a fake holds, in one domain: the fake's only domain unless {@link
 * #inDomain} picks another.
 */
public final class SwfFakeAssert extends AbstractAssert<SwfFakeAssert, SwfFake> {
  /** Early enough for every execution a test starts. */
  private static final StartTimeExecutionFilter EVER = StartTimeExecutionFilter.since(Instant.EPOCH.minusSeconds(
      100L * 365 * 24 * 3600));

  private final String domain;

  SwfFakeAssert(SwfFake fake, String domain) {
    super(fake, SwfFakeAssert.class);
    this.domain = domain;
  }

  /**
   * Moves on to assertions on the calls the fake answered, oldest first.
   *
   * <pre>{@code
   * assertThat(fake).calls().hasRetried("StartWorkflowExecution", "ThrottlingException");
   * }</pre>
   *
   * @return assertions on the calls
   */
  public CallsAssert calls() {
    isNotNull();
    return new CallsAssert(actual.calls());
  }

  /**
   * Makes the following assertions look at one domain.
   *
   * <pre>{@code
   * assertThat(fake).inDomain("orders").hasOpenExecution("order-42");
   * }</pre>
   *
   * @param domain the domain's name
   * @return assertions on that domain
   */
  public SwfFakeAssert inDomain(String domain) {
    isNotNull();
    return new SwfFakeAssert(actual, domain);
  }

  /**
   * Checks that an execution with the workflow id is open, and returns assertions on it.
   *
   * <pre>{@code
   * // passes after orders.place(order-42)
   * assertThat(fake).hasOpenExecution("order-42");
   * // fails, listing the open executions there are
   * assertThat(fake).hasOpenExecution("order-43");
   * }</pre>
   *
   * @param workflowId the workflow id
   * @return assertions on the open run
   */
  public ExecutionAssert hasOpenExecution(String workflowId) {
    isNotNull();
    String domain = domain();
    List<ExecutionInfo> open = typed().listOpenExecutions(domain, OpenExecutionQuery.defaults().withStartTime(EVER)
        .withFilter(IdExecutionFilter.of(workflowId))).toList();
    if (open.isEmpty()) {
      throw failure("%nExpecting the SWF fake to have an open execution with workflow id:%n  \"%s\"%nin domain:%n"
          + "  \"%s\"%nbut it has none; the open executions there are:%n  %s%nand the closed ones:%n  %s",
          workflowId, domain, ids(openExecutions()), ids(closedExecutions()));
    }
    return ExecutionAssert.of(typed(), domain, open.get(0).execution());
  }

  /**
   * Checks that no execution with the workflow id is open.
   *
   * <pre>{@code
   * // passes once order-42 has been terminated
   * assertThat(fake).hasNoOpenExecution("order-42");
   * }</pre>
   *
   * @param workflowId the workflow id
   * @return these assertions
   */
  public SwfFakeAssert hasNoOpenExecution(String workflowId) {
    isNotNull();
    String domain = domain();
    List<ExecutionInfo> open = typed().listOpenExecutions(domain, OpenExecutionQuery.defaults().withStartTime(EVER)
        .withFilter(IdExecutionFilter.of(workflowId))).toList();
    if (!open.isEmpty()) {
      ExecutionId run = open.get(0).execution();
      throw failure("%nExpecting the SWF fake to have no open execution with workflow id:%n  \"%s\"%nin domain:%n"
          + "  \"%s\"%nbut run %s is open, with this history:%n%s", workflowId, domain, run.runId(),
          Histories.format(ExecutionAssert.history(typed(), domain, run)));
    }
    return myself;
  }

  /**
   * Checks that an execution with the workflow id exists, open or closed, and returns assertions
   * on its latest run.
   *
   * @param workflowId the workflow id
   * @return assertions on the latest run
   */
  public ExecutionAssert hasExecution(String workflowId) {
    isNotNull();
    String domain = domain();
    Optional<ExecutionInfo> latest = Stream.concat(
            typed().listOpenExecutions(domain, OpenExecutionQuery.defaults().withStartTime(EVER)
                .withFilter(IdExecutionFilter.of(workflowId))),
            typed().listClosedExecutions(domain, ClosedExecutionQuery.defaults().withTime(EVER)
                .withFilter(IdExecutionFilter.of(workflowId))))
        .max(Comparator.comparing(ExecutionInfo::started));
    if (latest.isEmpty()) {
      throw failure("%nExpecting the SWF fake to have an execution with workflow id:%n  \"%s\"%nin domain:%n"
          + "  \"%s\"%nbut it has none; the executions there are:%n  %s", workflowId, domain,
          ids(Stream.concat(openExecutions().stream(), closedExecutions().stream()).toList()));
    }
    return ExecutionAssert.of(typed(), domain, latest.get().execution());
  }

  /**
   * Checks how many executions have a status: {@link ExecutionStatus#OPEN}, or a close status.
   *
   * <pre>{@code
   * assertThat(fake).hasExecutionCount(ExecutionStatus.OPEN, 2).hasExecutionCount(ExecutionStatus.TERMINATED, 1);
   * }</pre>
   *
   * @param status the status
   * @param expected how many executions should have it
   * @return these assertions
   */
  public SwfFakeAssert hasExecutionCount(ExecutionStatus status, int expected) {
    isNotNull();
    List<ExecutionInfo> matching = (status.isOpen() ? openExecutions() : closedExecutions()).stream()
        .filter(info -> info.status() == status)
        .toList();
    if (matching.size() != expected) {
      throw failureWithActualExpected(matching.size(), expected,
          "%nExpecting the SWF fake to have %s executions with status %s in domain \"%s\"%nbut it has %s:%n  %s",
          expected, status, domain(), matching.size(), ids(matching));
    }
    return myself;
  }

  private List<ExecutionInfo> openExecutions() {
    return typed().listOpenExecutions(domain(), OpenExecutionQuery.defaults().withStartTime(EVER)).toList();
  }

  private List<ExecutionInfo> closedExecutions() {
    return typed().listClosedExecutions(domain(), ClosedExecutionQuery.defaults().withTime(EVER)).toList();
  }

  private SwfTyped typed() {
    return SwfTyped.create(actual.client(), actual.clock());
  }

  private String domain() {
    if (domain != null) {
      return domain;
    }
    List<String> domains = Stream.concat(
            typed().listDomains(RegistrationStatus.REGISTERED, ListOptions.defaults()),
            typed().listDomains(RegistrationStatus.DEPRECATED, ListOptions.defaults()))
        .map(DomainInfo::name)
        .sorted()
        .toList();
    if (domains.size() != 1) {
      throw failure("%nExpecting the SWF fake to have one domain to look in%nbut it has %s: %s%n"
          + "Pick one with inDomain(...)", domains.size(), domains);
    }
    return domains.get(0);
  }

  private static String ids(List<ExecutionInfo> executions) {
    if (executions.isEmpty()) {
      return "(none)";
    }
    return executions.stream()
        .map(info -> info.execution().id() + " (" + info.status() + ")")
        .collect(Collectors.joining(", ", "[", "]"));
  }
}
