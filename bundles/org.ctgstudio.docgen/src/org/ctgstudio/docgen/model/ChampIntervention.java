package org.ctgstudio.docgen.model;

/**
 * An intervention field (thématique) of the convention.
 * Its names are documented in the user guide (« Données des modèles »).
 */
public record ChampIntervention(
        String thematique, String code, boolean prioritaire, String justification) {
}
