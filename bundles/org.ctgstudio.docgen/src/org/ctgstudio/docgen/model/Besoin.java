package org.ctgstudio.docgen.model;

/**
 * A need found by the diagnosis.
 * Its names are documented in the user guide (« Données des modèles »).
 */
public record Besoin(
        String code, String libelle, String thematique, String publics, String ecart) {
}
