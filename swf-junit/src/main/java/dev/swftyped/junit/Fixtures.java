package dev.swftyped.junit;

import dev.swftyped.fake.Calls;
import dev.swftyped.fake.Fault;
import dev.swftyped.fake.SwfFake;
import java.lang.reflect.AnnotatedElement;
import java.lang.reflect.Method;
import java.time.Duration;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.extension.ExtensionConfigurationException;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.platform.commons.support.AnnotationSupport;
import software.amazon.awssdk.services.swf.model.SwfException;

/**
 * The fixtures one test declares (its class's, its enclosing classes', then its method's), checked
 * before the test runs so that a mistake is reported with the annotation and the fix.
 */
final class Fixtures {
  static final Instant DEFAULT_START = Instant.parse("2026-01-01T00:00:00Z");

  /** A fixture and where it was declared, for messages. */
  private record Declared<A>(A annotation, String where) {}

  private final Instant start;
  private final long seed;
  private final List<Declared<RegisterDomain>> domains;
  private final List<Declared<RegisterWorkflowType>> types;
  private final List<Declared<RegisterActivityType>> activityTypes;
  private final List<Declared<InjectFault>> faults;

  private Fixtures(Instant start, long seed, List<Declared<RegisterDomain>> domains,
      List<Declared<RegisterWorkflowType>> types, List<Declared<RegisterActivityType>> activityTypes,
      List<Declared<InjectFault>> faults) {
    this.start = start;
    this.seed = seed;
    this.domains = domains;
    this.types = types;
    this.activityTypes = activityTypes;
    this.faults = faults;
  }

  Instant start() {
    return start;
  }

  long seed() {
    return seed;
  }

  static Fixtures of(ExtensionContext context) {
    List<AnnotatedElement> elements = new ArrayList<>(context.getEnclosingTestClasses());
    elements.add(context.getRequiredTestClass());
    Method method = context.getRequiredTestMethod();
    elements.add(method);

    List<Declared<RegisterDomain>> domains = new ArrayList<>();
    List<Declared<RegisterWorkflowType>> types = new ArrayList<>();
    List<Declared<RegisterActivityType>> activityTypes = new ArrayList<>();
    List<Declared<InjectFault>> faults = new ArrayList<>();
    Optional<Declared<InitialTime>> initialTime = Optional.empty();
    long seed = 0;
    for (AnnotatedElement element : elements) {
      String where = where(element);
      for (RegisterDomain domain : AnnotationSupport.findRepeatableAnnotations(element, RegisterDomain.class)) {
        domains.add(new Declared<>(domain, where));
      }
      for (RegisterWorkflowType type : AnnotationSupport.findRepeatableAnnotations(element, RegisterWorkflowType.class)) {
        types.add(new Declared<>(type, where));
      }
      for (RegisterActivityType type : AnnotationSupport.findRepeatableAnnotations(element, RegisterActivityType.class)) {
        activityTypes.add(new Declared<>(type, where));
      }
      for (InjectFault fault : AnnotationSupport.findRepeatableAnnotations(element, InjectFault.class)) {
        faults.add(new Declared<>(fault, where));
      }
      Optional<InitialTime> time = AnnotationSupport.findAnnotation(element, InitialTime.class);
      if (time.isPresent()) {
        initialTime = Optional.of(new Declared<>(time.get(), where));
      }
      Optional<SwfTest> test = AnnotationSupport.findAnnotation(element, SwfTest.class);
      if (test.isPresent()) {
        seed = test.get().seed();
      }
    }
    Instant start = initialTime.map(Fixtures::parse).orElse(DEFAULT_START);
    Fixtures fixtures = new Fixtures(start, seed, domains, types, activityTypes, faults);
    fixtures.checkDomainsOfTypes();
    for (Declared<InjectFault> fault : faults) {
      fault(fault);
    }
    return fixtures;
  }

