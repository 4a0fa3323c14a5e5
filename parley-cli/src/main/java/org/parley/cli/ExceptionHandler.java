package org.parley.cli;

import java.io.PrintWriter;
import java.io.UncheckedIOException;
import org.parley.model.io.ScenarioException;
import picocli.CommandLine;
import picocli.CommandLine.IExecutionExceptionHandler;
import picocli.CommandLine.ParseResult;

/**
 * Maps what a command throws to a message and an exit code: bad input and limits get their own
 * message and code and never a stack trace; anything else is an internal error reported in one
 * line, with the trace only under {@code --debug}.
 */
final class ExceptionHandler implements IExecutionExceptionHandler {
  @Override
  public int handleExecutionException(Exception ex, CommandLine cmd, ParseResult parseResult) {
    PrintWriter err = cmd.getErr();
    int code;
    if (ex instanceof ScenarioException se) {
      err.println(se.getMessage());
      code = ExitCodes.BAD_INPUT;
    } else if (ex instanceof UserInputException) {
      err.println("parley: " + ex.getMessage());
      code = ExitCodes.BAD_INPUT;
    } else if (ex instanceof CommandLine.ParameterException pe) {
      err.println("parley: " + pe.getMessage());
      code = ExitCodes.BAD_INPUT;
    } else if (ex instanceof LimitExceededException) {
      err.println("parley: " + ex.getMessage());
      code = ExitCodes.LIMIT_EXCEEDED;
    } else if (ex instanceof UncheckedIOException io) {
      err.println("parley: I/O error: " + io.getCause().getMessage());
      code = ExitCodes.INTERNAL_ERROR;
    } else {
      err.println("parley: internal error: " + ex + " (run with --debug for the trace)");
      code = ExitCodes.INTERNAL_ERROR;
    }
    if (DebugFlag.isOn()) {
      printTrace(ex, err);
    }
    err.flush();
    return code;
  }

  /** The trace of {@code ex} and its causes, for {@code --debug}. */
  private static void printTrace(Throwable ex, PrintWriter err) {
    for (Throwable t = ex; t != null; t = t.getCause()) {
      err.println((t == ex ? "" : "Caused by: ") + t);
      for (StackTraceElement e : t.getStackTrace()) {
        err.println("\tat " + e);
      }
      if (t.getCause() == t) {
        break;
      }
    }
  }
}
