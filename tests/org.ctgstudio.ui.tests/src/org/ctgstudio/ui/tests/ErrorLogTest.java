package org.ctgstudio.ui.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

import org.ctgstudio.ui.internal.workbench.ErrorLogHandler;
import org.eclipse.core.runtime.ILogListener;
import org.eclipse.core.runtime.IStatus;
import org.eclipse.core.runtime.Platform;
import org.junit.jupiter.api.Test;

/**
 * What the plain-Java bundles report through {@code System.Logger} (as {@code DescriptionRegistry} does for a
 * contributed description it cannot read) is in the workbench's error log, warnings and errors only.
 */
class ErrorLogTest {

    @Test
    void warningsAndErrorsOfThePlainJavaBundlesReachTheErrorLog() {
        ErrorLogHandler.install();
        ErrorLogHandler.install(); // once only, whoever calls it again
        List<IStatus> logged = new CopyOnWriteArrayList<>();
        ILogListener listener = (status, plugin) -> logged.add(status);
        Platform.addLogListener(listener);
        try {
            System.Logger logger = System.getLogger("org.ctgstudio.diagram.registry.DescriptionRegistry");
            IllegalStateException cause = new IllegalStateException("ligne 3, colonne 7");
            logger.log(System.Logger.Level.ERROR, "Les descriptions de diagrammes de test.diagrams sont illisibles",
                    cause);
            logger.log(System.Logger.Level.WARNING, "Extension {0} écartée", "plan-financements");
            logger.log(System.Logger.Level.INFO, "Descriptions lues");
        } finally {
            Platform.removeLogListener(listener);
        }
        List<IStatus> ours = logged.stream()
                .filter(s -> s.getPlugin().equals("org.ctgstudio.diagram.registry.DescriptionRegistry")).toList();
        assertEquals(2, ours.size(), "the error and the warning, not the information: " + ours);
        assertEquals(IStatus.ERROR, ours.get(0).getSeverity());
        assertEquals("Les descriptions de diagrammes de test.diagrams sont illisibles", ours.get(0).getMessage());
        assertEquals("ligne 3, colonne 7", ours.get(0).getException().getMessage());
        assertEquals(IStatus.WARNING, ours.get(1).getSeverity());
        assertTrue(ours.get(1).getMessage().contains("plan-financements"), ours.get(1).getMessage());
    }
}
