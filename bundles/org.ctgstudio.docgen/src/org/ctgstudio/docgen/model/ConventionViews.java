package org.ctgstudio.docgen.model;

import java.io.IOException;
import java.io.InputStream;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Properties;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import java.util.stream.Stream;

import org.ctgstudio.edit.CtgLabels;
import org.ctgstudio.edit.provider.CtgEditPlugin;
import org.ctgstudio.model.AgreementParty;
import org.ctgstudio.model.AnnexInstance;
import org.ctgstudio.model.ArticleInstance;
import org.ctgstudio.model.GlobalTerritorialAgreement;
import org.ctgstudio.model.InterventionField;
import org.ctgstudio.model.Municipality;
import org.ctgstudio.model.Organisation;
import org.ctgstudio.model.PartnerType;
import org.ctgstudio.model.PartyRole;
import org.ctgstudio.model.Territory;
import org.ctgstudio.model.funding.Facility;
import org.ctgstudio.model.funding.Funding;
import org.ctgstudio.model.funding.PartnerCommitment;
import org.ctgstudio.model.funding.TerritoryBonus;
import org.ctgstudio.model.governance.Amendment;
import org.ctgstudio.model.governance.Committee;
import org.ctgstudio.model.plan.Action;
import org.ctgstudio.model.plan.Indicator;
import org.ctgstudio.model.plan.Measurement;
import org.ctgstudio.model.plan.Need;
import org.ctgstudio.model.plan.Objective;
import org.ctgstudio.model.plan.SharedDiagnosis;
import org.ctgstudio.model.plan.StrategicAxis;
import org.ctgstudio.validation.RuleParameters;
import org.ctgstudio.validation.RuleProfile;
import org.eclipse.emf.common.util.Enumerator;

/**
 * The one place that reads the EMF model for documents: a convention becomes {@link TemplateData}. When the metamodel
 * changes, this class changes and templates keep their names. Texts come out in French whatever the user interface
 * language (enumeration labels from the edit bundle's French labels).
 */
public final class ConventionViews {

    private static final String SEP = ", ";
    private static final String DASH = " \u2013 ";
    private static final String TO_BE_DESIGNATED = "à désigner";
    private static final Set<PartnerType> LOCAL_AUTHORITIES = Set.of(PartnerType.MUNICIPALITY, PartnerType.EPCI,
            PartnerType.INTERMUNICIPAL_SYNDICATE);
    /**
     * The edit bundle's French labels (plugin_fr.properties at its root), read whatever the default locale, from the
     * edit bundle itself: by class loader, another jar's plugin_fr.properties may come first in plain Java.
     */
    private static final Properties FRENCH = frenchLabels();

    private final GlobalTerritorialAgreement agreement;
    private final Map<Action, Fiche> fiches = new LinkedHashMap<>();

    private ConventionViews(GlobalTerritorialAgreement agreement) {
        this.agreement = agreement;
    }

    /**
     * @param year      the year a follow-up report is about; 0 for the last year with a measurement
     * @param amendment the number of the amendment an amendment document is about; 0 for the last one
     * @param profile   the validation profile whose parameters {@code parametres} shows
     */
    public static TemplateData of(GlobalTerritorialAgreement agreement, int year, int amendment, RuleProfile profile) {
        return new ConventionViews(agreement).data(year, amendment, profile);
    }

