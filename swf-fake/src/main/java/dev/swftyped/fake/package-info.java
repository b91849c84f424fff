/**
 * An in-memory Amazon SWF for tests.
 *
 * <p>{@link dev.swftyped.fake.SwfFake} is the entry point: {@code SwfFake.create().client()} is an
 * {@code SwfClient} that code under test uses unchanged, and the fake itself is the test's handle
 * on time ({@link dev.swftyped.fake.FakeClock}), inspection ({@code diagnostics()}) and reset.
 */
package dev.swftyped.fake;
