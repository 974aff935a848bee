package org.collate.cli;

/** The exit codes every command uses. */
final class ExitCodes {
    /** Everything was read. */
    static final int OK = 0;
    /** Some inputs were skipped or repaired (each said so in one line), or an input could not be used at all. */
    static final int BAD_INPUT = 1;
    /** The command line itself was wrong. */
    static final int USAGE = 2;

    private ExitCodes() {
    }

    static String describe(Throwable e) {
        String message = e.getMessage();
        if (message == null || message.isBlank()) {
            return e.getClass().getSimpleName();
        }
        return message.lines().findFirst().orElse(message).strip();
    }
}
