package org.ctgstudio.docgen.model;

/**
 * A meeting of a committee.
 * Its names are documented in the user guide (« Données des modèles »).
 */
public record Reunion(
        DateFr date, String decisions) {
}
