package dev.swftyped.fake;

import com.sun.net.httpserver.HttpServer;
import dev.swftyped.fake.internal.HttpDoor;
import java.io.IOException;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.net.InetSocketAddress;
import java.net.URI;
import java.time.Duration;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.Objects;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Serves a fake over HTTP in SWF's protocol (AWS JSON 1.0), so that any AWS SDK or the AWS CLI
 * can use it with an endpoint override. The server and {@code fake.client()} share one engine:
 * a test may mix calls through both with the fake's test-control API.
 *
 * <pre>{@code
 * try (SwfFakeServer server = SwfFakeServer.start(fake)) {
 *   SwfClient overHttp = SwfClient.builder().endpointOverride(server.endpoint()).region(Region.US_EAST_1)
 *       .credentialsProvider(AnonymousCredentialsProvider.create()).build();
 * }
 * }</pre>
 *
 * <p>Requests are {@code POST /} with {@code X-Amz-Target: SimpleWorkflowService.<Operation>}.
 * Credentials and signatures are not checked. Whatever a client sends gets a well-formed AWS error
 * (400, or 405 and 413 for a wrong method or an oversized body); a client that takes too long to
 * send its request is disconnected (after {@code sun.net.httpserver.maxReqTime} seconds, 30 unless
 * the system property says otherwise).
 *
 * <p>Run it on its own with {@code java -jar swf-fake-server.jar --port 8080}.
 */
public final class SwfFakeServer implements AutoCloseable {
  static {
    // The JDK's server reads these once, when it is first used: disconnect clients that take
    // longer than 30 s to send a request, and answer without waiting for Nagle's algorithm.
    if (System.getProperty("sun.net.httpserver.maxReqTime") == null) {
      System.setProperty("sun.net.httpserver.maxReqTime", "30");
    }
    if (System.getProperty("sun.net.httpserver.nodelay") == null) {
      System.setProperty("sun.net.httpserver.nodelay", "true");
    }
  }

  private final SwfFake fake;
  private final HttpServer server;
  private final ExecutorService executor;
  private final URI endpoint;

  private SwfFakeServer(SwfFake fake, String host, int port) {
    this.fake = fake;
    try {
      this.server = HttpServer.create(new InetSocketAddress(host, port), 64);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot listen on " + host + ":" + port + ": " + e.getMessage(), e);
    }
    AtomicInteger threads = new AtomicInteger();
    this.executor = Executors.newFixedThreadPool(32, task -> {
      Thread thread = new Thread(task, "swf-fake-http-" + threads.incrementAndGet());
      thread.setDaemon(true);
      return thread;
    });
    server.setExecutor(executor);
    server.createContext("/", new HttpDoor(fake.engine()));
    server.createContext(ControlDoor.PATH, new ControlDoor(fake));
    server.start();
    String address = server.getAddress().getAddress().getHostAddress();
    String shown = address.contains(":") ? "[" + address + "]" : address;
    this.endpoint = URI.create("http://" + shown + ":" + server.getAddress().getPort());
  }

  /**
   * Serves a fake on 127.0.0.1, on a port the system picks.
   *
   * @param fake the fake to serve
   * @return the running server
   * @throws UncheckedIOException if the server cannot listen
   */
  public static SwfFakeServer start(SwfFake fake) {
    return builder(fake).start();
  }

  /**
   * Returns a builder for a server of a fake.
   *
   * @param fake the fake to serve
   * @return the builder
   */
  public static Builder builder(SwfFake fake) {
    return new Builder(Objects.requireNonNull(fake, "fake"));
  }

  /**
   * {@return the URI to give an SDK as its endpoint override, such as {@code http://127.0.0.1:8080}}
   */
  public URI endpoint() {
    return endpoint;
  }

  /**
   * {@return the port the server listens on}
   */
  public int port() {
    return server.getAddress().getPort();
  }

  /**
   * {@return the fake this server serves}
   */
  public SwfFake fake() {
    return fake;
  }

  /** Stops listening, and stops the server's threads. The fake keeps its state. */
  @Override
  public void close() {
    server.stop(0);
    executor.shutdownNow();
  }

  /**
   * {@return where the server listens}
   */
  @Override
  public String toString() {
    return "SwfFakeServer{" + endpoint + "}";
  }

  /** Configures a {@link SwfFakeServer}. */
  public static final class Builder {
    private final SwfFake fake;
    private String host = "127.0.0.1";
    private int port;

