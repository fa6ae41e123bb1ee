package org.ctgstudio.edit;

import java.math.BigDecimal;
import java.text.NumberFormat;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.TextStyle;
import java.time.temporal.IsoFields;
import java.util.Locale;
import java.util.Map;
import java.util.MissingResourceException;
import java.util.StringJoiner;
import java.util.concurrent.ConcurrentHashMap;

import org.ctgstudio.edit.provider.CtgEditPlugin;
import org.ctgstudio.model.AgreementParty;
import org.ctgstudio.model.Competence;
import org.ctgstudio.model.DatePrecision;
import org.ctgstudio.model.InterventionField;
import org.ctgstudio.model.Organisation;
import org.ctgstudio.model.Representative;
import org.ctgstudio.model.deployment.CoveragePeriod;
import org.ctgstudio.model.deployment.CoverageSnapshot;
import org.ctgstudio.model.deployment.DeploymentEntry;
import org.ctgstudio.model.deployment.TrajectoryPoint;
import org.ctgstudio.model.funding.DevelopmentPlanEntry;
import org.ctgstudio.model.funding.FacilityType;
import org.ctgstudio.model.funding.Funding;
import org.ctgstudio.model.funding.PartnerCommitment;
import org.ctgstudio.model.funding.PastSupport;
import org.ctgstudio.model.funding.SupplyFigure;
import org.ctgstudio.model.governance.Amendment;
import org.ctgstudio.model.governance.Evaluation;
import org.ctgstudio.model.governance.Meeting;
import org.ctgstudio.model.plan.Measurement;
import org.ctgstudio.model.plan.StrategicAxis;
import org.ctgstudio.model.template.RuleParameter;
import org.ctgstudio.model.template.SeverityOverride;
import org.ctgstudio.model.util.LocalizedMessages;
import org.eclipse.emf.common.util.Enumerator;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EStructuralFeature;

/**
 * The labels users read for CTG elements in trees, lists, choosers and documents: "FA01 – Extension du
 * multi-accueil", "Caf de l'Exemple (Signataire)", "Bonus territoire CTG 2027 – 86 500 €". The generated item
 * providers would show the element's UUID for most classes; this is the one place that says better.
 */
public final class CtgLabels {

    private static final String DASH = " \u2013 ";
    private static final Map<String, String> STRINGS = new ConcurrentHashMap<>();
    private static final DateTimeFormatter FRENCH_DATE = DateTimeFormatter.ofPattern("dd/MM/yyyy");
    private static final LocalizedMessages TEXTS = new LocalizedMessages("org.ctgstudio.edit.labels", CtgLabels.class);

    private CtgLabels() {
    }

    /** The label of an element, or null for objects that are not CTG model elements. */
    public static String text(Object object) {
        if (!(object instanceof EObject element)) {
            return null;
        }
        String specific = specific(element);
        return specific != null ? specific : generic(element);
    }

    private static String specific(EObject element) {
        return switch (element) {
            case AgreementParty party -> join(" ", name(party.getOrganisation()),
                    party.getRole() == null ? null : "(" + literal(party.getRole()) + ")");
            case Representative representative -> join(", ", representative.getName(), representative.getCapacity());
            case org.ctgstudio.model.Territory territory -> territory.getName();
            case Competence competence -> join(DASH, competence.getTheme() == null ? type(competence)
                    : literal(competence.getTheme()), TEXTS.format(competence.isIsTransferred()
                            ? "competence.transferred" : "competence.municipal"));
            case SupplyFigure supply -> join(DASH, supply.getFacilityType() == null ? type(supply)
                    : literal(supply.getFacilityType()), supply.getMunicipality() == null ? null
                            : supply.getMunicipality().getName(), supplyFigures(supply));
            case PastSupport support -> join(DASH, join(" ", support.getSource() == null ? type(support)
                    : literal(support.getSource()), period(support.getFirstYear(), support.getLastYear())),
                    amount(support.getTotalAmount()));
            case InterventionField field -> field.getTheme() == null ? type(field)
                    : literal(field.getTheme()) + (field.isIsPriority() ? " \u2605" : "");
            case StrategicAxis axis -> join(DASH, type(axis) + " " + axis.getNumber(), axis.getLabel());
            case Funding funding -> join(DASH, join(" ", funding.getSource() == null ? type(funding)
                    : literal(funding.getSource()), funding.getYear() == 0 ? null : String.valueOf(funding.getYear())),
                    amount(funding.getAmount()));
            case PartnerCommitment commitment -> join(DASH, join(" ", name(commitment.getPartner()),
                    commitment.getYear() == 0 ? null : String.valueOf(commitment.getYear())),
                    amount(commitment.getAmount()));
            case Measurement measurement -> join(" : ", date(measurement.getDate()), number(measurement.getValue()));
            case Evaluation evaluation -> join(DASH,
                    evaluation.getType() == null ? type(evaluation) : literal(evaluation.getType()),
                    date(evaluation.getPlannedDate(), evaluation.getPlannedDatePrecision()));
            case Amendment amendment -> join(DASH, type(amendment) + " n\u00B0 " + amendment.getNumber(),
                    date(amendment.getSignatureDate()));
            case Meeting meeting -> join(" ", type(meeting), date(meeting.getDate()));
            case DevelopmentPlanEntry entry -> join(DASH, entry.getYear() == 0 ? null : String.valueOf(entry.getYear()),
                    entry.getFacilityType() == null ? null : literal(entry.getFacilityType()),
                    "+" + entry.getPlannedNewPlaces());
            case DeploymentEntry entry -> join(DASH, entry.getTerritory() == null ? type(entry)
                    : entry.getTerritory().getName(), entry.getStatus() == null ? null : literal(entry.getStatus()));
            case CoveragePeriod period -> join(DASH, date(period.getStartDate()), date(period.getEndDate()));
            case TrajectoryPoint point -> join(" : ", String.valueOf(point.getYear()), percent(point.getTargetRate()));
            case CoverageSnapshot snapshot -> join(" : ", String.valueOf(snapshot.getYear()), percent(snapshot.getRate()));
            case RuleParameter parameter -> join(" = ", parameter.getKey(), parameter.getValue());
            case SeverityOverride override -> join(" \u2192 ", override.getRuleId(),
                    override.getSeverity() == null ? null : literal(override.getSeverity()));
            default -> null;
        };
    }

