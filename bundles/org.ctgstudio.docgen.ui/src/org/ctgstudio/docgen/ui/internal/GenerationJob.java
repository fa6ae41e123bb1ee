package org.ctgstudio.docgen.ui.internal;

import java.io.IOException;
import java.util.List;
import java.util.concurrent.CancellationException;

import org.ctgstudio.docgen.DocumentException;
import org.ctgstudio.docgen.DocumentGenerator;
import org.ctgstudio.docgen.FinalRefusedException;
import org.ctgstudio.docgen.Finality;
import org.ctgstudio.docgen.GenerationMonitor;
import org.ctgstudio.docgen.GenerationRequest;
import org.ctgstudio.docgen.GenerationResult;
import org.ctgstudio.docgen.OutputFormat;
import org.ctgstudio.docgen.TemplateProblem;
import org.ctgstudio.model.GlobalTerritorialAgreement;
import org.ctgstudio.model.resource.ModelFiles;
import org.ctgstudio.model.resource.ModelLoadException;
import org.eclipse.core.resources.IContainer;
import org.eclipse.core.resources.IFile;
import org.eclipse.core.resources.IFolder;
import org.eclipse.core.resources.IResource;
import org.eclipse.core.resources.ResourcesPlugin;
import org.eclipse.core.runtime.CoreException;
import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.IStatus;
import org.eclipse.core.runtime.MultiStatus;
import org.eclipse.core.runtime.Status;
import org.eclipse.core.runtime.SubMonitor;
import org.eclipse.core.runtime.jobs.Job;
import org.eclipse.jface.dialogs.ErrorDialog;
import org.eclipse.jface.dialogs.MessageDialog;
import org.eclipse.osgi.util.NLS;
import org.eclipse.swt.widgets.Display;
import org.eclipse.ui.IEditorSite;
import org.eclipse.ui.IViewSite;
import org.eclipse.ui.IWorkbenchPart;
import org.eclipse.ui.IWorkbenchWindow;
import org.eclipse.ui.PartInitException;
import org.eclipse.ui.ide.IDE;
import org.eclipse.ui.progress.IProgressConstants;
import org.eclipse.ui.wizards.newresource.BasicNewResourceWizard;

/**
 * Generates one document in the background, with progress and Cancel: reads the saved convention, generates, then
 * reveals (and opens, if asked) the document. A template defect or any failure is shown in a dialog whose details
 * list each problem with its place in the template; a refused final document asks whether to insist.
 */
public final class GenerationJob extends Job {

    private static final String BUNDLE = "org.ctgstudio.docgen.ui"; //$NON-NLS-1$

    private final IWorkbenchWindow window;
    private final IFile convention;
    private final TemplateChoice template;
    private final OutputFormat format;
    private final Finality finality;
    private final boolean insist;
    private final int year;
    private final int amendment;
    private final IFile target;
    private final boolean openAfter;
    private volatile GenerationResult result;
    private volatile IStatus failure;

    GenerationJob(IWorkbenchWindow window, IFile convention, TemplateChoice template, OutputFormat format,
            Finality finality, int year, int amendment, IFile target, boolean openAfter) {
        this(window, convention, template, format, finality, false, year, amendment, target, openAfter);
    }

    private GenerationJob(IWorkbenchWindow window, IFile convention, TemplateChoice template, OutputFormat format,
            Finality finality, boolean insist, int year, int amendment, IFile target, boolean openAfter) {
        super(NLS.bind(Messages.Job_name, target.getName()));
        this.window = window;
        this.convention = convention;
        this.template = template;
        this.format = format;
        this.finality = finality;
        this.insist = insist;
        this.year = year;
        this.amendment = amendment;
        this.target = target;
        this.openAfter = openAfter;
        setUser(true);
        setRule(target.getProject()); // creates the target folder if needed, then writes and refreshes the file
        // Failures get this job's own dialog (with the template's places), not the platform's generic one.
        setProperty(IProgressConstants.NO_IMMEDIATE_ERROR_PROMPT_PROPERTY, Boolean.TRUE);
    }

    /** The written document, once the job has succeeded. */
    public GenerationResult result() {
        return result;
    }

    /** Why it failed (the status the dialog showed), or null. */
    public IStatus failure() {
        return failure;
    }

