package org.parley.games;

/**
 * A game, or a form derived from it (the reduced strategic form, the pure profiles to enumerate),
 * is larger than the limit the caller set. Distinct from {@link IllegalArgumentException}, which
 * means the game is outside a method's scope: a caller may raise the limit and try again.
 */
public final class GameTooLargeException extends RuntimeException {
  private static final long serialVersionUID = 1L;

  public GameTooLargeException(String message) {
    super(message);
  }
}