  private static Instant parse(Declared<InitialTime> declared) {
    try {
      return Instant.parse(declared.annotation().value());
    } catch (DateTimeParseException e) {
      throw new ExtensionConfigurationException("@InitialTime(\"" + declared.annotation().value() + "\") on "
          + declared.where() + " is not an ISO-8601 instant: write it like @InitialTime(\"2026-01-01T00:00:00Z\")", e);
    }
  }

  private void checkDomainsOfTypes() {
    Set<String> names = domains.stream().map(d -> d.annotation().value())
        .collect(Collectors.toCollection(LinkedHashSet::new));
    List<Declared<String>> declaredTypes = new ArrayList<>();
    for (Declared<RegisterWorkflowType> type : types) {
      declaredTypes.add(new Declared<>(type.annotation().domain() + "\u0000" + describe(type.annotation()), type.where()));
    }
    for (Declared<RegisterActivityType> type : activityTypes) {
      declaredTypes.add(new Declared<>(type.annotation().domain() + "\u0000" + describe(type.annotation()), type.where()));
    }
    for (Declared<String> type : declaredTypes) {
      String domain = type.annotation().substring(0, type.annotation().indexOf('\u0000'));
      String description = type.annotation().substring(type.annotation().indexOf('\u0000') + 1);
      if (domain.isEmpty() && names.size() != 1) {
        throw new ExtensionConfigurationException(description + " on " + type.where()
            + (names.isEmpty()
                ? " needs a domain, and the test registers none: add @RegisterDomain(\"...\") to the test"
                : " needs a domain, and the test registers " + names.size() + " " + names
                    + ": set domain = one of them"));
      }
      if (!domain.isEmpty() && !names.contains(domain)) {
        throw new ExtensionConfigurationException(description + " on " + type.where()
            + " names domain \"" + domain + "\", which no @RegisterDomain registers: add @RegisterDomain(\"" + domain
            + "\") or correct the domain");
      }
    }
  }

  /**
   * Registers the domains, then the workflow types, then the activity types, in the order they
   * were declared; then injects the faults, so that they hit only the test's own calls.
   */
  void applyTo(SwfFake fake) {
    for (Declared<RegisterDomain> declared : domains) {
      RegisterDomain domain = declared.annotation();
      register(declared, describe(domain), () -> fake.client().registerDomain(r -> r
          .name(domain.value())
          .workflowExecutionRetentionPeriodInDays(domain.retentionDays())
          .description(blankToNull(domain.description()))));
    }
    for (Declared<RegisterWorkflowType> declared : types) {
      RegisterWorkflowType type = declared.annotation();
      String domain = type.domain().isEmpty() ? domains.get(0).annotation().value() : type.domain();
      register(declared, describe(type), () -> fake.client().registerWorkflowType(r -> r
          .domain(domain)
          .name(type.name())
          .version(type.version())
          .description(blankToNull(type.description()))
          .defaultTaskList(type.defaultTaskList().isEmpty() ? null
              : software.amazon.awssdk.services.swf.model.TaskList.builder().name(type.defaultTaskList()).build())
          .defaultExecutionStartToCloseTimeout(blankToNull(type.defaultExecutionStartToCloseTimeout()))
          .defaultTaskStartToCloseTimeout(blankToNull(type.defaultTaskStartToCloseTimeout()))
          .defaultChildPolicy(blankToNull(type.defaultChildPolicy()))
          .defaultTaskPriority(blankToNull(type.defaultTaskPriority()))));
    }
    for (Declared<RegisterActivityType> declared : activityTypes) {
      RegisterActivityType type = declared.annotation();
      String domain = type.domain().isEmpty() ? domains.get(0).annotation().value() : type.domain();
      register(declared, describe(type), () -> fake.client().registerActivityType(r -> r
          .domain(domain)
          .name(type.name())
          .version(type.version())
          .description(blankToNull(type.description()))
          .defaultTaskList(type.defaultTaskList().isEmpty() ? null
              : software.amazon.awssdk.services.swf.model.TaskList.builder().name(type.defaultTaskList()).build())
          .defaultTaskScheduleToStartTimeout(blankToNull(type.defaultTaskScheduleToStartTimeout()))
          .defaultTaskScheduleToCloseTimeout(blankToNull(type.defaultTaskScheduleToCloseTimeout()))
          .defaultTaskStartToCloseTimeout(blankToNull(type.defaultTaskStartToCloseTimeout()))
          .defaultTaskHeartbeatTimeout(blankToNull(type.defaultTaskHeartbeatTimeout()))
          .defaultTaskPriority(blankToNull(type.defaultTaskPriority()))));
    }
    for (Declared<InjectFault> declared : faults) {
      fake.inject(fault(declared), calls(declared.annotation()));
    }
  }

