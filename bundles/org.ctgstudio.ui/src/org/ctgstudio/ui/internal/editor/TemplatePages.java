package org.ctgstudio.ui.internal.editor;

import java.util.ArrayList;
import java.util.List;

import org.ctgstudio.model.template.ConventionTemplate;
import org.ctgstudio.model.template.TemplatePackage;
import org.ctgstudio.ui.internal.Messages;
import org.eclipse.emf.common.notify.AdapterFactory;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EStructuralFeature;
import org.eclipse.jface.layout.GridLayoutFactory;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.ui.forms.ManagedForm;

/**
 * The form pages of a convention template, for the methodology experts who prepare it: Modèle (identification,
 * themes, minimal governance), Articles, Annexes, Axes proposés, Indicateurs (the catalogue) and Paramètres (control
 * parameters, rule severities). Fields edit through undoable commands.
 */
final class TemplatePages {

    private static final List<EStructuralFeature> PART_COLUMNS = List.of(TemplatePackage.Literals.PART_TEMPLATE__ORDER,
            TemplatePackage.Literals.PART_TEMPLATE__NUMBER, TemplatePackage.Literals.PART_TEMPLATE__TITLE,
            TemplatePackage.Literals.PART_TEMPLATE__IS_MANDATORY, TemplatePackage.Literals.PART_TEMPLATE__IS_EDITABLE);
    private static final List<EStructuralFeature> PART_DETAILS = List.of(TemplatePackage.Literals.PART_TEMPLATE__ORDER,
            TemplatePackage.Literals.PART_TEMPLATE__NUMBER, TemplatePackage.Literals.PART_TEMPLATE__TITLE,
            TemplatePackage.Literals.ANNEX_TEMPLATE__KIND, TemplatePackage.Literals.PART_TEMPLATE__IS_MANDATORY,
            TemplatePackage.Literals.PART_TEMPLATE__IS_EDITABLE, TemplatePackage.Literals.PART_TEMPLATE__BODY_TEMPLATE);

    /** A control parameter's key, value and date; a severity override's rule and severity. */
    private static final List<EStructuralFeature> PARAMETERS = List.of(TemplatePackage.Literals.RULE_PARAMETER__KEY,
            TemplatePackage.Literals.RULE_PARAMETER__VALUE, TemplatePackage.Literals.RULE_PARAMETER__VALID_FROM,
            TemplatePackage.Literals.SEVERITY_OVERRIDE__RULE_ID, TemplatePackage.Literals.SEVERITY_OVERRIDE__SEVERITY);

    private TemplatePages() {
    }

    /** Modèle: what identifies the template and what every convention made from it must respect. */
    static ManagedForm summary(Composite parent, ConventionTemplate template, AdapterFactory adapterFactory) {
        ManagedForm managed = FormPages.page(parent, Messages.TemplateSummary_title);
        GridLayoutFactory.swtDefaults().numColumns(2).equalWidth(true).applyTo(managed.getForm().getBody());
        FormPages.section(managed, adapterFactory, template, Messages.Summary_identification,
                List.of(TemplatePackage.Literals.CONVENTION_TEMPLATE__CODE,
                        TemplatePackage.Literals.CONVENTION_TEMPLATE__NAME,
                        TemplatePackage.Literals.CONVENTION_TEMPLATE__VERSION,
                        TemplatePackage.Literals.CONVENTION_TEMPLATE__STATUS,
                        TemplatePackage.Literals.CONVENTION_TEMPLATE__VALID_FROM,
                        TemplatePackage.Literals.CONVENTION_TEMPLATE__AUTHOR,
                        TemplatePackage.Literals.CONVENTION_TEMPLATE__CAF));
        FormPages.section(managed, adapterFactory, template, Messages.TemplateSummary_themes,
                List.of(TemplatePackage.Literals.CONVENTION_TEMPLATE__MANDATORY_THEMES,
                        TemplatePackage.Literals.CONVENTION_TEMPLATE__MIN_ADDITIONAL_THEMES));
        if (template.getGovernanceSkeleton() != null) {
            FormPages.section(managed, adapterFactory, template.getGovernanceSkeleton(),
                    Messages.TemplateSummary_governance,
                    List.of(TemplatePackage.Literals.GOVERNANCE_SKELETON__IS_COOPERATION_OFFICER_REQUIRED,
                            TemplatePackage.Literals.GOVERNANCE_SKELETON__MIN_FTE));
        }
        return managed;
    }

