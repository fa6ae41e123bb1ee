package org.ctgstudio.cli.validate;

import java.net.URI;
import java.net.URISyntaxException;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;

import org.ctgstudio.cli.Console;
import org.ctgstudio.cli.Messages;
import org.ctgstudio.cli.Version;
import org.ctgstudio.model.resource.ModelProblem;
import org.ctgstudio.validation.Finding;
import org.ctgstudio.validation.Rule;
import org.ctgstudio.validation.RuleRegistry;
import org.ctgstudio.validation.Severity;

import com.google.gson.GsonBuilder;
import com.google.gson.JsonArray;
import com.google.gson.JsonObject;

/**
 * The findings as a SARIF 2.1.0 log (OASIS Static Analysis Results Interchange Format), which code-hosting platforms
 * show on the files of a change: one run, the CTG rules found as the driver's rules (id, title, source link, default
 * level), one result per finding located at the line of its element's {@code xmi:id}, with the element's path as
 * logical location and its id as fingerprint; load problems as results of the rule {@value #LOAD_RULE}; unreadable
 * files as error notifications of the invocation.
 */
final class SarifReport {

    static final String VERSION = "2.1.0"; //$NON-NLS-1$
    static final String SCHEMA = "https://docs.oasis-open.org/sarif/sarif/v2.1.0/errata01/os/schemas/sarif-schema-2.1.0.json"; //$NON-NLS-1$
    /** The rule id of problems met while reading a file (dangling references, unknown content). */
    static final String LOAD_RULE = "CTG-LOAD"; //$NON-NLS-1$

    private final Console console;
    private final Map<String, Integer> artifacts = new LinkedHashMap<>();
    private final Map<String, Integer> rules = new LinkedHashMap<>();
    private final JsonArray ruleDescriptors = new JsonArray();

    private SarifReport(Console console) {
        this.console = console;
    }

    static void write(ValidationResults results, Console console) {
        console.out().println(new GsonBuilder().setPrettyPrinting().disableHtmlEscaping().create()
                .toJson(new SarifReport(console).log(results)));
    }

    private JsonObject log(ValidationResults results) {
        results.files().forEach(file -> artifactIndex(file));
        JsonArray resultArray = new JsonArray();
        for (ModelProblem problem : results.loadProblems()) {
            resultArray.add(result(LOAD_RULE, "warning", problem.message(), Path.of(problem.file()), //$NON-NLS-1$
                    Math.max(1, problem.line()), problem.column(), problem.element(), null));
        }
        for (ValidationResults.Located located : results.findings()) {
            Finding finding = located.finding();
            JsonObject result = result(finding.ruleId(), level(finding.severity()), finding.message(), located.file(),
                    located.line(), 0, finding.path(), finding.label());
            if (finding.elementId() != null) {
                JsonObject fingerprints = new JsonObject();
                fingerprints.addProperty("ctgElementId/v1", finding.ruleId() + ":" + finding.elementId()); //$NON-NLS-1$ //$NON-NLS-2$
                result.add("partialFingerprints", fingerprints); //$NON-NLS-1$
            }
            resultArray.add(result);
        }

        JsonObject driver = new JsonObject();
        driver.addProperty("name", "CTG Studio"); //$NON-NLS-1$ //$NON-NLS-2$
        driver.addProperty("version", Version.version()); //$NON-NLS-1$
        driver.add("rules", ruleDescriptors); //$NON-NLS-1$
        JsonObject tool = new JsonObject();
        tool.add("driver", driver); //$NON-NLS-1$

        JsonObject run = new JsonObject();
        run.add("tool", tool); //$NON-NLS-1$
        run.add("invocations", invocations(results)); //$NON-NLS-1$
        JsonArray artifactArray = new JsonArray();
        for (String uri : artifacts.keySet()) {
            JsonObject artifact = new JsonObject();
            artifact.add("location", artifactLocation(uri)); //$NON-NLS-1$
            artifactArray.add(artifact);
        }
        run.add("artifacts", artifactArray); //$NON-NLS-1$
        run.add("results", resultArray); //$NON-NLS-1$

        JsonObject log = new JsonObject();
        log.addProperty("$schema", SCHEMA); //$NON-NLS-1$
        log.addProperty("version", VERSION); //$NON-NLS-1$
        JsonArray runs = new JsonArray();
        runs.add(run);
        log.add("runs", runs); //$NON-NLS-1$
        return log;
    }

