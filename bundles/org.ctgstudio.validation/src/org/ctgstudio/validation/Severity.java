package org.ctgstudio.validation;

import org.eclipse.emf.common.util.Diagnostic;

/**
 * How serious a finding is: an error is to be corrected before the convention is signed, a warning asks for a check,
 * an info is advice.
 */
public enum Severity {
    ERROR(Diagnostic.ERROR), WARNING(Diagnostic.WARNING), INFO(Diagnostic.INFO);

    private final int diagnosticSeverity;

    Severity(int diagnosticSeverity) {
        this.diagnosticSeverity = diagnosticSeverity;
    }

    /** The matching {@link Diagnostic} severity. */
    public int diagnosticSeverity() {
        return diagnosticSeverity;
    }
}
