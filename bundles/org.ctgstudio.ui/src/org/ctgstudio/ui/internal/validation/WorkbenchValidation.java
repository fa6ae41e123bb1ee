package org.ctgstudio.ui.internal.validation;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.ctgstudio.model.resource.ModelProblem;
import org.ctgstudio.validation.CtgValidator;
import org.ctgstudio.validation.Finding;
import org.ctgstudio.validation.RuleProfile;
import org.ctgstudio.validation.RuleRegistry;
import org.ctgstudio.validation.Severity;
import org.ctgstudio.validation.ValidationReport;
import org.eclipse.core.resources.IFile;
import org.eclipse.core.resources.IMarker;
import org.eclipse.core.resources.IResource;
import org.eclipse.core.resources.IWorkspace;
import org.eclipse.core.resources.IWorkspaceRunnable;
import org.eclipse.core.resources.ResourcesPlugin;
import org.eclipse.core.runtime.CoreException;
import org.eclipse.core.runtime.ILog;
import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.NullProgressMonitor;
import org.eclipse.core.runtime.Path;
import org.eclipse.emf.common.util.BasicMonitor;
import org.eclipse.emf.common.util.URI;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.emf.ecore.resource.ResourceSet;

/**
 * Validation in the workbench: the CTG rules run on the models of an editor and their findings become problem
 * markers on the files the elements live in (Problems view: French message, rule, element path; double-click opens
 * the editor on the element; quick fixes from the validation bundle).
 */
public final class WorkbenchValidation {

    /** Marker type of CTG validation findings (a problem marker). */
    public static final String MARKER = "org.ctgstudio.ui.problem"; //$NON-NLS-1$
    /** Marker type of what was wrong while reading a file (dangling references, unknown content). */
    public static final String LOAD_MARKER = "org.ctgstudio.ui.loadProblem"; //$NON-NLS-1$
    public static final String RULE_ID = "ruleId"; //$NON-NLS-1$
    public static final String ELEMENT_ID = "elementId"; //$NON-NLS-1$
    /** What a finding counts (the communes that do not sign ...), one item a line; absent when it counts nothing. */
    public static final String DETAILS = "details"; //$NON-NLS-1$

    private WorkbenchValidation() {
    }

    private static final String PROFILE_KEY = "validationProfile"; //$NON-NLS-1$

    /** The rule profile in force in the workbench (Préférences &gt; CTG Studio &gt; Validation). */
    public static RuleProfile profile() {
        String text = preferences().get(PROFILE_KEY, null);
        if (text == null) {
            return RuleProfile.defaults();
        }
        try {
            return RuleProfile.parse(text, PROFILE_KEY);
        } catch (java.io.IOException e) {
            ILog.of(WorkbenchValidation.class).warn(e.getMessage());
            return RuleProfile.defaults();
        }
    }

    /** Keeps the profile in the workbench preferences; the next validation uses it. */
    public static void setProfile(RuleProfile profile) {
        org.eclipse.core.runtime.preferences.IEclipsePreferences preferences = preferences();
        preferences.put(PROFILE_KEY, profile.toText());
        try {
            preferences.flush();
        } catch (org.osgi.service.prefs.BackingStoreException e) {
            ILog.of(WorkbenchValidation.class).error(e.getMessage(), e);
        }
    }

    private static org.eclipse.core.runtime.preferences.IEclipsePreferences preferences() {
        return org.eclipse.core.runtime.preferences.InstanceScope.INSTANCE.getNode("org.ctgstudio.ui"); //$NON-NLS-1$
    }

    /** Validates every model of the set and replaces the CTG markers of their files with the findings. */
    public static ValidationReport validate(ResourceSet set) {
        return validate(set, new NullProgressMonitor());
    }

