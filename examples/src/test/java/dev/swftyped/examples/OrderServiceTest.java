package dev.swftyped.examples;

import static dev.swftyped.junit.SwfAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.swftyped.ExecutionId;
import dev.swftyped.ExecutionStatus;
import dev.swftyped.fake.FakeClock;
import dev.swftyped.fake.SwfFake;
import dev.swftyped.junit.SwfTest;
import java.time.Duration;
import java.util.List;
import java.util.stream.IntStream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.services.swf.SwfClient;
import software.amazon.awssdk.services.swf.model.WorkflowExecutionAlreadyStartedException;

/** The order service's calls, against the in-memory SWF with no decider running. */
@SwfTest
class OrderServiceTest {
  static final Order ADA = new Order("1001", "ada", CustomerTier.GOLD, 4_200);
  static final Order GRACE = new Order("1002", "grace", CustomerTier.STANDARD, 1_999);

  OrderService orders;

  @BeforeEach
  void setUp(SwfClient swf, FakeClock clock) {
    orders = new OrderService(swf, clock);
    orders.setUp();
  }

  @Test
  void placingAnOrderStartsItsExecutionTaggedWithTheTier(SwfFake fake) {
    ExecutionId run = orders.placeOrder(ADA);

    assertThat(run.id()).isEqualTo("order-1001");
    assertThat(fake).hasOpenExecution("order-1001")
        .isOfType(OrderWorkflow.TYPE)
        .hasTags("tier-gold")
        .hasInput("{\"orderId\":\"1001\",\"customerId\":\"ada\",\"totalCents\":4200}");
  }

  @Test
  void placingAnOrderThatIsBeingFulfilledIsRefused() {
    orders.placeOrder(ADA);

    assertThatThrownBy(() -> orders.placeOrder(ADA))
        .isInstanceOf(OrderAlreadyPlacedException.class)
        .hasMessage("order 1001 is already being fulfilled")
        .hasCauseInstanceOf(WorkflowExecutionAlreadyStartedException.class);
  }

  @Test
  void aPaymentIsSignalledToItsOrder(SwfFake fake) {
    orders.placeOrder(ADA);

    orders.recordPayment("1001", "tok-visa");

    assertThat(fake).hasOpenExecution("order-1001").history()
        .containsSignal(OrderWorkflow.PAYMENT_RECEIVED, "{\"cardToken\":\"tok-visa\"}");
  }

  @Test
  void cancellingAnOrderAsksItsDeciderToCancel(SwfFake fake) {
    orders.placeOrder(ADA);

    assertThat(orders.cancelOrder("1001")).isTrue();

    assertThat(fake).hasOpenExecution("order-1001").isCancelRequested();
  }

  @Test
  void cancellingAnOrderThatIsNotOpenDoesNothing() {
    assertThat(orders.cancelOrder("9999")).isFalse();
  }

  @Test
  void ordersStuckPastTheDeadlineAreTerminated(SwfFake fake, FakeClock clock) {
    orders.placeOrder(ADA);
    clock.advance(Duration.ofDays(3));
    orders.placeOrder(GRACE);

    List<String> terminated = orders.terminateStuckOrders(Duration.ofDays(2));

    assertThat(terminated).containsExactly("1001");
    assertThat(fake).hasExecution("order-1001").hasStatus(ExecutionStatus.TERMINATED);
    assertThat(fake).hasOpenExecution("order-1002");
  }

  @Test
  void anOrderLeftAloneTimesOutAfterSevenDays(SwfFake fake, FakeClock clock) {
    orders.placeOrder(ADA);

    clock.advance(Duration.ofDays(7));

    assertThat(fake).hasExecution("order-1001").hasStatus(ExecutionStatus.TIMED_OUT);
  }

  @Test
  void theReportCountsOrdersByStatusAcrossManyPages(FakeClock clock) {
    IntStream.range(0, 100).forEach(i -> orders.placeOrder(new Order("old-" + i, "c", CustomerTier.STANDARD, 1)));
    clock.advance(Duration.ofDays(3));
    IntStream.range(0, 150).forEach(i -> orders.placeOrder(new Order("new-" + i, "c", CustomerTier.GOLD, 1)));
    orders.terminateStuckOrders(Duration.ofDays(2));

    OrderReport report = orders.report(Duration.ofDays(7), 7);

    assertThat(report.count(ExecutionStatus.OPEN)).isEqualTo(150);
    assertThat(report.count(ExecutionStatus.TERMINATED)).isEqualTo(100);
    assertThat(report.count(ExecutionStatus.COMPLETED)).isZero();
  }

  @Test
  void closedOrdersOutsideTheReportsWindowAreNotCounted(FakeClock clock) {
    orders.placeOrder(ADA);
    clock.advance(Duration.ofDays(3));
    orders.terminateStuckOrders(Duration.ofDays(2));
    clock.advance(Duration.ofDays(2));

    assertThat(orders.report(Duration.ofDays(1), 100).byStatus()).isEmpty();
    assertThat(orders.report(Duration.ofDays(3), 100).count(ExecutionStatus.TERMINATED)).isEqualTo(1);
  }

  @Test
  void settingUpTwiceIsHarmless() {
    orders.setUp();

    orders.placeOrder(ADA);
  }
}
