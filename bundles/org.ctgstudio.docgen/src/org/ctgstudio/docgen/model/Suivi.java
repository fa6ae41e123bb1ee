package org.ctgstudio.docgen.model;

import java.util.List;

/**
 * The yearly follow-up: the year reported on, the convention's years, every indicator against its target.
 * Its names are documented in the user guide (« Données des modèles »).
 */
public record Suivi(
        int annee, List<Integer> annees, List<SuiviIndicateur> indicateurs) {
}