    /**
     * As {@link #validate(ResourceSet)}, with progress and cancellation (a cancelled run leaves the markers as they
     * were and throws {@link java.util.concurrent.CancellationException}).
     */
    public static ValidationReport validate(ResourceSet set, IProgressMonitor monitor) {
        List<EObject> roots = new ArrayList<>();
        for (Resource resource : List.copyOf(set.getResources())) {
            roots.addAll(resource.getContents());
        }
        ValidationReport report = CtgValidator.validate(roots, profile(), RuleRegistry.getDefault(),
                BasicMonitor.toMonitor(monitor));
        show(set, report);
        return report;
    }

    /** Replaces the CTG markers of the set's files with the findings of a report. */
    public static void show(ResourceSet set, ValidationReport report) {
        Map<IFile, List<Finding>> byFile = new HashMap<>();
        for (Resource resource : List.copyOf(set.getResources())) {
            IFile file = file(resource);
            if (file != null) {
                byFile.put(file, new ArrayList<>());
            }
        }
        for (Finding finding : report.findings()) {
            IFile file = finding.element().eResource() == null ? null : file(finding.element().eResource());
            if (file != null) {
                byFile.computeIfAbsent(file, k -> new ArrayList<>()).add(finding);
            }
        }
        run(monitor -> byFile.forEach((file, findings) -> replaceMarkers(file, findings)));
    }

    private static void replaceMarkers(IFile file, List<Finding> findings) {
        if (!file.exists()) {
            return;
        }
        try {
            file.deleteMarkers(MARKER, true, IResource.DEPTH_ZERO);
            for (Finding finding : findings) {
                IMarker marker = file.createMarker(MARKER);
                marker.setAttributes(new String[] {IMarker.MESSAGE, IMarker.SEVERITY, IMarker.LOCATION, RULE_ID,
                        ELEMENT_ID, IMarker.SOURCE_ID, DETAILS}, new Object[] {finding.message(),
                                severity(finding.severity()), finding.path(), finding.ruleId(), finding.elementId(),
                                finding.ruleId(), finding.details().isEmpty() ? null
                                        : String.join("\n", finding.details())}); //$NON-NLS-1$
            }
        } catch (CoreException e) {
            ILog.of(WorkbenchValidation.class).log(e.getStatus());
        }
    }

    /** Problems found while reading a file, as markers on it (replacing those of the previous reading). */
    public static void showLoadProblems(IFile file, List<ModelProblem> problems) {
        run(monitor -> {
            if (!file.exists()) {
                return;
            }
            file.deleteMarkers(LOAD_MARKER, true, IResource.DEPTH_ZERO);
            for (ModelProblem problem : problems) {
                IMarker marker = file.createMarker(LOAD_MARKER);
                marker.setAttribute(IMarker.MESSAGE, problem.message());
                marker.setAttribute(IMarker.SEVERITY, problem.error() ? IMarker.SEVERITY_ERROR
                        : IMarker.SEVERITY_WARNING);
                if (problem.line() > 0) {
                    marker.setAttribute(IMarker.LINE_NUMBER, problem.line());
                }
                if (problem.element() != null) {
                    marker.setAttribute(IMarker.LOCATION, problem.element());
                }
            }
        });
    }

    private static int severity(Severity severity) {
        return switch (severity) {
            case ERROR -> IMarker.SEVERITY_ERROR;
            case WARNING -> IMarker.SEVERITY_WARNING;
            case INFO -> IMarker.SEVERITY_INFO;
        };
    }

    private static void run(IWorkspaceRunnable runnable) {
        try {
            ResourcesPlugin.getWorkspace().run(runnable, null, IWorkspace.AVOID_UPDATE, null);
        } catch (CoreException e) {
            ILog.of(WorkbenchValidation.class).log(e.getStatus());
        }
    }

    /** The workspace file of a resource loaded from platform:/resource, or null. */
    public static IFile file(Resource resource) {
        URI uri = resource.getURI();
        if (uri == null || !uri.isPlatformResource()) {
            return null;
        }
        return ResourcesPlugin.getWorkspace().getRoot().getFile(new Path(uri.toPlatformString(true)));
    }
}