    private JsonObject result(String ruleId, String level, String message, Path file, int line, int column,
            String logicalPath, String logicalName) {
        JsonObject result = new JsonObject();
        result.addProperty("ruleId", ruleId); //$NON-NLS-1$
        result.addProperty("ruleIndex", ruleIndex(ruleId)); //$NON-NLS-1$
        result.addProperty("level", level); //$NON-NLS-1$
        result.add("message", text(message)); //$NON-NLS-1$
        JsonObject region = new JsonObject();
        region.addProperty("startLine", line); //$NON-NLS-1$
        if (column > 0) {
            region.addProperty("startColumn", column); //$NON-NLS-1$
        }
        JsonObject physical = new JsonObject();
        String uri = uri(file);
        JsonObject artifactLocation = artifactLocation(uri);
        artifactLocation.addProperty("index", artifactIndex(file)); //$NON-NLS-1$
        physical.add("artifactLocation", artifactLocation); //$NON-NLS-1$
        physical.add("region", region); //$NON-NLS-1$
        JsonObject location = new JsonObject();
        location.add("physicalLocation", physical); //$NON-NLS-1$
        if (logicalPath != null) {
            JsonObject logical = new JsonObject();
            if (logicalName != null) {
                logical.addProperty("name", logicalName); //$NON-NLS-1$
            }
            logical.addProperty("fullyQualifiedName", logicalPath); //$NON-NLS-1$
            logical.addProperty("kind", "element"); //$NON-NLS-1$ //$NON-NLS-2$
            JsonArray logicalLocations = new JsonArray();
            logicalLocations.add(logical);
            location.add("logicalLocations", logicalLocations); //$NON-NLS-1$
        }
        JsonArray locations = new JsonArray();
        locations.add(location);
        result.add("locations", locations); //$NON-NLS-1$
        return result;
    }

    private JsonArray invocations(ValidationResults results) {
        JsonObject invocation = new JsonObject();
        invocation.addProperty("executionSuccessful", results.unreadable().isEmpty()); //$NON-NLS-1$
        JsonArray notifications = new JsonArray();
        for (ModelProblem problem : results.unreadable()) {
            JsonObject notification = new JsonObject();
            notification.addProperty("level", "error"); //$NON-NLS-1$ //$NON-NLS-2$
            notification.add("message", text(problem.message())); //$NON-NLS-1$
            JsonObject physical = new JsonObject();
            physical.add("artifactLocation", artifactLocation(uri(Path.of(problem.file())))); //$NON-NLS-1$
            if (problem.line() > 0) {
                JsonObject region = new JsonObject();
                region.addProperty("startLine", problem.line()); //$NON-NLS-1$
                if (problem.column() > 0) {
                    region.addProperty("startColumn", problem.column()); //$NON-NLS-1$
                }
                physical.add("region", region); //$NON-NLS-1$
            }
            JsonObject location = new JsonObject();
            location.add("physicalLocation", physical); //$NON-NLS-1$
            JsonArray locations = new JsonArray();
            locations.add(location);
            notification.add("locations", locations); //$NON-NLS-1$
            notifications.add(notification);
        }
        invocation.add("toolExecutionNotifications", notifications); //$NON-NLS-1$
        JsonArray invocations = new JsonArray();
        invocations.add(invocation);
        return invocations;
    }

    /** The index of a rule among the driver's rules, its descriptor added on first use. */
    private int ruleIndex(String ruleId) {
        Integer index = rules.get(ruleId);
        if (index != null) {
            return index;
        }
        JsonObject descriptor = new JsonObject();
        descriptor.addProperty("id", ruleId); //$NON-NLS-1$
        JsonObject configuration = new JsonObject();
        Rule rule = LOAD_RULE.equals(ruleId) ? null : RuleRegistry.getDefault().rule(ruleId);
        if (rule != null) {
            descriptor.add("shortDescription", text(rule.title())); //$NON-NLS-1$
            rule.sources().stream().filter(source -> source.startsWith("http")).findFirst() //$NON-NLS-1$
                    .ifPresent(link -> descriptor.addProperty("helpUri", link)); //$NON-NLS-1$
            configuration.addProperty("level", level(rule.severity())); //$NON-NLS-1$
            JsonObject properties = new JsonObject();
            properties.addProperty("category", rule.category()); //$NON-NLS-1$
            descriptor.add("properties", properties); //$NON-NLS-1$
        } else {
            descriptor.add("shortDescription", text(Messages.format("sarif.loadRule"))); //$NON-NLS-1$ //$NON-NLS-2$
            configuration.addProperty("level", "warning"); //$NON-NLS-1$ //$NON-NLS-2$
        }
        descriptor.add("defaultConfiguration", configuration); //$NON-NLS-1$
        ruleDescriptors.add(descriptor);
        rules.put(ruleId, rules.size());
        return rules.size() - 1;
    }

    private int artifactIndex(Path file) {
        return artifacts.computeIfAbsent(uri(file), uri -> artifacts.size());
    }

    /** The file as a URI reference: relative to the current directory when below it (as code hosts expect). */
    private String uri(Path file) {
        String shown = console.show(file);
        if (Path.of(shown).isAbsolute()) {
            return file.toAbsolutePath().toUri().toASCIIString();
        }
        try {
            return new URI(null, null, shown, null).toASCIIString();
        } catch (URISyntaxException e) {
            return shown;
        }
    }

    private static JsonObject artifactLocation(String uri) {
        JsonObject location = new JsonObject();
        location.addProperty("uri", uri); //$NON-NLS-1$
        return location;
    }

    private static JsonObject text(String text) {
        JsonObject message = new JsonObject();
        message.addProperty("text", text); //$NON-NLS-1$
        return message;
    }

    /** SARIF's levels: error, warning, note. */
    static String level(Severity severity) {
        return switch (severity) {
            case ERROR -> "error"; //$NON-NLS-1$
            case WARNING -> "warning"; //$NON-NLS-1$
            case INFO -> "note"; //$NON-NLS-1$
        };
    }
}
