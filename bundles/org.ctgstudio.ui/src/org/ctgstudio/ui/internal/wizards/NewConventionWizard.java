package org.ctgstudio.ui.internal.wizards;

import java.io.IOException;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.ctgstudio.edit.CtgLabels;
import org.ctgstudio.model.CtgWorkspace;
import org.ctgstudio.model.GlobalTerritorialAgreement;
import org.ctgstudio.model.Organisation;
import org.ctgstudio.model.PartyRole;
import org.ctgstudio.model.Territory;
import org.ctgstudio.model.resource.ModelFiles;
import org.ctgstudio.model.resource.ModelLoadException;
import org.ctgstudio.model.template.ConventionTemplate;
import org.ctgstudio.templates.TemplateInstantiator;
import org.ctgstudio.ui.internal.Messages;
import org.eclipse.core.resources.IContainer;
import org.eclipse.core.resources.IFile;
import org.eclipse.core.resources.IProject;
import org.eclipse.core.resources.IResource;
import org.eclipse.core.runtime.CoreException;
import org.eclipse.core.runtime.ILog;
import org.eclipse.emf.common.util.URI;
import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.emf.ecore.resource.ResourceSet;
import org.eclipse.jface.dialogs.MessageDialog;
import org.eclipse.jface.viewers.IStructuredSelection;
import org.eclipse.osgi.util.NLS;
import org.eclipse.ui.IWorkbench;
import org.eclipse.ui.ide.IDE;
import org.eclipse.ui.wizards.newresource.BasicNewResourceWizard;

/**
 * Fichier &gt; Nouveau &gt; Convention à partir d'un modèle: choose a published template, the territory, the dates and
 * the parties among the project's reference data; the convention is instantiated, saved and opened.
 */
public class NewConventionWizard extends BasicNewResourceWizard {

    private final ResourceSet models = ModelFiles.newResourceSet();
    private final List<ConventionTemplate> templates = new ArrayList<>();
    private final List<Territory> territories = new ArrayList<>();
    private final List<Organisation> organisations = new ArrayList<>();
    private IContainer container;
    private ConventionPage page;

    @Override
    public void init(IWorkbench workbench, IStructuredSelection selection) {
        super.init(workbench, selection);
        setWindowTitle(Messages.NewConvention_title);
        setNeedsProgressMonitor(false);
        Object first = selection == null ? null : selection.getFirstElement();
        if (first instanceof IResource resource) {
            container = resource instanceof IContainer c && !(resource instanceof IProject) ? c : resource.getProject();
            loadChoices(resource.getProject());
        }
    }

    /** The templates and reference data of the project, read once for the page's choices. */
    private void loadChoices(IProject project) {
        try {
            for (IResource member : project.members()) {
                if (member instanceof IFile file && ("ctgt".equals(file.getFileExtension()) //$NON-NLS-1$
                        || "ctgw".equals(file.getFileExtension()))) { //$NON-NLS-1$
                    collect(ModelFiles.load(models, URI.createPlatformResourceURI(file.getFullPath().toString(),
                            true)).root());
                }
            }
        } catch (CoreException e) {
            ILog.of(getClass()).log(e.getStatus());
        } catch (ModelLoadException e) {
            // A damaged file offers nothing to choose; the editor says why when it is opened.
            ILog.of(getClass()).warn(e.getMessage());
        }
    }

    private void collect(Object root) {
        if (root instanceof ConventionTemplate template) {
            templates.add(template);
        } else if (root instanceof CtgWorkspace data) {
            territories.addAll(data.getTerritories());
            organisations.addAll(data.getOrganisations());
            templates.addAll(data.getTemplates());
        }
    }

    @Override
    public void addPages() {
        page = new ConventionPage(templates, territories, organisations, container);
        addPage(page);
    }

    /** The page, for tests that fill it as a user would. */
    public ConventionPage page() {
        return page;
    }

    @Override
    public boolean performFinish() {
        List<TemplateInstantiator.Party> parties = new ArrayList<>();
        for (Organisation organisation : page.signatories()) {
            parties.add(new TemplateInstantiator.Party(organisation, PartyRole.SIGNATORY));
        }
        GlobalTerritorialAgreement agreement;
        try {
            agreement = TemplateInstantiator.instantiate(new TemplateInstantiator.Request(page.template(),
                    page.territory(), page.startDate(), page.endDate(), parties, null, page.title()));
        } catch (IllegalArgumentException | DateTimeParseException e) {
            page.setErrorMessage(e.getMessage());
            return false;
        }
        IFile file = container.getFile(new org.eclipse.core.runtime.Path(page.fileName()));
        Resource resource = models.createResource(URI.createPlatformResourceURI(file.getFullPath().toString(), true));
        resource.getContents().add(agreement);
        try {
            resource.save(null);
            file.refreshLocal(IResource.DEPTH_ZERO, null);
            IDE.openEditor(getWorkbench().getActiveWorkbenchWindow().getActivePage(), file, true);
        } catch (IOException | CoreException e) {
            MessageDialog.openError(getShell(), Messages.NewConvention_title,
                    NLS.bind(Messages.NewConvention_saveFailed, file.getFullPath(), e.getMessage()));
            return false;
        }
        selectAndReveal(file);
        return true;
    }

    static String label(Object element) {
        String text = element instanceof org.eclipse.emf.ecore.EObject e ? CtgLabels.text(e) : null;
        return text != null ? text : String.valueOf(element);
    }

    static Map<String, LocalDate> defaultDates() {
        LocalDate start = LocalDate.of(LocalDate.now().getYear() + 1, 1, 1);
        Map<String, LocalDate> dates = new HashMap<>();
        dates.put("start", start); //$NON-NLS-1$
        dates.put("end", start.plusYears(5).minusDays(1)); //$NON-NLS-1$
        return dates;
    }
}
