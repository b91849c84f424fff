package dev.swftyped.examples;

import static dev.swftyped.examples.OrderService.DOMAIN;
import static dev.swftyped.junit.SwfAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import dev.swftyped.Decider;
import dev.swftyped.Decision;
import dev.swftyped.Decisions;
import dev.swftyped.ExecutionStatus;
import dev.swftyped.SwfTyped;
import dev.swftyped.fake.FakeClock;
import dev.swftyped.fake.SwfFake;
import dev.swftyped.junit.SwfTest;
import dev.swftyped.junit.SwfWorkers;
import java.time.Duration;
import java.util.concurrent.atomic.AtomicBoolean;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.services.swf.SwfClient;

/**
 * What goes wrong around the order workflow, and how it carries on: an event that arrives while the
 * decider closes the order (SWF refuses the closing decision with {@code UNHANDLED_DECISION} and
 * schedules another decision task, in which the decider decides again with the event in view), and
 * a task lost with the worker that took it.
 */
@SwfTest
class OrderWorkflowRecoveryTest {
  final Sandbox sandbox = new Sandbox();
  OrderService orders;

  @BeforeEach
  void setUp(SwfClient swf, FakeClock clock) {
    orders = new OrderService(swf, clock);
    orders.setUp();
  }

  @Test
  void aPaymentThatComesWhileAnUnpaidOrderIsBeingCancelledIsTooLate(SwfWorkers workers, SwfFake fake) {
    startTheShop(workers, meanwhile(Decision.CancelWorkflowExecution.class,
        () -> orders.recordPayment("1001", Sandbox.CARD)));

    orders.placeOrder(OrderWorkflowTest.ADA);
    workers.awaitClosed(DOMAIN, "order-1001", Duration.ofDays(7));

    assertThat(fake).hasExecution("order-1001").hasStatus(ExecutionStatus.CANCELLED)
        .history().inOrder()
        .hasTimerFired("payment-deadline")
        .containsSignal(OrderWorkflow.PAYMENT_RECEIVED)
        .hasDecisionFailure("UNHANDLED_DECISION");
  }

  @Test
  void aCancellationThatComesWhileAShippedOrderIsBeingCompletedIsTooLate(SwfWorkers workers, SwfFake fake) {
    startTheShop(workers, meanwhile(Decision.CompleteWorkflowExecution.class, () -> orders.cancelOrder("1001")));

    orders.placeOrder(OrderWorkflowTest.ADA);
    orders.recordPayment("1001", Sandbox.CARD);
    workers.awaitClosed(DOMAIN, "order-1001", Duration.ofDays(7));

    assertThat(fake).hasExecution("order-1001").hasResult("1Z-1001")
        .history().inOrder()
        .hasChildCompleted("shipment-1001", "1Z-1001")
        .hasDecisionFailure("UNHANDLED_DECISION");
  }

  /** Starts the shop's deciders, with this order decider, and its workers. */
  private void startTheShop(SwfWorkers workers, Decider orderDecider) {
    workers.decider(DOMAIN, OrderWorkflow.TASK_LIST, orderDecider);
    startAllButTheOrderDecider(workers);
  }

  /** Starts the shipment decider and the activity workers. */
  private void startAllButTheOrderDecider(SwfWorkers workers) {
    workers.decider(DOMAIN, ShipmentWorkflow.TASK_LIST, new ShipmentWorkflow())
        .activities(DOMAIN, Inventory.TASK_LIST, new Inventory(sandbox))
        .activities(DOMAIN, Payments.TASK_LIST, new Payments(sandbox))
        .activities(DOMAIN, Shipping.TASK_LIST, new Shipping(sandbox));
  }

  /**
   * The order decider, with an event that comes the first time it has decided to close an order,
   * while SWF still waits for its answer.
   */
  private static Decider meanwhile(Class<? extends Decision> closing, Runnable event) {
    OrderWorkflow orderWorkflow = new OrderWorkflow();
    AtomicBoolean happened = new AtomicBoolean();
    return task -> {
      Decisions decisions = orderWorkflow.decide(task);
      if (decisions.decisions().stream().anyMatch(closing::isInstance) && happened.compareAndSet(false, true)) {
        event.run();
      }
      return decisions;
    };
  }

  @Test
  void aReservationLostWithItsWorkerIsMadeAgain(SwfWorkers workers, SwfTyped swf, FakeClock clock, SwfFake fake) {
    workers.decider(DOMAIN, OrderWorkflow.TASK_LIST, new OrderWorkflow());
    orders.placeOrder(OrderWorkflowTest.ADA);
    assertThat(swf.pollActivityTask(DOMAIN, Inventory.TASK_LIST)).isPresent(); // taken by a worker that dies

    clock.advance(Duration.ofMinutes(1)); // the ReserveStock type's start-to-close timeout
    startAllButTheOrderDecider(workers);
    orders.recordPayment("1001", Sandbox.CARD);
    workers.awaitClosed(DOMAIN, "order-1001", Duration.ofDays(7));

    assertThat(fake).hasExecution("order-1001").hasResult("1Z-1001")
        .history().inOrder()
        .hasActivityTimedOut("reserve-stock", "START_TO_CLOSE")
        .hasActivityCompleted("reserve-stock", "R-1001");
  }
}
