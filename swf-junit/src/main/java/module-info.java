/**
 * A JUnit 5 extension and AssertJ assertions for tests that run against swf-fake.
 */
module dev.swftyped.junit {
  requires transitive dev.swftyped;
  requires transitive dev.swftyped.fake;
  requires transitive org.junit.jupiter.api;
  requires transitive org.assertj.core;
  requires org.junit.platform.commons;

  exports dev.swftyped.junit;

  opens dev.swftyped.junit to org.junit.platform.commons;
}
