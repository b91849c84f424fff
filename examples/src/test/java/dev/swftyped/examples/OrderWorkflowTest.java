package dev.swftyped.examples;

import static dev.swftyped.examples.OrderService.DOMAIN;
import static dev.swftyped.junit.SwfAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import dev.swftyped.ExecutionId;
import dev.swftyped.ExecutionInfo;
import dev.swftyped.ExecutionStatus;
import dev.swftyped.SwfTyped;
import dev.swftyped.fake.FakeClock;
import dev.swftyped.fake.SwfFake;
import dev.swftyped.junit.SwfTest;
import dev.swftyped.junit.SwfWorkers;
import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.services.swf.SwfClient;

/**
 * Each path of an order, from its placement to its close: the order and shipment deciders and the
 * three activity workers run on the fake, on a {@link Sandbox}, and the days and hours an order
 * waits are skipped.
 */
@SwfTest
class OrderWorkflowTest {
  static final Order ADA = new Order("1001", "ada", CustomerTier.GOLD, 4_200);
  static final Instant PLACED = Instant.parse("2026-01-01T00:00:00Z"); // where swf-junit starts the clock

  final Sandbox sandbox = new Sandbox();
  OrderService orders;

  @BeforeEach
  void startTheShop(SwfClient swf, FakeClock clock, SwfWorkers workers) {
    orders = new OrderService(swf, clock);
    orders.setUp();
    workers.decider(DOMAIN, OrderWorkflow.TASK_LIST, new OrderWorkflow())
        .decider(DOMAIN, ShipmentWorkflow.TASK_LIST, new ShipmentWorkflow())
        .activities(DOMAIN, Inventory.TASK_LIST, new Inventory(sandbox))
        .activities(DOMAIN, Payments.TASK_LIST, new Payments(sandbox))
        .activities(DOMAIN, Shipping.TASK_LIST, new Shipping(sandbox, Duration.ofMillis(10)));
  }

  @Test
  void anOrderPaidOnItsSecondDayIsChargedThenShipped(SwfWorkers workers, SwfFake fake) {
    orders.placeOrder(ADA);
    workers.runFor(Duration.ofDays(2));
    orders.recordPayment("1001", Sandbox.CARD);
    ExecutionInfo closed = workers.awaitClosed(DOMAIN, "order-1001", Duration.ofDays(7));

    assertThat(closed.closed()).contains(PLACED.plus(Duration.ofDays(2)));
    assertThat(fake).hasExecution("order-1001").hasResult("1Z-1001")
        .history().inOrder()
        .hasActivityCompleted("reserve-stock", "R-1001")
        .containsSignal(OrderWorkflow.PAYMENT_RECEIVED, "{\"cardToken\":\"tok-visa\"}")
        .hasTimerCanceled("payment-deadline")
        .hasActivityCompleted("charge-1", "ch-1001-charge-1")
        .hasChildCompleted("shipment-1001", "1Z-1001")
        .hasNoDecisionFailures();
    assertThat(fake).hasExecution("shipment-1001").isOfType(ShipmentWorkflow.TYPE).hasResult("1Z-1001")
        .history().hasActivityCompleted("ship", "1Z-1001");
  }

  @Test
  void anOrderNotPaidWithinThreeDaysIsCancelled(SwfWorkers workers, SwfFake fake) {
    orders.placeOrder(ADA);
    ExecutionInfo closed = workers.awaitClosed(DOMAIN, "order-1001", Duration.ofDays(7));

    assertThat(closed.closed()).contains(PLACED.plus(Duration.ofDays(3)));
    assertThat(fake).hasExecution("order-1001").hasStatus(ExecutionStatus.CANCELLED)
        .history().inOrder()
        .hasActivityCompleted("reserve-stock")
        .hasTimerFired("payment-deadline");
    assertThat(fake).hasNoOpenExecution("shipment-1001");
  }

  @Test
  void aDeclinedCardIsChargedAgainAnHourLater(SwfWorkers workers, SwfFake fake) {
    orders.placeOrder(ADA);
    orders.recordPayment("1001", Sandbox.CARD_DECLINED_ONCE);
    ExecutionInfo closed = workers.awaitClosed(DOMAIN, "order-1001", Duration.ofDays(7));

    assertThat(closed.closed()).contains(PLACED.plus(Duration.ofHours(1)));
    assertThat(fake).hasExecution("order-1001").hasResult("1Z-1001")
        .history().inOrder()
        .hasActivityFailed("charge-1", CardDeclinedException.class.getName())
        .hasTimerFired("retry-charge-1")
        .hasActivityCompleted("charge-2", "ch-1001-charge-2")
        .hasChildCompleted("shipment-1001", "1Z-1001");
  }

