package dev.swftyped.junit;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Inherited;
import java.lang.annotation.Repeatable;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Registers an activity type in each test's fake before the test runs, with the defaults its
 * activity tasks take when a decision leaves them out. Values are given as SWF takes them: seconds
 * or {@code NONE}; an empty value registers no default.
 *
 * <pre>{@code
 * @RegisterActivityType(name = "ChargeCard", version = "1",
 *     defaultTaskList = "payments",
 *     defaultTaskScheduleToStartTimeout = "NONE",
 *     defaultTaskScheduleToCloseTimeout = "NONE",
 *     defaultTaskStartToCloseTimeout = "60",
 *     defaultTaskHeartbeatTimeout = "NONE")
 * }</pre>
 */
@Documented
@Inherited
@Retention(RetentionPolicy.RUNTIME)
@Target({ElementType.TYPE, ElementType.METHOD, ElementType.ANNOTATION_TYPE})
@Repeatable(RegisterActivityType.List.class)
public @interface RegisterActivityType {
  /**
   * The domain to register the type in; empty for the one domain the test registers.
   *
   * @return the domain's name
   */
  String domain() default "";

  /**
   * The type's name.
   *
   * @return the name
   */
  String name();

  /**
   * The type's version.
   *
   * @return the version
   */
  String version();

  /**
   * The type's description; empty for none.
   *
   * @return the description
   */
  String description() default "";

  /**
   * The task list its tasks are scheduled on by default; empty for none.
   *
   * @return the task list's name
   */
  String defaultTaskList() default "";

  /**
   * How long a task may wait for a worker: seconds or {@code NONE}; empty for no default.
   *
   * @return the timeout
   */
  String defaultTaskScheduleToStartTimeout() default "";

  /**
   * How long a task may take from scheduling to its end: seconds or {@code NONE}; empty for no
   * default.
   *
   * @return the timeout
   */
  String defaultTaskScheduleToCloseTimeout() default "";

  /**
   * How long a worker may take once it has the task: seconds or {@code NONE}; empty for no default.
   *
   * @return the timeout
   */
  String defaultTaskStartToCloseTimeout() default "";

  /**
   * How long a worker may go without a heartbeat: seconds or {@code NONE}; empty for no default.
   *
   * @return the timeout
   */
  String defaultTaskHeartbeatTimeout() default "";

  /**
   * The tasks' priority, a whole number; empty for none.
   *
   * @return the priority
   */
  String defaultTaskPriority() default "";

  /** Holds repeated {@link RegisterActivityType} annotations. */
  @Documented
  @Inherited
  @Retention(RetentionPolicy.RUNTIME)
  @Target({ElementType.TYPE, ElementType.METHOD, ElementType.ANNOTATION_TYPE})
  @interface List {
    /**
     * The activity types.
     *
     * @return the types
     */
    RegisterActivityType[] value();
  }
}
