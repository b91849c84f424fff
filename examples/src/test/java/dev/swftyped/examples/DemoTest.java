package dev.swftyped.examples;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.parallel.ResourceLock;
import org.junit.jupiter.api.parallel.Resources;

/** The demo runs against the embedded fake when given no arguments. */
class DemoTest {

  @Test
  @ResourceLock(Resources.SYSTEM_OUT)
  void withoutArgumentsTheDemoRunsOnTheFake() {
    PrintStream original = System.out;
    ByteArrayOutputStream captured = new ByteArrayOutputStream();
    System.setOut(new PrintStream(captured, true, StandardCharsets.UTF_8));
    try {
      Demo.main(new String[0]);
    } finally {
      System.setOut(original);
    }

    assertThat(captured.toString(StandardCharsets.UTF_8))
        .startsWith("""
            Running against the in-memory SWF fake (no AWS account needed).
            Placed orders 1001 and 1002.
            Placing 1001 again is refused: order 1001 is already being fulfilled.
            Recorded the payment of 1001.
            Asked to cancel 1002.
            Three days later, terminated the orders stuck for over two days: [1002, 1001].
            Orders: 1 open, 2 terminated.

            What the fake holds now:
            SwfFake at 2026-01-04T09:00:00Z: 1 domain
            Domain orders (REGISTERED, retention 30 days)
            """)
        .contains("execution order-1001 run ")
        .contains("WorkflowExecutionSignaled(signalName=payment-received, input={\"amountCents\":4200}, "
            + "externalInitiatedEventId=0)");
  }
}
