package dev.swftyped.examples;

import dev.swftyped.ActivityId;
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
import dev.swftyped.PartialTaskConfiguration;
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
 * Order fulfilment on SWF, as the shop's other systems see it: placing an order starts its
 * workflow execution (one per order, workflow id {@code order-<orderId>}), a payment is a signal to
 * it, a customer's cancellation a cancellation request; operations terminate orders stuck past a
 * deadline and count orders by status. What happens to an order in between is decided by {@link
 * OrderWorkflow} and done by the activities, run by {@link OrderWorkers}.
 *
 * <p>It knows nothing of where its {@link SwfClient} points: real SWF in production, the
 * in-memory fake in tests and in the demo.
 */
public final class OrderService {
  /** The domain orders run in unless told otherwise. */
  public static final String DOMAIN = "orders";

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

  /**
   * Registers the domain, the workflow types of orders and shipments and the activity types,
   * unless they are there already. Types cannot change once registered: a change of defaults
   * needs a new version.
   */
  public void setUp() {
    try {
      swf.registerDomain(domain, DomainConfiguration.retainingDays(30), "order fulfilment");
    } catch (DomainAlreadyExistsException alreadyThere) {
      // set up by an earlier run
    }
    register(OrderWorkflow.TYPE, Duration.ofDays(7), OrderWorkflow.TASK_LIST, "fulfils one order");
    register(ShipmentWorkflow.TYPE, Duration.ofDays(2), ShipmentWorkflow.TASK_LIST, "ships one order");
    register(Inventory.RESERVE_STOCK, Inventory.TASK_LIST, Duration.ofMinutes(1), Timeout.none(),
        "reserves an order's stock");
    register(Payments.CHARGE, Payments.TASK_LIST, Duration.ofMinutes(1), Timeout.none(), "charges an order's card");
    register(Payments.REFUND, Payments.TASK_LIST, Duration.ofMinutes(1), Timeout.none(), "refunds a charge");
    register(Shipping.SHIP, Shipping.TASK_LIST, Duration.ofDays(1), Timeout.of(Duration.ofMinutes(1)),
        "hands an order's parcel to the carrier");
  }

  private void register(WorkflowId workflow, Duration timeout, String taskList, String description) {
    try {
      swf.registerWorkflowType(domain, workflow, PartialExecutionConfiguration.builder()
          .timeout(Timeout.of(timeout))
          .decisionTaskTimeout(Timeout.ofSeconds(30))
          .decisionTaskList(taskList)
          .childExecutionPolicy(ChildExecutionTerminationPolicy.TERMINATE)
          .build(), description);
    } catch (TypeAlreadyExistsException alreadyThere) {
      // set up by an earlier run
    }
  }

  private void register(ActivityId activity, String taskList, Duration startToClose, Timeout heartbeat,
      String description) {
    try {
      swf.registerActivityType(domain, activity, PartialTaskConfiguration.builder()
          .taskList(taskList)
          .scheduleToStartTimeout(Timeout.none()) // a task waits for its workers, within the order's seven days
          .scheduleToCloseTimeout(Timeout.none())
          .startToCloseTimeout(Timeout.of(startToClose))
          .heartbeatTimeout(heartbeat)
          .build(), description);
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
      return swf.startExecution(domain, OrderWorkflow.TYPE, workflowId(order.orderId()),
          StartOptions.defaults().withInput(order.toInput()).withTags(order.tier().tag()));
    } catch (WorkflowExecutionAlreadyStartedException e) {
      throw new OrderAlreadyPlacedException(order.orderId(), e);
    }
  }

  /**
   * Tells an order that the customer paid, with a card for the order's workflow to charge.
   *
   * @param orderId the order's id
   * @param cardToken the card, as the payment gateway tokenised it at checkout
   */
  public void recordPayment(String orderId, String cardToken) {
    swf.signalExecution(domain, workflowId(orderId), OrderWorkflow.PAYMENT_RECEIVED, Json.object("cardToken", cardToken));
  }

  /**
   * Asks for an order to be cancelled: its decider stops its shipment if one is under way, refunds
   * the card if it was charged, and cancels the order.
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
        .withFilter(WorkflowTypeExecutionFilter.of(OrderWorkflow.TYPE));
    List<ExecutionId> runs = swf.listOpenExecutions(domain, stuck).map(ExecutionInfo::execution).toList();
    TerminateOptions why = TerminateOptions.defaults().withReason("stuck past the deadline of " + deadline);
    runs.forEach(run -> swf.terminateExecution(domain, run, why));
    return runs.stream().map(run -> orderId(run.id())).toList();
  }

  /**
   * Counts the orders by status: every open one, and those closed within the window (shipments are
   * not orders, and are not counted).
   *
   * @param window how far back to count closed orders
   * @param pageSize how many executions to read per page, 1 to 1000
   * @return the counts
   */
  public OrderReport report(Duration window, int pageSize) {
    ListOptions paging = ListOptions.defaults().withPageSize(pageSize);
    Instant since = clock.instant().minus(window);
    WorkflowTypeExecutionFilter orders = WorkflowTypeExecutionFilter.of(OrderWorkflow.TYPE);
    Stream<ExecutionInfo> open = swf.listOpenExecutions(domain, OpenExecutionQuery.defaults().withFilter(orders), paging);
    Stream<ExecutionInfo> closed = swf.listClosedExecutions(domain, ClosedExecutionQuery.defaults()
        .withTime(CloseTimeExecutionFilter.since(since)).withFilter(orders), paging);
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
