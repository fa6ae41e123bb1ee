package org.ctgstudio.docgen.model;

/**
 * The local authorities that sign: their names and the competences they exercise.
 * Its names are documented in the user guide (« Données des modèles »).
 */
public record Collectivites(
        String liste, String competences) {
}
