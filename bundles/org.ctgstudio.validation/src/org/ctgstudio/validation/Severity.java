package org.ctgstudio.validation;

import org.eclipse.emf.common.util.Diagnostic;

/** How serious a finding is. Errors block the SIGNED status and the final document generation. */
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
