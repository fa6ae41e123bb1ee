package org.ctgstudio.ui.internal.editor;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;

import org.ctgstudio.edit.CtgLabels;
import org.ctgstudio.model.AgreementParty;
import org.ctgstudio.model.GlobalTerritorialAgreement;
import org.ctgstudio.model.governance.GovernancePackage;
import org.ctgstudio.model.plan.Objective;
import org.ctgstudio.model.plan.StrategicAxis;
import org.ctgstudio.ui.emf.ItemProviderLabelProvider;
import org.ctgstudio.ui.internal.Messages;
import org.eclipse.emf.common.notify.AdapterFactory;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.jface.layout.GridLayoutFactory;
import org.eclipse.jface.viewers.ArrayContentProvider;
import org.eclipse.jface.viewers.ColumnLabelProvider;
import org.eclipse.jface.viewers.ITreeContentProvider;
import org.eclipse.jface.viewers.TableViewer;
import org.eclipse.jface.viewers.TableViewerColumn;
import org.eclipse.jface.viewers.TreeViewer;
import org.eclipse.swt.SWT;
import org.eclipse.swt.custom.SashForm;
import org.eclipse.swt.graphics.Image;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.ui.forms.ManagedForm;
import org.eclipse.ui.forms.widgets.ExpandableComposite;
import org.eclipse.ui.forms.widgets.FormToolkit;
import org.eclipse.ui.forms.widgets.ScrolledForm;
import org.eclipse.ui.forms.widgets.Section;

/**
 * The form pages of a convention: Synthèse (identification, dates, territory, parties) and Plan d'actions (axes →
 * objectives → fiches actions, with the selected element's details). Fields edit through undoable commands, like the
 * tree and the Properties view.
 */
final class ConventionPages {

    static final List<String> PLAN_DETAILS = List.of("number", "code", "title", "label", "level", "themes", //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$ //$NON-NLS-5$ //$NON-NLS-6$
            "pilot", "pilotToBeDesignated", "status", "statusComment", "startDate", "startDatePrecision", //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$ //$NON-NLS-5$ //$NON-NLS-6$
            "dueDate", "dueDatePrecision", "plannedBudget", "description"); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$

    private ConventionPages() {
    }

    /** Synthèse: what the title page and the first articles say. */
    static ManagedForm summary(Composite parent, GlobalTerritorialAgreement ctg, AdapterFactory adapterFactory) {
        ManagedForm managed = FormPages.page(parent, Messages.Summary_title);
        ScrolledForm form = managed.getForm();
        FormToolkit toolkit = managed.getToolkit();
        GridLayoutFactory.swtDefaults().numColumns(2).equalWidth(true).applyTo(form.getBody());
        FormPages.section(managed, adapterFactory, ctg, Messages.Summary_identification,
                List.of("code", "title", "generation", "status", "cogPeriod", "templateVersion")); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$ //$NON-NLS-5$ //$NON-NLS-6$
        FormPages.section(managed, adapterFactory, ctg, Messages.Summary_dates,
                List.of("signatureDate", "startDate", "endDate", "durationYears", "effectiveEndDate")); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$ //$NON-NLS-5$
        FormPages.section(managed, adapterFactory, ctg, Messages.Summary_territory,
                List.of("territory", "template", "predecessor")); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$

        Section parties = toolkit.createSection(form.getBody(), ExpandableComposite.TITLE_BAR);
        parties.setText(Messages.Summary_parties);
        GridDataFactory.fillDefaults().grab(true, true).applyTo(parties);
        TableViewer table = new TableViewer(parties, SWT.BORDER | SWT.V_SCROLL | SWT.FULL_SELECTION);
        table.getTable().setHeaderVisible(true);
        table.setContentProvider(ArrayContentProvider.getInstance());
        ItemProviderLabelProvider labels = new ItemProviderLabelProvider(adapterFactory);
        column(table, Messages.Summary_party, 260, new ColumnLabelProvider() {
            @Override
            public String getText(Object element) {
                return labels.getText(element);
            }

            @Override
            public Image getImage(Object element) {
                return labels.getImage(element);
            }
        });
        // A party signs through several representatives (the Caf: the chair of its board and its director).
        column(table, Messages.Summary_representatives, 480, new ColumnLabelProvider() {
            @Override
            public String getText(Object element) {
                return ((AgreementParty) element).getRepresentatives().stream().map(CtgLabels::text)
                        .collect(Collectors.joining(" ; ")); //$NON-NLS-1$
            }
        });
        table.setInput(ctg.getParties());
        parties.setClient(table.getControl());
        table.getControl().addDisposeListener(e -> labels.dispose());
        FormPages.refreshOnChange(ctg, table, true, table::refresh);
        return managed;
    }

    private static void column(TableViewer table, String title, int width, ColumnLabelProvider labels) {
        TableViewerColumn column = new TableViewerColumn(table, SWT.LEFT);
        column.getColumn().setText(title);
        column.getColumn().setWidth(width);
        column.setLabelProvider(labels);
    }

