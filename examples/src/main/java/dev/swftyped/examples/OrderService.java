package dev.swftyped.examples;

import dev.swftyped.ChildExecutionTerminationPolicy;
import dev.swftyped.ClosedExecutionQuery;
import dev.swftyped.CloseTimeExecutionFilter;
import dev.swftyped.CurrentExecutionId;
import dev.swftyped.DomainConfiguration;
import dev.swftyped.ExecutionId;
import dev.swftyped.ExecutionInfo;
import dev.swftyped.ExecutionStatus;
import dev.swftyped.ListOptions;
import dev.swftyped.OpenExecutionQuery;
import dev.swftyped.PartialExecutionConfiguration;
import dev.swftyped.StartOptions;
import dev.swftyped.StartTimeExecutionFilter;
import dev.swftyped.SwfTyped;
import dev.swftyped.TerminateOptions;
import dev.swftyped.Timeout;
import dev.swftyped.WorkflowId;
import dev.swftyped.WorkflowTypeExecutionFilter;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import software.amazon.awssdk.services.swf.SwfClient;
import software.amazon.awssdk.services.swf.model.DomainAlreadyExistsException;
import software.amazon.awssdk.services.swf.model.TypeAlreadyExistsException;
import software.amazon.awssdk.services.swf.model.UnknownResourceException;
import software.amazon.awssdk.services.swf.model.WorkflowExecutionAlreadyStartedException;

/**
 * Order fulfilment on SWF: one workflow execution per order, from placement to delivery.
 *
 * <p>It knows nothing of where its {@link SwfClient} points: real SWF in production, the
 * in-memory fake in tests and in the demo.
 */
public final class OrderService {
  /** The domain orders run in unless told otherwise. */
  public static final String DOMAIN = "orders";
  /** The workflow type of an order. */
  public static final WorkflowId ORDER_WORKFLOW = WorkflowId.of("OrderFulfilment", "1");
  /** The task list the order deciders poll. */
  public static final String DECIDERS = "order-deciders";
  /** The signal a payment sends to its order. */
  public static final String PAYMENT_RECEIVED = "payment-received";

  private final SwfTyped swf;
  private final Clock clock;
  private final String domain;

  /**
   * Creates the service on a client, in the {@value #DOMAIN} domain.
   *
   * @param client the SWF client
   * @param clock the clock that decides what "now" is; the one the client's SWF uses
   */
  public OrderService(SwfClient client, Clock clock) {
    this(client, clock, DOMAIN);
  }

  /**
   * Creates the service on a client, in a domain of its own.
   *
   * @param client the SWF client
   * @param clock the clock that decides what "now" is; the one the client's SWF uses
   * @param domain the domain orders run in
   */
  public OrderService(SwfClient client, Clock clock, String domain) {
    this.swf = SwfTyped.create(client, clock);
    this.clock = clock;
    this.domain = domain;
  }

  /** Registers the domain and the order workflow type, unless they are there already. */
  public void setUp() {
    try {
      swf.registerDomain(domain, DomainConfiguration.retainingDays(30), "order fulfilment");
    } catch (DomainAlreadyExistsException alreadyThere) {
      // set up by an earlier run
    }
    try {
      swf.registerWorkflowType(domain, ORDER_WORKFLOW, PartialExecutionConfiguration.builder()
          .timeout(Timeout.of(Duration.ofDays(7)))
          .decisionTaskTimeout(Timeout.ofSeconds(30))
          .decisionTaskList(DECIDERS)
          .childExecutionPolicy(ChildExecutionTerminationPolicy.TERMINATE)
          .build(), "fulfils one order");
    } catch (TypeAlreadyExistsException alreadyThere) {
      // set up by an earlier run
    }
  }

  /**
   * Starts fulfilling an order.
   *
   * @param order the order
   * @return the order's workflow execution
   * @throws OrderAlreadyPlacedException if the order is already being fulfilled
   */
  public ExecutionId placeOrder(Order order) {
    try {
      return swf.startExecution(domain, ORDER_WORKFLOW, workflowId(order.orderId()),
          StartOptions.defaults().withInput(order.toInput()).withTags(order.tier().tag()));
    } catch (WorkflowExecutionAlreadyStartedException e) {
      throw new OrderAlreadyPlacedException(order.orderId(), e);
    }
  }

  /**
   * Tells an order that its payment arrived.
   *
   * @param orderId the order's id
   * @param amountCents the amount paid, in cents
   */
  public void recordPayment(String orderId, long amountCents) {
    swf.signalExecution(domain, workflowId(orderId), PAYMENT_RECEIVED, "{\"amountCents\":" + amountCents + "}");
  }

  /**
   * Asks for an order to be cancelled: its decider refunds what was paid and closes it.
   *
   * @param orderId the order's id
   * @return whether the order was still open to be cancelled
   */
  public boolean cancelOrder(String orderId) {
    try {
      swf.requestCancelExecution(domain, workflowId(orderId));
      return true;
    } catch (UnknownResourceException closedOrUnknown) {
      return false;
    }
  }

  /**
   * Terminates every open order that started longer ago than the deadline allows.
   *
   * @param deadline how long an order may take
   * @return the ids of the orders terminated
   */
  public List<String> terminateStuckOrders(Duration deadline) {
    Instant now = clock.instant();
    OpenExecutionQuery stuck = OpenExecutionQuery.defaults()
        .withStartTime(StartTimeExecutionFilter.between(now.minus(SwfTyped.DEFAULT_WINDOW), now.minus(deadline)))
        .withFilter(WorkflowTypeExecutionFilter.of(ORDER_WORKFLOW));
    List<ExecutionId> runs = swf.listOpenExecutions(domain, stuck).map(ExecutionInfo::execution).toList();
    TerminateOptions why = TerminateOptions.defaults().withReason("stuck past the deadline of " + deadline);
    runs.forEach(run -> swf.terminateExecution(domain, run, why));
    return runs.stream().map(run -> orderId(run.id())).toList();
  }

  /**
   * Counts the orders by status: every open one, and those closed within the window.
   *
   * @param window how far back to count closed orders
   * @param pageSize how many executions to read per page, 1 to 1000
   * @return the counts
   */
  public OrderReport report(Duration window, int pageSize) {
    ListOptions paging = ListOptions.defaults().withPageSize(pageSize);
    Instant since = clock.instant().minus(window);
    Stream<ExecutionInfo> open = swf.listOpenExecutions(domain, OpenExecutionQuery.defaults(), paging);
    Stream<ExecutionInfo> closed = swf.listClosedExecutions(domain,
        ClosedExecutionQuery.defaults().withTime(CloseTimeExecutionFilter.since(since)), paging);
    Map<ExecutionStatus, Long> byStatus = new EnumMap<>(ExecutionStatus.class);
    Stream.concat(open, closed).forEach(info -> byStatus.merge(info.status(), 1L, Long::sum));
    return new OrderReport(byStatus);
  }

  static CurrentExecutionId workflowId(String orderId) {
    return CurrentExecutionId.of("order-" + orderId);
  }

  static String orderId(String workflowId) {
    return workflowId.substring("order-".length());
  }
}
