package dev.swftyped.examples;

import dev.swftyped.CurrentExecutionId;
import dev.swftyped.Decider;
import dev.swftyped.Decision;
import dev.swftyped.DecisionTask;
import dev.swftyped.Decisions;
import dev.swftyped.Event;
import dev.swftyped.ExecutionState;
import dev.swftyped.ExecutionState.ChildExecutionState;
import dev.swftyped.ExecutionState.TaskState;
import dev.swftyped.ExecutionState.TaskStatus;
import dev.swftyped.ExecutionState.TimerState;
import dev.swftyped.ExecutionState.TimerStatus;
import dev.swftyped.StartOptions;
import dev.swftyped.WorkflowId;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;

/**
 * The decider of an order, from placement to delivery to the carrier. It decides from the order's
 * history alone:
 *
 * <ol>
 *   <li>When the order is placed, it reserves the stock (activity {@code reserve-stock}) and gives
 *       the customer three days to pay (timer {@code payment-deadline}), unless the payment came
 *       with the order. If the stock cannot be reserved, the order fails.
 *   <li>When the payment arrives in time (signal {@value #PAYMENT_RECEIVED}, with the card to
 *       charge), it stops the deadline and, once the stock is reserved, charges the card (activity
 *       {@code charge-1}).
 *   <li>If the charge fails (a declined card), it waits an hour (timer {@code retry-charge-1}) and
 *       charges again ({@code charge-2}), with the card of the latest payment; after the third
 *       attempt it fails the order.
 *   <li>Once the card is charged, it ships the order as a child workflow ({@code
 *       shipment-<orderId>}, see {@link ShipmentWorkflow}) and completes the order with the
 *       shipment's tracking number.
 *   <li>If no payment comes within three days, it cancels the order: the customer walked away,
 *       nothing went wrong, so the order counts among the cancelled ones, not the failed ones.
 *   <li>If the customer cancels, it lets an activity in progress end (a charge is never left half
 *       done), asks a shipment under way to stop and waits for it to close, refunds the card if it
 *       was charged (activity {@code refund}), then cancels the order. A shipment that completes
 *       before it could be stopped completes the order.
 * </ol>
 *
 * <p>An activity task that times out, because the worker that took it died or lost touch with SWF,
 * is scheduled again at once, three times in all ({@code reserve-stock} here, {@code ship} in the
 * shipment; a charge that times out counts as a failed attempt). An order that fails after its card
 * was charged is refunded first. Stock needs no such
 * step: the warehouse releases a reservation that no shipment collects (see {@link Inventory}).
 * Each answer records the order's stage ("awaiting payment", "charging, attempt 2 of 3", ...) as
 * the execution context, which {@code DescribeWorkflowExecution} reports.
 *
 * <p>It keeps nothing between decision tasks, so any number of deciders may run it. That is also
 * how it copes with SWF's {@code UNHANDLED_DECISION}: when an event (a signal, say) arrives while
 * it decides to close the order, SWF refuses the closing decision and schedules another decision
 * task, and the decider simply decides again with that event in view. The {@link PaymentTerms}
 * (three days, three attempts, an hour apart) can be changed, for a demonstration on real SWF.
 *
 * <p>This class is thread-safe.
 */
public final class OrderWorkflow implements Decider {
  /** The workflow type of an order. */
  public static final WorkflowId TYPE = WorkflowId.of("OrderFulfilment", "1");
  /** The task list its deciders poll: the type's default. */
  public static final String TASK_LIST = "order-deciders";
  /** The signal a payment sends to its order, with the card to charge: {@code {"cardToken":"..."}}. */
  public static final String PAYMENT_RECEIVED = "payment-received";

  private static final String RESERVE = "reserve-stock";
  private static final String PAYMENT_DEADLINE = "payment-deadline";
  private static final String CHARGE = "charge-";
  private static final String RETRY = "retry-charge-";
  private static final String REFUND = "refund";
  /** How many times a task is scheduled in all if it times out (see {@link #lost}). */
  static final int TRIES = 3;

  private final PaymentTerms terms;

  /** Creates the decider with the shop's {@linkplain PaymentTerms#standard() standard terms}. */
  public OrderWorkflow() {
    this(PaymentTerms.standard());
  }

