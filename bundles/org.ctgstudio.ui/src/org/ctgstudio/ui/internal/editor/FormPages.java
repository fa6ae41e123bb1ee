package org.ctgstudio.ui.internal.editor;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;
import java.util.stream.Stream;

import org.ctgstudio.ui.emf.PropertyForm;
import org.ctgstudio.ui.emf.PropertyTexts;
import org.ctgstudio.ui.internal.Messages;
import org.eclipse.emf.common.notify.AdapterFactory;
import org.eclipse.emf.common.notify.Notification;
import org.eclipse.emf.common.notify.impl.AdapterImpl;
import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EStructuralFeature;
import org.eclipse.emf.ecore.util.EContentAdapter;
import org.eclipse.emf.ecore.util.EcoreUtil;
import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.jface.layout.GridLayoutFactory;
import org.eclipse.jface.viewers.ArrayContentProvider;
import org.eclipse.jface.viewers.ColumnLabelProvider;
import org.eclipse.jface.viewers.IStructuredSelection;
import org.eclipse.jface.viewers.TableViewer;
import org.eclipse.jface.viewers.StructuredViewer;
import org.eclipse.jface.viewers.TableViewerColumn;
import org.eclipse.jface.viewers.Viewer;
import org.eclipse.swt.SWT;
import org.eclipse.swt.custom.SashForm;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.ui.forms.ManagedForm;
import org.eclipse.ui.forms.widgets.ExpandableComposite;
import org.eclipse.ui.forms.widgets.FormToolkit;
import org.eclipse.ui.forms.widgets.Section;

/**
 * The building blocks of the editors' form pages: a section of fields, a table with the selected element's details,
 * and the refresh that keeps them in step with the model (undo, the tree, the Properties view).
 */
final class FormPages {

    /** Column widths that fit French labels and names (by feature name). */
    private static final List<String> WIDE = List.of("label", "name", "title"); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
    private static final List<String> NARROW = List.of("order", "number"); //$NON-NLS-1$ //$NON-NLS-2$
    private static final List<String> MEDIUM = List.of("source", "funder", "beneficiary", "kind", "type"); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$ //$NON-NLS-5$

    private FormPages() {
    }

    /** A titled section of fields editing {@code element}'s features, in the form's body. */
    static PropertyForm section(ManagedForm managed, AdapterFactory adapterFactory, EObject element, String title,
            List<? extends EStructuralFeature> features) {
        FormToolkit toolkit = managed.getToolkit();
        Section section = toolkit.createSection(managed.getForm().getBody(), ExpandableComposite.TITLE_BAR);
        section.setText(title);
        GridDataFactory.fillDefaults().grab(true, false).applyTo(section);
        PropertyForm form = new PropertyForm(adapterFactory, toolkit, section, managed.getMessageManager(), features);
        section.setClient(form.control());
        form.setInput(element);
        return form;
    }

    /** A form page with its heading. */
    static ManagedForm page(Composite parent, String title) {
        ManagedForm managed = new ManagedForm(parent);
        managed.getForm().setText(title);
        managed.getToolkit().decorateFormHeading(managed.getForm().getForm());
        return managed;
    }

    /** The page's body as a sash: the master viewer (table, tree) first, then its details. */
    static SashForm masterDetails(ManagedForm managed, int orientation, int heightHint) {
        GridLayoutFactory.fillDefaults().applyTo(managed.getForm().getBody());
        SashForm sash = new SashForm(managed.getForm().getBody(), orientation);
        managed.getToolkit().adapt(sash);
        GridDataFactory.fillDefaults().grab(true, true).hint(SWT.DEFAULT, heightHint).applyTo(sash);
        return sash;
    }

    /** The details section: the fields of what is selected in {@code master}. */
    static void details(ManagedForm managed, SashForm sash, AdapterFactory adapterFactory,
            List<? extends EStructuralFeature> features, StructuredViewer master) {
        Section section = managed.getToolkit().createSection(sash, ExpandableComposite.TITLE_BAR);
        section.setText(Messages.Plan_details);
        PropertyForm detailForm = new PropertyForm(adapterFactory, managed.getToolkit(), section,
                managed.getMessageManager(), features);
        section.setClient(detailForm.control());
        master.addSelectionChangedListener(event -> {
            Object selected = ((IStructuredSelection) event.getSelection()).getFirstElement();
            detailForm.setInput(selected instanceof EObject element ? element : null);
            section.layout(true, true);
        });
    }