    private Builder(SwfFake fake) {
      this.fake = fake;
    }

    /**
     * Sets the address to listen on ({@code 127.0.0.1} by default; {@code 0.0.0.0} for every
     * interface).
     *
     * @param host a host name or IP address
     * @return this builder
     */
    public Builder host(String host) {
      this.host = Objects.requireNonNull(host, "host");
      return this;
    }

    /**
     * Sets the port to listen on (0, the default, lets the system pick one).
     *
     * @param port 0 to 65535
     * @return this builder
     */
    public Builder port(int port) {
      if (port < 0 || port > 65535) {
        throw new IllegalArgumentException("port must be 0 to 65535: " + port);
      }
      this.port = port;
      return this;
    }

    /**
     * Starts the server.
     *
     * @return the running server
     * @throws UncheckedIOException if the server cannot listen
     */
    public SwfFakeServer start() {
      return new SwfFakeServer(fake, host, port);
    }
  }

  /**
   * Runs a server until the process is stopped (SIGTERM or Ctrl-C).
   *
   * <p>Options: {@code --port <n>} (default 8080; 0 for any), {@code --host <address>} (default
   * 127.0.0.1), {@code --seed <n>}, {@code --region <name>} and {@code --account <id>} (for domain
   * ARNs), {@code --poll-timeout <seconds>} (how long a poll waits for a task, default 60) and
   * {@code --fake-clock <instant>|now} (a clock that moves only through the test-control door).
   *
   * @param args the options
   * @throws InterruptedException if the main thread is interrupted while serving
   */
  public static void main(String[] args) throws InterruptedException {
    if (java.util.Arrays.asList(args).contains("--help") || java.util.Arrays.asList(args).contains("-h")) {
      System.out.println(USAGE);
      return;
    }
    SwfFakeServer server;
    try {
      server = start(args, System.out);
    } catch (IllegalArgumentException | UncheckedIOException e) {
      System.err.println("swf-fake: " + e.getMessage());
      System.err.println(USAGE);
      System.exit(2);
      return;
    }
    CountDownLatch stopped = new CountDownLatch(1);
    Runtime.getRuntime().addShutdownHook(new Thread(() -> {
      server.close();
      System.out.println("swf-fake stopped");
      stopped.countDown();
    }, "swf-fake-shutdown"));
    stopped.await();
  }

  static final String USAGE = "usage: java -jar swf-fake-server.jar [--port 8080] [--host 127.0.0.1] [--seed n] "
      + "[--region us-east-1] [--account 123456789012] [--poll-timeout 60] [--fake-clock 2026-01-01T00:00:00Z|now]";

  /** Parses the options, starts the server and says where it listens. */
  static SwfFakeServer start(String[] args, PrintStream out) {
    SwfFake.Builder fake = SwfFake.builder();
    String host = "127.0.0.1";
    int port = 8080;
    for (int i = 0; i < args.length; i++) {
      String option = args[i];
      if (i + 1 >= args.length) {
        throw new IllegalArgumentException(option + " needs a value");
      }
      String value = args[++i];
      switch (option) {
        case "--port":
          port = number(option, value);
          break;
        case "--host":
          host = value;
          break;
        case "--seed":
          try {
            fake.seed(Long.parseLong(value));
          } catch (NumberFormatException e) {
            throw new IllegalArgumentException("--seed needs a whole number, not " + value);
          }
          break;
        case "--region":
          fake.region(value);
          break;
        case "--account":
          fake.account(value);
          break;
        case "--poll-timeout":
          fake.pollTimeout(Duration.ofSeconds(number(option, value)));
          break;
        case "--fake-clock":
          try {
            fake.clock(FakeClock.at(value.equals("now") ? Instant.now() : Instant.parse(value)));
          } catch (DateTimeParseException e) {
            throw new IllegalArgumentException("--fake-clock needs an instant such as 2026-01-01T00:00:00Z, or now");
          }
          break;
        default:
          throw new IllegalArgumentException("unknown option " + option);
      }
    }
    SwfFakeServer server = builder(fake.build()).host(host).port(port).start();
    out.println("swf-fake listening on " + server.endpoint() + " (stop it with Ctrl-C)");
    return server;
  }

  private static int number(String option, String value) {
    try {
      return Integer.parseInt(value);
    } catch (NumberFormatException e) {
      throw new IllegalArgumentException(option + " needs a number, not " + value);
    }
  }
}