  /**
   * Creates the decider with other payment terms.
   *
   * @param terms how long customers have to pay, and how declined cards are retried
   */
  public OrderWorkflow(PaymentTerms terms) {
    this.terms = Objects.requireNonNull(terms, "terms");
  }

  /**
   * Decides what happens next to an order.
   *
   * @param task the order's decision task
   * @return the decisions, with the order's stage as the execution context
   */
  @Override
  public Decisions decide(DecisionTask task) {
    return new Run(task).decide();
  }

  /** The workflow id of the shipment of an order. */
  static String shipmentId(String orderId) {
    return "shipment-" + orderId;
  }

  /** One decision task: the order's history, read. */
  private final class Run {
    private final ExecutionState state;
    private final List<Event> events;
    private final String orderId;
    private final String order;

    Run(DecisionTask task) {
      this.state = task.state();
      this.events = task.events();
      this.orderId = OrderService.orderId(task.execution().id());
      this.order = state.input().orElseThrow(() -> new IllegalStateException(
          task.execution().id() + " has no order as its input"));
    }

    Decisions decide() {
      Optional<Event.DecisionFailed> refused = refused();
      if (refused.isPresent()) { // the same decision again would be refused again
        Decision fail = failure("SWF refused a decision",
            Optional.of(refused.get().eventType() + ": " + refused.get().causeAsString()));
        return refunding(refused.get()) ? answer("failed", fail) : close(fail);
      }
      if (state.cancelRequested()) {
        return cancelling();
      }
      Optional<TaskState> reservation = task(RESERVE);
      Optional<String> card = card();
      if (reservation.isEmpty()) {
        Decision reserve = Decision.ScheduleActivityTask.of(Inventory.RESERVE_STOCK, RESERVE).withInput(order);
        return card.isPresent() // paid at checkout
            ? answer("paid, reserving the stock", reserve)
            : answer("awaiting payment", reserve, Decision.StartTimer.of(PAYMENT_DEADLINE, terms.window()));
      }
      if (failed(reservation.get())) {
        return lost(reservation.get()) && tries(RESERVE) < TRIES
            ? answer("reserving the stock again", Decision.ScheduleActivityTask.of(Inventory.RESERVE_STOCK, RESERVE)
                .withInput(order))
            : close(failure("stock not reserved", reservation.get().stopDetails()));
      }
      Optional<ChildExecutionState> shipment = shipment();
      if (shipment.isPresent()) {
        return shipping(shipment.get());
      }
      if (card.isEmpty()) {
        return deadlinePassed()
            ? close(Decision.CancelWorkflowExecution.of().withDetails("not paid within " + words(terms.window())))
            : answer("awaiting payment");
      }
      List<Decision> decisions = new ArrayList<>();
      if (timer(PAYMENT_DEADLINE).filter(deadline -> deadline.status() == TimerStatus.STARTED).isPresent()) {
        decisions.add(Decision.CancelTimer.of(PAYMENT_DEADLINE));
      }
      if (reservation.get().status() != TaskStatus.COMPLETED) {
        return answer("paid, reserving the stock", decisions);
      }
      return charging(card.get(), decisions);
    }

    /** Charges the card, again after a delay if it was declined, then ships. */
    private Decisions charging(String card, List<Decision> decisions) {
      List<TaskState> charges = charges();
      int attempt = charges.size();
      if (attempt == 0) {
        decisions.add(charge(1, card));
        return answer(attempt(1), decisions);
      }
      TaskState last = charges.get(attempt - 1);
      if (!last.status().hasEnded()) {
        return answer(attempt(attempt), decisions);
      }
      if (last.status() == TaskStatus.COMPLETED) {
        decisions.add(Decision.StartChildWorkflowExecution.of(ShipmentWorkflow.TYPE,
                CurrentExecutionId.of(shipmentId(orderId)))
            .withOptions(StartOptions.defaults().withInput(order)));
        return answer("shipping", decisions);
      }
      if (attempt >= terms.chargeAttempts()) {
        return close(failure("payment failed", last.stopDetails()));
      }
      Optional<TimerState> pause = timer(RETRY + attempt);
      if (pause.isPresent() && pause.get().status() == TimerStatus.FIRED) {
        decisions.add(charge(attempt + 1, card));
        return answer(attempt(attempt + 1), decisions);
      }
      if (pause.isEmpty()) {
        decisions.add(Decision.StartTimer.of(RETRY + attempt, terms.retryDelay()));
      }
      return answer("card declined; attempt " + (attempt + 1) + " of " + terms.chargeAttempts() + " in "
          + words(terms.retryDelay()), decisions);
    }

