/**
 * JUnit 5 support for tests against an in-memory SWF.
 *
 * <p>Annotate a test class with {@link dev.swftyped.junit.SwfTest}: each test method gets a fresh
 * {@code SwfFake}, its fixtures ({@link dev.swftyped.junit.RegisterDomain}, {@link
 * dev.swftyped.junit.RegisterWorkflowType}, {@link dev.swftyped.junit.InitialTime}) and parameters
 * of the types it asks for. {@link dev.swftyped.junit.SwfAssertions} has AssertJ assertions on the
 * fake, its executions and their histories.
 */
package dev.swftyped.junit;
