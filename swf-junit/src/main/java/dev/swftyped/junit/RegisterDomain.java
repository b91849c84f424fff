package dev.swftyped.junit;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Inherited;
import java.lang.annotation.Repeatable;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Registers a domain in each test's fake before the test runs. Declare it on an {@link SwfTest}
 * class (for every test) or on a test method (for that test); repeat it for several domains.
 */
@Documented
@Inherited
@Retention(RetentionPolicy.RUNTIME)
@Target({ElementType.TYPE, ElementType.METHOD, ElementType.ANNOTATION_TYPE})
@Repeatable(RegisterDomain.List.class)
public @interface RegisterDomain {
  /**
   * The domain's name.
   *
   * @return the name
   */
  String value();

  /**
   * How long closed executions are kept, as SWF takes it: {@code "0"} to {@code "90"} days, or
   * {@code "NONE"}.
   *
   * @return the retention period in days
   */
  String retentionDays() default "7";

  /**
   * The domain's description; empty for none.
   *
   * @return the description
   */
  String description() default "";

  /** Holds repeated {@link RegisterDomain} annotations. */
  @Documented
  @Inherited
  @Retention(RetentionPolicy.RUNTIME)
  @Target({ElementType.TYPE, ElementType.METHOD, ElementType.ANNOTATION_TYPE})
  @interface List {
    /**
     * The domains.
     *
     * @return the domains
     */
    RegisterDomain[] value();
  }
}
