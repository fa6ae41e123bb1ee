package org.ctgstudio.docgen.model;

import java.util.List;

/**
 * The governance: committees and cooperation officers.
 * Its names are documented in the user guide (« Données des modèles »).
 */
public record Gouvernance(
        List<Instance> instances, List<ChargeCooperation> chargesCooperation) {
}