    @Override
    protected IStatus run(IProgressMonitor monitor) {
        SubMonitor progress = SubMonitor.convert(monitor, getName(), 100);
        try {
            GlobalTerritorialAgreement agreement = saved();
            createFolders(target.getParent());
            GenerationRequest request = GenerationRequest.of(agreement, template.load(), format,
                    target.getLocation().toPath()).withFinality(finality, insist).withYear(year)
                    .withAmendment(amendment).withDiagrams(convention.getLocation().toPath());
            result = DocumentGenerator.generate(request, new Progress(progress));
            target.refreshLocal(IResource.DEPTH_ZERO, null);
            Display.getDefault().asyncExec(this::showResult);
            return Status.OK_STATUS;
        } catch (CancellationException e) {
            return Status.CANCEL_STATUS;
        } catch (FinalRefusedException e) {
            Display.getDefault().asyncExec(() -> askToInsist(e));
            return Status.OK_STATUS;
        } catch (DocumentException e) {
            return failed(e.getMessage(), e.problems(), e);
        } catch (CoreException | IOException | RuntimeException e) {
            return failed(e.getMessage() == null ? e.toString() : e.getMessage(), List.of(), e);
        }
    }

    private GlobalTerritorialAgreement saved() throws DocumentException {
        try {
            Object root = ModelFiles.load(ModelFiles.newResourceSet(), convention.getLocation().toPath()).root();
            if (root instanceof GlobalTerritorialAgreement agreement) {
                return agreement;
            }
            throw new DocumentException(NLS.bind(Messages.Job_unreadable, convention.getName(), root));
        } catch (ModelLoadException e) {
            throw new DocumentException(NLS.bind(Messages.Job_unreadable, convention.getName(), e.getMessage()), e);
        }
    }

    private static void createFolders(IContainer container) throws CoreException {
        if (container instanceof IFolder folder && !folder.exists()) {
            createFolders(folder.getParent());
            folder.create(true, true, null);
        }
    }

    private IStatus failed(String message, List<TemplateProblem> problems, Throwable cause) {
        MultiStatus status = new MultiStatus(BUNDLE, IStatus.ERROR, message, problems.isEmpty() ? cause : null);
        for (TemplateProblem problem : problems) {
            status.add(new Status(problem.error() ? IStatus.ERROR : IStatus.WARNING, BUNDLE,
                    problem.location().isEmpty() ? problem.message()
                            : NLS.bind(Messages.Error_problem, problem.message(), problem.location())));
        }
        failure = status;
        Display.getDefault().asyncExec(() -> ErrorDialog.openError(window.getShell(), Messages.Error_title,
                Messages.Job_failed, status));
        return status;
    }

    private void showResult() {
        BasicNewResourceWizard.selectAndReveal(target, window);
        // Remarks (a diagram not available yet …) do not stop anyone: said in the status line, not in a dialog.
        String done = NLS.bind(Messages.Job_done, target.getFullPath());
        if (!result.warnings().isEmpty()) {
            done = NLS.bind(Messages.Job_doneWithRemarks, done, String.join(" ; ", //$NON-NLS-1$
                    result.warnings().stream().map(TemplateProblem::message).toList()));
        }
        IWorkbenchPart part = window.getActivePage() == null ? null : window.getActivePage().getActivePart();
        if (part != null && part.getSite() instanceof IViewSite view) {
            view.getActionBars().getStatusLineManager().setMessage(done);
        } else if (part != null && part.getSite() instanceof IEditorSite editor) {
            editor.getActionBars().getStatusLineManager().setMessage(done);
        }
        if (openAfter && window.getActivePage() != null) {
            try {
                IDE.openEditor(window.getActivePage(), target, true);
            } catch (PartInitException e) {
                ErrorDialog.openError(window.getShell(), Messages.Error_title, e.getMessage(), e.getStatus());
            }
        }
    }

    private void askToInsist(FinalRefusedException refused) {
        if (MessageDialog.openQuestion(window.getShell(), Messages.Final_title,
                NLS.bind(Messages.Final_question, refused.getMessage()))) {
            new GenerationJob(window, convention, template, format, finality, true, year, amendment, target, openAfter)
                    .schedule();
        }
    }

    /** The generator's steps on the job's progress monitor; the monitor's Cancel stops it. */
    private static final class Progress implements GenerationMonitor {

        private final SubMonitor monitor;
        private int done;

        Progress(SubMonitor monitor) {
            this.monitor = monitor;
        }

        @Override
        public void step(String task, int percent) {
            monitor.subTask(task);
            monitor.worked(Math.max(0, percent - done));
            done = Math.max(done, percent);
        }

        @Override
        public boolean cancelled() {
            return monitor.isCanceled();
        }
    }
}
