package dev.swftyped;

/**
 * Identifies a workflow type: its name and version.
 *
 * <p>Both must be valid SWF identifiers: the name 1 to 256 characters, the version 1 to 64, neither
 * containing {@code :}, {@code /}, {@code |} or a control character, and neither being the
 * literal {@code arn}.
 *
 * @param name the workflow type's name
 * @param version the workflow type's version
 */
public record WorkflowId(String name, String version) {
  /**
   * Creates the value after checking its components.
   *
   * @param name the workflow type's name
   * @param version the workflow type's version
   */
  public WorkflowId {
    Check.identifier("workflow type name", name, 256);
    Check.identifier("workflow type version", version, 64);
  }

  /**
   * Returns the workflow type with the given name and version.
   *
   * @param name the workflow type's name
   * @param version the workflow type's version
   * @return the workflow type id
   * @throws IllegalArgumentException if either part is not a valid SWF identifier
   */
  public static WorkflowId of(String name, String version) {
    return new WorkflowId(name, version);
  }
}
