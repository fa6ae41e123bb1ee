package org.ctgstudio.docgen.model;

import java.util.List;

/**
 * A fiche action (annex 4), laid out as the domain brief's fiche action.
 * Its names are documented in the user guide (« Données des modèles »).
 */
public record Fiche(
        String numero, String intitule, String description, String axe, String objectifs, String thematiques,
        String constat, String pilote, String partenaires, String publics, String communes, DateFr debut,
        DateFr echeance, String calendrier, Montant budget, List<Financement> financements,
        Montant totalFinancements, String equipements, String statut, String statutCode, String commentaire,
        List<Indicateur> indicateurs) {
}
