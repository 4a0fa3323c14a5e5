package org.parley.cli.analyze;

import java.io.PrintWriter;
import java.io.StringWriter;
import org.parley.cli.Main;

/** One run of the command line with captured output. */
record CliRun(int exit, String out, String err) {
  static CliRun of(String... args) {
    StringWriter out = new StringWriter();
    StringWriter err = new StringWriter();
    int code = Main.run(new PrintWriter(out, true), new PrintWriter(err, true), args);
    return new CliRun(code, out.toString(), err.toString());
  }
}