    /** Plan d'actions: the plan as users read it, and the details of what is selected. */
    static ManagedForm actionPlan(Composite parent, GlobalTerritorialAgreement ctg, AdapterFactory adapterFactory) {
        ManagedForm managed = FormPages.page(parent, Messages.Plan_title);
        SashForm sash = FormPages.masterDetails(managed, SWT.HORIZONTAL, 400);

        TreeViewer plan = new TreeViewer(sash, SWT.BORDER | SWT.V_SCROLL);
        plan.setContentProvider(new PlanContent());
        plan.setLabelProvider(new ItemProviderLabelProvider(adapterFactory));
        plan.setInput(ctg);
        plan.expandToLevel(2);

        FormPages.details(managed, sash, adapterFactory, PLAN_DETAILS, plan);
        FormPages.refreshOnChange(ctg, plan, false, plan::refresh);
        sash.setWeights(2, 3);
        managed.setContainer(plan); // the plan viewer, for those who drive the page (tests, links)
        return managed;
    }

    /** Indicateurs: every indicator of every fiche action. */
    static ManagedForm indicators(Composite parent, GlobalTerritorialAgreement ctg, AdapterFactory adapterFactory) {
        return FormPages.listDetails(parent, ctg, adapterFactory, Messages.Indicators_title,
                () -> ctg.getActions().stream().flatMap(a -> a.getIndicators().stream()).map(EObject.class::cast)
                        .toList(),
                List.of("code", "label", "kind", "unit", "baselineValue", "targetValue"), //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$ //$NON-NLS-5$ //$NON-NLS-6$
                List.of("code", "label", "kind", "unit", "baselineValue", "baselineDate", "targetValue", //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$ //$NON-NLS-5$ //$NON-NLS-6$ //$NON-NLS-7$
                        "dataSource", "definition")); //$NON-NLS-1$ //$NON-NLS-2$
    }

    /** Financements: fundings and territory bonuses. */
    static ManagedForm fundings(Composite parent, GlobalTerritorialAgreement ctg, AdapterFactory adapterFactory) {
        return FormPages.listDetails(parent, ctg, adapterFactory, Messages.Fundings_title,
                () -> List.copyOf(ctg.getFundings()),
                List.of("source", "year", "funder", "beneficiary", "amount"), //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$ //$NON-NLS-5$
                List.of("source", "bonusType", "year", "funder", "beneficiary", "facility", "action", "amount", //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$ //$NON-NLS-5$ //$NON-NLS-6$ //$NON-NLS-7$ //$NON-NLS-8$
                        "basis", "unitAmount", "quantity", "existingPlaces", "newPlaces", "amountPerExistingPlace", //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$ //$NON-NLS-5$ //$NON-NLS-6$
                        "amountPerNewPlace", "hours", "referenceCejAmount")); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
    }

    /** Gouvernance: committees and cooperation officers. */
    static ManagedForm governance(Composite parent, GlobalTerritorialAgreement ctg, AdapterFactory adapterFactory) {
        return FormPages.listDetails(parent, ctg, adapterFactory, Messages.Governance_title, () -> {
            List<EObject> items = new ArrayList<>();
            if (ctg.getGovernance() != null) {
                items.addAll(ctg.getGovernance().getCommittees());
                items.addAll(ctg.getGovernance().getCooperationOfficers());
            }
            return items;
        }, List.of("name", "type", "meetingsPerYear", "fte"), //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$
                List.of("type", "name", "meetingsPerYear", "members", "employer", "fte", "isFundedByBonus"), //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$ //$NON-NLS-5$ //$NON-NLS-6$ //$NON-NLS-7$
                List.of(GovernancePackage.Literals.COMMITTEE, GovernancePackage.Literals.COOPERATION_OFFICER));
    }

    /** Axes, their objectives, and the fiches actions each objective leads to. */
    private static final class PlanContent implements ITreeContentProvider {
        @Override
        public Object[] getElements(Object input) {
            return ((GlobalTerritorialAgreement) input).getAxes().toArray();
        }

        @Override
        public Object[] getChildren(Object parent) {
            if (parent instanceof StrategicAxis axis) {
                return axis.getObjectives().toArray();
            }
            if (parent instanceof Objective objective) {
                return new ArrayList<>(objective.getActions()).toArray();
            }
            return new Object[0];
        }

        /** In this tree a fiche action sits under its (first) objective, not under the convention holding it. */
        @Override
        public Object getParent(Object element) {
            if (element instanceof org.ctgstudio.model.plan.Action action) {
                return action.getObjectives().isEmpty() ? null : action.getObjectives().get(0);
            }
            return element instanceof Objective objective ? objective.eContainer() : null;
        }

        @Override
        public boolean hasChildren(Object element) {
            return getChildren(element).length > 0;
        }
    }
}
