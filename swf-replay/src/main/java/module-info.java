/**
 * Records the SWF calls of a run through an AWS SDK interceptor, and replays a recording against a
 * fresh swf-fake, reporting every difference between what SWF answered and what the fake answers.
 */
module dev.swftyped.replay {
  requires transitive software.amazon.awssdk.services.swf;
  requires transitive software.amazon.awssdk.core;
  requires software.amazon.awssdk.awscore;
  requires software.amazon.awssdk.protocols.jsoncore;
  requires software.amazon.awssdk.utils;
  requires dev.swftyped.fake;

  exports dev.swftyped.replay;
}
