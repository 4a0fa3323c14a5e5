package org.parley.cli;

/** Whether {@code --debug} was given on this run (one run per process, or per test invocation). */
final class DebugFlag {
  private static volatile boolean on;

  private DebugFlag() {}

  static void set(boolean value) {
    on = value;
  }

  static boolean isOn() {
    return on;
  }
}
