package org.ctgstudio.docgen.model;

import java.util.List;

/**
 * The fragments plugins add, by slot ({@code fragments}): empty lists when none is installed, so that the
 * templates' slots print nothing. Its names are documented in the user guide (« Données des modèles »).
 */
public record Fragments(List<Fragment> articles, List<Fragment> annexes) {

    public static final Fragments AUCUN = new Fragments(List.of(), List.of());
}