    private TemplateData data(int year, int amendmentNumber, RuleProfile profile) {
        GlobalTerritorialAgreement a = agreement;
        List<Partie> parties = map(a.getParties(), this::partie);
        a.getActions().forEach(action -> fiches.put(action, fiche(action)));
        Territoire territoire = territoire(a.getTerritory());
        Diagnostic diagnostic = diagnostic(a.getDiagnosis());
        List<Avenant> avenants = map(a.getAmendments(), this::avenant);
        Convention convention = new Convention(text(a.getCode()), text(a.getTitle()), a.getGeneration(),
                a.getGeneration() <= 0 ? "" : a.getGeneration() == 1 ? "1re" : a.getGeneration() + "e",
                label(a.getStatus()), code(a.getStatus()), DateFr.of(a.getSignatureDate()),
                DateFr.of(a.getStartDate()), DateFr.of(a.getEndDate()), DateFr.of(a.getEffectiveEndDate()),
                a.getDurationYears(), text(a.getCogPeriod()), a.getTemplate() == null ? "" : text(a.getTemplate().getName()),
                text(a.getTemplateVersion()), a.getPredecessor() == null ? "" : text(a.getPredecessor().getTitle()),
                parties, parties.stream().filter(Partie::signataire).toList(),
                parties.stream().filter(p -> !p.signataire()).toList(), territoire,
                map(a.getInterventionFields(), this::champ), diagnostic, map(a.getAxes(), this::axe),
                List.copyOf(fiches.values()), Montant.of(sum(a.getActions().stream().map(Action::getPlannedBudget))),
                map(a.getFacilities(), this::equipement), map(a.getFundings(), this::financement),
                a.getFundings().stream().filter(TerritoryBonus.class::isInstance).map(this::financement).toList(),
                map(a.getCommitments(), this::engagement), moyens(), gouvernance(), evaluations(), avenants,
                schema(), map(a.getSchemeLinks(), s -> new DocumentLie(label(s.getScheme()), text(s.getTitle()),
                        text(s.getPeriod()))),
                map(a.getLinkedContracts(), c -> new DocumentLie(label(c.getType()), text(c.getTitle()),
                        text(c.getPeriod()))),
                map(a.getArticles(), this::article), map(a.getAnnexes(), this::annexe));
        Partie caf = parties.stream().filter(p -> PartnerType.CAF.getName().equals(p.typeCode())).findFirst()
                .orElse(Partie.VIDE);
        List<Partie> localAuthorities = parties.stream().filter(p -> p.signataire() && p.collectivite()).toList();
        List<String> fields = a.getInterventionFields().stream().map(f -> lowerFirst(label(f.getTheme()))).toList();
        List<String> priorities = a.getInterventionFields().stream().filter(InterventionField::isIsPriority)
                .map(f -> lowerFirst(label(f.getTheme()))).toList();
        Collectivites collectivites = new Collectivites(sentence(map(localAuthorities, Partie::nom)),
                competences(a.getTerritory(), fields));
        Avenant avenant = avenants.stream().filter(v -> amendmentNumber == 0 || v.numero() == amendmentNumber)
                .reduce((first, second) -> second).orElse(Avenant.VIDE);
        return new TemplateData(convention, caf, territoire, diagnostic, collectivites,
                new Champs(sentence(fields), sentence(priorities)), parametres(profile),
                new Document(false, "", DateFr.of(LocalDate.now()), "", ""), suivi(year), avenant, Fragments.AUCUN);
    }

    private Partie partie(AgreementParty party) {
        Organisation organisation = party.getOrganisation();
        PartnerType type = organisation == null ? null : organisation.getType();
        List<Representant> representants = party.getRepresentatives().stream().filter(r -> !blank(r.getName()))
                .map(r -> new Representant(r.getName(), text(r.getCapacity()))).toList();
        // representant and qualite in sentences (« Mme A et M. B »), for templates that name the party's signatories
        // in one place; representants for those that list them
        return new Partie(organisation == null ? "" : text(organisation.getName()), label(type), code(type),
                label(party.getRole()), code(party.getRole()), party.getRole() == PartyRole.SIGNATORY,
                type != null && LOCAL_AUTHORITIES.contains(type), sentence(map(representants, Representant::nom)),
                sentence(map(representants, Representant::qualite)), representants,
                text(party.getDeliberationBody()), DateFr.of(party.getDeliberationDate()),
                DateFr.of(party.getSignatureDate()), organisation == null ? "" : text(organisation.getSiren()));
    }

    /**
     * Who holds which competence on the territory (« enfance (3–11 ans), compétence intercommunale, restée communale à
     * Villedémo ; … »); where the territory records none, the fields the convention acts on, as before competences
     * were modelled.
     */
    private static String competences(Territory territory, List<String> fields) {
        if (territory == null || territory.getCompetences().isEmpty()) {
            return sentence(fields);
        }
        return territory.getCompetences().stream().map(c -> {
            String held = lowerFirst(label(c.getTheme())) + SEP + "compétence "
                    + (c.isIsTransferred() ? "intercommunale" : "communale");
            return c.isIsTransferred() && !c.getRetainingMunicipalities().isEmpty()
                    ? held + SEP + "restée communale à " + sentence(map(c.getRetainingMunicipalities(),
                            Municipality::getName))
                    : held;
        }).collect(Collectors.joining(" ; "));
    }

