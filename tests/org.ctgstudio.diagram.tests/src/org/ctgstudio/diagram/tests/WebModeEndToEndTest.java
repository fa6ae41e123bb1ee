package org.ctgstudio.diagram.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.concurrent.TimeUnit;
import java.util.function.Supplier;

import org.ctgstudio.diagram.registry.DescriptionRegistry;
import org.ctgstudio.diagram.server.WebMode;
import org.ctgstudio.model.GlobalTerritorialAgreement;
import org.ctgstudio.model.plan.Action;
import org.ctgstudio.model.resource.ModelFiles;
import org.ctgstudio.tests.support.Examples;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Web mode in Debian's Chromium (playwright-core, e2e/plan-actions.mjs): open Plan d'actions, create a fiche action
 * from the palette, connect it to an objective, rename it by direct edit, undo, redo, Réorganiser, export. After
 * each step the page saves, and this test reads the model and representation files from disk before letting the
 * browser go on. Last, a page started ahead with the server's page token is given the diagram and shows it whole.
 */
class WebModeEndToEndTest {

    static final String CREATED = "Nouvelle fiche action";
    static final String RENAMED = "Fiche créée dans le navigateur";

    @TempDir
    Path folder;

    Path model;

    /** The fiche action created in the browser, read from the saved file (null: none). */
    Action savedAction() {
        try {
            GlobalTerritorialAgreement convention = (GlobalTerritorialAgreement) ModelFiles
                    .load(ModelFiles.newResourceSet(), model).root();
            return convention.getActions().stream().filter(a -> a.getNumber().equals("FA13")).findFirst()
                    .orElse(null);
        } catch (Exception e) {
            return null; // being written: read again
        }
    }

    String representation() {
        try {
            return Files.readString(folder.resolve("ctg-val-d-exemple-2025-2029.plan-actions.ctgr"));
        } catch (Exception e) {
            return "";
        }
    }

    static void eventually(String what, Supplier<Boolean> condition) throws InterruptedException {
        long end = System.nanoTime() + Duration.ofSeconds(60).toNanos();
        while (System.nanoTime() < end) {
            if (Boolean.TRUE.equals(condition.get())) {
                return;
            }
            Thread.sleep(100);
        }
        fail("the saved files do not show: " + what);
    }

    @Test
    void planDActionsEditedInChromium() throws Exception {
        Examples.copyProject(folder);
        model = folder.resolve(Examples.CONVENTION);
        Path root = Examples.root();
        Path web = root.resolve("bundles/org.ctgstudio.diagram.client/web");
        assertTrue(Files.exists(web.resolve("dist/bundle.js")), "the client is built by the Maven build");
        Path e2e = root.resolve("tests/org.ctgstudio.diagram.tests/e2e");
        Path out = Files.createDirectories(root.resolve("tests/org.ctgstudio.diagram.tests/target/e2e"));
        try (WebMode mode = WebMode.open(model, "plan-actions", web, DescriptionRegistry.instance())) {
            Process browser = new ProcessBuilder("node", e2e.resolve("plan-actions.mjs").toString(), mode.address(),
                    out.toString(), mode.server().startedPageAddress(), mode.document().id(),
                    mode.document().token()).directory(e2e.toFile()).redirectError(ProcessBuilder.Redirect.INHERIT)
                    .start();
            String[] layoutBefore = new String[1];
            try (BufferedReader lines = new BufferedReader(new InputStreamReader(browser.getInputStream(),
                    StandardCharsets.UTF_8)); Writer answers = browser.outputWriter(StandardCharsets.UTF_8)) {
                String line;
                while ((line = lines.readLine()) != null && !line.equals("DONE")) {
                    if (line.startsWith("FAIL")) {
                        fail("browser: " + line);
                    }
                    if (!line.startsWith("STEP ")) {
                        continue;
                    }
                    check(line.substring(5), layoutBefore, out);
                    answers.write("OK\n");
                    answers.flush();
                }
                assertEquals("DONE", line, "the browser finished every step");
            } finally {
                if (!browser.waitFor(30, TimeUnit.SECONDS)) {
                    browser.destroyForcibly();
                }
            }
            assertEquals(0, browser.exitValue());
        }
    }

    private void check(String step, String[] layoutBefore, Path out) throws Exception {
        switch (step) {
            case "created" -> {
                eventually("a new fiche action", () -> savedAction() != null);
                Action action = savedAction();
                assertEquals(CREATED, action.getTitle());
                eventually("its position in the representation", () -> representation().contains(action.getId()));
            }
            case "connected" -> eventually("the fiche linked to an objective",
                    () -> savedAction() != null && !savedAction().getObjectives().isEmpty());
            case "renamed" -> eventually("the new title", () -> savedAction() != null
                    && RENAMED.equals(savedAction().getTitle()));
            case "undone" -> eventually("the title undone", () -> savedAction() != null
                    && CREATED.equals(savedAction().getTitle()));
            case "redone" -> {
                eventually("the title redone", () -> savedAction() != null
                        && RENAMED.equals(savedAction().getTitle()));
                layoutBefore[0] = representation();
            }
            case "arranged" -> eventually("new positions", () -> !representation().equals(layoutBefore[0])
                    && representation().contains(savedAction().getId()));
            case "exported" -> {
                String svg = Files.readString(out.resolve("plan-actions-export.svg"));
                assertTrue(svg.startsWith("<?xml"), svg.substring(0, Math.min(200, svg.length())));
                assertTrue(svg.contains("Fiche créée"), "the exported picture shows the renamed fiche");
                assertFalse(svg.contains("<!DOCTYPE"));
                layoutBefore[0] = representation();
            }
            // Zooming, selecting and deselecting change no file.
            case "overview" -> assertEquals(layoutBefore[0], representation(), "zooming changed the representation");
            case "started" -> assertTrue(Files.size(out.resolve("plan-actions-started-page.png")) > 0);
            default -> fail("unknown step " + step);
        }
    }
}
