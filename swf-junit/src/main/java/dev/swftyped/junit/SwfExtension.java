package dev.swftyped.junit;

import dev.swftyped.SwfTyped;
import dev.swftyped.fake.FakeClock;
import dev.swftyped.fake.SwfFake;
import java.lang.reflect.Constructor;
import java.time.Clock;
import java.util.Set;
import org.junit.jupiter.api.extension.AfterEachCallback;
import org.junit.jupiter.api.extension.BeforeEachCallback;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.jupiter.api.extension.ExtensionContext.Namespace;
import org.junit.jupiter.api.extension.LifecycleMethodExecutionExceptionHandler;
import org.junit.jupiter.api.extension.ParameterContext;
import org.junit.jupiter.api.extension.ParameterResolutionException;
import org.junit.jupiter.api.extension.ParameterResolver;
import org.junit.jupiter.api.extension.TestExecutionExceptionHandler;
import software.amazon.awssdk.services.swf.SwfClient;

/**
 * Gives each test of an {@link SwfTest} class a fresh fake with its fixtures, resolves the
 * parameters that belong to it, and attaches its diagnostics to failures.
 *
 * <p>It keeps the test's fake in the test method's own store, so tests running in parallel never
 * see each other's.
 */
final class SwfExtension
    implements BeforeEachCallback, AfterEachCallback, ParameterResolver, TestExecutionExceptionHandler,
        LifecycleMethodExecutionExceptionHandler {

  private static final Namespace NAMESPACE = Namespace.create(SwfExtension.class);
  private static final Set<Class<?>> RESOLVED =
      Set.of(SwfFake.class, SwfClient.class, SwfTyped.class, FakeClock.class, Clock.class, SwfWorkers.class);

  /**
   * What one test gets: its fake, the fake's clock and the typed library on both. JUnit closes it
   * with the test's store, after the test: the fake's waiting polls are released then.
   */
  record Session(SwfFake fake, FakeClock clock, SwfTyped typed, SwfWorkers workers) implements AutoCloseable {
    @Override
    public void close() {
      fake.close();
    }
  }

  @Override
  public void beforeEach(ExtensionContext context) {
    Fixtures fixtures = Fixtures.of(context);
    FakeClock clock = FakeClock.at(fixtures.start());
    SwfFake fake = SwfFake.builder().clock(clock).seed(fixtures.seed()).build();
    fixtures.applyTo(fake);
    SwfTyped typed = SwfTyped.create(fake.client(), clock);
    context.getStore(NAMESPACE).put(Session.class, new Session(fake, clock, typed, new SwfWorkers(fake, typed)));
  }

  @Override
  public boolean supportsParameter(ParameterContext parameter, ExtensionContext context) {
    Class<?> type = parameter.getParameter().getType();
    if (!RESOLVED.contains(type)) {
      return false;
    }
    if (parameter.getDeclaringExecutable() instanceof Constructor) {
      throw new ParameterResolutionException("@SwfTest cannot give a " + type.getSimpleName() + " to the constructor of "
          + parameter.getDeclaringExecutable().getDeclaringClass().getSimpleName()
          + ": each test's fake is made after the test instance. Declare it as a parameter of the test method or of a "
          + "@BeforeEach method instead.");
    }
    return true;
  }

  @Override
  public Object resolveParameter(ParameterContext parameter, ExtensionContext context) {
    Session session = context.getStore(NAMESPACE).get(Session.class, Session.class);
    Class<?> type = parameter.getParameter().getType();
    if (session == null) {
      throw new ParameterResolutionException("@SwfTest gives a " + type.getSimpleName()
          + " only to test methods and their @BeforeEach and @AfterEach methods, since each test gets its own fake; "
          + "it cannot give one to " + parameter.getDeclaringExecutable().getName() + ".");
    }
    if (type == SwfFake.class) {
      return session.fake();
    }
    if (type == SwfClient.class) {
      return session.fake().client();
    }
    if (type == SwfTyped.class) {
      return session.typed();
    }
    if (type == SwfWorkers.class) {
      return session.workers();
    }
    return session.clock();
  }

  /**
   * Stops the test's workers before its fake is closed; a decider failure the test has not seen
   * fails it, with the diagnostics.
   */
  @Override
  public void afterEach(ExtensionContext context) throws Exception {
    Session session = context.getStore(NAMESPACE).get(Session.class, Session.class);
    if (session != null) {
      try {
        session.workers().stop();
      } catch (AssertionError failure) {
        throw (AssertionError) withDiagnostics(context, failure);
      }
    }
  }

  @Override
  public void handleTestExecutionException(ExtensionContext context, Throwable throwable) throws Throwable {
    throw withDiagnostics(context, throwable);
  }

  @Override
  public void handleBeforeEachMethodExecutionException(ExtensionContext context, Throwable throwable)
      throws Throwable {
    throw withDiagnostics(context, throwable);
  }

  @Override
  public void handleAfterEachMethodExecutionException(ExtensionContext context, Throwable throwable)
      throws Throwable {
    throw withDiagnostics(context, throwable);
  }

  private static Throwable withDiagnostics(ExtensionContext context, Throwable throwable) {
    Session session = context.getStore(NAMESPACE).get(Session.class, Session.class);
    if (session != null) {
      SwfDiagnostics diagnostics = new SwfDiagnostics(session.fake().diagnostics());
      throwable.addSuppressed(diagnostics);
      if (throwable.getSuppressed().length == 0) {
        System.err.println(diagnostics.getMessage());
      }
    }
    return throwable;
  }
}