    private Decision charge(int attempt, String card) {
      return Decision.ScheduleActivityTask.of(Payments.CHARGE, CHARGE + attempt).withInput(Json.object(
          "orderId", orderId, "cardToken", card, "amountCents", Json.number(order, "totalCents")));
    }

    private String attempt(int attempt) {
      return "charging, attempt " + attempt + " of " + terms.chargeAttempts();
    }

    /** Waits for the shipment; completes the order with its tracking number. */
    private Decisions shipping(ChildExecutionState shipment) {
      switch (shipment.status()) {
        case INITIATED:
        case OPEN:
          return answer("shipping");
        case COMPLETED:
          return answer("shipped", Decision.CompleteWorkflowExecution.of().withResult(shipment.result().orElse("")));
        default:
          return close(failure("shipment " + shipment.status().name().toLowerCase(Locale.ROOT),
              shipment.failureReason()));
      }
    }

    /** Winds the order down: what is in progress ends, the shipment stops, the card is refunded. */
    private Decisions cancelling() {
      Optional<TaskState> inProgress = state.tasks().stream().filter(task -> !task.status().hasEnded()).findFirst();
      if (inProgress.isPresent()) {
        return answer("cancelling once " + inProgress.get().id() + " ends");
      }
      Optional<ChildExecutionState> shipment = shipment();
      if (shipment.isPresent()) {
        switch (shipment.get().status()) {
          case INITIATED:
            return answer("cancelling once the shipment has started");
          case OPEN:
            return stopRequested()
                ? answer("stopping the shipment")
                : answer("stopping the shipment",
                    Decision.RequestCancelExternalWorkflowExecution.of(shipment.get().execution()));
          case COMPLETED:
            return answer("shipped before it could be stopped",
                Decision.CompleteWorkflowExecution.of().withResult(shipment.get().result().orElse("")));
          default:
            break; // stopped, or it failed: nothing left to stop
        }
      }
      return close(Decision.CancelWorkflowExecution.of().withDetails("cancelled by the customer"));
    }

    /** Closes the order as the decision says, once a card that was charged has been refunded. */
    private Decisions close(Decision closing) {
      String outcome = closing instanceof Decision.CancelWorkflowExecution ? "cancelled" : "failed";
      Optional<TaskState> charged = charges().stream()
          .filter(charge -> charge.status() == TaskStatus.COMPLETED).findFirst();
      if (charged.isEmpty()) {
        return answer(outcome, closing);
      }
      Optional<TaskState> refund = task(REFUND);
      if (refund.isEmpty()) {
        return answer("refunding, then " + outcome, Decision.ScheduleActivityTask.of(Payments.REFUND, REFUND)
            .withInput(charged.get().result().orElse("")));
      }
      if (!refund.get().status().hasEnded()) {
        return answer("refunding, then " + outcome);
      }
      if (refund.get().status() == TaskStatus.COMPLETED) {
        return answer(outcome, closing);
      }
      return answer("failed", failure("refund failed: refund " + charged.get().result().orElse("") + " by hand",
          refund.get().stopDetails()));
    }

    private Decision failure(String reason, Optional<String> details) {
      Decision.FailWorkflowExecution fail = Decision.FailWorkflowExecution.of().withReason(reason);
      return details.map(text -> fail.withDetails(firstLine(text))).orElse(fail);
    }

    private Decisions answer(String stage, Decision... decisions) {
      return answer(stage, Arrays.asList(decisions));
    }

    private Decisions answer(String stage, List<Decision> decisions) {
      return Decisions.of(decisions).withExecutionContext(stage);
    }

    private Optional<TaskState> task(String activityId) {
      return state.tasks().stream().filter(task -> task.id().equals(activityId)).reduce((first, second) -> second);
    }