    private Territoire territoire(Territory t) {
        if (t == null) {
            return new Territoire("", "", "", "", Nombre.VIDE, 0, Montant.VIDE, Montant.VIDE, "", List.of(), 0);
        }
        List<Commune> communes = map(t.getMunicipalities(), m -> new Commune(text(m.getName()), text(m.getInseeCode()),
                Nombre.of(m.getPopulation()), m.getPopulationYear(), m.isHasQpv(), m.isIsZrr()));
        return new Territoire(text(t.getName()), label(t.getType()), code(t.getType()), text(t.getCode()),
                Nombre.of(t.getPopulation()), t.getPopulationYear(), Montant.of(t.getFinancialPotentialPerInhabitant()),
                Montant.of(t.getIncomePerInhabitant()), name(t.getCompetentCaf()), communes, communes.size());
    }

    private ChampIntervention champ(InterventionField field) {
        return new ChampIntervention(label(field.getTheme()), code(field.getTheme()), field.isIsPriority(),
                text(field.getJustification()));
    }

    private Diagnostic diagnostic(SharedDiagnosis d) {
        if (d == null) {
            return new Diagnostic(DateFr.VIDE, "", "", Montant.VIDE, Montant.VIDE, "", List.of(), List.of());
        }
        return new Diagnostic(DateFr.of(d.getCompletionDate()), text(d.getProvider()), label(d.getMethod()),
                Montant.of(d.getCost()), Montant.of(d.getCafCoFunding()), text(d.getSummary()),
                map(d.getNeeds(), n -> new Besoin(text(n.getCode()), text(n.getLabel()), label(n.getTheme()),
                        labels(n.getTargetPublics()), text(n.getSupplyDemandGap()))),
                map(d.getIssues(), i -> new Enjeu(text(i.getCode()), text(i.getLabel()),
                        join(i.getNeeds(), Need::getCode))));
    }

    private Axe axe(StrategicAxis axis) {
        List<Objectif> objectifs = map(axis.getObjectives(), o -> new Objectif(text(o.getCode()), text(o.getLabel()),
                label(o.getLevel()), join(o.getIssues(), i -> i.getCode()), join(o.getNeeds(), Need::getCode),
                join(o.getActions(), Action::getNumber)));
        List<Fiche> axisFiches = axis.getObjectives().stream().flatMap(o -> o.getActions().stream()).distinct()
                .map(fiches::get).filter(Objects::nonNull).toList();
        return new Axe(axis.getNumber(), text(axis.getLabel()), labels(axis.getThemes()), objectifs, axisFiches);
    }

    private Fiche fiche(Action action) {
        Set<String> axes = new LinkedHashSet<>();
        Set<Need> needs = new LinkedHashSet<>();
        for (Objective objective : action.getObjectives()) {
            if (objective.eContainer() instanceof StrategicAxis axis) {
                axes.add("Axe " + axis.getNumber() + DASH + text(axis.getLabel()));
            }
            needs.addAll(objective.getNeeds());
            objective.getIssues().forEach(issue -> needs.addAll(issue.getNeeds()));
        }
        List<Financement> financements = map(action.getFundings(), this::financement);
        return new Fiche(text(action.getNumber()), text(action.getTitle()), text(action.getDescription()),
                String.join(" ; ", axes), join(action.getObjectives(), o -> o.getCode() + DASH + o.getLabel(), " ; "),
                labels(action.getThemes()), join(needs, n -> n.getCode() + DASH + n.getLabel(), " ; "),
                action.isPilotToBeDesignated() && action.getPilot() == null ? TO_BE_DESIGNATED : name(action.getPilot()),
                join(action.getPartners(), Organisation::getName),
                labels(action.getTargetPublics()), action.getMunicipalities().isEmpty() ? "Tout le territoire"
                        : join(action.getMunicipalities(), Municipality::getName),
                DateFr.of(action.getStartDate()), DateFr.of(action.getDueDate()),
                calendar(action.getStartDate(), action.getDueDate()), Montant.of(action.getPlannedBudget()),
                financements, Montant.of(sum(action.getFundings().stream().map(Funding::getAmount))),
                join(action.getFacilities(), Facility::getName), label(action.getStatus()), code(action.getStatus()),
                text(action.getStatusComment()), map(action.getIndicators(), i -> indicateur(i, action)));
    }

