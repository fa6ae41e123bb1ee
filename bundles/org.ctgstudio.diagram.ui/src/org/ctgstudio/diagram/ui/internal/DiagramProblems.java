package org.ctgstudio.diagram.ui.internal;

import java.util.ArrayList;
import java.util.List;

import org.ctgstudio.diagram.server.DocumentLink;
import org.ctgstudio.ui.internal.validation.WorkbenchValidation;
import org.eclipse.core.resources.IFile;
import org.eclipse.core.resources.IMarker;
import org.eclipse.core.resources.IMarkerDelta;
import org.eclipse.core.resources.IResource;
import org.eclipse.core.resources.IResourceChangeEvent;
import org.eclipse.core.resources.IResourceChangeListener;
import org.eclipse.core.resources.ResourcesPlugin;
import org.eclipse.core.runtime.CoreException;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.swt.widgets.Display;

/**
 * The problems of the Problems view on the diagram: the CTG markers of the model file, each on the nodes and edges
 * that draw its element, kept current as validation replaces them.
 */
final class DiagramProblems implements IResourceChangeListener {

    private final IFile file;
    private final Resource model;
    private final DocumentLink link;
    private final Display display;

    DiagramProblems(IFile file, Resource model, DocumentLink link, Display display) {
        this.file = file;
        this.model = model;
        this.link = link;
        this.display = display;
        ResourcesPlugin.getWorkspace().addResourceChangeListener(this, IResourceChangeEvent.POST_CHANGE);
        update();
    }

    @Override
    public void resourceChanged(IResourceChangeEvent event) {
        for (IMarkerDelta delta : event.findMarkerDeltas(WorkbenchValidation.MARKER, true)) {
            if (file.equals(delta.getResource())) {
                display.asyncExec(this::update);
                return;
            }
        }
    }

    /** Reads the markers again (on the UI thread: the model is read there). */
    void update() {
        if (!file.exists()) {
            return;
        }
        List<DocumentLink.Issue> issues = new ArrayList<>();
        try {
            for (IMarker marker : file.findMarkers(WorkbenchValidation.MARKER, true, IResource.DEPTH_ZERO)) {
                String id = marker.getAttribute(WorkbenchValidation.ELEMENT_ID, null);
                EObject element = id == null ? null : model.getEObject(id);
                if (element != null) {
                    issues.add(new DocumentLink.Issue(element, marker.getAttribute(IMarker.MESSAGE, ""), //$NON-NLS-1$
                            severity(marker.getAttribute(IMarker.SEVERITY, IMarker.SEVERITY_INFO))));
                }
            }
        } catch (CoreException e) {
            return; // the file went away meanwhile
        }
        link.setIssues(issues);
    }

    private static DocumentLink.Severity severity(int severity) {
        return switch (severity) {
            case IMarker.SEVERITY_ERROR -> DocumentLink.Severity.ERROR;
            case IMarker.SEVERITY_WARNING -> DocumentLink.Severity.WARNING;
            default -> DocumentLink.Severity.INFO;
        };
    }

    void dispose() {
        ResourcesPlugin.getWorkspace().removeResourceChangeListener(this);
    }
}
