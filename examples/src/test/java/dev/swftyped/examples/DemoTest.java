package dev.swftyped.examples;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.parallel.ResourceLock;
import org.junit.jupiter.api.parallel.Resources;

/** The demo runs its four orders on the embedded fake when given no arguments. */
class DemoTest {

  @Test
  @ResourceLock(Resources.SYSTEM_OUT)
  void withoutArgumentsTheDemoRunsOnTheFake() throws InterruptedException {
    PrintStream original = System.out;
    ByteArrayOutputStream captured = new ByteArrayOutputStream();
    System.setOut(new PrintStream(captured, true, StandardCharsets.UTF_8));
    try {
      Demo.main(new String[0]);
    } finally {
      System.setOut(original);
    }

    // The deciders and workers run on threads of their own, so events that come from different
    // threads (a payment and a reservation, say) may be recorded in either order: the test checks
    // what each order came to, and when.
    assertThat(captured.toString(StandardCharsets.UTF_8))
        .startsWith("""
            Running the orders on the in-memory SWF fake, skipping the days they wait (no AWS account needed).
            Placing 1001 twice is refused: order 1001 is already being fulfilled.

            Order 1001, paid after 2 days: completed
              +0s      started
            """)
        .contains("""
              +2d      shipment-1001 completed: 1Z-1001
              +2d      completed: 1Z-1001
              shipment-1001:
            """)
        .contains("""
            Order 1002, never paid: cancelled
              +0s      started
              +0s      reserve-stock scheduled
              +0s      timer payment-deadline started, to fire in 3 days
              +0s      reserve-stock completed: R-1002
              +3d      timer payment-deadline fired
              +3d      cancelled: not paid within 3 days
            """)
        .contains("Order 1003, paid with a card that is declined the first time: completed\n")
        .contains("  +0s      charge-1 failed: CardDeclinedException: card tok-declined-once declined: insufficient funds\n"
            + "  +0s      timer retry-charge-1 started, to fire in 1 hour\n"
            + "  +1h      timer retry-charge-1 fired\n"
            + "  +1h      charge-2 scheduled\n"
            + "  +1h      charge-2 completed: ch-1003-charge-2\n")
        .contains("Order 1004, cancelled while it is being shipped: cancelled\n")
        .contains("""
              +0s      cancellation requested
              +0s      shipment-1004 asked to stop
              +0s      shipment-1004 cancelled
              +0s      refund scheduled
              +0s      refund completed: re-ch-1004-charge-1
              +0s      cancelled: cancelled by the customer
              shipment-1004:
                +0s      started
                +0s      ship scheduled
                +0s      cancellation requested
                +0s      ship asked to stop
                +0s      ship cancelled
                +0s      cancelled: stopped before the carrier collected the parcel
            """)
        .endsWith("\nOrders of the last seven days: 2 completed, 2 cancelled, 0 failed, 0 open.\n");
  }
}