    private static String calendar(LocalDate start, LocalDate due) {
        String from = DateFr.of(start).moisAnnee();
        String to = DateFr.of(due).moisAnnee();
        if (start != null && due != null) {
            return from.equals(to) ? from : from + DASH + to;
        }
        return start != null ? "à partir de " + from : due != null ? "échéance " + to : "";
    }

    private Indicateur indicateur(Indicator indicator, Action action) {
        List<Mesure> mesures = indicator.getMeasurements().stream().sorted(byDate())
                .map(m -> new Mesure(DateFr.of(m.getDate()), m.getDate() == null ? 0 : m.getDate().getYear(),
                        Nombre.of(m.getValue())))
                .toList();
        Mesure last = mesures.isEmpty() ? Mesure.VIDE : mesures.get(mesures.size() - 1);
        return new Indicateur(text(indicator.getCode()), text(indicator.getLabel()), label(indicator.getKind()),
                code(indicator.getKind()), text(indicator.getUnit()), Nombre.of(indicator.getBaselineValue()),
                DateFr.of(indicator.getBaselineDate()), Nombre.of(indicator.getTargetValue()),
                text(indicator.getDataSource()), mesures, last, achievement(indicator, last.valeur().valeur()),
                text(action.getNumber()));
    }

    /** Progress from the baseline towards the target, in percent: (value − baseline) / (target − baseline). */
    private static Pourcentage achievement(Indicator indicator, BigDecimal value) {
        BigDecimal baseline = indicator.getBaselineValue();
        BigDecimal target = indicator.getTargetValue();
        if (value == null || baseline == null || target == null) {
            return Pourcentage.VIDE;
        }
        BigDecimal span = target.subtract(baseline);
        if (span.signum() == 0) {
            return Pourcentage.of(value.compareTo(target) == 0 ? BigDecimal.valueOf(100) : BigDecimal.ZERO);
        }
        return Pourcentage.of(value.subtract(baseline).multiply(BigDecimal.valueOf(100))
                .divide(span, 1, RoundingMode.HALF_UP));
    }

    private Equipement equipement(Facility f) {
        return new Equipement(text(f.getName()), label(f.getType()), code(f.getType()),
                f.isOperatorToBeDesignated() && f.getOperator() == null ? TO_BE_DESIGNATED : name(f.getOperator()),
                f.getMunicipality() == null ? "" : text(f.getMunicipality().getName()), f.getCapacityPlaces(),
                f.getExistingPlaces(), f.getNewPlaces(), f.getAnnualHours(), f.isIsPsuFunded(), f.isIsInQpv());
    }

    private Financement financement(Funding f) {
        TerritoryBonus b = f instanceof TerritoryBonus bonus ? bonus : null;
        return new Financement(label(f.getSource()), code(f.getSource()), name(f.getFunder()),
                name(f.getBeneficiary()), f.getFacility() == null ? "" : text(f.getFacility().getName()),
                f.getAction() == null ? "" : text(f.getAction().getNumber()), f.getYear(), Montant.of(f.getAmount()),
                label(f.getBasis()), Montant.of(f.getUnitAmount()), Nombre.of(f.getQuantity()), b != null,
                b == null ? "" : label(b.getBonusType()), b == null ? 0 : b.getExistingPlaces(),
                b == null ? 0 : b.getNewPlaces(), Montant.of(b == null ? null : b.getAmountPerExistingPlace()),
                Montant.of(b == null ? null : b.getAmountPerNewPlace()), Nombre.of(b == null ? null : b.getHours()),
                Montant.of(b == null ? null : b.getReferenceCejAmount()));
    }

    private Engagement engagement(PartnerCommitment c) {
        return new Engagement(name(c.getPartner()), c.getYear(), Montant.of(c.getAmount()), text(c.getDescription()));
    }

    private List<MoyensPartenaire> moyens() {
        Map<String, List<PartnerCommitment>> byPartner = agreement.getCommitments().stream()
                .collect(Collectors.groupingBy(c -> name(c.getPartner()), LinkedHashMap::new, Collectors.toList()));
        return byPartner.entrySet().stream().map(e -> new MoyensPartenaire(e.getKey(),
                Montant.of(sum(e.getValue().stream().map(PartnerCommitment::getAmount))),
                map(e.getValue(), this::engagement))).toList();
    }

