/**
 * Record and replay SWF traffic.
 *
 * <p>{@link dev.swftyped.replay.SwfRecorder} is an AWS SDK {@code ExecutionInterceptor}: added to an
 * {@code SwfClient}, it writes every call the client makes (request, response or error, times) to a
 * recording, one JSON document a line. {@link dev.swftyped.replay.SwfReplayer} runs a recording's
 * requests against a fresh swf-fake and returns a {@link dev.swftyped.replay.ReplayReport} of every
 * {@link dev.swftyped.replay.Difference} between the recorded responses and the fake's.
 */
package dev.swftyped.replay;
