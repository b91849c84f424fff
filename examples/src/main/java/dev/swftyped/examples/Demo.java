package dev.swftyped.examples;

import dev.swftyped.Event;
import dev.swftyped.ExecutionId;
import dev.swftyped.ExecutionState;
import dev.swftyped.ExecutionStatus;
import dev.swftyped.SwfTyped;
import dev.swftyped.fake.FakeClock;
import dev.swftyped.fake.SwfFake;
import java.io.PrintStream;
import java.net.URI;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.logging.Level;
import java.util.logging.Logger;
import software.amazon.awssdk.regions.Region;
import software.amazon.awssdk.services.swf.SwfClient;
import software.amazon.awssdk.services.swf.SwfClientBuilder;

/**
 * Order fulfilment, run: four orders go through {@link OrderWorkflow} with the deciders and workers
 * of {@link OrderWorkers} on a {@link Sandbox}, and each order's timeline is printed. One is paid
 * after two days (at once on real SWF) and shipped; one is never paid and is cancelled after three
 * days; one is paid with a card that is declined, then charged on the retry an hour later, and
 * shipped; one is cancelled while it is being shipped, and refunded.
 *
 * <p>With no arguments it runs on the in-memory fake, skipping the days and hours the orders wait,
 * in well under a second. With {@code --region <region>} and/or {@code --endpoint <url>} it runs
 * on real SWF (or the fake's server), in the domain {@code swf-typed-demo}, with credentials from
 * the default provider chain (with {@code --endpoint} alone, the region is {@code us-east-1}). Time
 * then passes for real, so the deciders' {@link PaymentTerms} are shorter: an unpaid order is
 * cancelled after one minute instead of three days, and a declined card is retried after ten
 * seconds instead of an hour; the whole run takes about a minute and a half.
 */
public final class Demo {
  /** The worker logs each failed activity task; the demo's declined card is one, and its timeline says so. */
  private static final Logger WORKER_LOG = Logger.getLogger("dev.swftyped.ActivityWorker");

  private Demo() {}

  /**
   * Runs the demonstration.
   *
   * @param args nothing for the fake; {@code --region r} and/or {@code --endpoint url} for SWF
   * @throws InterruptedException if interrupted while waiting for an order
   */
  public static void main(String[] args) throws InterruptedException {
    Level workerLogLevel = WORKER_LOG.getLevel();
    WORKER_LOG.setLevel(Level.SEVERE);
    try {
      String region = option(args, "--region");
      String endpoint = option(args, "--endpoint");
      if (region == null && endpoint == null) {
        runOnTheFake();
      } else {
        runOnSwf(region, endpoint);
      }
    } finally {
      WORKER_LOG.setLevel(workerLogLevel);
    }
  }

  private static void runOnTheFake() throws InterruptedException {
    FakeClock clock = FakeClock.at(Instant.parse("2026-01-01T09:00:00Z"));
    try (SwfFake fake = SwfFake.builder().clock(clock).seed(1).build()) {
      System.out.println("Running the orders on the in-memory SWF fake, skipping the days they wait "
          + "(no AWS account needed).");
      SwfTyped swf = SwfTyped.create(fake.client(), clock);
      run(swf, OrderService.DOMAIN, new FakeTime(fake, OrderService.DOMAIN), "", System.out);
    }
  }

  private static void runOnSwf(String region, String endpoint) throws InterruptedException {
    SwfClientBuilder builder = SwfClient.builder();
    if (region != null) {
      builder.region(Region.of(region));
    } else {
      builder.region(Region.US_EAST_1); // the fake's server takes any
    }
    if (endpoint != null) {
      builder.endpointOverride(URI.create(endpoint));
    }
    try (SwfClient client = builder.build()) {
      String domain = "swf-typed-demo";
      System.out.println("Running the orders on SWF at " + (endpoint != null ? endpoint : region) + " in domain "
          + domain + ", in real time: an unpaid order is cancelled after a minute, not three days, and a "
          + "declined card is retried after ten seconds, not an hour. At the end, the workers' polls in progress "
          + "take up to a minute to end.");
      SwfTyped swf = SwfTyped.create(client);
      // Order ids no earlier run used.
      run(swf, domain, new RealTime(swf, domain), "-" + System.currentTimeMillis(), System.out);
    }
  }

  /** Time as the orders live it: skipped on the fake, waited for on SWF. */
  interface Time {
    /** The deciders' terms. */
    PaymentTerms terms();

    /** How often the shipping activity heartbeats while it waits for the carrier. */
    Duration heartbeatEvery();

    /**
     * Lets a span of the orders' time pass, if it can be skipped.
     *
     * @return when, after its start, the order's next step comes: "after 2 days", "at once"
     */
    String pass(Duration duration);

    /** Waits until a run has closed. */
    void awaitClosed(ExecutionId run) throws InterruptedException;
  }