  @Test
  void aCardDeclinedThreeTimesFailsTheOrder(SwfWorkers workers, SwfFake fake) {
    orders.placeOrder(ADA);
    orders.recordPayment("1001", Sandbox.CARD_DECLINED);
    ExecutionInfo closed = workers.awaitClosed(DOMAIN, "order-1001", Duration.ofDays(7));

    assertThat(closed.closed()).contains(PLACED.plus(Duration.ofHours(2)));
    assertThat(fake).hasExecution("order-1001").hasFailureReason("payment failed")
        .history().inOrder()
        .hasActivityFailed("charge-1", CardDeclinedException.class.getName())
        .hasTimerFired("retry-charge-1")
        .hasActivityFailed("charge-2", CardDeclinedException.class.getName())
        .hasTimerFired("retry-charge-2")
        .hasActivityFailed("charge-3", CardDeclinedException.class.getName());
  }

  // tag::cancelled-while-shipping[]
  @Test
  void anOrderCancelledWhileItShipsStopsItsShipmentAndIsRefunded(SwfWorkers workers, SwfFake fake)
      throws InterruptedException {
    sandbox.holdParcel("1001"); // the carrier does not come for it
    orders.placeOrder(ADA);
    orders.recordPayment("1001", Sandbox.CARD);
    assertThat(sandbox.awaitShipping("1001", Duration.ofSeconds(10))) // the ship activity waits, heartbeating
        .as("the parcel waits for the carrier").isTrue();

    orders.cancelOrder("1001");
    workers.awaitClosed(DOMAIN, "order-1001", Duration.ofDays(7));

    assertThat(fake).hasExecution("order-1001").hasStatus(ExecutionStatus.CANCELLED)
        .history().inOrder()
        .hasActivityCompleted("charge-1", "ch-1001-charge-1")
        .hasChildClosed("shipment-1001", ExecutionStatus.CANCELLED)
        .hasActivityCompleted("refund", "re-ch-1001-charge-1");
    assertThat(fake).hasExecution("shipment-1001").hasStatus(ExecutionStatus.CANCELLED)
        .history().hasActivityCanceled("ship");
    assertThat(sandbox.cancelledBookings()).containsExactly("1Z-1001");
  }
  // end::cancelled-while-shipping[]

  @Test
  void anOrderCancelledBeforeItIsPaidIsCancelledAtOnce(SwfWorkers workers, SwfTyped swf, SwfFake fake) {
    ExecutionId run = orders.placeOrder(ADA);
    workers.runFor(Duration.ofDays(1));
    assertThat(swf.describeExecution(DOMAIN, run).latestContext()).contains("awaiting payment");

    orders.cancelOrder("1001");
    ExecutionInfo closed = workers.awaitClosed(DOMAIN, "order-1001", Duration.ofDays(7));

    assertThat(closed.closed()).contains(PLACED.plus(Duration.ofDays(1)));
    assertThat(fake).hasExecution("order-1001").hasStatus(ExecutionStatus.CANCELLED)
        .history().hasActivityCompleted("reserve-stock");
  }

  @Test
  void anOrderOutOfStockFails(SwfWorkers workers, SwfFake fake) {
    sandbox.runOutOfStockFor("1001");
    orders.placeOrder(ADA);
    orders.recordPayment("1001", Sandbox.CARD);
    workers.awaitClosed(DOMAIN, "order-1001", Duration.ofDays(7));

    assertThat(fake).hasExecution("order-1001").hasFailureReason("stock not reserved")
        .history().hasActivityFailed("reserve-stock", OutOfStockException.class.getName());
  }

  @Test
  void aDecisionSwfRefusesFailsTheOrderInsteadOfBeingRepeated(SwfWorkers workers, SwfTyped swf, SwfFake fake) {
    swf.deprecateActivityType(DOMAIN, Payments.CHARGE);
    orders.placeOrder(ADA);
    orders.recordPayment("1001", Sandbox.CARD);
    workers.awaitClosed(DOMAIN, "order-1001", Duration.ofDays(7));

    assertThat(fake).hasExecution("order-1001").hasFailureReason("SWF refused a decision")
        .history().hasDecisionFailure("ACTIVITY_TYPE_DEPRECATED");
  }
}
