package dev.swftyped.junit;

import dev.swftyped.fake.SwfFake;
import java.lang.reflect.AnnotatedElement;
import java.lang.reflect.Method;
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

  private Fixtures(Instant start, long seed, List<Declared<RegisterDomain>> domains,
      List<Declared<RegisterWorkflowType>> types) {
    this.start = start;
    this.seed = seed;
    this.domains = domains;
    this.types = types;
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
    Fixtures fixtures = new Fixtures(start, seed, domains, types);
    fixtures.checkDomainsOfTypes();
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
    for (Declared<RegisterWorkflowType> type : types) {
      String domain = type.annotation().domain();
      if (domain.isEmpty() && names.size() != 1) {
        throw new ExtensionConfigurationException(describe(type.annotation()) + " on " + type.where()
            + (names.isEmpty()
                ? " needs a domain, and the test registers none: add @RegisterDomain(\"...\") to the test"
                : " needs a domain, and the test registers " + names.size() + " " + names
                    + ": set domain = one of them"));
      }
      if (!domain.isEmpty() && !names.contains(domain)) {
        throw new ExtensionConfigurationException(describe(type.annotation()) + " on " + type.where()
            + " names domain \"" + domain + "\", which no @RegisterDomain registers: add @RegisterDomain(\"" + domain
            + "\") or correct the domain");
      }
    }
  }

  /** Registers the domains, then the workflow types, in the order they were declared. */
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
