package org.ctgstudio.model.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;

import org.ctgstudio.edit.provider.CtgEditPlugin;
import org.ctgstudio.model.CtgPackage;
import org.ctgstudio.model.deployment.DeploymentPackage;
import org.ctgstudio.model.funding.FundingPackage;
import org.ctgstudio.model.governance.GovernancePackage;
import org.ctgstudio.model.plan.PlanPackage;
import org.ctgstudio.model.template.TemplatePackage;
import org.eclipse.emf.ecore.EAnnotation;
import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.EClassifier;
import org.eclipse.emf.ecore.EEnum;
import org.eclipse.emf.ecore.EEnumLiteral;
import org.eclipse.emf.ecore.EModelElement;
import org.eclipse.emf.ecore.ENamedElement;
import org.eclipse.emf.ecore.EPackage;
import org.eclipse.emf.ecore.EStructuralFeature;
import org.junit.jupiter.api.Test;

/** The metamodel covers the domain brief (§3, §4) and labels every element in French and English. */
class MetamodelTest {

    static final List<EPackage> PACKAGES = List.of(CtgPackage.eINSTANCE, PlanPackage.eINSTANCE,
            FundingPackage.eINSTANCE, GovernancePackage.eINSTANCE, DeploymentPackage.eINSTANCE,
            TemplatePackage.eINSTANCE);

    /** Entities of the brief's §3, in its order, and those the modelling of real conventions added. */
    static final List<String> BRIEF_ENTITIES = List.of("CtgWorkspace", "Organisation", "Representative",
            "ChildhoodYouthContract", "Competence", "DelegatedMunicipality", "SupplyFigure", "PastSupport",
            "GlobalTerritorialAgreement", "AgreementParty", "InterventionField", "Territory", "Municipality",
            "SharedDiagnosis", "Need", "Issue", "StrategicAxis", "Objective", "Action", "Indicator", "Measurement",
            "Facility", "Funding", "TerritoryBonus", "PartnerCommitment", "Governance", "Committee", "Meeting",
            "CooperationOfficer", "Evaluation", "Amendment", "DevelopmentPlan", "DevelopmentPlanEntry",
            "DepartmentalSchemeLink", "LinkedContract", "ArticleInstance", "AnnexInstance", "CafDeploymentPlan",
            "TrajectoryPoint", "DeploymentEntry", "CoveragePeriod", "CoverageSnapshot", "ConventionTemplate",
            "ArticleTemplate", "AnnexTemplate", "GovernanceSkeleton", "CommitteeTemplate", "AxisTemplate",
            "IndicatorDefinition", "RuleParameterSet", "RuleParameter", "SeverityOverride");

    /** Enumerations of the brief's §4 with their number of literals (and those real conventions added). */
    static final List<Object[]> BRIEF_ENUMS = List.of(new Object[] {"ThematicDomain", 16},
            new Object[] {"PartnerType", 19}, new Object[] {"TerritoryType", 7}, new Object[] {"FacilityType", 16},
            new Object[] {"FundingSource", 21}, new Object[] {"IndicatorKind", 4}, new Object[] {"CtgStatus", 8},
            new Object[] {"ActionStatus", 5}, new Object[] {"DeploymentStatus", 4}, new Object[] {"TemplateStatus", 3},
            new Object[] {"PartyRole", 2}, new Object[] {"ObjectiveLevel", 2}, new Object[] {"TargetPublic", 12},
            new Object[] {"CommitteeType", 3}, new Object[] {"EvaluationType", 3},
            new Object[] {"EvaluationQuestion", 4}, new Object[] {"AmendmentKind", 5}, new Object[] {"SchemeType", 3},
            new Object[] {"ContractType", 5}, new Object[] {"BonusType", 5}, new Object[] {"FundingBasis", 4},
            new Object[] {"OperatorNature", 4}, new Object[] {"DiagnosisMethod", 4},
            new Object[] {"CoverageCountingMode", 2}, new Object[] {"AnnexKind", 10},
            new Object[] {"AreaCharacter", 5}, new Object[] {"DatePrecision", 6});

    static EClassifier classifier(String name) {
        for (EPackage ePackage : PACKAGES) {
            EClassifier classifier = ePackage.getEClassifier(name);
            if (classifier != null) {
                return classifier;
            }
        }
        return null;
    }

