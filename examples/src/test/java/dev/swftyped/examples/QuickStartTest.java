package dev.swftyped.examples;

import static dev.swftyped.junit.SwfAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.swftyped.ExecutionStatus;
import dev.swftyped.fake.FakeClock;
import dev.swftyped.fake.SwfFake;
import dev.swftyped.junit.SwfTest;
import java.time.Duration;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.services.swf.SwfClient;

// tag::quick-start[]
@SwfTest
class QuickStartTest {

  @Test
  void anOrderIsPaidForThenTerminatedWhenStuck(SwfClient swf, FakeClock clock, SwfFake fake) {
    OrderService orders = new OrderService(swf, clock); // production code, on the fake's SwfClient
    orders.setUp();

    orders.placeOrder(new Order("1001", "ada", CustomerTier.GOLD, 4_200));
    orders.recordPayment("1001", 4_200);
    assertThatThrownBy(() -> orders.placeOrder(new Order("1001", "ada", CustomerTier.GOLD, 4_200)))
        .isInstanceOf(OrderAlreadyPlacedException.class);

    clock.advance(Duration.ofDays(3));
    orders.terminateStuckOrders(Duration.ofDays(2));

    assertThat(fake).hasExecution("order-1001")
        .hasStatus(ExecutionStatus.TERMINATED)
        .hasTags("tier-gold")
        .history().containsSignal("payment-received", "{\"amountCents\":4200}");
  }
}
// end::quick-start[]
