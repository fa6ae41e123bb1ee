package org.ctgstudio.ui.internal.properties;

import java.text.MessageFormat;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

import org.ctgstudio.ui.internal.Messages;
import org.ctgstudio.ui.internal.validation.WorkbenchValidation;
import org.eclipse.core.resources.IFile;
import org.eclipse.core.resources.IMarker;
import org.eclipse.core.resources.IResource;
import org.eclipse.core.resources.IResourceChangeEvent;
import org.eclipse.core.resources.IResourceChangeListener;
import org.eclipse.core.resources.ResourcesPlugin;
import org.eclipse.core.runtime.CoreException;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.jface.layout.GridLayoutFactory;
import org.eclipse.jface.layout.TableColumnLayout;
import org.eclipse.jface.viewers.ArrayContentProvider;
import org.eclipse.jface.viewers.ColumnLabelProvider;
import org.eclipse.jface.viewers.ColumnViewerToolTipSupport;
import org.eclipse.jface.viewers.ColumnWeightData;
import org.eclipse.jface.viewers.ISelection;
import org.eclipse.jface.viewers.TableViewer;
import org.eclipse.jface.viewers.TableViewerColumn;
import org.eclipse.swt.SWT;
import org.eclipse.swt.graphics.Image;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Label;
import org.eclipse.ui.ISharedImages;
import org.eclipse.ui.IWorkbenchPart;
import org.eclipse.ui.PlatformUI;
import org.eclipse.ui.views.properties.tabbed.AbstractPropertySection;
import org.eclipse.ui.views.properties.tabbed.TabbedPropertySheetPage;

/**
 * The "Problèmes" tab: the validation findings on the selected element (severity, rule id, French message), kept
 * current as validation replaces the markers, so a user fixing a field sees its problem go away beside it.
 */
public final class ProblemsSection extends AbstractPropertySection {

    private TableViewer table;
    private Label summary;
    private EObject element;
    private final IResourceChangeListener markersChanged = this::markersChanged;

    @Override
    public void createControls(Composite parent, TabbedPropertySheetPage sheetPage) {
        super.createControls(parent, sheetPage);
        Composite body = getWidgetFactory().createComposite(parent);
        GridLayoutFactory.swtDefaults().applyTo(body);
        summary = getWidgetFactory().createLabel(body, ""); //$NON-NLS-1$
        GridDataFactory.fillDefaults().grab(true, false).applyTo(summary);

        Composite holder = getWidgetFactory().createComposite(body);
        GridDataFactory.fillDefaults().grab(true, true).hint(SWT.DEFAULT, 120).applyTo(holder);
        TableColumnLayout layout = new TableColumnLayout();
        holder.setLayout(layout);
        table = new TableViewer(holder, SWT.FULL_SELECTION | SWT.BORDER | SWT.V_SCROLL);
        table.getTable().setHeaderVisible(true);
        table.setContentProvider(ArrayContentProvider.getInstance());
        column(layout, Messages.Properties_rule, 1, new ColumnLabelProvider() {
            @Override
            public String getText(Object marker) {
                return ((IMarker) marker).getAttribute(WorkbenchValidation.RULE_ID, ""); //$NON-NLS-1$
            }

            @Override
            public Image getImage(Object marker) {
                return severityImage(((IMarker) marker).getAttribute(IMarker.SEVERITY, IMarker.SEVERITY_INFO));
            }
        });
        column(layout, Messages.Properties_message, 4, new ColumnLabelProvider() {
            @Override
            public String getText(Object marker) {
                return ((IMarker) marker).getAttribute(IMarker.MESSAGE, ""); //$NON-NLS-1$
            }

            /** What the finding counts (the communes that do not sign ...), one a line, when it counts anything. */
            @Override
            public String getToolTipText(Object marker) {
                return ((IMarker) marker).getAttribute(WorkbenchValidation.DETAILS, null);
            }
        });
        ColumnViewerToolTipSupport.enableFor(table);
        ResourcesPlugin.getWorkspace().addResourceChangeListener(markersChanged, IResourceChangeEvent.POST_CHANGE);
    }

    private void column(TableColumnLayout layout, String title, int weight, ColumnLabelProvider labels) {
        TableViewerColumn column = new TableViewerColumn(table, SWT.LEFT);
        column.getColumn().setText(title);
        column.setLabelProvider(labels);
        layout.setColumnData(column.getColumn(), new ColumnWeightData(weight, 80));
    }

    private void markersChanged(IResourceChangeEvent event) {
        if (event.findMarkerDeltas(WorkbenchValidation.MARKER, true).length > 0 && table != null
                && !table.getControl().isDisposed()) {
            table.getControl().getDisplay().asyncExec(this::refresh);
        }
    }

    @Override
    public void setInput(IWorkbenchPart part, ISelection selection) {
        super.setInput(part, selection);
        element = ModelElements.element(selection);
    }

    @Override
    public void refresh() {
        if (table == null || table.getControl().isDisposed()) {
            return;
        }
        List<IMarker> markers = markers(element);
        table.setInput(markers);
        summary.setText(markers.isEmpty() ? Messages.Properties_noProblem
                : MessageFormat.format(Messages.Properties_problemCount, markers.size())); // a choice: not NLS.bind
        summary.getParent().layout();
    }

    /** The CTG validation markers of the element's file that point at the element, the most severe first. */
    static List<IMarker> markers(EObject element) {
        Resource resource = element == null ? null : element.eResource();
        IFile file = resource == null ? null : WorkbenchValidation.file(resource);
        List<IMarker> found = new ArrayList<>();
        try {
            if (file != null && file.exists()) {
                for (IMarker marker : file.findMarkers(WorkbenchValidation.MARKER, true, IResource.DEPTH_ZERO)) {
                    String id = marker.getAttribute(WorkbenchValidation.ELEMENT_ID, null);
                    if (id != null && resource.getEObject(id) == element) {
                        found.add(marker);
                    }
                }
            }
        } catch (CoreException e) {
            return List.of(); // the file went away meanwhile: nothing to show
        }
        found.sort(Comparator.comparingInt((IMarker m) -> -m.getAttribute(IMarker.SEVERITY, 0))
                .thenComparing(m -> m.getAttribute(WorkbenchValidation.RULE_ID, ""))); //$NON-NLS-1$
        return found;
    }

    private static Image severityImage(int severity) {
        String key = switch (severity) {
            case IMarker.SEVERITY_ERROR -> ISharedImages.IMG_OBJS_ERROR_TSK;
            case IMarker.SEVERITY_WARNING -> ISharedImages.IMG_OBJS_WARN_TSK;
            default -> ISharedImages.IMG_OBJS_INFO_TSK;
        };
        return PlatformUI.getWorkbench().getSharedImages().getImage(key);
    }

    @Override
    public boolean shouldUseExtraSpace() {
        return true;
    }

    @Override
    public void dispose() {
        ResourcesPlugin.getWorkspace().removeResourceChangeListener(markersChanged);
        super.dispose();
    }
}
