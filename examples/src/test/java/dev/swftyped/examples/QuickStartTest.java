package dev.swftyped.examples;

import static dev.swftyped.junit.SwfAssertions.assertThat;

import dev.swftyped.fake.FakeClock;
import dev.swftyped.fake.SwfFake;
import dev.swftyped.junit.SwfTest;
import dev.swftyped.junit.SwfWorkers;
import java.time.Duration;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.services.swf.SwfClient;

// tag::quick-start[]
@SwfTest
class QuickStartTest {

  @Test
  void anOrderPaidOnItsSecondDayIsShipped(SwfClient swf, FakeClock clock, SwfWorkers workers, SwfFake fake) {
    OrderService orders = new OrderService(swf, clock); // production code, on the fake's SwfClient
    orders.setUp();
    Sandbox sandbox = new Sandbox(); // the warehouse, the payment gateway and the carrier, in memory
    workers.decider("orders", OrderWorkflow.TASK_LIST, new OrderWorkflow()) // the production deciders
        .decider("orders", ShipmentWorkflow.TASK_LIST, new ShipmentWorkflow())
        .activities("orders", Inventory.TASK_LIST, new Inventory(sandbox)) // and activity workers
        .activities("orders", Payments.TASK_LIST, new Payments(sandbox))
        .activities("orders", Shipping.TASK_LIST, new Shipping(sandbox));

    orders.placeOrder(new Order("1001", "ada", CustomerTier.GOLD, 4_200));
    workers.runFor(Duration.ofDays(2)); // two days pass in milliseconds
    orders.recordPayment("1001", Sandbox.CARD);
    workers.awaitClosed("orders", "order-1001", Duration.ofDays(7));

    assertThat(fake).hasExecution("order-1001").hasResult("1Z-1001") // the tracking number
        .history().inOrder()
        .hasActivityCompleted("reserve-stock")
        .containsSignal("payment-received")
        .hasTimerCanceled("payment-deadline") // it would have cancelled the order on day 3
        .hasActivityCompleted("charge-1")
        .hasChildCompleted("shipment-1001", "1Z-1001");
  }
}
// end::quick-start[]
