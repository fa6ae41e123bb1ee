package org.ctgstudio.docgen.model;

/**
 * An issue (enjeu) of the diagnosis, with the codes of its needs.
 * Its names are documented in the user guide (« Données des modèles »).
 */
public record Enjeu(
        String code, String libelle, String besoins) {
}
