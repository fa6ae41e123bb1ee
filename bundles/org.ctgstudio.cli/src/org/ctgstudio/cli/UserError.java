package org.ctgstudio.cli;

/**
 * Something the user can correct (a file that cannot be read, a territory that does not exist, a file that would be
 * overwritten): the command stops, its message is printed as one line on stderr, without a stack trace, and the
 * process exits with {@link #exitCode()}.
 */
public final class UserError extends RuntimeException {

    private static final long serialVersionUID = 1L;

    private final int exitCode;

    public UserError(int exitCode, String message) {
        super(message);
        this.exitCode = exitCode;
    }

    public int exitCode() {
        return exitCode;
    }
}