    private Gouvernance gouvernance() {
        if (agreement.getGovernance() == null) {
            return new Gouvernance(List.of(), List.of());
        }
        return new Gouvernance(map(agreement.getGovernance().getCommittees(), this::instance),
                map(agreement.getGovernance().getCooperationOfficers(), o -> new ChargeCooperation(text(o.getName()),
                        name(o.getEmployer()), Nombre.of(o.getFte()), o.isIsFundedByBonus())));
    }

    private Instance instance(Committee c) {
        return new Instance(label(c.getType()), code(c.getType()), text(c.getName()),
                join(c.getMembers(), Organisation::getName), c.getMeetingsPerYear(),
                map(c.getMeetings(), m -> new Reunion(DateFr.of(m.getDate()), text(m.getDecisions()))));
    }

    private List<Evaluation> evaluations() {
        return map(agreement.getEvaluations(), e -> new Evaluation(label(e.getType()), code(e.getType()),
                DateFr.of(e.getPlannedDate()), DateFr.of(e.getActualDate()), labels(e.getQuestions()),
                text(e.getFindings()), e.isIsDiagnosisUpdated()));
    }

    private Avenant avenant(Amendment a) {
        return new Avenant(a.getNumber(), DateFr.of(a.getSignatureDate()), labels(a.getKinds()),
                DateFr.of(a.getNewEndDate()), join(a.getModifiedArticles(), r -> r.getNumber() + DASH + r.getTitle()),
                join(a.getModifiedAnnexes(), r -> r.getNumber() + DASH + r.getTitle()),
                map(a.getAddedParties(), this::partie));
    }

    private List<LigneSchema> schema() {
        if (agreement.getDevelopmentPlan() == null) {
            return List.of();
        }
        return map(agreement.getDevelopmentPlan().getEntries(), e -> new LigneSchema(e.getYear(),
                label(e.getFacilityType()), e.getMunicipality() == null ? "Tout le territoire"
                        : text(e.getMunicipality().getName()), e.getPlannedNewPlaces()));
    }

    /** The article's model text, fields not yet filled in (the generator renders them in the sandbox). */
    private Article article(ArticleInstance article) {
        return new Article(text(article.getNumber()), text(article.getTitle()), text(article.getBody()),
                article.isIsLocallyModified());
    }

    private Annexe annexe(AnnexInstance annex) {
        return new Annexe(text(annex.getNumber()), text(annex.getTitle()), label(annex.getKind()),
                code(annex.getKind()), text(annex.getAttachmentUri()));
    }

    private Map<String, String> parametres(RuleProfile profile) {
        RuleParameters parameters = RuleParameters.of(profile, agreement);
        Map<String, String> values = new LinkedHashMap<>();
        RuleParameters.defaults().keySet().stream().sorted().forEach(key -> values.put(key, parameters.value(key)));
        return Map.copyOf(values);
    }

    private Suivi suivi(int requestedYear) {
        List<Indicator> indicators = agreement.getActions().stream().flatMap(a -> a.getIndicators().stream()).toList();
        int lastMeasured = indicators.stream().flatMap(i -> i.getMeasurements().stream())
                .map(Measurement::getDate).filter(Objects::nonNull).mapToInt(LocalDate::getYear).max()
                .orElse(agreement.getStartDate() == null ? LocalDate.now().getYear() : agreement.getStartDate().getYear());
        int year = requestedYear > 0 ? requestedYear : lastMeasured;
        List<Integer> years = agreement.getStartDate() == null || agreement.getEffectiveEndDate() == null ? List.of(year)
                : IntStream.rangeClosed(agreement.getStartDate().getYear(), agreement.getEffectiveEndDate().getYear())
                        .boxed().toList();
        List<SuiviIndicateur> rows = new ArrayList<>();
        for (Indicator indicator : indicators) {
            Action action = (Action) indicator.eContainer();
            Measurement measured = lastOfYear(indicator, year);
            BigDecimal value = measured == null ? null : measured.getValue();
            Pourcentage achieved = achievement(indicator, value);
            String appreciation = value == null ? "Pas de mesure"
                    : achieved.renseigne() && achieved.valeur().compareTo(BigDecimal.valueOf(100)) >= 0
                            ? "Cible atteinte"
                            : achieved.renseigne() && achieved.valeur().signum() > 0 ? "En progression"
                                    : "Sans progression";
            rows.add(new SuiviIndicateur(text(action.getNumber()), text(action.getTitle()), text(indicator.getCode()),
                    text(indicator.getLabel()), label(indicator.getKind()), text(indicator.getUnit()),
                    Nombre.of(indicator.getBaselineValue()), Nombre.of(indicator.getTargetValue()), Nombre.of(value),
                    DateFr.of(measured == null ? null : measured.getDate()), achieved, appreciation,
                    map(years, y -> {
                        Measurement m = lastOfYear(indicator, y);
                        return new ValeurAnnuelle(y, Nombre.of(m == null ? null : m.getValue()),
                                achievement(indicator, m == null ? null : m.getValue()));
                    })));
        }
        return new Suivi(year, years, rows);
    }

