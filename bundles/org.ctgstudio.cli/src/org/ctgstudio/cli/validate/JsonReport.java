package org.ctgstudio.cli.validate;

import java.nio.file.Path;
import java.util.List;
import java.util.Locale;

import org.ctgstudio.cli.Console;
import org.ctgstudio.cli.Version;
import org.ctgstudio.model.resource.ModelProblem;
import org.ctgstudio.validation.Finding;
import org.ctgstudio.validation.Severity;

import com.google.gson.GsonBuilder;
import com.google.gson.JsonArray;
import com.google.gson.JsonObject;

/**
 * The findings as one JSON document: the files, a summary, each finding (rule id, severity, file and line, element id,
 * label and path, message in the user's language, category, sources), the load problems and the unreadable files.
 */
final class JsonReport {

    private JsonReport() {
    }

    static void write(ValidationResults results, Console console) {
        JsonObject root = new JsonObject();
        root.addProperty("tool", "CTG Studio"); //$NON-NLS-1$ //$NON-NLS-2$
        root.addProperty("version", Version.version()); //$NON-NLS-1$
        root.addProperty("profile", results.profile().name()); //$NON-NLS-1$
        JsonArray files = new JsonArray();
        results.files().forEach(file -> files.add(console.show(file)));
        root.add("files", files); //$NON-NLS-1$

        JsonObject summary = new JsonObject();
        summary.addProperty("errors", results.count(Severity.ERROR)); //$NON-NLS-1$
        summary.addProperty("warnings", results.count(Severity.WARNING)); //$NON-NLS-1$
        summary.addProperty("infos", results.count(Severity.INFO)); //$NON-NLS-1$
        summary.addProperty("loadProblems", results.loadProblems().size()); //$NON-NLS-1$
        summary.addProperty("unreadable", results.unreadable().size()); //$NON-NLS-1$
        root.add("summary", summary); //$NON-NLS-1$

        JsonArray findings = new JsonArray();
        for (ValidationResults.Located located : results.findings()) {
            Finding finding = located.finding();
            JsonObject item = new JsonObject();
            item.addProperty("ruleId", finding.ruleId()); //$NON-NLS-1$
            item.addProperty("severity", severity(finding.severity())); //$NON-NLS-1$
            item.addProperty("file", console.show(located.file())); //$NON-NLS-1$
            item.addProperty("line", located.line()); //$NON-NLS-1$
            item.addProperty("elementId", finding.elementId()); //$NON-NLS-1$
            item.addProperty("element", finding.label()); //$NON-NLS-1$
            item.addProperty("path", finding.path()); //$NON-NLS-1$
            item.addProperty("message", finding.text()); //$NON-NLS-1$
            item.addProperty("category", finding.category()); //$NON-NLS-1$
            JsonArray sources = new JsonArray();
            finding.sources().forEach(sources::add);
            item.add("sources", sources); //$NON-NLS-1$
            findings.add(item);
        }
        root.add("findings", findings); //$NON-NLS-1$
        root.add("loadProblems", problems(results.loadProblems(), console)); //$NON-NLS-1$
        root.add("unreadable", problems(results.unreadable(), console)); //$NON-NLS-1$
        console.out().println(new GsonBuilder().setPrettyPrinting().disableHtmlEscaping().create().toJson(root));
    }

    /** "error", "warning", "info": the same words in every language (scripts read them). */
    static String severity(Severity severity) {
        return severity.name().toLowerCase(Locale.ROOT);
    }

    private static JsonArray problems(List<ModelProblem> problems, Console console) {
        JsonArray array = new JsonArray();
        for (ModelProblem problem : problems) {
            JsonObject item = new JsonObject();
            item.addProperty("file", console.show(Path.of(problem.file()))); //$NON-NLS-1$
            item.addProperty("line", problem.line()); //$NON-NLS-1$
            item.addProperty("column", problem.column()); //$NON-NLS-1$
            item.addProperty("element", problem.element()); //$NON-NLS-1$
            item.addProperty("message", problem.message()); //$NON-NLS-1$
            array.add(item);
        }
        return array;
    }
}
