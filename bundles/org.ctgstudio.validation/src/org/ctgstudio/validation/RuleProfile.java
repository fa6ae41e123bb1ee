package org.ctgstudio.validation;

import java.io.IOException;
import java.io.Reader;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;

import org.ctgstudio.model.GlobalTerritorialAgreement;
import org.ctgstudio.model.template.ConventionTemplate;
import org.ctgstudio.model.template.RuleParameterSet;
import org.ctgstudio.model.template.RuleSeverity;
import org.ctgstudio.model.template.SeverityOverride;

/**
 * Which rules run, at which severity, with which parameters. Immutable; the default profile runs every rule at its
 * own severity with the built-in parameters. Stored as a small properties file (exported from the preferences):
 * <pre>
 * name=Caf de l'Exemple - instruction
 * disabled=CTG-DUR-03,CTG-IND-03
 * severity.CTG-TER-01=ERROR
 * param.maxYears=6
 * </pre>
 */
public final class RuleProfile {

    private final String name;
    private final Set<String> disabled;
    private final Map<String, Severity> severities;
    private final Map<String, String> parameters;

    private RuleProfile(String name, Set<String> disabled, Map<String, Severity> severities,
            Map<String, String> parameters) {
        this.name = name;
        this.disabled = Set.copyOf(disabled);
        this.severities = Map.copyOf(severities);
        this.parameters = Map.copyOf(parameters);
    }

    public static RuleProfile defaults() {
        return new RuleProfile(Messages.format("profile.default"), Set.of(), Map.of(), Map.of());
    }

    public String name() {
        return name;
    }

    public RuleProfile withName(String newName) {
        return new RuleProfile(newName, disabled, severities, parameters);
    }

    public RuleProfile withDisabled(String... ruleIds) {
        Set<String> newDisabled = new TreeSet<>(disabled);
        newDisabled.addAll(Arrays.asList(ruleIds));
        return new RuleProfile(name, newDisabled, severities, parameters);
    }

    public RuleProfile withSeverity(String ruleId, Severity severity) {
        Map<String, Severity> newSeverities = new HashMap<>(severities);
        newSeverities.put(ruleId, severity);
        return new RuleProfile(name, disabled, newSeverities, parameters);
    }

    public RuleProfile withParameter(String key, String value) {
        Map<String, String> newParameters = new HashMap<>(parameters);
        newParameters.put(key, value);
        return new RuleProfile(name, disabled, severities, newParameters);
    }

    /** The same profile without its own value for {@code key}: the template's or the built-in value applies again. */
    public RuleProfile withoutParameter(String key) {
        Map<String, String> newParameters = new HashMap<>(parameters);
        newParameters.remove(key);
        return new RuleProfile(name, disabled, severities, newParameters);
    }

    public Set<String> disabled() {
        return disabled;
    }

    public Map<String, Severity> severities() {
        return severities;
    }

    public Map<String, String> parameters() {
        return parameters;
    }

    /**
     * The severity of a rule for an agreement: this profile, then the agreement's own overrides, then its
     * template's, then the rule's default. Null when the rule is disabled at any of these levels.
     */
    public Severity severityFor(Rule rule, GlobalTerritorialAgreement agreement) {
        if (disabled.contains(rule.id())) {
            return null;
        }
        if (severities.containsKey(rule.id())) {
            return severities.get(rule.id());
        }
        if (agreement != null) {
            RuleSeverity own = override(agreement.getRuleOverrides(), rule.id());
            ConventionTemplate template = agreement.getTemplate();
            RuleSeverity fromTemplate = template == null || template.eIsProxy() ? null
                    : override(template.getRuleParameters(), rule.id());
            RuleSeverity chosen = own != null ? own : fromTemplate;
            if (chosen != null) {
                return chosen == RuleSeverity.DISABLED ? null : Severity.valueOf(chosen.getName());
            }
        }
        return rule.severity();
    }

    private static RuleSeverity override(RuleParameterSet set, String ruleId) {
        if (set != null) {
            for (SeverityOverride override : set.getSeverityOverrides()) {
                if (ruleId.equals(override.getRuleId()) && override.getSeverity() != null) {
                    return override.getSeverity();
                }
            }
        }
        return null;
    }

    Map<String, List<RuleParameters.Value>> parameterValues() {
        Map<String, List<RuleParameters.Value>> values = new HashMap<>();
        parameters.forEach((key, value) -> values.put(key, List.of(new RuleParameters.Value(value, null))));
        return values;
    }

    /** Reads a profile file; an unknown severity is refused with the file and the key named. */
    public static RuleProfile load(Path file) throws IOException {
        try (Reader reader = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            return read(reader, file.getFileName().toString());
        }
    }

    /** A profile from its text (the file format), e.g. kept in preferences. */
    public static RuleProfile parse(String text, String source) throws IOException {
        return read(new java.io.StringReader(text), source);
    }

    private static RuleProfile read(Reader reader, String source) throws IOException {
        Properties properties = new Properties();
        properties.load(reader);
        RuleProfile profile = defaults().withName(properties.getProperty("name", source));
        String disabledList = properties.getProperty("disabled", "");
        for (String id : disabledList.split(",")) {
            if (!id.isBlank()) {
                profile = profile.withDisabled(id.trim());
            }
        }
        for (String key : new TreeSet<>(properties.stringPropertyNames())) {
            String value = properties.getProperty(key).trim();
            if (key.startsWith("severity.")) {
                try {
                    profile = profile.withSeverity(key.substring("severity.".length()), Severity.valueOf(value));
                } catch (IllegalArgumentException e) {
                    throw new IOException(Messages.format("profile.badSeverity", source, key, value), e);
                }
            } else if (key.startsWith("param.")) {
                profile = profile.withParameter(key.substring("param.".length()), value);
            }
        }
        return profile;
    }

    public void save(Path file) throws IOException {
        try (Writer writer = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
            writer.write(toText());
        }
    }

    /** The profile in its file format. */
    public String toText() {
        Properties properties = new Properties();
        properties.setProperty("name", name);
        properties.setProperty("disabled", String.join(",", new TreeSet<>(disabled)));
        severities.forEach((id, severity) -> properties.setProperty("severity." + id, severity.name()));
        parameters.forEach((key, value) -> properties.setProperty("param." + key, value));
        StringBuilder text = new StringBuilder("# CTG Studio validation profile\n");
        new TreeMap<>(properties).forEach((key, value) -> text.append(escape((String) key)).append('=')
                .append(escape((String) value)).append('\n'));
        return text.toString();
    }

    private static String escape(String text) {
        return text.replace("\\", "\\\\").replace("\n", "\\n").replace("=", "\\=").replace(":", "\\:");
    }
}
