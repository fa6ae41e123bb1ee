package org.ctgstudio.templates;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

import org.ctgstudio.model.AgreementParty;
import org.ctgstudio.model.AnnexInstance;
import org.ctgstudio.model.ArticleInstance;
import org.ctgstudio.model.CtgFactory;
import org.ctgstudio.model.CtgStatus;
import org.ctgstudio.model.GlobalTerritorialAgreement;
import org.ctgstudio.model.Identified;
import org.ctgstudio.model.InterventionField;
import org.ctgstudio.model.Organisation;
import org.ctgstudio.model.PartnerType;
import org.ctgstudio.model.PartyRole;
import org.ctgstudio.model.Representative;
import org.ctgstudio.model.Territory;
import org.ctgstudio.model.ThematicDomain;
import org.ctgstudio.model.governance.Committee;
import org.ctgstudio.model.governance.CommitteeType;
import org.ctgstudio.model.governance.Governance;
import org.ctgstudio.model.governance.GovernanceFactory;
import org.ctgstudio.model.plan.Objective;
import org.ctgstudio.model.plan.ObjectiveLevel;
import org.ctgstudio.model.plan.PlanFactory;
import org.ctgstudio.model.plan.StrategicAxis;
import org.ctgstudio.model.template.AnnexTemplate;
import org.ctgstudio.model.template.ArticleTemplate;
import org.ctgstudio.model.template.AxisTemplate;
import org.ctgstudio.model.template.CommitteeTemplate;
import org.ctgstudio.model.template.ConventionTemplate;
import org.ctgstudio.model.template.PartTemplate;
import org.ctgstudio.model.template.TemplateStatus;
import org.ctgstudio.model.util.LocalizedMessages;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.util.EcoreUtil;

/**
 * Instantiates a convention template for a territory: template + territory + dates + parties give a new convention
 * whose articles, annexes, mandatory themes, governance and axes come from the template. Article and annex texts
 * keep their placeholders (${territoire.nom} ...), for the documents to fill; each instance keeps its link to
 * the template part it comes from, for later comparison with new template versions.
 */
public final class TemplateInstantiator {

    private static final LocalizedMessages MESSAGES = new LocalizedMessages("org.ctgstudio.templates.messages",
            TemplateInstantiator.class);

    /** A party to add: an organisation and its role. */
    public record Party(Organisation organisation, PartyRole role) {
    }

    /** What the drafting team chooses; code and title may be null (then derived from the territory and dates). */
    public record Request(ConventionTemplate template, Territory territory, LocalDate startDate, LocalDate endDate,
            List<Party> parties, String code, String title) {
    }

    private TemplateInstantiator() {
    }

    /**
     * @throws IllegalArgumentException with a message for the user when the request is incomplete, the template
     *                                  retired, or a referenced element cannot be found
     */
    public static GlobalTerritorialAgreement instantiate(Request request) {
        check(request);
        ConventionTemplate template = request.template();
        GlobalTerritorialAgreement agreement = CtgFactory.eINSTANCE.createGlobalTerritorialAgreement();
        agreement.setTemplate(template);
        agreement.setTemplateVersion(template.getVersion());
        agreement.setTerritory(request.territory());
        agreement.setStartDate(request.startDate());
        agreement.setEndDate(request.endDate());
        agreement.setStatus(CtgStatus.PREPARATION);
        agreement.setGeneration(1);
        agreement.setTitle(request.title() != null ? request.title()
                : "CTG " + request.territory().getName() + " " + request.startDate().getYear() + "-"
                        + request.endDate().getYear());
        agreement.setCode(request.code());

        List<Organisation> signatories = new ArrayList<>();
        for (Party party : request.parties()) {
            agreement.getParties().add(party(party));
            if (party.role() == PartyRole.SIGNATORY) {
                signatories.add(party.organisation());
            }
        }
        for (ThematicDomain theme : template.getMandatoryThemes()) {
            InterventionField field = CtgFactory.eINSTANCE.createInterventionField();
            field.setTheme(theme);
            agreement.getInterventionFields().add(field);
        }
        agreement.setDiagnosis(PlanFactory.eINSTANCE.createSharedDiagnosis());
        agreement.getAxes().addAll(axes(template));
        agreement.setGovernance(governance(template, signatories));
        for (ArticleTemplate part : sorted(template.getArticleTemplates())) {
            ArticleInstance article = CtgFactory.eINSTANCE.createArticleInstance();
            article.setNumber(part.getNumber());
            article.setTitle(part.getTitle());
            article.setBody(part.getBodyTemplate());
            article.setTemplate(part);
            agreement.getArticles().add(article);
        }
        for (AnnexTemplate part : sorted(template.getAnnexTemplates())) {
            AnnexInstance annex = CtgFactory.eINSTANCE.createAnnexInstance();
            annex.setNumber(part.getNumber());
            annex.setTitle(part.getTitle());
            annex.setKind(part.getKind());
            annex.setTemplate(part);
            agreement.getAnnexes().add(annex);
        }
        assignIds(agreement);
        return agreement;
    }

    /**
     * What the drafting team should know about a request that is otherwise fine: a template that belongs to another
     * Caf than the territory's competent Caf (rule CTG-TPL-02 says it again on the convention).
     */
    public static List<String> notices(Request request) {
        List<String> notices = new ArrayList<>();
        Organisation owner = request.template() == null ? null : known(request.template().getCaf());
        Organisation competent = request.territory() == null ? null : known(request.territory().getCompetentCaf());
        if (owner != null && competent != null && owner != competent) {
            notices.add(MESSAGES.format("otherCaf", owner.getName(), competent.getName()));
        }
        return notices;
    }

