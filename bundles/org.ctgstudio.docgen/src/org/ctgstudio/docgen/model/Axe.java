package org.ctgstudio.docgen.model;

import java.util.List;

/**
 * A strategic axis with its objectives and the fiches actions that serve them.
 * Its names are documented in the user guide (« Données des modèles »).
 */
public record Axe(
        int numero, String intitule, String thematiques, List<Objectif> objectifs, List<Fiche> fiches) {
}
