package dev.swftyped.junit;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Inherited;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Makes a test class an SWF test: each test method gets a fresh in-memory SWF.
 *
 * <p>Test methods, and {@code @BeforeEach} and {@code @AfterEach} methods, may declare parameters
 * of these types, which all belong to that test's fake:
 *
 * <ul>
 *   <li>{@code dev.swftyped.fake.SwfFake}: the fake itself (diagnostics, reset);
 *   <li>{@code software.amazon.awssdk.services.swf.SwfClient}: the fake's SDK client;
 *   <li>{@code dev.swftyped.SwfTyped}: the typed library on that client and on the fake's clock,
 *       so that its default time windows agree with the fake;
 *   <li>{@code dev.swftyped.fake.FakeClock} (or {@code java.time.Clock}): the clock the fake reads.
 * </ul>
 *
 * <p>The fake is prepared from the fixtures declared on the class and the method: {@link
 * RegisterDomain}, {@link RegisterWorkflowType} and {@link InitialTime}. When a test fails, the
 * fake's diagnostics (every execution with its history) are attached to the failure.
 *
 * <p>Nothing is shared between test methods, so SWF tests may run in parallel.
 *
 * <pre>{@code
 * @SwfTest
 * @RegisterDomain("orders")
 * class OrderTest {
 *   @Test
 *   void registersTheDomain(SwfClient swf) {
 *     assertThat(swf.describeDomain(r -> r.name("orders")).domainInfo().name()).isEqualTo("orders");
 *   }
 * }
 * }</pre>
 */
@Documented
@Inherited
@Retention(RetentionPolicy.RUNTIME)
@Target({ElementType.TYPE, ElementType.ANNOTATION_TYPE})
@ExtendWith(SwfExtension.class)
@SuppressWarnings("exports") // the extension is deliberately hidden; JUnit reaches it through the open package
public @interface SwfTest {
  /**
   * The seed of each test's fake: the same seed gives the same run ids, request ids and page
   * tokens.
   *
   * @return the seed
   */
  long seed() default 0;
}