    /**
     * Whether an organisation signs a convention of the territory by default: its competent Caf (every Caf when the
     * territory names none), the intercommunality that administers it, its member communes.
     */
    public static boolean signsByDefault(Organisation organisation, Territory territory) {
        if (organisation.getType() == PartnerType.CAF) {
            Organisation competent = territory == null ? null : known(territory.getCompetentCaf());
            return competent == null || competent == organisation;
        }
        return territory != null && (organisation.getTerritory() == territory
                || organisation.getMunicipality() != null
                        && territory.getMunicipalities().contains(organisation.getMunicipality()));
    }

    /**
     * A party as the template's users fill it: a signatory gets the representatives its kind of organisation signs
     * through (the Caf: the chair of its board and its director; a commune: its mayor), their names to be given, and
     * the body that deliberates.
     */
    private static AgreementParty party(Party party) {
        AgreementParty instance = CtgFactory.eINSTANCE.createAgreementParty();
        instance.setOrganisation(party.organisation());
        instance.setRole(party.role());
        PartnerType type = party.organisation() == null ? null : party.organisation().getType();
        if (party.role() != PartyRole.SIGNATORY || type == null) {
            return instance;
        }
        if (MESSAGES.has("representatives." + type.getName())) {
            for (String capacity : MESSAGES.format("representatives." + type.getName()).split("\\|")) {
                Representative representative = CtgFactory.eINSTANCE.createRepresentative();
                representative.setCapacity(capacity.trim());
                instance.getRepresentatives().add(representative);
            }
        }
        if (MESSAGES.has("deliberationBody." + type.getName())) {
            instance.setDeliberationBody(MESSAGES.format("deliberationBody." + type.getName()));
        }
        return instance;
    }

    private static <T extends EObject> T known(T element) {
        return element == null || element.eIsProxy() ? null : element;
    }

    private static void check(Request request) {
        if (request.template() == null) {
            throw new IllegalArgumentException(MESSAGES.format("missing.template"));
        }
        if (request.territory() == null) {
            throw new IllegalArgumentException(MESSAGES.format("missing.territory"));
        }
        if (request.startDate() == null || request.endDate() == null) {
            throw new IllegalArgumentException(MESSAGES.format("missing.dates"));
        }
        if (request.endDate().isBefore(request.startDate())) {
            throw new IllegalArgumentException(MESSAGES.format("datesReversed", request.startDate(), request.endDate()));
        }
        requireResolved(request.template());
        requireResolved(request.territory());
        for (Party party : request.parties()) {
            requireResolved(party.organisation());
        }
        if (request.template().getStatus() == TemplateStatus.RETIRED) {
            throw new IllegalArgumentException(MESSAGES.format("retired", request.template().getName(),
                    request.template().getVersion()));
        }
    }

    private static void requireResolved(EObject element) {
        EObject resolved = element == null ? null : EcoreUtil.resolve(element, element);
        if (resolved == null || resolved.eIsProxy()) {
            String what = element == null ? "?" : element.eClass().getName();
            throw new IllegalArgumentException(MESSAGES.format("unresolved", what,
                    element == null ? "" : EcoreUtil.getURI(element)));
        }
    }

    private static List<StrategicAxis> axes(ConventionTemplate template) {
        List<StrategicAxis> axes = new ArrayList<>();
        int number = 0;
        for (AxisTemplate axisTemplate : template.getAxisTemplates()) {
            StrategicAxis axis = PlanFactory.eINSTANCE.createStrategicAxis();
            axis.setNumber(++number);
            axis.setLabel(axisTemplate.getLabel());
            axis.getThemes().addAll(axisTemplate.getThemes());
            int index = 0;
            for (String suggestion : axisTemplate.getSuggestedObjectives()) {
                Objective objective = PlanFactory.eINSTANCE.createObjective();
                objective.setCode("O" + number + "." + ++index);
                objective.setLabel(suggestion);
                objective.setLevel(ObjectiveLevel.STRATEGIC);
                axis.getObjectives().add(objective);
            }
            axes.add(axis);
        }
        return axes;
    }

    private static Governance governance(ConventionTemplate template, List<Organisation> signatories) {
        Governance governance = GovernanceFactory.eINSTANCE.createGovernance();
        if (template.getGovernanceSkeleton() == null) {
            return governance;
        }
        for (CommitteeTemplate committeeTemplate : template.getGovernanceSkeleton().getCommittees()) {
            Committee committee = GovernanceFactory.eINSTANCE.createCommittee();
            committee.setType(committeeTemplate.getType());
            committee.setName(committeeTemplate.getName());
            committee.setMeetingsPerYear(committeeTemplate.getDefaultMeetingsPerYear());
            if (committeeTemplate.getType() == CommitteeType.STEERING) {
                // The COPIL brings the Caf and every signatory together (rule CTG-GOV-04).
                committee.getMembers().addAll(signatories);
            }
            governance.getCommittees().add(committee);
        }
        return governance;
    }

    private static <T extends PartTemplate> List<T> sorted(List<T> parts) {
        List<T> copy = new ArrayList<>(parts);
        copy.sort(Comparator.comparingInt(PartTemplate::getOrder));
        return copy;
    }

    /** Fresh ids right away, so the convention has stable ids before it is saved anywhere. */
    private static void assignIds(GlobalTerritorialAgreement agreement) {
        agreement.setId(EcoreUtil.generateUUID());
        agreement.eAllContents().forEachRemaining(element -> {
            if (element instanceof Identified identified) {
                identified.setId(EcoreUtil.generateUUID());
            }
        });
    }
}
