package dev.swftyped.examples;

import dev.swftyped.ExecutionStatus;
import dev.swftyped.fake.FakeClock;
import dev.swftyped.fake.SwfFake;
import java.io.PrintStream;
import java.net.URI;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import software.amazon.awssdk.regions.Region;
import software.amazon.awssdk.services.swf.SwfClient;
import software.amazon.awssdk.services.swf.SwfClientBuilder;

/**
 * A short demonstration of {@link OrderService}: against the in-memory fake by default, or against
 * real SWF with {@code --region <region>} and/or {@code --endpoint <url>} (credentials from the
 * default provider chain).
 */
public final class Demo {
  private Demo() {}

  /**
   * Runs the demonstration.
   *
   * @param args nothing for the fake; {@code --region r} and {@code --endpoint url} for real SWF
   */
  public static void main(String[] args) {
    String region = option(args, "--region");
    String endpoint = option(args, "--endpoint");
    if (region == null && endpoint == null) {
      FakeClock clock = FakeClock.at(Instant.parse("2026-01-01T09:00:00Z"));
      SwfFake fake = SwfFake.builder().clock(clock).seed(1).build();
      System.out.println("Running against the in-memory SWF fake (no AWS account needed).");
      run(new OrderService(fake.client(), clock), clock::advance, "", System.out);
      System.out.println();
      System.out.println("What the fake holds now:");
      System.out.print(fake.diagnostics());
    } else {
      SwfClientBuilder builder = SwfClient.builder();
      if (region != null) {
        builder.region(Region.of(region));
      }
      if (endpoint != null) {
        builder.endpointOverride(URI.create(endpoint));
      }
      try (SwfClient client = builder.build()) {
        System.out.println("Running against SWF at " + (endpoint != null ? endpoint : region) + ".");
        // A domain of the demo's own, and order ids no earlier run used.
        run(new OrderService(client, Clock.systemUTC(), "swf-typed-demo"), waited -> { },
            "-" + System.currentTimeMillis(), System.out);
      }
    }
  }

  /** Something that lets time pass: the fake's clock is moved, real time is not. */
  interface Time {
    void pass(Duration duration);
  }

  static void run(OrderService orders, Time time, String suffix, PrintStream out) {
    orders.setUp();
    String first = "1001" + suffix;
    String second = "1002" + suffix;
    String third = "1003" + suffix;
    orders.placeOrder(new Order(first, "ada", CustomerTier.GOLD, 4_200));
    orders.placeOrder(new Order(second, "grace", CustomerTier.STANDARD, 1_999));
    out.println("Placed orders " + first + " and " + second + ".");
    try {
      orders.placeOrder(new Order(first, "ada", CustomerTier.GOLD, 4_200));
    } catch (OrderAlreadyPlacedException e) {
      out.println("Placing " + first + " again is refused: " + e.getMessage() + ".");
    }
    orders.recordPayment(first, 4_200);
    out.println("Recorded the payment of " + first + ".");
    orders.cancelOrder(second);
    out.println("Asked to cancel " + second + ".");
    time.pass(Duration.ofDays(3));
    orders.placeOrder(new Order(third, "alan", CustomerTier.STANDARD, 500));
    List<String> stuck = orders.terminateStuckOrders(Duration.ofDays(2));
    out.println("Three days later, terminated the orders stuck for over two days: " + stuck + ".");
    OrderReport report = orders.report(Duration.ofDays(7), 100);
    out.println("Orders: " + report.count(ExecutionStatus.OPEN) + " open, "
        + report.count(ExecutionStatus.TERMINATED) + " terminated.");
  }

  private static String option(String[] args, String name) {
    for (int i = 0; i < args.length - 1; i++) {
      if (args[i].equals(name)) {
        return args[i + 1];
      }
    }
    return null;
  }
}
