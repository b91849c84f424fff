package dev.swftyped.fake.internal;

import software.amazon.awssdk.services.swf.model.ActivityType;
import software.amazon.awssdk.services.swf.model.RegistrationStatus;
import software.amazon.awssdk.services.swf.model.WorkflowType;

/**
 * A workflow or activity type registered in a domain: its identity, registration state and the
 * defaults it was registered with (stored exactly as given; null where none was given).
 */
final class RegisteredType {
  /** Whether this is a workflow type or an activity type. */
  enum Kind {
    WORKFLOW("WorkflowType"),
    ACTIVITY("ActivityType");

    final String label;

    Kind(String label) {
      this.label = label;
    }
  }

  final Kind kind;
  final String name;
  final String version;
  final String description;
  final long createdMillis;
  RegistrationStatus status = RegistrationStatus.REGISTERED;
  long deprecatedMillis;

  // Workflow type defaults.
  String defaultExecutionStartToCloseTimeout;
  String defaultTaskStartToCloseTimeout;
  String defaultTaskList;
  String defaultTaskPriority;
  String defaultChildPolicy;
  String defaultLambdaRole;

  // Activity type defaults (the task list and priority fields above are shared).
  String defaultTaskHeartbeatTimeout;
  String defaultTaskScheduleToStartTimeout;
  String defaultTaskScheduleToCloseTimeout;

  private WorkflowType sdkType;
  /** This type's key in a domain's type buckets. */
  final String bucketKey;

  RegisteredType(Kind kind, String name, String version, String description, long createdMillis) {
    this.kind = kind;
    this.name = name;
    this.version = version;
    this.description = description;
    this.createdMillis = createdMillis;
    this.bucketKey = Domain.typeKey(name, version);
  }

  boolean deprecated() {
    return status == RegistrationStatus.DEPRECATED;
  }

  /** The SDK's identity of this workflow type, shared by every response that names it. */
  WorkflowType sdkType() {
    if (sdkType == null) {
      sdkType = WorkflowType.builder().name(name).version(version).build();
    }
    return sdkType;
  }

  ActivityType sdkActivityType() {
    return ActivityType.builder().name(name).version(version).build();
  }

  /** How SWF names this type in its messages: {@code WorkflowType=[name=N, version=V]}. */
  String label() {
    return label(kind, name, version);
  }

  static String label(Kind kind, String name, String version) {
    return kind.label + "=[name=" + name + ", version=" + version + "]";
  }

  /** The key of a type within its domain. */
  record Key(String name, String version) implements Comparable<Key> {
    @Override
    public int compareTo(Key other) {
      int byName = name.compareTo(other.name);
      return byName != 0 ? byName : version.compareTo(other.version);
    }
  }

  Key key() {
    return new Key(name, version);
  }
}
