package org.ctgstudio.validation;

import java.util.List;

import org.eclipse.emf.ecore.EObject;

/**
 * One broken rule on one element.
 *
 * @param ruleId    the stable rule id, e.g. CTG-SIG-01
 * @param severity  the severity in force (rule default, template, convention or profile)
 * @param element   the offending element
 * @param elementId its UUID
 * @param label     the element as users call it: "FA06 – Formation …"
 * @param path      where it is: "CTG-00-VALEX-2025 – CTG du Val d'Exemple 2025-2029 / FA06 – Formation …"
 * @param text      the rule's text for this case, in the user's language (the brief's wording)
 * @param details   what the text counts, one item a line (the communes that do not sign ...), or empty
 * @param category  the rule's category (Signataires, Durée …)
 * @param sources   the public sources the rule rests on
 */
public record Finding(String ruleId, Severity severity, EObject element, String elementId, String label,
        String path, String text, List<String> details, String category, List<String> sources) {

    public Finding {
        details = List.copyOf(details);
    }

    /** The message to show: the element, then the rule's text ("FA06 – Formation … : Valeur initiale …"). */
    public String message() {
        return Messages.format("finding.message", label, text);
    }

    @Override
    public String toString() {
        return severity + " " + ruleId + " [" + path + "] " + text;
    }
}
