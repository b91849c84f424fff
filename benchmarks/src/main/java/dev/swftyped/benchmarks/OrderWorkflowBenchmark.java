package dev.swftyped.benchmarks;

import dev.swftyped.SwfTyped;
import dev.swftyped.examples.CustomerTier;
import dev.swftyped.examples.Inventory;
import dev.swftyped.examples.Order;
import dev.swftyped.examples.OrderService;
import dev.swftyped.examples.OrderWorkers;
import dev.swftyped.examples.Payments;
import dev.swftyped.examples.Sandbox;
import dev.swftyped.examples.Shipping;
import dev.swftyped.fake.FakeClock;
import dev.swftyped.fake.SwfFake;
import java.time.Duration;
import java.time.Instant;
import java.util.concurrent.TimeUnit;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.annotations.Warmup;
import software.amazon.awssdk.services.swf.model.CloseStatus;
import software.amazon.awssdk.services.swf.model.WorkflowExecutionInfo;

/**
 * The example application's order workflow (see examples/README.md), one order from its placement
 * to its close on each of its four paths, with time skipping: the production deciders and activity
 * workers ({@code OrderWorkers}, one polling thread each, on a {@code Sandbox}) poll the fake on
 * threads of their own while the benchmark thread places the order, acts on it, and waits in
 * {@code awaitClosed}, which skips the days and hours the order waits. Each iteration has a fresh
 * fake. The workers' warnings (a declined card is a failed activity task) are turned off, so that
 * logging is not measured.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Warmup(iterations = 5, time = 1)
@Measurement(iterations = 5, time = 1)
@Fork(value = 1, jvmArgsAppend = {"-Xms2g", "-Xmx2g", "-XX:+UseParallelGC"})
public class OrderWorkflowBenchmark {
  private static final Logger WORKER_LOG = Logger.getLogger("dev.swftyped.ActivityWorker");
  private static final String DOMAIN = OrderService.DOMAIN;

  private SwfFake fake;
  private OrderService orders;
  private Sandbox sandbox;
  private OrderWorkers workers;
  private Level workerLogLevel;
  private int placed;

  @Setup(org.openjdk.jmh.annotations.Level.Iteration)
  public void setUp() {
    workerLogLevel = WORKER_LOG.getLevel();
    WORKER_LOG.setLevel(Level.SEVERE);
    FakeClock clock = FakeClock.at(Instant.parse("2026-01-01T00:00:00Z"));
    fake = SwfFake.builder().clock(clock).seed(5).build();
    orders = new OrderService(fake.client(), clock);
    orders.setUp();
    sandbox = new Sandbox();
    workers = OrderWorkers.builder(SwfTyped.create(fake.client(), clock), DOMAIN)
        .inventory(new Inventory(sandbox))
        .payments(new Payments(sandbox))
        .shipping(new Shipping(sandbox, Duration.ofMillis(1)))
        .threads(1)
        .start();
  }

  @TearDown(org.openjdk.jmh.annotations.Level.Iteration)
  public void tearDown() {
    workers.close();
    fake.close();
    WORKER_LOG.setLevel(workerLogLevel);
  }

  /** Reserved, paid on the second day (two days skipped with {@code runFor}), charged, shipped: completed. */
  @Benchmark
  public WorkflowExecutionInfo paidOnTheSecondDayAndShipped() {
    String orderId = place(nextOrderId());
    fake.runFor(Duration.ofDays(2));
    orders.recordPayment(orderId, Sandbox.CARD);
    return closed(orderId, CloseStatus.COMPLETED);
  }

  /** Reserved, never paid: the three-day deadline fires and the order is cancelled. */
  @Benchmark
  public WorkflowExecutionInfo unpaidAndCancelledAfterThreeDays() {
    return closed(place(nextOrderId()), CloseStatus.CANCELED);
  }

  /** Paid, the card declined, charged again an hour later (the hour skipped), shipped: completed. */
  @Benchmark
  public WorkflowExecutionInfo declinedThenChargedAnHourLater() {
    String orderId = place(nextOrderId());
    orders.recordPayment(orderId, Sandbox.CARD_DECLINED_ONCE);
    return closed(orderId, CloseStatus.COMPLETED);
  }

  /**
   * Paid, charged and being shipped (the carrier holds the parcel) when the customer cancels: the
   * shipment and its activity are cancelled, the card refunded, the order cancelled. The shipping
   * activity heartbeats every millisecond while it waits, so up to a millisecond passes before it
   * learns of the cancellation.
   */
  @Benchmark
  public WorkflowExecutionInfo cancelledWhileShipping() throws InterruptedException {
    String orderId = nextOrderId();
    sandbox.holdParcel(orderId);
    place(orderId);
    orders.recordPayment(orderId, Sandbox.CARD);
    if (!sandbox.awaitShipping(orderId, Duration.ofSeconds(10))) {
      throw new IllegalStateException("order " + orderId + " was not shipped\n" + fake.diagnostics());
    }
    orders.cancelOrder(orderId);
    return closed(orderId, CloseStatus.CANCELED);
  }

  private String nextOrderId() {
    return String.valueOf(placed++);
  }

  private String place(String orderId) {
    orders.placeOrder(new Order(orderId, "ada", CustomerTier.GOLD, 4_200));
    return orderId;
  }

  private WorkflowExecutionInfo closed(String orderId, CloseStatus expected) {
    WorkflowExecutionInfo closed = fake.awaitClosed(DOMAIN, "order-" + orderId, Duration.ofDays(8));
    if (closed.closeStatus() != expected) {
      throw new IllegalStateException("order " + orderId + " closed " + closed.closeStatus() + ", not " + expected
          + "\n" + fake.diagnostics());
    }
    return closed;
  }
}
