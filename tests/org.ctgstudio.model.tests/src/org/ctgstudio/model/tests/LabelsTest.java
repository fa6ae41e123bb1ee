package org.ctgstudio.model.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.Collection;
import java.util.List;

import org.ctgstudio.edit.CtgItemProviders;
import org.ctgstudio.edit.CtgLabels;
import org.ctgstudio.model.DatePrecision;
import org.ctgstudio.model.GlobalTerritorialAgreement;
import org.ctgstudio.model.InterventionField;
import org.ctgstudio.model.ThematicDomain;
import org.ctgstudio.model.funding.FacilityType;
import org.ctgstudio.model.funding.Funding;
import org.ctgstudio.model.funding.SupplyFigure;
import org.ctgstudio.model.governance.Evaluation;
import org.ctgstudio.model.plan.PlanPackage;
import org.ctgstudio.tests.support.Examples;
import org.eclipse.emf.common.command.BasicCommandStack;
import org.eclipse.emf.edit.command.CommandParameter;
import org.eclipse.emf.edit.domain.AdapterFactoryEditingDomain;
import org.eclipse.emf.edit.provider.DecoratorAdapterFactory;
import org.eclipse.emf.edit.provider.IItemLabelProvider;
import org.eclipse.emf.edit.provider.IItemPropertyDescriptor;
import org.eclipse.emf.edit.provider.IItemPropertySource;
import org.eclipse.emf.edit.provider.IItemProviderDecorator;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** What the item providers show a French user: labels, enumeration literals, property categories, new children. */
class LabelsTest {

    private final DecoratorAdapterFactory factory = CtgItemProviders.create();

    @AfterEach
    void dispose() {
        factory.dispose();
    }

    private String text(Object element) {
        return ((IItemLabelProvider) factory.adapt(element, IItemLabelProvider.class)).getText(element);
    }

    @Test
    void elementsAreLabelledByWhatUsersKnowThemBy() throws Exception {
        GlobalTerritorialAgreement ctg = Examples.convention();
        assertEquals("CTG-00-VALEX-2025 \u2013 CTG du Val d'Exemple 2025-2029", text(ctg));
        assertEquals("FA01 \u2013 Extension du multi-accueil « Les Petits Pas »", text(ctg.getActions().get(0)));
        assertEquals("Caf de l'Exemple (Signataire)", text(ctg.getParties().get(0)));
        assertEquals("Axe stratégique 1 \u2013 Accueillir le jeune enfant", text(ctg.getAxes().get(0)));
        InterventionField rights = ctg.getInterventionFields().stream()
                .filter(f -> f.getTheme() == ThematicDomain.ACCESS_TO_RIGHTS).findFirst().orElseThrow();
        assertEquals("Accès aux droits \u2605", text(rights));
        Funding bonus = ctg.getFundings().get(0);
        assertEquals("Bonus territoire CTG 2027 \u2013 86\u00A0500 \u20AC", text(bonus));
        assertEquals("Gouvernance", text(ctg.getGovernance()));
    }

    @Test
    void newElementsAreLabelledToo() throws Exception {
        GlobalTerritorialAgreement ctg = Examples.convention();
        assertEquals("Mme Claire Modèle, Présidente du conseil d'administration",
                text(ctg.getParties().get(0).getRepresentatives().get(0)));
        assertEquals("Enfance (3–11 ans) \u2013 exercée par l'intercommunalité",
                text(ctg.getTerritory().getCompetences().get(1)));
        SupplyFigure childminders = ctg.getDiagnosis().getSupplyFigures().stream()
                .filter(s -> s.getFacilityType() == FacilityType.CHILDMINDER).findFirst().orElseThrow();
        assertEquals("Assistant·es maternel·les (accueil individuel) \u2013 96 assistant·es maternel·les, 310 places",
                text(childminders));
        assertEquals("Contrat enfance jeunesse (PSEJ) 2017\u20132020 \u2013 720\u00A0000 \u20AC",
                text(ctg.getDiagnosis().getPastSupports().get(0)));
        Evaluation last = ctg.getEvaluations().get(ctg.getEvaluations().size() - 1);
        assertEquals("Évaluation finale \u2013 juin 2029", text(last), "a date known to the month");
        LocalDate day = LocalDate.of(2023, 1, 31);
        assertEquals("1er trimestre 2023", CtgLabels.date(day, DatePrecision.QUARTER));
        assertEquals("2e semestre 2023", CtgLabels.date(day.plusMonths(6), DatePrecision.HALF_YEAR));
        assertEquals("2023", CtgLabels.date(day, DatePrecision.YEAR));
        assertEquals("au plus tard le 31/01/2023", CtgLabels.date(day, DatePrecision.NOT_AFTER));
        assertEquals("31/01/2023", CtgLabels.date(day, DatePrecision.EXACT));
        assertEquals("Commune d'Esquisse", CtgLabels.text(ctg.getParties().get(7).getOrganisation()));
    }

