/**
 * An in-memory Amazon SWF that implements the AWS SDK v2 {@code SwfClient} interface, with time
 * under the test's control.
 */
module dev.swftyped.fake {
  requires transitive software.amazon.awssdk.services.swf;
  requires software.amazon.awssdk.awscore;
  requires transitive software.amazon.awssdk.core;
  requires software.amazon.awssdk.http;
  requires software.amazon.awssdk.protocols.jsoncore;
  requires software.amazon.awssdk.utils;
  requires jdk.httpserver;

  exports dev.swftyped.fake;
}
