package org.ctgstudio.extension.tests;

import java.math.BigDecimal;

import org.ctgstudio.example.extension.departement.DepartementFactory;
import org.ctgstudio.example.extension.departement.DepartmentalFunding;
import org.ctgstudio.model.GlobalTerritorialAgreement;
import org.ctgstudio.model.funding.FundingSource;

/** A departmental funding line of the example extension, between the parties of the convention's first funding. */
final class ExampleFunding {

    private ExampleFunding() {
    }

    static DepartmentalFunding of(GlobalTerritorialAgreement ctg, FundingSource source) {
        DepartmentalFunding funding = DepartementFactory.eINSTANCE.createDepartmentalFunding();
        funding.setScheme("Fonds départemental d'appui à la parentalité");
        funding.setCouncilDecision("CP-2025-114");
        funding.setSource(source);
        funding.setYear(2026);
        funding.setAmount(new BigDecimal("12000"));
        funding.setFunder(ctg.getFundings().get(0).getFunder());
        funding.setBeneficiary(ctg.getFundings().get(0).getBeneficiary());
        return funding;
    }
}
