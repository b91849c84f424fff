package dev.swftyped.fake;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.junit.jupiter.api.extension.ConditionEvaluationResult;
import org.junit.jupiter.api.extension.ExecutionCondition;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.platform.commons.support.AnnotationSupport;

/**
 * A contract test, or a whole class of them, that cannot run against Amazon SWF (the {@code aws}
 * door): it is skipped there with the reason given, and runs through the fake's own doors.
 */
@Retention(RetentionPolicy.RUNTIME)
@Target({ElementType.TYPE, ElementType.METHOD})
@ExtendWith(FakeOnly.Condition.class)
@interface FakeOnly {
  /** Why the test cannot run against SWF, in one line. */
  String value();

  /** Disables what is annotated when the suite goes through the {@code aws} door. */
  class Condition implements ExecutionCondition {
    @Override
    public ConditionEvaluationResult evaluateExecutionCondition(ExtensionContext context) {
      return context.getElement()
          .flatMap(element -> AnnotationSupport.findAnnotation(element, FakeOnly.class))
          .filter(annotation -> ContractTest.againstSwf())
          .map(annotation -> ConditionEvaluationResult.disabled("not against SWF: " + annotation.value()))
          .orElse(ConditionEvaluationResult.enabled("runs through every door"));
    }
  }
}