    /** A table of elements (columns: properties) and the selected element's details, kept up to date. */
    static ManagedForm listDetails(Composite parent, EObject root, AdapterFactory adapterFactory, String title,
            Supplier<List<EObject>> items, List<? extends EStructuralFeature> columns,
            List<? extends EStructuralFeature> details) {
        return listDetails(parent, root, adapterFactory, title, items, columns, details, List.of());
    }

    /**
     * @param columns the features shown in columns; when the table mixes kinds, features of the same name (a
     *                committee's and an officer's name) share one column
     * @param kinds   the classes of the rows, when the table mixes kinds: a column keeps its title while no row of
     *                its kind is listed
     */
    static ManagedForm listDetails(Composite parent, EObject root, AdapterFactory adapterFactory, String title,
            Supplier<List<EObject>> items, List<? extends EStructuralFeature> columns,
            List<? extends EStructuralFeature> details, List<EClass> kinds) {
        ManagedForm managed = page(parent, title);
        SashForm sash = masterDetails(managed, SWT.VERTICAL, 480);

        TableViewer table = new TableViewer(sash, SWT.BORDER | SWT.FULL_SELECTION | SWT.V_SCROLL);
        table.getTable().setHeaderVisible(true);
        table.getTable().setLinesVisible(true);
        table.setContentProvider(ArrayContentProvider.getInstance());
        List<EObject> initial = items.get();
        for (List<EStructuralFeature> features : byName(columns)) {
            String name = features.get(0).getName();
            TableViewerColumn column = new TableViewerColumn(table, SWT.LEFT);
            column.getColumn().setText(header(adapterFactory, initial, kinds, features));
            column.getColumn().setWidth(WIDE.contains(name) ? 260
                    : MEDIUM.contains(name) ? 200 : NARROW.contains(name) ? 60 : 110);
            column.setLabelProvider(new ColumnLabelProvider() {
                @Override
                public String getText(Object element) {
                    EObject row = (EObject) element;
                    return features.stream().filter(f -> has(row, f)).findFirst()
                            .map(f -> PropertyTexts.value(adapterFactory, row, f)).orElse(""); //$NON-NLS-1$
                }
            });
        }
        table.setInput(initial);

        details(managed, sash, adapterFactory, details, table);
        // An EContentAdapter also hears changes deep inside the model (indicators of actions ...).
        refreshOnChange(root, table, true, () -> table.setInput(items.get()));
        sash.setWeights(1, 1);
        return managed;
    }

    /** The columns: features grouped by name, in the order of their first appearance. */
    private static List<List<EStructuralFeature>> byName(List<? extends EStructuralFeature> features) {
        Map<String, List<EStructuralFeature>> columns = new LinkedHashMap<>();
        features.forEach(f -> columns.computeIfAbsent(f.getName(), name -> new ArrayList<>()).add(f));
        return List.copyOf(columns.values());
    }

    private static boolean has(EObject element, EStructuralFeature feature) {
        return feature.getEContainingClass().isSuperTypeOf(element.eClass());
    }

    /** A column's title: the feature's label in the first row, or else the first kind, that has it. */
    private static String header(AdapterFactory adapterFactory, List<EObject> rows, List<EClass> kinds,
            List<EStructuralFeature> features) {
        return Stream.concat(rows.stream(), kinds.stream().map(EcoreUtil::create))
                .flatMap(e -> features.stream().filter(f -> has(e, f))
                        .map(f -> PropertyTexts.name(adapterFactory, e, f)))
                .findFirst().orElse(features.get(0).getName());
    }

    /**
     * Runs {@code refresh} on the UI thread after each change of {@code element} (with {@code deep}, of anything it
     * contains), while the viewer lives; the listener is removed with the viewer.
     */
    static void refreshOnChange(EObject element, Viewer viewer, boolean deep,
            Runnable refresh) {
        AdapterImpl forwarding = deep ? new EContentAdapter() {
            @Override
            public void notifyChanged(Notification notification) {
                super.notifyChanged(notification);
                schedule(viewer, notification, refresh);
            }
        } : new AdapterImpl() {
            @Override
            public void notifyChanged(Notification notification) {
                schedule(viewer, notification, refresh);
            }
        };
        element.eAdapters().add(forwarding);
        viewer.getControl().addDisposeListener(e -> element.eAdapters().remove(forwarding));
    }

    private static void schedule(Viewer viewer, Notification notification,
            Runnable refresh) {
        if (!notification.isTouch() && !viewer.getControl().isDisposed()) {
            viewer.getControl().getDisplay().asyncExec(() -> {
                if (!viewer.getControl().isDisposed()) {
                    refresh.run();
                }
            });
        }
    }
}
