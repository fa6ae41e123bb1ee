package org.ctgstudio.validation.fixes;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;

import org.ctgstudio.model.CtgFactory;
import org.ctgstudio.model.CtgPackage;
import org.ctgstudio.model.GlobalTerritorialAgreement;
import org.ctgstudio.model.InterventionField;
import org.ctgstudio.model.Municipality;
import org.ctgstudio.model.SchemeType;
import org.ctgstudio.model.DepartmentalSchemeLink;
import org.ctgstudio.model.Territory;
import org.ctgstudio.model.ThematicDomain;
import org.ctgstudio.model.funding.Funding;
import org.ctgstudio.model.funding.FundingPackage;
import org.ctgstudio.model.funding.TerritoryBonus;
import org.ctgstudio.model.governance.Amendment;
import org.ctgstudio.model.governance.Committee;
import org.ctgstudio.model.governance.CommitteeType;
import org.ctgstudio.model.governance.Evaluation;
import org.ctgstudio.model.governance.EvaluationQuestion;
import org.ctgstudio.model.governance.EvaluationType;
import org.ctgstudio.model.governance.Governance;
import org.ctgstudio.model.governance.GovernanceFactory;
import org.ctgstudio.model.governance.GovernancePackage;
import org.ctgstudio.model.plan.Action;
import org.ctgstudio.model.plan.PlanPackage;
import org.ctgstudio.model.plan.SharedDiagnosis;
import org.ctgstudio.model.util.LocalizedMessages;
import org.ctgstudio.validation.Finding;
import org.ctgstudio.validation.RuleParameters;
import org.ctgstudio.validation.RuleProfile;
import org.eclipse.emf.common.command.Command;
import org.eclipse.emf.common.command.CompoundCommand;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EStructuralFeature;
import org.eclipse.emf.edit.command.AddCommand;
import org.eclipse.emf.edit.command.SetCommand;
import org.eclipse.emf.edit.domain.EditingDomain;

/** The quick fixes of the CTG rules where the correction is obvious. */
public final class QuickFixes {

    private static final LocalizedMessages MESSAGES = new LocalizedMessages(
            "org.ctgstudio.validation.fixes.messages", QuickFixes.class);

    private static final List<QuickFix> ALL = List.of(
            fix("CTG-THE-01", "addMandatoryThemes", QuickFixes::addMandatoryThemes),
            fix("CTG-TER-02", "populationFromCommunes", (domain, f, profile) -> {
                Territory territory = (Territory) f.element();
                if (territory.getMunicipalities().stream().anyMatch(m -> m.getPopulation() == null)) {
                    return null; // an unknown population is not 0: no total to take over
                }
                int sum = territory.getMunicipalities().stream().mapToInt(Municipality::getPopulation).sum();
                return set(domain, territory, CtgPackage.Literals.TERRITORY__POPULATION, sum);
            }),
            fix("CTG-DIA-03", "capDiagnosticCofunding", (domain, f, profile) -> {
                SharedDiagnosis diagnosis = (SharedDiagnosis) f.element();
                GlobalTerritorialAgreement agreement = (GlobalTerritorialAgreement) diagnosis.eContainer();
                BigDecimal cap = RuleParameters.of(profile, agreement).decimal("diagnosticCafCap");
                BigDecimal capped = diagnosis.getCost() == null ? cap : cap.min(diagnosis.getCost());
                return set(domain, diagnosis, PlanPackage.Literals.SHARED_DIAGNOSIS__CAF_CO_FUNDING, capped);
            }),
            fix("CTG-ACT-03", "budgetFromFunding", (domain, f, profile) -> {
                Action action = (Action) f.element();
                BigDecimal sum = action.getFundings().stream().map(Funding::getAmount).filter(Objects::nonNull)
                        .reduce(BigDecimal.ZERO, BigDecimal::add);
                return set(domain, action, PlanPackage.Literals.ACTION__PLANNED_BUDGET, sum);
            }),
            fix("CTG-GOV-01", "addSteeringCommittee", (domain, f, profile) -> addCommittee(domain, (Governance) f.element(),
                    CommitteeType.STEERING, "committee.steering", profile)),
            fix("CTG-GOV-02", "addTechnicalCommittee", (domain, f, profile) -> addCommittee(domain, (Governance) f.element(),
                    CommitteeType.TECHNICAL, "committee.technical", profile)),
            fix("CTG-EVA-01", "planFinalEvaluation", (domain, f, profile) -> {
                GlobalTerritorialAgreement agreement = (GlobalTerritorialAgreement) f.element();
                LocalDate end = agreement.getEffectiveEndDate();
                if (end == null) {
                    return null;
                }
                Evaluation evaluation = GovernanceFactory.eINSTANCE.createEvaluation();
                evaluation.setType(EvaluationType.FINAL);
                evaluation.setPlannedDate(end.minusMonths(6));
                evaluation.getQuestions().addAll(EnumSet.allOf(EvaluationQuestion.class));
                evaluation.setIsDiagnosisUpdated(true);
                return AddCommand.create(domain, agreement,
                        CtgPackage.Literals.GLOBAL_TERRITORIAL_AGREEMENT__EVALUATIONS, evaluation);
            }),
            fix("CTG-LNK-01", "addSdsfLink", (domain, f, profile) -> {
                DepartmentalSchemeLink link = CtgFactory.eINSTANCE.createDepartmentalSchemeLink();
                link.setScheme(SchemeType.SDSF);
                link.setTitle(MESSAGES.format("sdsf.title"));
                return AddCommand.create(domain, f.element(),
                        CtgPackage.Literals.GLOBAL_TERRITORIAL_AGREEMENT__SCHEME_LINKS, link);
            }),
            fix("CTG-FIN-01", "payTheOperator", (domain, f, profile) -> {
                TerritoryBonus bonus = (TerritoryBonus) f.element();
                return bonus.getFacility() == null || bonus.getFacility().getOperator() == null ? null
                        : set(domain, bonus, FundingPackage.Literals.FUNDING__BENEFICIARY,
                                bonus.getFacility().getOperator());
            }),
            fix("CTG-FIN-06", "noNewAlshPlaces", (domain, f, profile) -> set(domain, f.element(),
                    FundingPackage.Literals.TERRITORY_BONUS__NEW_PLACES, 0)),
            fix("CTG-AMD-01", "renumberAmendments", (domain, f, profile) -> {
                GlobalTerritorialAgreement agreement = (GlobalTerritorialAgreement) f.element().eContainer();
                List<Amendment> amendments = new ArrayList<>(agreement.getAmendments());
                amendments.sort((a, b) -> Objects.compare(a.getSignatureDate(), b.getSignatureDate(),
                        java.util.Comparator.nullsLast(java.util.Comparator.naturalOrder())));
                CompoundCommand renumber = new CompoundCommand(MESSAGES.format("renumberAmendments"));
                for (int i = 0; i < amendments.size(); i++) {
                    if (amendments.get(i).getNumber() != i + 1) {
                        renumber.append(set(domain, amendments.get(i), GovernancePackage.Literals.AMENDMENT__NUMBER,
                                i + 1));
                    }
                }
                return renumber.isEmpty() ? null : renumber;
            }));

