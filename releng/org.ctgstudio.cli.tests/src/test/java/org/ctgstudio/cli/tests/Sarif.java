package org.ctgstudio.cli.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import com.google.gson.JsonArray;
import com.google.gson.JsonElement;
import com.google.gson.JsonObject;

/**
 * Checks a SARIF log against what the SARIF 2.1.0 specification (OASIS) requires of the parts CTG Studio writes:
 * version and schema, one run with a named driver, rule descriptors with unique ids, results whose ruleIndex names
 * their rule, levels among none/note/warning/error, a message text, a physical location whose artifact URI is a
 * relative reference to an existing file (listed among the run's artifacts at its index) and whose region starts at
 * a line of that file holding the element's id.
 */
final class Sarif {

    private static final Set<String> LEVELS = Set.of("none", "note", "warning", "error");

    private Sarif() {
    }

    static JsonArray assertValid(JsonObject log, Path base) throws IOException {
        assertEquals("2.1.0", log.get("version").getAsString());
        assertTrue(log.get("$schema").getAsString().endsWith("sarif-schema-2.1.0.json"));
        JsonArray runs = log.getAsJsonArray("runs");
        assertEquals(1, runs.size());
        JsonObject run = runs.get(0).getAsJsonObject();
        JsonObject driver = run.getAsJsonObject("tool").getAsJsonObject("driver");
        assertFalse(driver.get("name").getAsString().isBlank());
        JsonArray rules = driver.getAsJsonArray("rules");
        Set<String> ids = new HashSet<>();
        for (JsonElement rule : rules) {
            String id = rule.getAsJsonObject().get("id").getAsString();
            assertTrue(ids.add(id), "rule " + id + " described twice");
            assertFalse(rule.getAsJsonObject().getAsJsonObject("shortDescription").get("text").getAsString().isBlank());
            assertTrue(LEVELS.contains(rule.getAsJsonObject().getAsJsonObject("defaultConfiguration").get("level")
                    .getAsString()));
        }
        JsonArray artifacts = run.getAsJsonArray("artifacts");
        assertTrue(run.getAsJsonArray("invocations").get(0).getAsJsonObject().has("executionSuccessful"));
        JsonArray results = run.getAsJsonArray("results");
        for (JsonElement element : results) {
            JsonObject result = element.getAsJsonObject();
            String ruleId = result.get("ruleId").getAsString();
            int index = result.get("ruleIndex").getAsInt();
            assertEquals(ruleId, rules.get(index).getAsJsonObject().get("id").getAsString());
            assertTrue(LEVELS.contains(result.get("level").getAsString()), result.toString());
            assertFalse(result.getAsJsonObject("message").get("text").getAsString().isBlank());
            JsonObject physical = result.getAsJsonArray("locations").get(0).getAsJsonObject()
                    .getAsJsonObject("physicalLocation");
            JsonObject artifactLocation = physical.getAsJsonObject("artifactLocation");
            String uri = artifactLocation.get("uri").getAsString();
            assertFalse(URI.create(uri).isAbsolute(), "a relative reference, as code hosts expect: " + uri);
            Path file = base.resolve(URI.create(uri).getPath());
            assertTrue(Files.isRegularFile(file), uri);
            assertEquals(uri, artifacts.get(artifactLocation.get("index").getAsInt()).getAsJsonObject()
                    .getAsJsonObject("location").get("uri").getAsString());
            int line = physical.getAsJsonObject("region").get("startLine").getAsInt();
            List<String> lines = Files.readAllLines(file, StandardCharsets.UTF_8);
            assertTrue(line >= 1 && line <= lines.size(), "line " + line + " of " + uri);
            if (result.has("partialFingerprints")) {
                String id = result.getAsJsonObject("partialFingerprints").get("ctgElementId/v1").getAsString()
                        .substring(ruleId.length() + 1);
                assertTrue(lines.get(line - 1).contains("xmi:id=\"" + id + "\""), "line " + line + " of " + uri
                        + " is not the element " + id);
            }
        }
        return results;
    }
}
