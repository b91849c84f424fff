package dev.swftyped;

/** Whether a domain or workflow type is registered (usable) or deprecated. */
public enum RegistrationStatus {
  /** Registered: new executions may use it. */
  REGISTERED,
  /** Deprecated: it can still be described and listed, but nothing new may use it. */
  DEPRECATED
}
