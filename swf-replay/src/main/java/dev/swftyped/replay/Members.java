package dev.swftyped.replay;

import java.lang.reflect.Method;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.HashSet;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import software.amazon.awssdk.core.SdkField;
import software.amazon.awssdk.core.SdkPojo;
import software.amazon.awssdk.core.protocol.MarshallingType;
import software.amazon.awssdk.core.traits.ListTrait;
import software.amazon.awssdk.services.swf.SwfClient;
import software.amazon.awssdk.services.swf.model.SwfRequest;
import software.amazon.awssdk.services.swf.model.SwfResponse;

/**
 * What the replayer knows about SWF's members: which ones hold values that must differ between two
 * runs (run ids, task tokens, page tokens, timestamps), and which operations exist. The operations
 * and the timestamp members are read from the SDK's model classes, so a new SDK brings its own.
 */
final class Members {
  /** What a member holds, as far as comparing two runs goes. */
  enum Kind {
    /** A run id: mapped, and each recorded one must stand for one of the fake's, and the other way round. */
    RUN_ID("run id"),
    /** A task token: mapped like a run id. */
    TASK_TOKEN("task token"),
    /** A page token: only its presence is compared; the latest one the fake gave for it is used. */
    PAGE_TOKEN("page token"),
    /** A timestamp: only its order among the others is compared. */
    TIMESTAMP("timestamp"),
    /** Anything else: compared for equality. */
    VALUE("value");

    final String noun;

    Kind(String noun) {
      this.noun = noun;
    }
  }

  /** SWF's operations by name ({@code StartWorkflowExecution}), each with the client method that calls it. */
  static final Map<String, Method> OPERATIONS;
  private static final Set<String> TIMESTAMPS;

  static {
    Map<String, Method> operations = new TreeMap<>();
    Set<String> timestamps = new HashSet<>();
    Deque<SdkPojo> shapes = new ArrayDeque<>();
    for (Method method : SwfClient.class.getMethods()) {
      Class<?>[] parameters = method.getParameterTypes();
      if (parameters.length == 1 && SwfRequest.class.isAssignableFrom(parameters[0])
          && SwfResponse.class.isAssignableFrom(method.getReturnType())) {
        String name = method.getName();
        operations.put(name.substring(0, 1).toUpperCase(Locale.ROOT) + name.substring(1), method);
        shapes.add(builder(method.getReturnType()));
        shapes.add(builder(parameters[0]));
      }
    }
    Set<String> seen = new HashSet<>();
    while (!shapes.isEmpty()) {
      SdkPojo shape = shapes.pop();
      for (SdkField<?> field : shape.sdkFields()) {
        SdkField<?> value = field;
        while (value.marshallingType() == MarshallingType.LIST) {
          value = value.getRequiredTrait(ListTrait.class).memberFieldInfo();
        }
        if (value.marshallingType() == MarshallingType.INSTANT) {
          timestamps.add(field.locationName());
        } else if (value.marshallingType() == MarshallingType.SDK_POJO) {
          SdkPojo nested = value.constructor().get();
          if (seen.add(nested.getClass().getName())) {
            shapes.add(nested);
          }
        }
      }
    }
    OPERATIONS = Map.copyOf(operations);
    TIMESTAMPS = Set.copyOf(timestamps);
  }

  private Members() {}

  private static SdkPojo builder(Class<?> modelClass) {
    try {
      return (SdkPojo) modelClass.getMethod("builder").invoke(null);
    } catch (ReflectiveOperationException e) {
      throw new IllegalStateException("the SDK's " + modelClass.getName() + " has no builder", e);
    }
  }

  /** {@return what the member of that name holds} */
  static Kind kind(String member) {
    switch (member) {
      case "runId":
      case "newExecutionRunId":
      case "continuedExecutionRunId":
        return Kind.RUN_ID;
      case "taskToken":
        return Kind.TASK_TOKEN;
      case "nextPageToken":
        return Kind.PAGE_TOKEN;
      default:
        return TIMESTAMPS.contains(member) ? Kind.TIMESTAMP : Kind.VALUE;
    }
  }

  /** {@return the names of every timestamp member of SWF's model} */
  static Set<String> timestamps() {
    return TIMESTAMPS;
  }
}
