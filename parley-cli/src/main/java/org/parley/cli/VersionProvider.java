package org.parley.cli;

import picocli.CommandLine.IVersionProvider;

/** The version from the jar manifest, or "development" when run from classes. */
final class VersionProvider implements IVersionProvider {
  @Override
  public String[] getVersion() {
    String v = ParleyCommand.class.getPackage().getImplementationVersion();
    return new String[] {"parley " + (v == null ? "development" : v)};
  }
}
