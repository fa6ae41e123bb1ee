package org.ctgstudio.validation;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Properties;

import org.ctgstudio.model.GlobalTerritorialAgreement;
import org.ctgstudio.model.template.ConventionTemplate;
import org.ctgstudio.model.template.RuleParameter;
import org.ctgstudio.model.template.RuleParameterSet;

/**
 * The parameters of the rules (durations, amounts, thresholds), looked up in order: the validation profile, the
 * convention's own parameters, its template's parameters, the built-in defaults of the domain brief (§6, §7).
 * A parameter may have several values with a "valid from" date (scales change): the value in force at the date asked
 * for is the one with the latest date not after it.
 */
public final class RuleParameters {

    /** One value of a parameter, valid from a date (null: always). */
    record Value(String value, LocalDate validFrom) {
    }

    /** The built-in parameters and their latest default values, by key (for preferences and documentation). */
    public static Map<String, String> defaults() {
        Map<String, String> latest = new java.util.TreeMap<>();
        RuleParameters builtIn = new RuleParameters(List.of(DEFAULTS));
        DEFAULTS.keySet().forEach(key -> latest.put(key, builtIn.value(key)));
        return latest;
    }

    /** A closed range of amounts, e.g. 2600..3600. */
    public record Range(BigDecimal min, BigDecimal max) {
        public boolean contains(BigDecimal value) {
            return value.compareTo(min) >= 0 && value.compareTo(max) <= 0;
        }
    }

    private static final Map<String, List<Value>> DEFAULTS = loadDefaults();

    private final List<Map<String, List<Value>>> layers;

    private RuleParameters(List<Map<String, List<Value>>> layers) {
        this.layers = layers;
    }

    /** The parameters in force for an agreement (null: profile and defaults only). */
    public static RuleParameters of(RuleProfile profile, GlobalTerritorialAgreement agreement) {
        List<Map<String, List<Value>>> layers = new ArrayList<>();
        layers.add(profile.parameterValues());
        if (agreement != null) {
            layers.add(values(agreement.getRuleOverrides()));
            ConventionTemplate template = agreement.getTemplate();
            if (template != null && !template.eIsProxy()) {
                layers.add(values(template.getRuleParameters()));
            }
        }
        layers.add(DEFAULTS);
        return new RuleParameters(layers);
    }

    private static Map<String, List<Value>> values(RuleParameterSet set) {
        Map<String, List<Value>> values = new java.util.HashMap<>();
        if (set != null) {
            for (RuleParameter parameter : set.getEntries()) {
                if (parameter.getKey() != null && parameter.getValue() != null) {
                    values.computeIfAbsent(parameter.getKey().trim(), k -> new ArrayList<>())
                            .add(new Value(parameter.getValue().trim(), parameter.getValidFrom()));
                }
            }
        }
        return values;
    }

    /** The value in force on {@code at} (null: the latest value), or null when no layer defines the key. */
    public String value(String key, LocalDate at) {
        for (Map<String, List<Value>> layer : layers) {
            List<Value> values = layer.get(key);
            if (values == null) {
                continue;
            }
            Value best = null;
            for (Value candidate : values) {
                boolean valid = candidate.validFrom() == null || at == null || !candidate.validFrom().isAfter(at);
                boolean later = best == null || best.validFrom() == null
                        || candidate.validFrom() != null && candidate.validFrom().isAfter(best.validFrom());
                if (valid && later) {
                    best = candidate;
                }
            }
            if (best != null) {
                return best.value();
            }
        }
        return null;
    }

    public String value(String key) {
        return value(key, null);
    }

    public int integer(String key) {
        return Integer.parseInt(require(key, null));
    }

    public BigDecimal decimal(String key) {
        return new BigDecimal(require(key, null));
    }

    public boolean bool(String key) {
        return Boolean.parseBoolean(require(key, null));
    }

    /** A "min..max" parameter in force in a year (on 1 January). */
    public Range range(String key, int year) {
        String value = require(key, LocalDate.of(year, 1, 1));
        String[] bounds = value.split("\\.\\.");
        return new Range(new BigDecimal(bounds[0].trim()), new BigDecimal(bounds[1].trim()));
    }

    private String require(String key, LocalDate at) {
        String value = value(key, at);
        if (value == null) {
            throw new IllegalArgumentException(Messages.format("parameter.missing", key));
        }
        return value;
    }

    /** Built-in defaults: {@code key=value} or {@code key@yyyy-mm-dd=value} for values with a start date. */
    private static Map<String, List<Value>> loadDefaults() {
        Properties properties = new Properties();
        try (InputStream in = RuleParameters.class.getResourceAsStream("defaults.properties")) {
            properties.load(in);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        Map<String, List<Value>> defaults = new java.util.HashMap<>();
        for (String name : properties.stringPropertyNames()) {
            int at = name.indexOf('@');
            String key = at < 0 ? name : name.substring(0, at);
            LocalDate validFrom = at < 0 ? null : LocalDate.parse(name.substring(at + 1));
            defaults.computeIfAbsent(key, k -> new ArrayList<>()).add(new Value(properties.getProperty(name), validFrom));
        }
        return defaults;
    }
}
