package org.ctgstudio.docgen.model;

/**
 * The generated document itself: draft or final, when, from which template.
 * Its names are documented in the user guide (« Données des modèles »).
 */
public record Document(
        boolean projet, String mention, DateFr genereLe, String modele, String format) {
}