  /** The fault an {@link InjectFault} declares, or a configuration error that says what to fix. */
  private static Fault fault(Declared<InjectFault> declared) {
    InjectFault fault = declared.annotation();
    Duration delay = null;
    boolean delays = fault.value() == InjectFault.Kind.DELAY || fault.value() == InjectFault.Kind.FAKE_TIME_DELAY;
    if (delays) {
      try {
        delay = Duration.parse(fault.delay());
      } catch (DateTimeParseException e) {
        throw new ExtensionConfigurationException("@InjectFault(" + fault.value() + ") on " + declared.where()
            + " needs delay = an ISO-8601 duration such as \"PT2S\", not \"" + fault.delay() + "\"", e);
      }
    } else if (!fault.delay().isEmpty()) {
      throw new ExtensionConfigurationException("@InjectFault(" + fault.value() + ") on " + declared.where()
          + " has a delay, which only DELAY and FAKE_TIME_DELAY take: remove it");
    }
    switch (fault.value()) {
      case THROTTLING:
        return Fault.throttling();
      case INTERNAL_ERROR:
        return Fault.internalError();
      case DELAY:
        return Fault.delay(delay);
      case FAKE_TIME_DELAY:
        return Fault.fakeTimeDelay(delay);
      default:
        return Fault.lostResponse();
    }
  }

  private static Calls calls(InjectFault fault) {
    Calls calls = fault.operations().length == 0 ? Calls.all() : Calls.to(fault.operations());
    if (fault.nth() > 0) {
      calls = calls.nth(fault.nth());
    }
    if (fault.times() > 0) {
      calls = calls.times(fault.times());
    }
    return fault.probability() < 1 ? calls.withProbability(fault.probability()) : calls;
  }

  private static void register(Declared<?> declared, String description, Runnable registration) {
    try {
      registration.run();
    } catch (SwfException e) {
      throw new ExtensionConfigurationException(description + " on " + declared.where() + " was rejected by SWF ("
          + e.awsErrorDetails().errorCode() + "): " + e.awsErrorDetails().errorMessage()
          + ". Correct the annotation.", e);
    }
  }

  private static String describe(RegisterDomain domain) {
    return "@RegisterDomain(\"" + domain.value() + "\", retentionDays = \"" + domain.retentionDays() + "\")";
  }

  private static String describe(RegisterActivityType type) {
    return "@RegisterActivityType(" + (type.domain().isEmpty() ? "" : "domain = \"" + type.domain() + "\", ")
        + "name = \"" + type.name() + "\", version = \"" + type.version() + "\")";
  }

  private static String describe(RegisterWorkflowType type) {
    return "@RegisterWorkflowType(" + (type.domain().isEmpty() ? "" : "domain = \"" + type.domain() + "\", ")
        + "name = \"" + type.name() + "\", version = \"" + type.version() + "\")";
  }

  private static String where(AnnotatedElement element) {
    if (element instanceof Method) {
      Method method = (Method) element;
      return method.getDeclaringClass().getSimpleName() + "." + method.getName() + "()";
    }
    return ((Class<?>) element).getSimpleName();
  }

  private static String blankToNull(String value) {
    return value.isEmpty() ? null : value;
  }
}