  static void run(SwfTyped swf, String domain, Time time, String suffix, PrintStream out)
      throws InterruptedException {
    OrderService orders = new OrderService(swf.client(), swf.clock(), domain);
    orders.setUp();
    Sandbox sandbox = new Sandbox();
    OrderWorkers workers = OrderWorkers.builder(swf, domain)
        .paymentTerms(time.terms())
        .inventory(new Inventory(sandbox))
        .payments(new Payments(sandbox))
        .shipping(new Shipping(sandbox, time.heartbeatEvery()))
        .start();
    try {
      Order ada = new Order("1001" + suffix, "ada", CustomerTier.GOLD, 4_200);
      ExecutionId run = orders.placeOrder(ada);
      try {
        orders.placeOrder(ada);
      } catch (OrderAlreadyPlacedException e) {
        out.println("Placing " + ada.orderId() + " twice is refused: " + e.getMessage() + ".");
      }
      String paid = time.pass(Duration.ofDays(2));
      orders.recordPayment(ada.orderId(), Sandbox.CARD);
      show(swf, domain, time, run, "paid " + paid, out);

      run = orders.placeOrder(new Order("1002" + suffix, "grace", CustomerTier.STANDARD, 1_999));
      show(swf, domain, time, run, "never paid", out);

      String alan = "1003" + suffix;
      run = orders.placeOrder(new Order(alan, "alan", CustomerTier.STANDARD, 500));
      orders.recordPayment(alan, Sandbox.CARD_DECLINED_ONCE);
      show(swf, domain, time, run, "paid with a card that is declined the first time", out);

      String edsger = "1004" + suffix;
      sandbox.holdParcel(edsger);
      run = orders.placeOrder(new Order(edsger, "edsger", CustomerTier.GOLD, 12_000));
      orders.recordPayment(edsger, Sandbox.CARD);
      if (!sandbox.awaitShipping(edsger, Duration.ofMinutes(2))) {
        throw new IllegalStateException("order " + edsger + " was not shipped within two minutes");
      }
      orders.cancelOrder(edsger);
      show(swf, domain, time, run, "cancelled while it is being shipped", out);

      OrderReport report = orders.report(Duration.ofDays(7), 100);
      out.println();
      out.println("Orders of the last seven days: " + report.count(ExecutionStatus.COMPLETED) + " completed, "
          + report.count(ExecutionStatus.CANCELLED) + " cancelled, " + report.count(ExecutionStatus.FAILED)
          + " failed, " + report.count(ExecutionStatus.OPEN) + " open.");
    } finally {
      workers.close(); // stops polling, lets the tasks in hand finish
    }
  }

  private static void show(SwfTyped swf, String domain, Time time, ExecutionId run, String story, PrintStream out)
      throws InterruptedException {
    time.awaitClosed(run);
    List<Event> history = swf.listHistory(domain, run).toList();
    ExecutionState state = ExecutionState.of(history);
    out.println();
    out.println("Order " + OrderService.orderId(run.id()) + ", " + story + ": "
        + state.status().name().toLowerCase(Locale.ROOT));
    out.print(Timeline.of(history, "  "));
    for (ExecutionState.ChildExecutionState child : state.childExecutions()) {
      if (child.execution() instanceof ExecutionId) {
        out.println("  " + child.execution().id() + ":");
        out.print(Timeline.of(swf.listHistory(domain, (ExecutionId) child.execution()).toList(), "    "));
      }
    }
  }

  /** The in-memory fake's time, skipped. */
  private static final class FakeTime implements Time {
    private final SwfFake fake;
    private final String domain;

    FakeTime(SwfFake fake, String domain) {
      this.fake = fake;
      this.domain = domain;
    }

    @Override
    public PaymentTerms terms() {
      return PaymentTerms.standard();
    }

    @Override
    public Duration heartbeatEvery() {
      return Duration.ofMillis(20); // real time, which the fake does not skip: a stop is noticed at once
    }

    @Override
    public String pass(Duration duration) {
      fake.runFor(duration);
      return "after " + OrderWorkflow.words(duration);
    }

    @Override
    public void awaitClosed(ExecutionId run) {
      fake.awaitClosed(domain, run.id(), Duration.ofDays(8));
    }
  }

  /** Real time, on SWF. */
  private static final class RealTime implements Time {
    private final SwfTyped swf;
    private final String domain;

    RealTime(SwfTyped swf, String domain) {
      this.swf = swf;
      this.domain = domain;
    }

    @Override
    public PaymentTerms terms() {
      return new PaymentTerms(Duration.ofMinutes(1), 3, Duration.ofSeconds(10));
    }

    @Override
    public Duration heartbeatEvery() {
      return Duration.ofSeconds(1);
    }

    @Override
    public String pass(Duration duration) {
      return "at once"; // real time cannot be skipped
    }

    @Override
    public void awaitClosed(ExecutionId run) throws InterruptedException {
      long deadline = System.nanoTime() + Duration.ofMinutes(5).toNanos();
      while (swf.describeExecution(domain, run).info().status() == ExecutionStatus.OPEN) {
        if (System.nanoTime() > deadline) {
          throw new IllegalStateException(run.id() + " did not close within five minutes");
        }
        Thread.sleep(1_000);
      }
    }
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
