package dev.swftyped.examples;

import dev.swftyped.ActivityHandler;
import dev.swftyped.ActivityWorker;
import dev.swftyped.Decider;
import dev.swftyped.DeciderWorker;
import dev.swftyped.SwfTyped;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.concurrent.CopyOnWriteArrayList;

/**
 * The deciders and activity workers of order fulfilment in one process: the order and shipment
 * deciders, and the inventory, payments and shipping workers, each polling its task list on
 * threads of its own.
 *
 * <pre>{@code
 * try (OrderWorkers workers = OrderWorkers.builder(swf, OrderService.DOMAIN)
 *     .inventory(new Inventory(warehouse))
 *     .payments(new Payments(gateway))
 *     .shipping(new Shipping(carrier))
 *     .start()) {
 *   ... // until the process is asked to stop
 * } // stops polling, lets the tasks in hand finish
 * }</pre>
 *
 * <p>A larger shop would run each worker where its system lives (the inventory worker next to the
 * warehouse, say); the task lists make that a matter of deployment, not of code.
 *
 * <p>This class is thread-safe.
 */
public final class OrderWorkers implements AutoCloseable {
  private final List<AutoCloseable> workers;

  private OrderWorkers(List<AutoCloseable> workers) {
    this.workers = workers;
  }

  /**
   * Returns a builder of the workers of a domain, with the {@linkplain PaymentTerms#standard()
   * standard payment terms} and two threads a worker.
   *
   * @param swf the operations, over any {@code SwfClient}
   * @param domain the domain the orders run in
   * @return the builder
   */
  public static Builder builder(SwfTyped swf, String domain) {
    return new Builder(swf, domain);
  }

  /**
   * Stops polling, lets the tasks in hand finish (each worker waits up to 30 seconds for them), and
   * returns once every thread has ended. The workers stop side by side: with an HTTP client whose
   * reads ignore interrupts (the SDK's default Apache client), a poll in progress ends only when SWF
   * answers it, within a minute, and each worker would otherwise wait for its own.
   */
  @Override
  public void close() {
    List<Thread> stopping = new ArrayList<>();
    List<RuntimeException> failures = new CopyOnWriteArrayList<>();
    for (AutoCloseable worker : workers) {
      Thread stop = new Thread(() -> {
        try {
          if (worker instanceof DeciderWorker) {
            ((DeciderWorker) worker).close();
          } else {
            ((ActivityWorker) worker).close();
          }
        } catch (RuntimeException e) {
          failures.add(e);
        }
      }, "stop-" + worker);
      stop.start();
      stopping.add(stop);
    }
    boolean interrupted = false;
    for (Thread stop : stopping) {
      while (stop.isAlive()) {
        try {
          stop.join();
        } catch (InterruptedException e) {
          interrupted = true; // the workers must still stop: wait, and keep the interrupt for the caller
        }
      }
    }
    if (interrupted) {
      Thread.currentThread().interrupt();
    }
    if (!failures.isEmpty()) {
      RuntimeException first = failures.get(0);
      failures.subList(1, failures.size()).forEach(first::addSuppressed);
      throw first;
    }
  }

  /**
   * {@return the workers}
   */
  @Override
  public String toString() {
    return "OrderWorkers" + workers;
  }

  /** Configures and starts {@link OrderWorkers}. */
  public static final class Builder {
    private final SwfTyped swf;
    private final String domain;
    private PaymentTerms terms = PaymentTerms.standard();
    private int threads = 2;
    private Inventory inventory;
    private Payments payments;
    private Shipping shipping;

    private Builder(SwfTyped swf, String domain) {
      this.swf = Objects.requireNonNull(swf, "swf");
      this.domain = Objects.requireNonNull(domain, "domain");
    }

    /**
     * Sets the activity that reserves stock; required.
     *
     * @param inventory the activity
     * @return this builder
     */
    public Builder inventory(Inventory inventory) {
      this.inventory = Objects.requireNonNull(inventory, "inventory");
      return this;
    }

    /**
     * Sets the activities that charge and refund cards; required.
     *
     * @param payments the activities
     * @return this builder
     */
    public Builder payments(Payments payments) {
      this.payments = Objects.requireNonNull(payments, "payments");
      return this;
    }

    /**
     * Sets the activity that ships parcels; required.
     *
     * @param shipping the activity
     * @return this builder
     */
    public Builder shipping(Shipping shipping) {
      this.shipping = Objects.requireNonNull(shipping, "shipping");
      return this;
    }

    /**
     * Sets the terms the order deciders decide by.
     *
     * @param terms how long customers have to pay, and how declined cards are retried
     * @return this builder
     */
    public Builder paymentTerms(PaymentTerms terms) {
      this.terms = Objects.requireNonNull(terms, "terms");
      return this;
    }

    /**
     * Sets how many polling threads each decider and each worker has.
     *
     * @param threads 1 or more
     * @return this builder
     */
    public Builder threads(int threads) {
      if (threads < 1) {
        throw new IllegalArgumentException("a worker needs at least one thread: " + threads);
      }
      this.threads = threads;
      return this;
    }

    /**
     * Starts the deciders and the workers.
     *
     * @return the running workers
     * @throws IllegalStateException if the inventory, payments or shipping activity was not set
     */
    public OrderWorkers start() {
      if (inventory == null || payments == null || shipping == null) {
        throw new IllegalStateException("OrderWorkers need the three activities: call inventory(...), payments(...) "
            + "and shipping(...) before start()");
      }
      List<AutoCloseable> started = new ArrayList<>();
      try {
        started.add(decider(OrderWorkflow.TASK_LIST, new OrderWorkflow(terms)));
        started.add(decider(ShipmentWorkflow.TASK_LIST, new ShipmentWorkflow()));
        started.add(activities(Inventory.TASK_LIST, inventory));
        started.add(activities(Payments.TASK_LIST, payments));
        started.add(activities(Shipping.TASK_LIST, shipping));
      } catch (RuntimeException e) {
        new OrderWorkers(started).close();
        throw e;
      }
      return new OrderWorkers(List.copyOf(started));
    }

    private DeciderWorker decider(String taskList, Decider decider) {
      return DeciderWorker.builder(swf, domain, taskList, decider).threads(threads).build().start();
    }

    private ActivityWorker activities(String taskList, ActivityHandler handler) {
      return ActivityWorker.builder(swf, domain, taskList, handler).threads(threads).build().start();
    }
  }
}