    private long tries(String activityId) {
      return state.tasks().stream().filter(task -> task.id().equals(activityId)).count();
    }

    private List<TaskState> charges() {
      return state.tasks().stream().filter(task -> task.activity().equals(Payments.CHARGE)).toList();
    }

    private Optional<TimerState> timer(String timerId) {
      return state.timers().stream().filter(timer -> timer.id().equals(timerId)).reduce((first, second) -> second);
    }

    private Optional<ChildExecutionState> shipment() {
      return state.childExecutions().stream().reduce((first, second) -> second);
    }

    /** The card of the latest payment that arrived before the deadline passed, if any did. */
    private Optional<String> card() {
      Optional<String> card = Optional.empty();
      for (Event event : events) {
        if (event instanceof Event.TimerFired && ((Event.TimerFired) event).timerId().equals(PAYMENT_DEADLINE)) {
          break;
        }
        if (event instanceof Event.WorkflowExecutionSignaled) {
          Event.WorkflowExecutionSignaled signal = (Event.WorkflowExecutionSignaled) event;
          if (signal.signalName().equals(PAYMENT_RECEIVED)) {
            card = Optional.of(Json.string(signal.input().orElse("{}"), "cardToken"));
          }
        }
      }
      return card;
    }

    private boolean deadlinePassed() {
      return timer(PAYMENT_DEADLINE).filter(deadline -> deadline.status() == TimerStatus.FIRED).isPresent();
    }

    private boolean stopRequested() {
      String shipmentId = shipmentId(orderId);
      return events.stream().anyMatch(event -> event instanceof Event.RequestCancelExternalWorkflowExecutionInitiated
          && ((Event.RequestCancelExternalWorkflowExecutionInitiated) event).workflowId().equals(shipmentId));
    }

    /**
     * A decision SWF refused that deciding again would only repeat: an activity, a timer or a
     * child that SWF would not start (an unregistered type, say). Refusals that SWF asks to retry
     * ({@code ..._RATE_EXCEEDED}) and those that only mean "too late" (a timer that fired before it
     * could be cancelled, a shipment that closed before it could be stopped, {@code
     * UNHANDLED_DECISION}) are not: the next decision takes care of them.
     */
    private Optional<Event.DecisionFailed> refused() {
      return state.decisionFailures().stream()
          .map(ExecutionState.DecisionFailure::event)
          .filter(event -> event instanceof Event.ScheduleActivityTaskFailed
              || event instanceof Event.StartTimerFailed
              || event instanceof Event.StartChildWorkflowExecutionFailed
                  && ((Event.StartChildWorkflowExecutionFailed) event).initiatedEventId() == 0)
          .filter(event -> !event.causeAsString().endsWith("_RATE_EXCEEDED"))
          .findFirst();
    }

    /** Whether the refused decision was the refund's: closing would only try it again. */
    private boolean refunding(Event.DecisionFailed refused) {
      return refused instanceof Event.ScheduleActivityTaskFailed
          && ((Event.ScheduleActivityTaskFailed) refused).activityId().equals(REFUND);
    }
  }

  private static boolean failed(TaskState task) {
    return task.status().hasEnded() && task.status() != TaskStatus.COMPLETED;
  }

  /** Whether a task timed out: its worker lost it (a crash, a network split), or it took too long. */
  static boolean lost(TaskState task) {
    return task.status() == TaskStatus.TIMED_OUT;
  }

  /** A delay in words: {@code 3 days}, {@code 1 hour}, {@code 90 seconds}. */
  static String words(Duration duration) {
    long seconds = duration.toSeconds();
    long[] sizes = {86_400, 3_600, 60, 1};
    String[] units = {"day", "hour", "minute", "second"};
    for (int i = 0; i < sizes.length; i++) {
      if (seconds % sizes[i] == 0) {
        long count = seconds / sizes[i];
        return count + " " + units[i] + (count == 1 ? "" : "s");
      }
    }
    throw new AssertionError(seconds);
  }

  private static String firstLine(String text) {
    int end = text.indexOf('\n');
    return (end < 0 ? text : text.substring(0, end)).strip();
  }
}
