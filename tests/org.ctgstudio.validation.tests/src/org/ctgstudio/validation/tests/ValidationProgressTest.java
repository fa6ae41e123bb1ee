package org.ctgstudio.validation.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.concurrent.CancellationException;

import org.ctgstudio.validation.CtgValidator;
import org.ctgstudio.validation.RuleProfile;
import org.ctgstudio.validation.RuleRegistry;
import org.eclipse.emf.common.util.BasicMonitor;
import org.eclipse.emf.ecore.EObject;
import org.junit.jupiter.api.Test;

/** Progress and cancellation of a validation run (the workbench shows them for big models). */
class ValidationProgressTest {

    /** Records what a run reports; cancels itself after {@code cancelAfter} units of work. */
    private static final class RecordingMonitor extends BasicMonitor {
        private final int cancelAfter;
        String task;
        int total;
        int worked;
        boolean done;

        RecordingMonitor(int cancelAfter) {
            this.cancelAfter = cancelAfter;
        }

        @Override
        public void beginTask(String name, int totalWork) {
            task = name;
            total = totalWork;
        }

        @Override
        public void worked(int work) {
            worked += work;
        }

        @Override
        public boolean isCanceled() {
            return worked >= cancelAfter;
        }

        @Override
        public void done() {
            done = true;
        }
    }

    @Test
    void oneUnitOfWorkPerElement() throws Exception {
        List<EObject> roots = new Fixture().roots();
        int elements = roots.size();
        for (EObject root : roots) {
            for (var all = root.eAllContents(); all.hasNext(); all.next()) {
                elements++;
            }
        }
        RecordingMonitor monitor = new RecordingMonitor(Integer.MAX_VALUE);
        CtgValidator.validate(roots, RuleProfile.defaults(), RuleRegistry.getDefault(), monitor);
        assertEquals(elements, monitor.total);
        assertEquals(elements, monitor.worked);
        assertTrue(monitor.done);
        assertTrue(monitor.task.startsWith("Validation de "), monitor.task);
    }

    @Test
    void cancellingStopsTheRunWithoutAReport() throws Exception {
        RecordingMonitor monitor = new RecordingMonitor(10);
        assertThrows(CancellationException.class, () -> CtgValidator.validate(new Fixture().roots(),
                RuleProfile.defaults(), RuleRegistry.getDefault(), monitor));
        assertEquals(10, monitor.worked, "the run stops at the first element after the cancellation");
        assertTrue(monitor.done);
    }
}
