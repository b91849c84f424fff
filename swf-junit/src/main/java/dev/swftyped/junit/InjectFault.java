package dev.swftyped.junit;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Inherited;
import java.lang.annotation.Repeatable;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Injects a fault into each test's fake once its domains and types are registered, so that the
 * code under test meets SWF misbehaving (see {@code SwfFake.inject} for what each fault does).
 * Repeat it for several faults; a call is hit by the first that selects it.
 *
 * <pre>{@code
 * @InjectFault(value = InjectFault.Kind.LOST_RESPONSE, operations = "StartWorkflowExecution", times = 1)
 * }</pre>
 */
@Documented
@Inherited
@Retention(RetentionPolicy.RUNTIME)
@Target({ElementType.TYPE, ElementType.METHOD, ElementType.ANNOTATION_TYPE})
@Repeatable(InjectFault.List.class)
public @interface InjectFault {
  /** What the fault does. */
  enum Kind {
    /** {@code ThrottlingException}, HTTP 400; nothing applied. */
    THROTTLING,
    /** {@code InternalFailure}, HTTP 500; nothing applied. */
    INTERNAL_ERROR,
    /** The call is answered after {@link #delay()} in real time. */
    DELAY,
    /** The fake's clock moves on by {@link #delay()} before the call is applied. */
    FAKE_TIME_DELAY,
    /** The call takes effect; the caller sees a broken connection. */
    LOST_RESPONSE
  }

  /**
   * What the fault does.
   *
   * @return the kind of fault
   */
  Kind value();

  /**
   * The SWF operations it hits, such as {@code StartWorkflowExecution}; none for every operation.
   *
   * @return the operations
   */
  String[] operations() default {};

  /**
   * Hits only the nth selected call (from 1), once; 0 for every selected call.
   *
   * @return n, or 0
   */
  int nth() default 0;

  /**
   * Hits at most this many calls; 0 for no limit.
   *
   * @return the limit, or 0
   */
  int times() default 0;

  /**
   * The chance that a selected call is hit, drawn from the fake's seeded random.
   *
   * @return from 0 to 1
   */
  double probability() default 1.0;

  /**
   * For {@link Kind#DELAY} and {@link Kind#FAKE_TIME_DELAY}: how long, as an ISO-8601 duration
   * such as {@code "PT2S"}.
   *
   * @return the duration, or empty
   */
  String delay() default "";

  /** Holds repeated {@link InjectFault} annotations. */
  @Documented
  @Inherited
  @Retention(RetentionPolicy.RUNTIME)
  @Target({ElementType.TYPE, ElementType.METHOD, ElementType.ANNOTATION_TYPE})
  @interface List {
    /**
     * The faults.
     *
     * @return the faults
     */
    InjectFault[] value();
  }
}
