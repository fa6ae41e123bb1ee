package org.ctgstudio.ui.internal.validation;

import java.util.Arrays;

import org.ctgstudio.ui.internal.editor.ModelEditor;
import org.ctgstudio.validation.Finding;
import org.ctgstudio.validation.fixes.QuickFix;
import org.ctgstudio.validation.fixes.QuickFixes;
import org.eclipse.core.resources.IFile;
import org.eclipse.core.resources.IMarker;
import org.eclipse.core.runtime.CoreException;
import org.eclipse.core.runtime.ILog;
import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.emf.common.command.Command;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.swt.graphics.Image;
import org.eclipse.ui.IEditorPart;
import org.eclipse.ui.IMarkerResolution;
import org.eclipse.ui.IMarkerResolutionGenerator2;
import org.eclipse.ui.IWorkbenchPage;
import org.eclipse.ui.PlatformUI;
import org.eclipse.ui.ide.IDE;
import org.eclipse.ui.views.markers.WorkbenchMarkerResolution;

/**
 * Quick fixes of the validation bundle offered on CTG problem markers. A fix runs as a command on the command stack of
 * the file's editor (opened if needed), so it can be undone; the markers are then recomputed.
 */
public class CtgMarkerResolutions implements IMarkerResolutionGenerator2 {

    @Override
    public boolean hasResolutions(IMarker marker) {
        String rule = marker.getAttribute(WorkbenchValidation.RULE_ID, null);
        return QuickFixes.all().stream().anyMatch(fix -> fix.ruleId().equals(rule));
    }

    @Override
    public IMarkerResolution[] getResolutions(IMarker marker) {
        String rule = marker.getAttribute(WorkbenchValidation.RULE_ID, null);
        return QuickFixes.all().stream().filter(fix -> fix.ruleId().equals(rule)).map(Resolution::new)
                .toArray(IMarkerResolution[]::new);
    }

    /** One quick fix; applies to every marker of the same rule (multi-fix in the Quick Fix dialog). */
    static final class Resolution extends WorkbenchMarkerResolution {
        private final QuickFix fix;

        Resolution(QuickFix fix) {
            this.fix = fix;
        }

        @Override
        public String getLabel() {
            return fix.label();
        }

        @Override
        public String getDescription() {
            return fix.label();
        }

        @Override
        public Image getImage() {
            return null;
        }

        @Override
        public IMarker[] findOtherMarkers(IMarker[] markers) {
            return Arrays.stream(markers)
                    .filter(m -> fix.ruleId().equals(m.getAttribute(WorkbenchValidation.RULE_ID, null)))
                    .toArray(IMarker[]::new);
        }

        @Override
        public void run(IMarker[] markers, IProgressMonitor monitor) {
            for (IMarker marker : markers) {
                run(marker);
            }
        }

        @Override
        public void run(IMarker marker) {
            if (!marker.exists()) {
                return; // fixed meanwhile by another fix of the same batch
            }
            ModelEditor editor = editor(marker);
            if (editor == null || editor.resource() == null) {
                return;
            }
            EObject element = editor.resource().getEObject(marker.getAttribute(WorkbenchValidation.ELEMENT_ID, "")); //$NON-NLS-1$
            Finding finding = WorkbenchValidation.validate(editor.resource().getResourceSet()).of(fix.ruleId())
                    .stream().filter(f -> f.element() == element).findFirst().orElse(null);
            if (finding == null) {
                return;
            }
            Command command = fix.create(editor.domain(), finding, WorkbenchValidation.profile());
            if (command != null) {
                editor.domain().getCommandStack().execute(command);
                editor.select(element);
                WorkbenchValidation.validate(editor.resource().getResourceSet());
            }
        }

        private static ModelEditor editor(IMarker marker) {
            IWorkbenchPage page = PlatformUI.getWorkbench().getActiveWorkbenchWindow().getActivePage();
            try {
                IEditorPart part = IDE.openEditor(page, (IFile) marker.getResource(), true);
                return part instanceof ModelEditor modelEditor ? modelEditor : null;
            } catch (CoreException e) {
                ILog.of(CtgMarkerResolutions.class).log(e.getStatus());
                return null;
            }
        }
    }
}
