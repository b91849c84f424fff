package dev.swftyped.junit;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Inherited;
import java.lang.annotation.Repeatable;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Registers a workflow type, with its default execution configuration, in each test's fake before
 * the test runs. The defaults take SWF's values: timeouts in seconds (or {@code "NONE"} for the
 * decision task timeout) and the child policy's name; an empty value registers no default, as
 * SWF allows.
 *
 * <pre>{@code
 * @RegisterWorkflowType(name = "Order", version = "1",
 *     defaultTaskList = "order-deciders",
 *     defaultExecutionStartToCloseTimeout = "3600",
 *     defaultTaskStartToCloseTimeout = "30",
 *     defaultChildPolicy = "TERMINATE")
 * }</pre>
 */
@Documented
@Inherited
@Retention(RetentionPolicy.RUNTIME)
@Target({ElementType.TYPE, ElementType.METHOD, ElementType.ANNOTATION_TYPE})
@Repeatable(RegisterWorkflowType.List.class)
public @interface RegisterWorkflowType {
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
   * The task list decision tasks are scheduled on by default; empty for none.
   *
   * @return the task list's name
   */
  String defaultTaskList() default "";

  /**
   * The execution's start-to-close timeout by default, in seconds; empty for none.
   *
   * @return the timeout
   */
  String defaultExecutionStartToCloseTimeout() default "";

  /**
   * The decision tasks' start-to-close timeout by default, in seconds or {@code "NONE"}; empty for
   * none.
   *
   * @return the timeout
   */
  String defaultTaskStartToCloseTimeout() default "";

  /**
   * What happens to child executions by default: {@code "TERMINATE"}, {@code "REQUEST_CANCEL"} or
   * {@code "ABANDON"}; empty for none.
   *
   * @return the child policy
   */
  String defaultChildPolicy() default "";

  /**
   * The decision tasks' priority by default; empty for none.
   *
   * @return the priority
   */
  String defaultTaskPriority() default "";

  /**
   * The type's description; empty for none.
   *
   * @return the description
   */
  String description() default "";

  /** Holds repeated {@link RegisterWorkflowType} annotations. */
  @Documented
  @Inherited
  @Retention(RetentionPolicy.RUNTIME)
  @Target({ElementType.TYPE, ElementType.METHOD, ElementType.ANNOTATION_TYPE})
  @interface List {
    /**
     * The workflow types.
     *
     * @return the workflow types
     */
    RegisterWorkflowType[] value();
  }
}