    /** Articles: the articles in their order, with the text each one starts from. */
    static ManagedForm articles(Composite parent, ConventionTemplate template, AdapterFactory adapterFactory) {
        return FormPages.listDetails(parent, template, adapterFactory, Messages.Articles_title,
                () -> List.copyOf(template.getArticleTemplates()), PART_COLUMNS, PART_DETAILS);
    }

    /** Annexes: the annexes in their order, their kind, the text each one starts from. */
    static ManagedForm annexes(Composite parent, ConventionTemplate template, AdapterFactory adapterFactory) {
        return FormPages.listDetails(parent, template, adapterFactory, Messages.Annexes_title,
                () -> List.copyOf(template.getAnnexTemplates()),
                List.of(TemplatePackage.Literals.PART_TEMPLATE__ORDER, TemplatePackage.Literals.PART_TEMPLATE__NUMBER,
                        TemplatePackage.Literals.PART_TEMPLATE__TITLE, TemplatePackage.Literals.ANNEX_TEMPLATE__KIND,
                        TemplatePackage.Literals.PART_TEMPLATE__IS_MANDATORY),
                PART_DETAILS);
    }

    /** Axes proposés: the axes a convention starts from, their themes and suggested objectives. */
    static ManagedForm axes(Composite parent, ConventionTemplate template, AdapterFactory adapterFactory) {
        return FormPages.listDetails(parent, template, adapterFactory, Messages.Axes_title,
                () -> List.copyOf(template.getAxisTemplates()),
                List.of(TemplatePackage.Literals.AXIS_TEMPLATE__LABEL, TemplatePackage.Literals.AXIS_TEMPLATE__THEMES),
                List.of(TemplatePackage.Literals.AXIS_TEMPLATE__LABEL, TemplatePackage.Literals.AXIS_TEMPLATE__THEMES,
                        TemplatePackage.Literals.AXIS_TEMPLATE__SUGGESTED_OBJECTIVES));
    }

    /** Indicateurs: the catalogue of indicators the fiches actions pick from. */
    static ManagedForm indicators(Composite parent, ConventionTemplate template, AdapterFactory adapterFactory) {
        return FormPages.listDetails(parent, template, adapterFactory, Messages.TemplateIndicators_title,
                () -> List.copyOf(template.getIndicatorCatalogue()),
                List.of(TemplatePackage.Literals.INDICATOR_DEFINITION__CODE,
                        TemplatePackage.Literals.INDICATOR_DEFINITION__LABEL,
                        TemplatePackage.Literals.INDICATOR_DEFINITION__KIND,
                        TemplatePackage.Literals.INDICATOR_DEFINITION__UNIT,
                        TemplatePackage.Literals.INDICATOR_DEFINITION__THEME),
                List.of(TemplatePackage.Literals.INDICATOR_DEFINITION__CODE,
                        TemplatePackage.Literals.INDICATOR_DEFINITION__LABEL,
                        TemplatePackage.Literals.INDICATOR_DEFINITION__KIND,
                        TemplatePackage.Literals.INDICATOR_DEFINITION__UNIT,
                        TemplatePackage.Literals.INDICATOR_DEFINITION__THEME,
                        TemplatePackage.Literals.INDICATOR_DEFINITION__DATA_SOURCE,
                        TemplatePackage.Literals.INDICATOR_DEFINITION__COMPUTATION));
    }

    /** Paramètres: the control parameters and rule severities conventions made from the template inherit. */
    static ManagedForm parameters(Composite parent, ConventionTemplate template, AdapterFactory adapterFactory) {
        return FormPages.listDetails(parent, template, adapterFactory, Messages.TemplateParameters_title, () -> {
            List<EObject> items = new ArrayList<>();
            if (template.getRuleParameters() != null) {
                items.addAll(template.getRuleParameters().getEntries());
                items.addAll(template.getRuleParameters().getSeverityOverrides());
            }
            return items;
        }, PARAMETERS, PARAMETERS,
                List.of(TemplatePackage.Literals.RULE_PARAMETER, TemplatePackage.Literals.SEVERITY_OVERRIDE));
    }
}
