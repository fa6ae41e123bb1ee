package org.ctgstudio.docgen.model;

import java.util.List;

/**
 * An amendment.
 * Its names are documented in the user guide (« Données des modèles »).
 */
public record Avenant(
        int numero, DateFr signature, String objets, DateFr nouvelleEcheance, String articlesModifies,
        String annexesModifiees, List<Partie> nouvellesParties) {

    public static final Avenant VIDE = new Avenant(0, DateFr.VIDE, "", DateFr.VIDE, "", "", List.of());
}
