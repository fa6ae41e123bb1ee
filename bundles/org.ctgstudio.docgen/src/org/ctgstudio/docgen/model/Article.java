package org.ctgstudio.docgen.model;

/**
 * An article, its text with the model's fields filled in.
 * Its names are documented in the user guide (« Données des modèles »).
 */
public record Article(
        String numero, String titre, String texte, boolean modifieLocalement) {
}
