package org.ctgstudio.diagram.ui.internal;

import java.util.HashMap;
import java.util.Map;

import org.ctgstudio.diagram.description.RepresentationDescription;
import org.ctgstudio.diagram.server.glsp.CtgToolPalette;
import org.ctgstudio.diagram.ui.DiagramUi;
import org.eclipse.core.resources.IFile;
import org.eclipse.jface.resource.ImageDescriptor;
import org.eclipse.jface.viewers.LabelProvider;
import org.eclipse.swt.graphics.Image;
import org.eclipse.ui.IMemento;
import org.eclipse.ui.navigator.ICommonContentExtensionSite;
import org.eclipse.ui.navigator.ICommonLabelProvider;

/** A representation in the Project Explorer: its description's label and icon, then its file name. */
public final class RepresentationsLabels extends LabelProvider implements ICommonLabelProvider {

    private final Map<ImageDescriptor, Image> images = new HashMap<>();

    @Override
    public String getText(Object element) {
        if (!(element instanceof IFile file)) {
            return null;
        }
        RepresentationDescription description = RepresentationFiles.descriptionOf(file);
        return description == null ? file.getName() : CtgToolPalette.label(description) + " (" + file.getName() + ")"; //$NON-NLS-1$ //$NON-NLS-2$
    }

    @Override
    public Image getImage(Object element) {
        if (!(element instanceof IFile file)) {
            return null;
        }
        RepresentationDescription description = RepresentationFiles.descriptionOf(file);
        ImageDescriptor icon = DiagramUi.icon(description == null ? null : description.getId());
        return images.computeIfAbsent(icon, ImageDescriptor::createImage);
    }

    @Override
    public String getDescription(Object element) {
        return element instanceof IFile file ? file.getFullPath().toString() : null;
    }

    @Override
    public void init(ICommonContentExtensionSite site) {
        // nothing to set up
    }

    @Override
    public void restoreState(IMemento memento) {
        // no state
    }

    @Override
    public void saveState(IMemento memento) {
        // no state
    }

    @Override
    public void dispose() {
        images.values().forEach(Image::dispose);
        images.clear();
        super.dispose();
    }
}
