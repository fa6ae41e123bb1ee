package org.ctgstudio.docgen.tests;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;

import org.ctgstudio.docgen.DocumentException;
import org.ctgstudio.docgen.DocumentGenerator;
import org.ctgstudio.docgen.GenerationRequest;
import org.ctgstudio.docgen.OutputFormat;
import org.ctgstudio.docgen.TemplateFile;
import org.ctgstudio.docgen.TemplateProblem;
import org.ctgstudio.docgen.internal.ReportEngine;
import org.ctgstudio.docgen.model.ConventionViews;
import org.ctgstudio.docgen.model.TemplateData;
import org.ctgstudio.model.GlobalTerritorialAgreement;
import org.ctgstudio.tests.support.Examples;
import org.ctgstudio.validation.RuleProfile;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Templates are untrusted: each payload of the design notes (docs: documents.md) is refused twice, by the check
 * before generation and by the engine itself when the check is bypassed; no command runs, no file is written.
 */
class SandboxTest {

    private static GlobalTerritorialAgreement convention;
    private static TemplateData data;

    @TempDir
    static Path folder;

    @BeforeAll
    static void load() throws Exception {
        convention = Examples.convention();
        data = ConventionViews.of(convention, 0, 0, RuleProfile.defaults());
    }

    private static Path marker() {
        return folder.resolve("pwned");
    }

    /** The payloads, each in a template field as an author could type it. */
    static Stream<String> payloads() {
        return payloads(marker());
    }

    /** The payloads, writing (if they ran) the file {@code marker}. */
    static Stream<String> payloads(Path marker) {
        String touch = "touch " + marker;
        return Stream.of(
                // a shell command through FreeMarker's Execute, directly, assigned, evaluated, interpreted
                "${\"freemarker.template.utility.Execute\"?new()(\"" + touch + "\")}",
                "[#assign ex = \"freemarker.template.utility.Execute\"?new()]${ex(\"" + touch + "\")}",
                "${\"\\\"freemarker.template.utility.Execute\\\"?new()(\\\"" + touch + "\\\")\"?eval}",
                "[#assign t = \"$\" + \"{\\\"freemarker.template.utility.Execute\\\"?new()(\\\"" + touch
                        + "\\\")}\"][#assign x = t?interpret][@x/]",
                // other classes FreeMarker can instantiate
                "${\"freemarker.template.utility.ObjectConstructor\"?new()(\"java.io.File\", \"" + marker + "\")}",
                "${\"freemarker.template.utility.JythonRuntime\"?new()}",
                // Java reflection from a view object or its values
                "${convention.getClass()}",
                "${convention.class.protectionDomain.codeSource.location}",
                "${convention.debut.valeur.getClass()}",
                "${convention.fiches.get(0).getClass()}",
                "${parametres.getClass()}",
                // the Java API of wrapped objects
                "${convention?api.getClass()}",
                "${convention.fiches?api.clear()}",
                // the engine objects XDocReport puts in the data model
                "${___context.put(\"convention\", 1)}",
                "${___context.getContextMap()}",
                "${___TemplateEngine.getFreemarkerConfiguration().setNewBuiltinClassResolver(null)}",
                "${.data_model.convention.getClass()}",
                "${.globals}",
                // EMF: a view never is an EMF object (eResource().save() would write files)
                "${convention.eResource().save(null)}",
                // reading other files
                "[#include \"/etc/passwd\"]",
                "[#import \"/etc/passwd\" as p]",
                "${.get_optional_template(\"/etc/passwd\").include}");
    }

    @ParameterizedTest
    @MethodSource("payloads")
    void refusedByTheCheckBeforeGeneration(String payload) throws Exception {
        TemplateFile template = Documents.docx("charge.docx", payload);
        Path out = folder.resolve("sortie.docx");
        DocumentException e = assertThrows(DocumentException.class, () -> DocumentGenerator.generate(
                GenerationRequest.of(convention, template, OutputFormat.DOCX, out)), payload);
        assertTrue(e.problems().stream().anyMatch(TemplateProblem::error), payload + ": " + e.getMessage());
        assertFalse(Files.exists(out));
        assertFalse(Files.exists(marker()), "the command did not run");
    }

    @ParameterizedTest
    @MethodSource("payloads")
    void refusedByTheEngineWhenTheCheckIsBypassed(String payload) throws Exception {
        TemplateFile template = Documents.docx("charge.docx", payload);
        DocumentException e = assertThrows(DocumentException.class,
                () -> ReportEngine.instance().merge(template, Set.of(), data.roots(), Map.of()), payload);
        assertFalse(e.getMessage().contains("\tat "), "no stack trace in the message");
        assertFalse(Files.exists(marker()), "the command did not run");
    }
}
