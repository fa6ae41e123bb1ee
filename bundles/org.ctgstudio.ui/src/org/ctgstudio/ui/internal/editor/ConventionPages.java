package org.ctgstudio.ui.internal.editor;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;

import org.ctgstudio.edit.CtgLabels;
import org.ctgstudio.model.AgreementParty;
import org.ctgstudio.model.CtgPackage;
import org.ctgstudio.model.GlobalTerritorialAgreement;
import org.ctgstudio.model.funding.FundingPackage;
import org.ctgstudio.model.governance.GovernancePackage;
import org.ctgstudio.model.plan.Objective;
import org.ctgstudio.model.plan.PlanPackage;
import org.ctgstudio.model.plan.StrategicAxis;
import org.ctgstudio.ui.emf.ItemProviderLabelProvider;
import org.ctgstudio.ui.internal.Messages;
import org.eclipse.emf.common.notify.AdapterFactory;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EStructuralFeature;
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

    /** The details of an axis, an objective or a fiche action (each shows the features of its class). */
    private static final List<EStructuralFeature> PLAN_DETAILS = List.of(PlanPackage.Literals.STRATEGIC_AXIS__NUMBER,
            PlanPackage.Literals.ACTION__NUMBER, PlanPackage.Literals.OBJECTIVE__CODE, PlanPackage.Literals.ACTION__TITLE,
            PlanPackage.Literals.STRATEGIC_AXIS__LABEL, PlanPackage.Literals.OBJECTIVE__LABEL,
            PlanPackage.Literals.OBJECTIVE__LEVEL, PlanPackage.Literals.STRATEGIC_AXIS__THEMES,
            PlanPackage.Literals.ACTION__THEMES, PlanPackage.Literals.ACTION__PILOT,
            PlanPackage.Literals.ACTION__PILOT_TO_BE_DESIGNATED, PlanPackage.Literals.ACTION__STATUS,
            PlanPackage.Literals.ACTION__STATUS_COMMENT, PlanPackage.Literals.ACTION__START_DATE,
            PlanPackage.Literals.ACTION__START_DATE_PRECISION, PlanPackage.Literals.ACTION__DUE_DATE,
            PlanPackage.Literals.ACTION__DUE_DATE_PRECISION, PlanPackage.Literals.ACTION__PLANNED_BUDGET,
            PlanPackage.Literals.ACTION__DESCRIPTION);

    private ConventionPages() {
    }

    /** Synthèse: what the title page and the first articles say. */
    static ManagedForm summary(Composite parent, GlobalTerritorialAgreement ctg, AdapterFactory adapterFactory) {
        ManagedForm managed = FormPages.page(parent, Messages.Summary_title);
        ScrolledForm form = managed.getForm();
        FormToolkit toolkit = managed.getToolkit();
        GridLayoutFactory.swtDefaults().numColumns(2).equalWidth(true).applyTo(form.getBody());
        FormPages.section(managed, adapterFactory, ctg, Messages.Summary_identification,
                List.of(CtgPackage.Literals.GLOBAL_TERRITORIAL_AGREEMENT__CODE,
                        CtgPackage.Literals.GLOBAL_TERRITORIAL_AGREEMENT__TITLE,
                        CtgPackage.Literals.GLOBAL_TERRITORIAL_AGREEMENT__GENERATION,
                        CtgPackage.Literals.GLOBAL_TERRITORIAL_AGREEMENT__STATUS,
                        CtgPackage.Literals.GLOBAL_TERRITORIAL_AGREEMENT__COG_PERIOD,
                        CtgPackage.Literals.GLOBAL_TERRITORIAL_AGREEMENT__TEMPLATE_VERSION));
        FormPages.section(managed, adapterFactory, ctg, Messages.Summary_dates,
                List.of(CtgPackage.Literals.GLOBAL_TERRITORIAL_AGREEMENT__SIGNATURE_DATE,
                        CtgPackage.Literals.GLOBAL_TERRITORIAL_AGREEMENT__START_DATE,
                        CtgPackage.Literals.GLOBAL_TERRITORIAL_AGREEMENT__END_DATE,
                        CtgPackage.Literals.GLOBAL_TERRITORIAL_AGREEMENT__DURATION_YEARS,
                        CtgPackage.Literals.GLOBAL_TERRITORIAL_AGREEMENT__EFFECTIVE_END_DATE));
        FormPages.section(managed, adapterFactory, ctg, Messages.Summary_territory,
                List.of(CtgPackage.Literals.GLOBAL_TERRITORIAL_AGREEMENT__TERRITORY,
                        CtgPackage.Literals.GLOBAL_TERRITORIAL_AGREEMENT__TEMPLATE,
                        CtgPackage.Literals.GLOBAL_TERRITORIAL_AGREEMENT__PREDECESSOR));

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
        FormPages.refreshOnChange(ctg, table, true, table::refresh); // a party's own fields too
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
        return managed;
    }

    /** Indicateurs: every indicator of every fiche action. */
    static ManagedForm indicators(Composite parent, GlobalTerritorialAgreement ctg, AdapterFactory adapterFactory) {
        return FormPages.listDetails(parent, ctg, adapterFactory, Messages.Indicators_title,
                () -> ctg.getActions().stream().flatMap(a -> a.getIndicators().stream()).map(EObject.class::cast)
                        .toList(),
                List.of(PlanPackage.Literals.INDICATOR__CODE, PlanPackage.Literals.INDICATOR__LABEL,
                        PlanPackage.Literals.INDICATOR__KIND, PlanPackage.Literals.INDICATOR__UNIT,
                        PlanPackage.Literals.INDICATOR__BASELINE_VALUE, PlanPackage.Literals.INDICATOR__TARGET_VALUE),
                List.of(PlanPackage.Literals.INDICATOR__CODE, PlanPackage.Literals.INDICATOR__LABEL,
                        PlanPackage.Literals.INDICATOR__KIND, PlanPackage.Literals.INDICATOR__UNIT,
                        PlanPackage.Literals.INDICATOR__BASELINE_VALUE, PlanPackage.Literals.INDICATOR__BASELINE_DATE,
                        PlanPackage.Literals.INDICATOR__TARGET_VALUE, PlanPackage.Literals.INDICATOR__DATA_SOURCE,
                        PlanPackage.Literals.INDICATOR__DEFINITION));
    }

    /** Financements: fundings and territory bonuses. */
    static ManagedForm fundings(Composite parent, GlobalTerritorialAgreement ctg, AdapterFactory adapterFactory) {
        return FormPages.listDetails(parent, ctg, adapterFactory, Messages.Fundings_title,
                () -> List.copyOf(ctg.getFundings()),
                List.of(FundingPackage.Literals.FUNDING__SOURCE, FundingPackage.Literals.FUNDING__YEAR,
                        FundingPackage.Literals.FUNDING__FUNDER, FundingPackage.Literals.FUNDING__BENEFICIARY,
                        FundingPackage.Literals.FUNDING__AMOUNT),
                List.of(FundingPackage.Literals.FUNDING__SOURCE, FundingPackage.Literals.TERRITORY_BONUS__BONUS_TYPE,
                        FundingPackage.Literals.FUNDING__YEAR, FundingPackage.Literals.FUNDING__FUNDER,
                        FundingPackage.Literals.FUNDING__BENEFICIARY, FundingPackage.Literals.FUNDING__FACILITY,
                        FundingPackage.Literals.FUNDING__ACTION, FundingPackage.Literals.FUNDING__AMOUNT,
                        FundingPackage.Literals.FUNDING__BASIS, FundingPackage.Literals.FUNDING__UNIT_AMOUNT,
                        FundingPackage.Literals.FUNDING__QUANTITY, FundingPackage.Literals.TERRITORY_BONUS__EXISTING_PLACES,
                        FundingPackage.Literals.TERRITORY_BONUS__NEW_PLACES,
                        FundingPackage.Literals.TERRITORY_BONUS__AMOUNT_PER_EXISTING_PLACE,
                        FundingPackage.Literals.TERRITORY_BONUS__AMOUNT_PER_NEW_PLACE,
                        FundingPackage.Literals.TERRITORY_BONUS__HOURS,
                        FundingPackage.Literals.TERRITORY_BONUS__REFERENCE_CEJ_AMOUNT));
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
        }, List.of(GovernancePackage.Literals.COMMITTEE__NAME, GovernancePackage.Literals.COOPERATION_OFFICER__NAME,
                GovernancePackage.Literals.COMMITTEE__TYPE, GovernancePackage.Literals.COMMITTEE__MEETINGS_PER_YEAR,
                GovernancePackage.Literals.COOPERATION_OFFICER__FTE),
                List.of(GovernancePackage.Literals.COMMITTEE__TYPE, GovernancePackage.Literals.COMMITTEE__NAME,
                        GovernancePackage.Literals.COOPERATION_OFFICER__NAME,
                        GovernancePackage.Literals.COMMITTEE__MEETINGS_PER_YEAR,
                        GovernancePackage.Literals.COMMITTEE__MEMBERS,
                        GovernancePackage.Literals.COOPERATION_OFFICER__EMPLOYER,
                        GovernancePackage.Literals.COOPERATION_OFFICER__FTE,
                        GovernancePackage.Literals.COOPERATION_OFFICER__IS_FUNDED_BY_BONUS),
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
