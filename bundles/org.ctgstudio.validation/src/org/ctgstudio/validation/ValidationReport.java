package org.ctgstudio.validation;

import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/** The findings of a validation run and their summary. */
public record ValidationReport(List<Finding> findings) {

    public long count(Severity severity) {
        return findings.stream().filter(f -> f.severity() == severity).count();
    }

    public boolean hasErrors() {
        return count(Severity.ERROR) > 0;
    }

    /** The findings of one rule. */
    public List<Finding> of(String ruleId) {
        return findings.stream().filter(f -> f.ruleId().equals(ruleId)).toList();
    }

    /** Number of findings per rule id, sorted by id. */
    public Map<String, Long> byRule() {
        Map<String, Long> counts = new TreeMap<>();
        findings.forEach(f -> counts.merge(f.ruleId(), 1L, Long::sum));
        return counts;
    }

    /** "2 erreurs, 5 avertissements, 1 information" or its English equivalent. */
    public String summary() {
        return Messages.format("summary", count(Severity.ERROR), count(Severity.WARNING), count(Severity.INFO));
    }
}
