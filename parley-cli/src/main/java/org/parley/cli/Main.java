package org.parley.cli;

import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;

/**
 * Entry point of the {@code parley} command: runs {@link ParleyCommand} and exits with its code.
 */
public final class Main {
  private Main() {}

  public static void main(String[] args) {
    PrintWriter out =
        new PrintWriter(new java.io.OutputStreamWriter(System.out, StandardCharsets.UTF_8), true);
    PrintWriter err =
        new PrintWriter(new java.io.OutputStreamWriter(System.err, StandardCharsets.UTF_8), true);
    int code = run(out, err, args);
    out.flush();
    err.flush();
    System.exit(code);
  }

  /**
   * Runs the command line with the given writers, so tests capture everything a user sees.
   *
   * @return the exit code: {@link ExitCodes#OK}, {@link ExitCodes#INTERNAL_ERROR}, {@link
   *     ExitCodes#BAD_INPUT} or {@link ExitCodes#LIMIT_EXCEEDED}
   */
  public static int run(PrintWriter out, PrintWriter err, String... args) {
    try {
      return ParleyCommand.commandLine(out, err, args).execute(args);
    } catch (OutOfMemoryError e) {
      // the work's objects are unreachable once the stack has unwound to here
      err.println(
          "parley: out of memory (the Java heap is "
              + Runtime.getRuntime().maxMemory() / (1024 * 1024)
              + " MB): the input is too large for this computation; give Java more with"
              + " PARLEY_JAVA_OPTS=-Xmx16g, or lower the size options");
      err.flush();
      return ExitCodes.LIMIT_EXCEEDED;
    } catch (StackOverflowError e) {
      err.println(
          "parley: internal error: the input nests too deeply for this computation"
              + " (stack overflow); PARLEY_JAVA_OPTS=-Xss64m gives it more room");
      err.flush();
      return ExitCodes.INTERNAL_ERROR;
    }
  }
}