    private QuickFixes() {
    }

    public static List<QuickFix> all() {
        return ALL;
    }

    /** The fixes that apply to a finding, with their commands ready for the domain's command stack. */
    public static List<QuickFix> forFinding(Finding finding) {
        return ALL.stream().filter(fix -> fix.ruleId().equals(finding.ruleId())).toList();
    }

    /** How a fix makes its command: from the finding and the profile it was found under. */
    @FunctionalInterface
    private interface Maker {
        Command make(EditingDomain domain, Finding finding, RuleProfile profile);
    }

    private static QuickFix fix(String ruleId, String labelKey, Maker create) {
        return new QuickFix() {
            @Override
            public String ruleId() {
                return ruleId;
            }

            @Override
            public String label() {
                return MESSAGES.format(labelKey);
            }

            @Override
            public Command create(EditingDomain domain, Finding finding, RuleProfile profile) {
                Command command = ruleId.equals(finding.ruleId()) ? create.make(domain, finding, profile) : null;
                return command != null && command.canExecute() ? command : null;
            }

            @Override
            public String toString() {
                return ruleId + ": " + label();
            }
        };
    }

    private static Command set(EditingDomain domain, EObject owner, EStructuralFeature feature, Object value) {
        return SetCommand.create(domain, owner, feature, value);
    }

    private static Command addMandatoryThemes(EditingDomain domain, Finding finding, RuleProfile profile) {
        GlobalTerritorialAgreement agreement = (GlobalTerritorialAgreement) finding.element();
        Set<ThematicDomain> missing = EnumSet.noneOf(ThematicDomain.class);
        if (agreement.getTemplate() != null && !agreement.getTemplate().getMandatoryThemes().isEmpty()) {
            missing.addAll(agreement.getTemplate().getMandatoryThemes());
        } else {
            for (String name : RuleParameters.of(profile, agreement).value("mandatoryThemes")
                    .split(",")) {
                missing.add(ThematicDomain.getByName(name.trim()));
            }
        }
        agreement.getInterventionFields().forEach(field -> missing.remove(field.getTheme()));
        List<InterventionField> fields = new ArrayList<>();
        for (ThematicDomain theme : missing) {
            InterventionField field = CtgFactory.eINSTANCE.createInterventionField();
            field.setTheme(theme);
            fields.add(field);
        }
        return fields.isEmpty() ? null : AddCommand.create(domain, agreement,
                CtgPackage.Literals.GLOBAL_TERRITORIAL_AGREEMENT__INTERVENTION_FIELDS, fields);
    }

    private static Command addCommittee(EditingDomain domain, Governance governance, CommitteeType type,
            String nameKey, RuleProfile profile) {
        GlobalTerritorialAgreement agreement = (GlobalTerritorialAgreement) governance.eContainer();
        Committee committee = GovernanceFactory.eINSTANCE.createCommittee();
        committee.setType(type);
        committee.setName(MESSAGES.format(nameKey));
        RuleParameters parameters = RuleParameters.of(profile, agreement);
        committee.setMeetingsPerYear(type == CommitteeType.STEERING ? parameters.integer("copilMinPerYear") : 4);
        if (type == CommitteeType.STEERING && agreement != null) {
            // The COPIL brings the Caf and every signatory together (rule CTG-GOV-04).
            agreement.getParties().stream().filter(p -> p.getRole() == org.ctgstudio.model.PartyRole.SIGNATORY)
                    .map(p -> p.getOrganisation()).filter(Objects::nonNull).forEach(committee.getMembers()::add);
        }
        return AddCommand.create(domain, governance, GovernancePackage.Literals.GOVERNANCE__COMMITTEES, committee);
    }
}