    @Test
    void everyEntityOfTheBriefIsAClass() {
        for (String name : BRIEF_ENTITIES) {
            assertTrue(classifier(name) instanceof EClass, name + " is missing");
        }
        assertTrue(((EClass) classifier("TerritoryBonus")).getESuperTypes().contains(classifier("Funding")));
    }

    /** What real conventions needed: an operator is a role, known unknowns are recorded, not invented. */
    @Test
    void realConventionsNeedNoWorkaround() {
        assertNull(classifier("Operator"), "being an operator is a role of an organisation, not a subclass");
        assertNotNull(CtgPackage.Literals.ORGANISATION.getEStructuralFeature("isOperator"));
        assertEquals(CtgPackage.Literals.ORGANISATION, FundingPackage.Literals.FACILITY__OPERATOR.getEType());
        assertEquals(-1, CtgPackage.Literals.AGREEMENT_PARTY__REPRESENTATIVES.getUpperBound(),
                "a party signs through several representatives");
        assertEquals(CtgPackage.Literals.ORGANISATION, CtgPackage.Literals.TERRITORY__COMPETENT_CAF.getEType());
        assertEquals(Integer.class, CtgPackage.Literals.TERRITORY__POPULATION.getEType().getInstanceClass(),
                "an unknown population is empty, not 0");
        assertEquals(Integer.class, CtgPackage.Literals.MUNICIPALITY__POPULATION.getEType().getInstanceClass());
        assertEquals(0, PlanPackage.Literals.ACTION__PILOT.getLowerBound(), "a pilot may be « à désigner »");
        assertEquals(0, FundingPackage.Literals.FACILITY__OPERATOR.getLowerBound());
        assertEquals(0, PlanPackage.Literals.SHARED_DIAGNOSIS__NEEDS.getLowerBound(), "a diagnosis of enjeux only");
        for (EStructuralFeature precision : List.of(PlanPackage.Literals.ACTION__START_DATE_PRECISION,
                PlanPackage.Literals.ACTION__DUE_DATE_PRECISION,
                GovernancePackage.Literals.EVALUATION__PLANNED_DATE_PRECISION,
                PlanPackage.Literals.SHARED_DIAGNOSIS__COMPLETION_DATE_PRECISION)) {
            assertEquals(CtgPackage.Literals.DATE_PRECISION, precision.getEType(), precision.getName());
        }
    }

    @Test
    void everyEnumerationOfTheBriefIsThere() {
        for (Object[] expected : BRIEF_ENUMS) {
            EClassifier classifier = classifier((String) expected[0]);
            assertTrue(classifier instanceof EEnum, expected[0] + " is missing");
            assertEquals(expected[1], ((EEnum) classifier).getELiterals().size(), expected[0] + " literals");
        }
    }

    @Test
    void everyElementHasAFrenchAndAnEnglishLabel() {
        List<String> missing = new ArrayList<>();
        for (EPackage ePackage : PACKAGES) {
            for (EClassifier classifier : ePackage.getEClassifiers()) {
                check(classifier, missing);
                if (classifier instanceof EClass eClass) {
                    for (EStructuralFeature feature : eClass.getEStructuralFeatures()) {
                        check(feature, missing);
                    }
                } else if (classifier instanceof EEnum eEnum) {
                    for (EEnumLiteral literal : eEnum.getELiterals()) {
                        check(literal, missing);
                    }
                }
            }
        }
        assertEquals(List.of(), missing);
    }

    private static void check(EModelElement element, List<String> missing) {
        EAnnotation labels = element.getEAnnotation("http://ctgstudio.org/ctg/labels");
        String name = ((ENamedElement) element).getName();
        if (labels == null || isBlank(labels.getDetails().get("fr")) || isBlank(labels.getDetails().get("en"))) {
            missing.add(name);
        }
    }

    private static boolean isBlank(String text) {
        return text == null || text.isBlank();
    }

    @Test
    void editLabelsAreTheFrenchOnes() {
        assertEquals("Fiche action", CtgEditPlugin.INSTANCE.getString("_UI_Action_type"));
        assertEquals("Bonus territoire CTG", CtgEditPlugin.INSTANCE.getString("_UI_TerritoryBonus_type"));
        assertEquals("Chargé·e de coopération CTG", CtgEditPlugin.INSTANCE.getString("_UI_CooperationOfficer_type"));
        for (String name : BRIEF_ENTITIES) {
            String label = CtgEditPlugin.INSTANCE.getString("_UI_" + name + "_type");
            assertNotNull(label);
            assertFalse(label.isBlank(), name);
        }
    }
}
