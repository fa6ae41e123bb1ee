package org.ctgstudio.docgen.model;

/**
 * The intervention fields as sentences: all of them, the priority ones.
 * Its names are documented in the user guide (« Données des modèles »).
 */
public record Champs(
        String liste, String prioritaires) {
}
