package org.ctgstudio.ui.internal.editor;

import java.util.ArrayList;
import java.util.List;

import org.ctgstudio.model.template.ConventionTemplate;
import org.ctgstudio.model.template.TemplatePackage;
import org.ctgstudio.ui.internal.Messages;
import org.eclipse.emf.common.notify.AdapterFactory;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.jface.layout.GridLayoutFactory;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.ui.forms.ManagedForm;

/**
 * The form pages of a convention template, for the methodology experts who prepare it: Modèle (identification,
 * themes, minimal governance), Articles, Annexes, Axes proposés, Indicateurs (the catalogue) and Paramètres (control
 * parameters, rule severities). Fields edit through undoable commands.
 */
final class TemplatePages {

    private static final List<String> PART_COLUMNS = List.of("order", "number", "title", "isMandatory", //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$
            "isEditable"); //$NON-NLS-1$
    private static final List<String> PART_DETAILS = List.of("order", "number", "title", "kind", "isMandatory", //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$ //$NON-NLS-5$
            "isEditable", "bodyTemplate"); //$NON-NLS-1$ //$NON-NLS-2$

    private TemplatePages() {
    }

    /** Modèle: what identifies the template and what every convention made from it must respect. */
    static ManagedForm summary(Composite parent, ConventionTemplate template, AdapterFactory adapterFactory) {
        ManagedForm managed = FormPages.page(parent, Messages.TemplateSummary_title);
        GridLayoutFactory.swtDefaults().numColumns(2).equalWidth(true).applyTo(managed.getForm().getBody());
        FormPages.section(managed, adapterFactory, template, Messages.Summary_identification,
                List.of("code", "name", "version", "status", "validFrom", "author", "caf")); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$ //$NON-NLS-5$ //$NON-NLS-6$ //$NON-NLS-7$
        FormPages.section(managed, adapterFactory, template, Messages.TemplateSummary_themes,
                List.of("mandatoryThemes", "minAdditionalThemes")); //$NON-NLS-1$ //$NON-NLS-2$
        if (template.getGovernanceSkeleton() != null) {
            FormPages.section(managed, adapterFactory, template.getGovernanceSkeleton(),
                    Messages.TemplateSummary_governance, List.of("isCooperationOfficerRequired", "minFte")); //$NON-NLS-1$ //$NON-NLS-2$
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
                List.of("order", "number", "title", "kind", "isMandatory"), PART_DETAILS); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$ //$NON-NLS-5$
    }

    /** Axes proposés: the axes a convention starts from, their themes and suggested objectives. */
    static ManagedForm axes(Composite parent, ConventionTemplate template, AdapterFactory adapterFactory) {
        return FormPages.listDetails(parent, template, adapterFactory, Messages.Axes_title,
                () -> List.copyOf(template.getAxisTemplates()), List.of("label", "themes"), //$NON-NLS-1$ //$NON-NLS-2$
                List.of("label", "themes", "suggestedObjectives")); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
    }

    /** Indicateurs: the catalogue of indicators the fiches actions pick from. */
    static ManagedForm indicators(Composite parent, ConventionTemplate template, AdapterFactory adapterFactory) {
        return FormPages.listDetails(parent, template, adapterFactory, Messages.TemplateIndicators_title,
                () -> List.copyOf(template.getIndicatorCatalogue()),
                List.of("code", "label", "kind", "unit", "theme"), //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$ //$NON-NLS-5$
                List.of("code", "label", "kind", "unit", "theme", "dataSource", "computation")); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$ //$NON-NLS-5$ //$NON-NLS-6$ //$NON-NLS-7$
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
        }, List.of("key", "value", "validFrom", "ruleId", "severity"), //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$ //$NON-NLS-5$
                List.of("key", "value", "validFrom", "ruleId", "severity"), //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$ //$NON-NLS-5$
                List.of(TemplatePackage.Literals.RULE_PARAMETER, TemplatePackage.Literals.SEVERITY_OVERRIDE));
    }
}