    @Test
    void enumerationLiteralsHaveTheirFrenchLabels() {
        assertEquals("Petite enfance (0–3 ans)", CtgLabels.literal(ThematicDomain.EARLY_CHILDHOOD));
        assertEquals("France Travail (ex-Pôle emploi)",
                CtgLabels.literal(org.ctgstudio.model.PartnerType.FRANCE_TRAVAIL));
        assertEquals("Comité de pilotage (COPIL)",
                CtgLabels.literal(org.ctgstudio.model.governance.CommitteeType.STEERING));
    }

    @Test
    void propertiesHaveFrenchNamesAndCategories() throws Exception {
        GlobalTerritorialAgreement ctg = Examples.convention();
        IItemPropertySource source = (IItemPropertySource) factory.adapt(ctg, IItemPropertySource.class);
        IItemPropertyDescriptor start = source.getPropertyDescriptor(ctg, "startDate");
        assertNotNull(start);
        assertEquals("Date d'effet", start.getDisplayName(ctg));
        assertEquals("Dates", start.getCategory(ctg));
        IItemPropertyDescriptor territory = source.getPropertyDescriptor(ctg, "territory");
        assertEquals("Communauté de communes du Val d'Exemple",
                territory.getLabelProvider(ctg).getText(ctg.getTerritory()), "choices show the same labels as trees");
        assertEquals("CTG-00-VALEX-2021 \u2013 CTG du Val d'Exemple 2021-2024",
                source.getPropertyDescriptor(ctg, "predecessor").getLabelProvider(ctg).getText(ctg.getPredecessor()));
        IItemPropertyDescriptor duration = source.getPropertyDescriptor(ctg, "durationYears");
        assertFalse(duration.canSetProperty(ctg), "a derived duration is read-only");
        IItemPropertyDescriptor id = source.getPropertyDescriptor(ctg, "id");
        assertFalse(id.canSetProperty(ctg), "ids are never edited by hand");
        assertTrue(factory.adapt(ctg, IItemLabelProvider.class) instanceof IItemProviderDecorator);
    }

    @Test
    void newChildMenusOfferTheContainedKinds() throws Exception {
        GlobalTerritorialAgreement ctg = Examples.convention();
        AdapterFactoryEditingDomain domain = new AdapterFactoryEditingDomain(factory, new BasicCommandStack());
        Collection<?> descriptors = domain.getNewChildDescriptors(ctg, null);
        List<String> created = descriptors.stream().map(d -> ((CommandParameter) d).getEValue().eClass().getName())
                .toList();
        assertTrue(created.containsAll(List.of("Action", "AgreementParty", "Facility", "Funding", "TerritoryBonus",
                "Evaluation", "Amendment", "ArticleInstance")), created.toString());
        Collection<?> forAction = domain.getNewChildDescriptors(ctg.getActions().get(0), null);
        assertTrue(forAction.stream().anyMatch(d -> ((CommandParameter) d).getEStructuralFeature()
                == PlanPackage.Literals.ACTION__INDICATORS));
    }
}
