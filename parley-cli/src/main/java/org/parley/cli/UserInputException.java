package org.parley.cli;

/**
 * Bad input found by a command (a malformed file, an invalid option value). The message is shown to
 * the user as it is, without a stack trace, and the command exits with {@link ExitCodes#BAD_INPUT}.
 * The message names the place (file:line:column or option) and what was expected.
 */
public final class UserInputException extends RuntimeException {
  private static final long serialVersionUID = 1L;

  public UserInputException(String message) {
    super(message);
  }

  public UserInputException(String message, Throwable cause) {
    super(message, cause);
  }
}
