package org.ctgstudio.ui.tests;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.ctgstudio.diagram.ui.DiagramUi;
import org.ctgstudio.diagram.ui.internal.DiagramEditor;
import org.ctgstudio.diagram.ui.internal.RepresentationFiles;
import org.ctgstudio.tests.support.Examples;
import org.eclipse.core.resources.IFile;
import org.eclipse.core.resources.IProject;
import org.eclipse.ui.IWorkbenchPage;
import org.eclipse.ui.PlatformUI;
import org.junit.jupiter.api.Test;

/**
 * A probe, not a test of the default run (its name matches no test pattern): the figures the README gives for the
 * diagram editors, printed from one run in the real workbench. First open of the example's Plan d'actions after the
 * workbench started (the server warmed at start-up), warm reopen, and memory per open diagram editor (Java heap
 * after GC, and the resident memory of this JVM's WebKit processes). Run it with
 * {@code ./mvnw -B verify -pl features/org.ctgstudio.feature,tests/org.ctgstudio.ui.tests -am -Dtest=DiagramOpenProbe}.
 */
class DiagramOpenProbe {

    @Test
    void openTimesAndMemory() throws Exception {
        UiTests.requireBrowser();
        IWorkbenchPage page = PlatformUI.getWorkbench().getActiveWorkbenchWindow().getActivePage();
        IProject project = UiTests.importExampleProject();
        try {
            IFile model = project.getFile(Examples.CONVENTION);
            IFile plan = project.getFile("ctg-val-d-exemple-2025-2029.plan-actions.ctgr");
            RepresentationFiles.modelEditor(page, model); // the model's session, the same for every open below
            long first = openMillis(page, plan);
            page.closeEditor(page.getActiveEditor(), false);
            List<Long> warm = new ArrayList<>();
            for (int i = 0; i < 5; i++) {
                warm.add(openMillis(page, plan));
                page.closeEditor(page.getActiveEditor(), false);
            }
            long heapBefore = heap();
            long webBefore = webKitResident();
            List<String> descriptions = List.of("plan-actions", "partenariat", "gouvernance", "territoire");
            for (String id : descriptions) {
                RepresentationFiles.create(page, model, DiagramUi.registry().get(id));
                DiagramEditor editor = (DiagramEditor) page.getActiveEditor();
                DiagramPage diagram = new DiagramPage(editor.browser());
                assertTrue(DiagramPage.waitUntil(60, () -> diagram.count(DiagramPage.NODES) > 0), id);
            }
            DiagramPage.drain(2000);
            long heapPerEditor = (heap() - heapBefore) / descriptions.size();
            long webPerEditor = (webKitResident() - webBefore) / descriptions.size();
            warm.sort(null);
            System.out.printf("DIAGRAM PROBE first open %d ms; warm reopen median %d ms (runs %s); per editor: Java"
                    + " heap %.1f MB, WebKit processes %.1f MB resident%n", first, warm.get(warm.size() / 2), warm,
                    heapPerEditor / 1e6, webPerEditor / 1e6);
        } finally {
            UiTests.closeEditorsAndDeleteProjects();
        }
    }

    /** From the open request to the nodes in the page. */
    private static long openMillis(IWorkbenchPage page, IFile plan) throws Exception {
        long start = System.nanoTime();
        DiagramEditor editor = (DiagramEditor) RepresentationFiles.open(page, plan);
        DiagramPage diagram = new DiagramPage(editor.browser());
        assertTrue(DiagramPage.waitUntil(60, () -> diagram.count(DiagramPage.NODES) > 10), "not drawn");
        return (System.nanoTime() - start) / 1_000_000;
    }

    private static long heap() throws InterruptedException {
        for (int i = 0; i < 3; i++) {
            System.gc();
            Thread.sleep(200);
        }
        return ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getUsed();
    }

    /** Resident memory of this JVM's WebKit web processes (one per Browser), from /proc (Linux). */
    private static long webKitResident() {
        long total = 0;
        for (ProcessHandle child : ProcessHandle.current().descendants().toList()) {
            Path process = Path.of("/proc", Long.toString(child.pid()));
            try {
                if (Files.readString(process.resolve("cmdline")).contains("WebKitWebProcess")) {
                    for (String line : Files.readAllLines(process.resolve("status"))) {
                        if (line.startsWith("VmRSS:")) {
                            total += Long.parseLong(line.replaceAll("\\D", "")) * 1024;
                        }
                    }
                }
            } catch (IOException | RuntimeException gone) {
                // a process that ended meanwhile
            }
        }
        return total;
    }
}
