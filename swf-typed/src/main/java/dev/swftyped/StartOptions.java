package dev.swftyped;

import java.util.List;
import java.util.Optional;

/**
 * The optional parts of starting an execution: its input, its tags and the configuration settings
 * that override the workflow type's defaults.
 *
 * @param input the execution's input, at most 32,768 characters
 * @param tags its tags: at most five, each at most 256 characters
 * @param configuration the settings that override the workflow type's defaults
 */
public record StartOptions(Optional<String> input, List<String> tags, PartialExecutionConfiguration configuration) {
  private static final StartOptions DEFAULTS =
      new StartOptions(Optional.empty(), List.of(), PartialExecutionConfiguration.empty());

  /**
   * Creates the value after checking its components.
   *
   * @param input the execution's input, at most 32,768 characters
   * @param tags its tags: at most five, each at most 256 characters
   * @param configuration the settings that override the workflow type's defaults
   */
  public StartOptions {
    Check.notNull("input", input).ifPresent(value -> Check.length("input", value, 0, 32768));
    tags = Check.tags("tags", tags);
    Check.notNull("configuration", configuration);
  }

  /**
   * {@return no input, no tags, and every setting from the workflow type}
   */
  public static StartOptions defaults() {
    return DEFAULTS;
  }

  /**
   * Returns these options with the given input.
   *
   * @param input the input, at most 32,768 characters
   * @return the new options
   */
  public StartOptions withInput(String input) {
    return new StartOptions(Optional.of(Check.notNull("input", input)), tags, configuration);
  }

  /**
   * Returns these options with the given tags, replacing any others.
   *
   * @param tags at most five tags, each at most 256 characters
   * @return the new options
   */
  public StartOptions withTags(String... tags) {
    return new StartOptions(input, List.of(Check.notNull("tags", tags)), configuration);
  }

  /**
   * Returns these options with the given configuration, replacing any other.
   *
   * @param configuration the settings that override the workflow type's defaults
   * @return the new options
   */
  public StartOptions withConfiguration(PartialExecutionConfiguration configuration) {
    return new StartOptions(input, tags, configuration);
  }
}
