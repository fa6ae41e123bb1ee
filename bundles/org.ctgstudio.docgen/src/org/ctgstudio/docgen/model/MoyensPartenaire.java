package org.ctgstudio.docgen.model;

import java.util.List;

/**
 * One partner's commitments over the convention, with their total (annex 1).
 * Its names are documented in the user guide (« Données des modèles »).
 */
public record MoyensPartenaire(
        String partenaire, Montant total, List<Engagement> engagements) {
}
