package org.ctgstudio.validation.fixes;

import org.ctgstudio.validation.Finding;
import org.ctgstudio.validation.RuleProfile;
import org.eclipse.emf.common.command.Command;
import org.eclipse.emf.edit.domain.EditingDomain;

/**
 * An obvious correction of a finding, as an EMF command: executed on the editing domain's command stack, it can be
 * undone like any edit. UI-independent; the workbench offers it as a marker resolution.
 */
public interface QuickFix {

    String ruleId();

    /** What the fix does, in the user's language. */
    String label();

    /**
     * The command that fixes the finding, or null when this fix cannot fix that finding. The profile is the one the
     * finding was found under: a fix that sets a value within a parameter (a cap, a minimum) reads it there, so the
     * finding does not survive the fix.
     */
    Command create(EditingDomain domain, Finding finding, RuleProfile profile);
}