    /** "<number or code> – <title, label or name>", or the type label when the element has neither. */
    private static String generic(EObject element) {
        String key = firstValue(element, "number", "code");
        String main = firstValue(element, "title", "label", "name", "key");
        String text = join(DASH, key, main);
        return text != null ? text : type(element);
    }

    private static String firstValue(EObject element, String... featureNames) {
        for (String featureName : featureNames) {
            EStructuralFeature feature = element.eClass().getEStructuralFeature(featureName);
            if (feature != null && !feature.isMany()) {
                Object value = element.eGet(feature);
                if (value != null && !(value instanceof Integer i && i == 0) && !value.toString().isBlank()) {
                    return value.toString();
                }
            }
        }
        return null;
    }

    /** The (French or English) label of a class: "Fiche action". */
    public static String type(EObject element) {
        return string("_UI_" + element.eClass().getName() + "_type");
    }

    /** The (French or English) label of a feature: "Commune d'implantation"; its name for other packages. */
    public static String feature(EStructuralFeature feature) {
        try {
            return string("_UI_" + feature.getEContainingClass().getName() + "_" + feature.getName() + "_feature");
        } catch (MissingResourceException e) {
            return feature.getName();
        }
    }

    /** The (French or English) label of an enumeration literal: "Petite enfance (0–3 ans)". */
    public static String literal(Enumerator literal) {
        // Generated enumeration classes carry their EEnum's name, which the label keys use.
        return string("_UI_" + literal.getClass().getSimpleName() + "_" + literal.getName() + "_literal");
    }

    /** The edit plugin's text for a key, looked up once per language (validation asks for thousands of labels). */
    private static String string(String key) {
        return STRINGS.computeIfAbsent(LocalizedMessages.locale().getLanguage() + ":" + key,
                k -> CtgEditPlugin.INSTANCE.getString(key));
    }

    private static String name(Organisation organisation) {
        return organisation == null ? null : organisation.getName();
    }

    private static Locale locale() {
        return LocalizedMessages.locale() == Locale.ENGLISH ? Locale.ENGLISH : Locale.FRANCE;
    }

    public static String date(LocalDate date) {
        if (date == null) {
            return null;
        }
        return date.format(locale() == Locale.FRANCE ? FRENCH_DATE : DateTimeFormatter.ISO_LOCAL_DATE);
    }

    /**
     * A date as known: "31/12/2029", or for an approximate date the period it stands for ("juin 2029", "1er
     * semestre 2023", "2022", "au plus tard le 31/01/2023").
     */
    public static String date(LocalDate date, DatePrecision precision) {
        if (date == null || precision == null || precision == DatePrecision.EXACT) {
            return date(date);
        }
        return switch (precision) {
            case MONTH -> date.getMonth().getDisplayName(TextStyle.FULL_STANDALONE, locale()) + " " + date.getYear();
            case QUARTER -> TEXTS.format("date.quarter", date.get(IsoFields.QUARTER_OF_YEAR), date.getYear());
            case HALF_YEAR -> TEXTS.format("date.halfYear", date.getMonthValue() <= 6 ? 1 : 2, date.getYear());
            case YEAR -> String.valueOf(date.getYear());
            default -> TEXTS.format("date.notAfter", date(date));
        };
    }

    private static String supplyFigures(SupplyFigure supply) {
        String unit = supply.getFacilityType() == FacilityType.CHILDMINDER ? "supply.childminders" : "supply.structures";
        String count = supply.getCount() == null ? null : TEXTS.format(unit, supply.getCount());
        String places = supply.getPlaces() == null ? null : TEXTS.format("supply.places", supply.getPlaces());
        return join(", ", count, places);
    }

    private static String period(int first, int last) {
        if (first == 0 && last == 0) {
            return null;
        }
        return first == 0 || last == 0 || first == last ? String.valueOf(Math.max(first, last))
                : first + "\u2013" + last;
    }

    public static String amount(BigDecimal amount) {
        return amount == null ? null : number(amount) + " \u20AC";
    }

    public static String percent(BigDecimal rate) {
        return rate == null ? null : number(rate) + " %";
    }

    public static String number(BigDecimal value) {
        if (value == null) {
            return null;
        }
        NumberFormat format = NumberFormat.getNumberInstance(locale());
        format.setMaximumFractionDigits(Math.max(0, value.stripTrailingZeros().scale()));
        // French groups thousands with a narrow no-break space; documents and tests want a plain no-break space.
        return format.format(value).replace('\u202F', '\u00A0');
    }

    private static String join(String separator, String... parts) {
        StringJoiner joiner = new StringJoiner(separator);
        for (String part : parts) {
            if (part != null && !part.isBlank()) {
                joiner.add(part);
            }
        }
        return joiner.length() == 0 ? null : joiner.toString();
    }
}
