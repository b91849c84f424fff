/**
 * Typed values and operations for Amazon Simple Workflow Service: workflow executions and their
 * histories, domains, workflow and activity types, decisions, decision and activity tasks, execution
 * states, and workers that run deciders and activity handlers, on top of the AWS SDK for Java v2
 * {@code SwfClient}.
 */
module dev.swftyped {
  requires transitive software.amazon.awssdk.services.swf;
  requires software.amazon.awssdk.awscore;
  requires software.amazon.awssdk.core;
  requires software.amazon.awssdk.protocols.jsoncore;
  requires software.amazon.awssdk.utils;

  exports dev.swftyped;
}
