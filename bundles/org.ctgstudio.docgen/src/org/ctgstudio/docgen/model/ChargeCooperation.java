package org.ctgstudio.docgen.model;

/**
 * A cooperation officer (chargé·e de coopération CTG).
 * Its names are documented in the user guide (« Données des modèles »).
 */
public record ChargeCooperation(
        String nom, String employeur, Nombre etp, boolean financeParBonus) {
}