    private static Measurement lastOfYear(Indicator indicator, int year) {
        return indicator.getMeasurements().stream().filter(m -> m.getDate() != null && m.getDate().getYear() == year)
                .max(byDate()).orElse(null);
    }

    private static Comparator<Measurement> byDate() {
        return Comparator.comparing(Measurement::getDate, Comparator.nullsFirst(Comparator.naturalOrder()));
    }

    // --- small helpers -------------------------------------------------------------------------------------------

    private static <S, T> List<T> map(Collection<S> source, Function<? super S, T> mapper) {
        return source.stream().map(mapper).toList();
    }

    private static <S> String join(Collection<S> source, Function<? super S, String> text) {
        return join(source, text, SEP);
    }

    private static <S> String join(Collection<S> source, Function<? super S, String> text, String separator) {
        return source.stream().map(text).filter(s -> !blank(s)).collect(Collectors.joining(separator));
    }

    /** « a, b et c ». */
    private static String sentence(List<String> items) {
        List<String> present = items.stream().filter(s -> !blank(s)).toList();
        if (present.size() <= 1) {
            return present.isEmpty() ? "" : present.get(0);
        }
        return String.join(SEP, present.subList(0, present.size() - 1)) + " et " + present.get(present.size() - 1);
    }

    private static BigDecimal sum(Stream<BigDecimal> amounts) {
        List<BigDecimal> present = amounts.filter(Objects::nonNull).toList();
        return present.isEmpty() ? null : present.stream().reduce(BigDecimal.ZERO, BigDecimal::add);
    }

    private static String name(Organisation organisation) {
        return organisation == null ? "" : text(organisation.getName());
    }

    private static String text(String value) {
        return value == null ? "" : value;
    }

    private static boolean blank(String value) {
        return value == null || value.isBlank();
    }

    private static String lowerFirst(String text) {
        return text.isEmpty() ? text : Character.toLowerCase(text.charAt(0)) + text.substring(1);
    }

    private static String code(Enumerator literal) {
        return literal == null ? "" : literal.getName();
    }

    /** The French label of an enumeration literal, whatever the user interface language. */
    static String label(Enumerator literal) {
        if (literal == null) {
            return "";
        }
        String key = "_UI_" + literal.getClass().getSimpleName() + "_" + literal.getName() + "_literal";
        String french = FRENCH.getProperty(key);
        return french != null ? french : CtgLabels.literal(literal);
    }

    private static Properties frenchLabels() {
        Properties labels = new Properties();
        String base = CtgEditPlugin.INSTANCE.getBaseURL().toString();
        try (InputStream in = java.net.URI.create(base + (base.endsWith("/") ? "" : "/") + "plugin_fr.properties")
                .toURL().openStream()) {
            labels.load(in);
        } catch (IOException e) {
            // Without the French file the labels come from CtgLabels, in the user interface's language.
            System.getLogger(ConventionViews.class.getName()).log(System.Logger.Level.WARNING,
                    "French labels not found beside " + CtgEditPlugin.INSTANCE.getBaseURL(), e);
        }
        return labels;
    }

    private static String labels(Collection<? extends Enumerator> literals) {
        return join(literals, ConventionViews::label);
    }
}
