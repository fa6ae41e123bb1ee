package org.ctgstudio.ui.internal.wizards;

import java.io.IOException;
import java.io.InputStream;
import java.lang.reflect.InvocationTargetException;
import java.net.URL;
import java.util.Collections;
import java.util.Enumeration;

import org.ctgstudio.ui.internal.HelpContexts;
import org.ctgstudio.ui.internal.Messages;
import org.eclipse.core.resources.IFile;
import org.eclipse.core.resources.IProject;
import org.eclipse.core.resources.IProjectDescription;
import org.eclipse.core.resources.IResource;
import org.eclipse.core.resources.ResourcesPlugin;
import org.eclipse.core.runtime.CoreException;
import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.IStatus;
import org.eclipse.core.runtime.Status;
import org.eclipse.core.runtime.SubMonitor;
import org.eclipse.jface.dialogs.ErrorDialog;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.ui.actions.WorkspaceModifyOperation;
import org.eclipse.ui.dialogs.WizardNewProjectCreationPage;
import org.eclipse.ui.wizards.newresource.BasicNewResourceWizard;
import org.osgi.framework.Bundle;
import org.osgi.framework.FrameworkUtil;

/** Fichier &gt; Nouveau &gt; Projet CTG: a workspace project, with the Val d'Exemple models if the user wants them. */
public class NewProjectWizard extends BasicNewResourceWizard {

    /** Folder of the ui bundle that holds the example project (copied there by the build from examples/). */
    static final String EXAMPLE_FOLDER = "examples/Val-d-Exemple"; //$NON-NLS-1$

    private ProjectPage page;
    private String initialName;

    /** The name the page proposes (set before the wizard is shown). */
    public void setInitialProjectName(String name) {
        initialName = name;
    }

    @Override
    public void addPages() {
        setWindowTitle(Messages.NewProject_title);
        page = new ProjectPage();
        if (initialName != null) {
            page.setInitialProjectName(initialName);
        }
        addPage(page);
    }

    /** The project page, for tests that fill the wizard as a user would. */
    public ProjectPage page() {
        return page;
    }

    @Override
    public boolean performFinish() {
        IProject project = page.getProjectHandle();
        boolean example = page.withExample();
        java.net.URI location = page.useDefaults() ? null : page.getLocationURI();
        WorkspaceModifyOperation create = new WorkspaceModifyOperation() {
            @Override
            protected void execute(IProgressMonitor monitor) throws CoreException {
                SubMonitor progress = SubMonitor.convert(monitor, Messages.NewProject_creating, 3);
                IProjectDescription description = ResourcesPlugin.getWorkspace()
                        .newProjectDescription(project.getName());
                description.setLocationURI(location);
                project.create(description, progress.split(1));
                project.open(progress.split(1));
                if (example) {
                    copyExample(project, progress.split(1));
                }
            }
        };
        try {
            getContainer().run(false, false, create);
        } catch (InvocationTargetException e) {
            Throwable cause = e.getCause();
            ErrorDialog.openError(getShell(), Messages.NewProject_title, Messages.NewProject_failed,
                    cause instanceof CoreException core ? core.getStatus()
                            : new Status(IStatus.ERROR, "org.ctgstudio.ui", String.valueOf(cause), cause)); //$NON-NLS-1$
            return false;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
        selectAndReveal(project);
        return true;
    }

    private static void copyExample(IProject project, IProgressMonitor monitor) throws CoreException {
        Bundle bundle = FrameworkUtil.getBundle(NewProjectWizard.class);
        Enumeration<URL> entries = bundle.findEntries(EXAMPLE_FOLDER, "*", false); //$NON-NLS-1$
        for (URL entry : entries == null ? Collections.<URL>emptyList() : Collections.list(entries)) {
            String name = entry.getPath().substring(entry.getPath().lastIndexOf('/') + 1);
            if (name.isEmpty()) {
                continue;
            }
            IFile file = project.getFile(name);
            try (InputStream in = entry.openStream()) {
                file.create(in, IResource.FORCE, monitor);
            } catch (IOException e) {
                throw new CoreException(new Status(IStatus.ERROR, "org.ctgstudio.ui", e.getMessage(), e)); //$NON-NLS-1$
            }
        }
    }

    /** The platform's project page plus the example option. */
    public static final class ProjectPage extends WizardNewProjectCreationPage {
        private Button example;

        ProjectPage() {
            super("project"); //$NON-NLS-1$
            setTitle(Messages.NewProject_pageTitle);
            setDescription(Messages.NewProject_pageDescription);
        }

        @Override
        public void createControl(Composite parent) {
            super.createControl(parent);
            HelpContexts.set(getControl(), HelpContexts.NEW_PROJECT);
            example = new Button((Composite) getControl(), SWT.CHECK);
            example.setText(Messages.NewProject_withExample);
            example.setSelection(true);
        }

        public boolean withExample() {
            return example != null && example.getSelection();
        }

        public void setWithExample(boolean withExample) {
            example.setSelection(withExample);
        }
    }
}
