package org.ctgstudio.ui.internal.workbench;

import java.util.logging.Handler;
import java.util.logging.Level;
import java.util.logging.LogRecord;
import java.util.logging.Logger;
import java.util.logging.SimpleFormatter;

import org.eclipse.core.runtime.ILog;
import org.eclipse.core.runtime.IStatus;
import org.eclipse.core.runtime.Status;

/**
 * Warnings and errors that the plain-Java bundles report through {@code System.Logger} (a contributed description or
 * rule that cannot be read, a fragment left out …) reach the workbench's error log, where a plugin developer looks,
 * and not only the console. The JDK sends {@code System.Logger} to {@code java.util.logging} when no other logger is
 * installed: this handler, on the {@code org.ctgstudio} logger, passes each record of level WARNING and above to the
 * platform's log, the logger's name as its plug-in.
 */
public final class ErrorLogHandler extends Handler {

    /** The parent logger of every CTG Studio class's logger (they are named after their class). */
    static final String ROOT = "org.ctgstudio"; //$NON-NLS-1$

    /** Kept so that the logger, which JUL holds weakly, keeps its handler. */
    private static final Logger LOGGER = Logger.getLogger(ROOT);

    private final SimpleFormatter formatter = new SimpleFormatter();

    private ErrorLogHandler() {
        setLevel(Level.WARNING);
    }

    /** Installs the handler once (the workbench's start; again does nothing). */
    public static synchronized void install() {
        for (Handler handler : LOGGER.getHandlers()) {
            if (handler instanceof ErrorLogHandler) {
                return;
            }
        }
        LOGGER.addHandler(new ErrorLogHandler());
    }

    @Override
    public void publish(LogRecord record) {
        if (record == null || !isLoggable(record)) {
            return;
        }
        int severity = record.getLevel().intValue() >= Level.SEVERE.intValue() ? IStatus.ERROR : IStatus.WARNING;
        String source = record.getLoggerName() == null ? ROOT : record.getLoggerName();
        ILog.of(ErrorLogHandler.class).log(new Status(severity, source, formatter.formatMessage(record),
                record.getThrown()));
    }

    @Override
    public void flush() {
        // the platform's log writes each entry itself
    }

    @Override
    public void close() {
        // nothing held
    }
}
