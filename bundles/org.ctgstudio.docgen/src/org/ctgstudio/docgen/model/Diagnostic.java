package org.ctgstudio.docgen.model;

import java.util.List;

/**
 * The shared diagnosis.
 * Its names are documented in the user guide (« Données des modèles »).
 */
public record Diagnostic(
        DateFr date, String prestataire, String methode, Montant cout, Montant cofinancementCaf, String synthese,
        List<Besoin> besoins, List<Enjeu> enjeux) {
}
