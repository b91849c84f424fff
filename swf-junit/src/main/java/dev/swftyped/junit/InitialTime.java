package dev.swftyped.junit;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Inherited;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * The instant each test's fake clock starts at, in ISO-8601 ({@code 2026-01-01T00:00:00Z}). On a
 * method it overrides the class's. Without it, the clock starts at {@code 2026-01-01T00:00:00Z}.
 */
@Documented
@Inherited
@Retention(RetentionPolicy.RUNTIME)
@Target({ElementType.TYPE, ElementType.METHOD, ElementType.ANNOTATION_TYPE})
public @interface InitialTime {
  /**
   * The instant, such as {@code 2026-01-01T00:00:00Z}.
   *
   * @return the instant
   */
  String value();
}
