package org.ctgstudio.docgen.model;

/**
 * A document fragment contributed by a plugin, ready for the template.
 * Its names are documented in the user guide (« Données des modèles »).
 *
 * @param corps the body as HTML, written by XDocReport's text styling: only in a field {@code ${fragment.corps}}
 *              alone in its paragraph, inside {@code [#list fragments.annexes as fragment]}
 */
public record Fragment(String id, String plugin, String titre, String corps) {
}
