package org.ctgstudio.cli;

/** The exit codes of every subcommand (README, "Command line"). */
public final class ExitCode {

    /** Done; for {@code validate}: no error (and no warning with {@code --strict}). */
    public static final int OK = 0;
    /** {@code validate --strict}: warnings, no error. */
    public static final int WARNINGS = 1;
    /** {@code validate}: errors found; other commands: the work could not be done (the message says why). */
    public static final int ERRORS = 2;
    /** An input file cannot be read (missing, empty, damaged): the message names file, line and column. */
    public static final int UNREADABLE = 3;
    /** The command line itself is wrong: unknown command or option, missing or invalid value (sysexits EX_USAGE). */
    public static final int USAGE = 64;
    /** A fault of CTG Studio itself (sysexits EX_SOFTWARE): the only case that prints a stack trace. */
    public static final int INTERNAL = 70;

    private ExitCode() {
    }
}
