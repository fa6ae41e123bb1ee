package org.ctgstudio.cli;

import java.io.FileDescriptor;
import java.io.FileOutputStream;
import java.io.OutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;

/**
 * Where a command writes: its results on stdout (what scripts read: text, JSON, SARIF, CSV), its messages and
 * progress on stderr; progress only when stderr is a terminal, so that logs of CI jobs stay clean. Both streams are
 * UTF-8. Paths are shown relative to the current directory.
 */
public final class Console {

    /** Set by the launcher scripts to "true" when stderr is a terminal (Java cannot tell it for stderr). */
    static final String TERMINAL_PROPERTY = "ctgstudio.terminal"; //$NON-NLS-1$

    private final PrintStream out;
    private final PrintStream err;
    private final boolean terminal;
    private final Path currentDirectory;
    private int progressWidth;

    public Console(OutputStream out, OutputStream err, boolean terminal, Path currentDirectory) {
        this.out = new PrintStream(out, false, StandardCharsets.UTF_8);
        this.err = new PrintStream(err, true, StandardCharsets.UTF_8);
        this.terminal = terminal;
        this.currentDirectory = currentDirectory.toAbsolutePath().normalize();
    }

    /** The process's own stdout and stderr and current directory. */
    public static Console system() {
        return new Console(new FileOutputStream(FileDescriptor.out), new FileOutputStream(FileDescriptor.err),
                isTerminal(), Path.of("").toAbsolutePath());
    }

    private static boolean isTerminal() {
        String told = System.getProperty(TERMINAL_PROPERTY);
        if (told != null) {
            return Boolean.parseBoolean(told);
        }
        java.io.Console console = System.console();
        if (console == null) {
            return false;
        }
        try { // Java 22+: a console exists even when redirected, isTerminal() tells
            return (Boolean) java.io.Console.class.getMethod("isTerminal").invoke(console); //$NON-NLS-1$
        } catch (ReflectiveOperationException e) {
            return true; // Java 21 has a console only for a terminal
        }
    }

    /** Results: what scripts read. */
    public PrintStream out() {
        return out;
    }

    /** A message for the user (one line). */
    public void message(String text) {
        endProgress();
        err.println(text);
    }

    /** Shows where a long job is, on one line rewritten in place; nothing when stderr is not a terminal. */
    public void progress(String text) {
        if (!terminal) {
            return;
        }
        StringBuilder line = new StringBuilder("\r").append(text); //$NON-NLS-1$
        for (int i = text.length(); i < progressWidth; i++) {
            line.append(' ');
        }
        progressWidth = text.length();
        err.print(line);
        err.flush();
    }

    /** Clears the progress line. */
    public void endProgress() {
        if (progressWidth > 0) {
            err.print("\r" + " ".repeat(progressWidth) + "\r"); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
            err.flush();
            progressWidth = 0;
        }
    }

    PrintStream err() {
        return err;
    }

    public Path currentDirectory() {
        return currentDirectory;
    }

    /** A path given on the command line, relative to the current directory. */
    public Path resolve(String path) {
        return currentDirectory.resolve(path).normalize();
    }

    /** A path as the user should read it: relative to the current directory when below it, with forward slashes. */
    public String show(Path path) {
        Path absolute = path.toAbsolutePath().normalize();
        Path shown = absolute.startsWith(currentDirectory) ? currentDirectory.relativize(absolute) : absolute;
        String text = shown.toString().replace('\\', '/');
        return text.isEmpty() ? "." : text; //$NON-NLS-1$
    }

    public void flush() {
        endProgress();
        out.flush();
        err.flush();
    }
}
