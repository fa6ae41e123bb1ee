package org.ctgstudio.ui.internal.editor;

import java.io.IOException;
import java.util.ArrayList;
import java.util.EventObject;
import java.util.List;

import org.ctgstudio.edit.CtgItemProviders;
import org.ctgstudio.model.CtgWorkspace;
import org.ctgstudio.model.GlobalTerritorialAgreement;
import org.ctgstudio.model.deployment.CafDeploymentPlan;
import org.ctgstudio.model.template.ConventionTemplate;
import org.ctgstudio.model.resource.ModelLoadException;
import org.ctgstudio.ui.emf.ActiveEditorHandlers;
import org.ctgstudio.ui.emf.EditingActions;
import org.ctgstudio.ui.emf.ItemProviderContentProvider;
import org.ctgstudio.ui.emf.ItemProviderLabelProvider;
import org.ctgstudio.ui.emf.NewChildMenu;
import org.ctgstudio.ui.emf.TreeDragAndDrop;
import org.ctgstudio.ui.internal.HelpContexts;
import org.ctgstudio.ui.internal.Messages;
import org.ctgstudio.ui.internal.validation.WorkbenchValidation;
import org.ctgstudio.validation.LiveValidation;
import org.eclipse.core.resources.IFile;
import org.eclipse.core.resources.IMarker;
import org.eclipse.core.resources.IResource;
import org.eclipse.core.runtime.CoreException;
import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.IStatus;
import org.eclipse.core.runtime.Status;
import org.eclipse.emf.common.command.BasicCommandStack;
import org.eclipse.emf.common.util.URI;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.emf.ecore.resource.ResourceSet;
import org.eclipse.emf.edit.domain.AdapterFactoryEditingDomain;
import org.eclipse.emf.edit.domain.EditingDomain;
import org.eclipse.emf.edit.domain.IEditingDomainProvider;
import org.eclipse.emf.edit.provider.IDisposable;
import org.eclipse.jface.action.IMenuManager;
import org.eclipse.jface.action.MenuManager;
import org.eclipse.jface.action.Separator;
import org.eclipse.jface.dialogs.ErrorDialog;
import org.eclipse.jface.viewers.IStructuredSelection;
import org.eclipse.jface.viewers.StructuredSelection;
import org.eclipse.jface.viewers.TreeViewer;
import org.eclipse.osgi.util.NLS;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Display;
import org.eclipse.swt.widgets.Text;
import org.eclipse.ui.IActionBars;
import org.eclipse.ui.IEditorInput;
import org.eclipse.ui.IEditorSite;
import org.eclipse.ui.IFileEditorInput;
import org.eclipse.ui.IWorkbenchActionConstants;
import org.eclipse.ui.PartInitException;
import org.eclipse.ui.ide.IGotoMarker;
import org.eclipse.ui.forms.ManagedForm;
import org.eclipse.ui.part.MultiPageEditorPart;
import org.eclipse.ui.views.contentoutline.ContentOutlinePage;
import org.eclipse.ui.views.contentoutline.IContentOutlinePage;
import org.eclipse.ui.views.properties.IPropertySheetPage;
import org.eclipse.ui.views.properties.tabbed.ITabbedPropertySheetPageContributor;
import org.eclipse.ui.views.properties.tabbed.TabbedPropertySheetPage;

/**
 * The editor of CTG models (conventions, templates, deployment plans, reference data): the model as a tree, edited
 * through the tree's menus and the Properties view, with one command stack for undo/redo and the dirty marker;
 * atomic saves; validation on save; problems shown on the file and reachable from the Problems view.
 */
public class ModelEditor extends MultiPageEditorPart implements IEditingDomainProvider, IGotoMarker,
        ITabbedPropertySheetPageContributor, ActiveEditorHandlers.Contributor {

    private CtgModelSession session;
    private ModelLoadException loadError;
    private TreeViewer viewer;
    private EditingActions actions;
    private ItemProviderLabelProvider labels;
    private CoveragePage coveragePage;
    private final List<ManagedForm> forms = new ArrayList<>();
    /** Stable ids of the pages, in page order (see {@link #showPage}). */
    private final List<String> pageIds = new ArrayList<>();

    /**
     * The key under which each page's control carries its stable id ({@link #showPage}): what tells a page apart
     * for the cheat sheet's links and for whoever drives the editor, whatever the page order or language.
     */
    public static final String PAGE_ID = "org.ctgstudio.ui.editorPage"; //$NON-NLS-1$
    private LiveValidation liveValidation;
    private ExternalChanges externalChanges;
    private ReferencedFiles referencedFiles;
    private boolean disposed;
    private final List<SessionListener> sessionListeners = new java.util.concurrent.CopyOnWriteArrayList<>();

    /** Pause in editing after which the models are validated again. */
    private static final long LIVE_VALIDATION_DELAY_MS = 800;

    @Override
    public void init(IEditorSite site, IEditorInput input) throws PartInitException {
        if (!(input instanceof IFileEditorInput fileInput)) {
            throw new PartInitException(Messages.Editor_notAWorkspaceFile);
        }
        super.init(site, input);
        setPartName(input.getName());
        session = new CtgModelSession(CtgItemProviders.create());
        try {
            session.load(fileInput.getFile());
        } catch (ModelLoadException e) {
            loadError = e;
        }
        session.domain().getCommandStack().addCommandStackListener(this::commandStackChanged);
        externalChanges = new ExternalChanges(this, fileInput.getFile());
        referencedFiles = new ReferencedFiles(session::resource, site.getShell().getDisplay(), () -> {
            if (viewer != null && !viewer.getControl().isDisposed()) {
                viewer.refresh(true);
            }
            WorkbenchValidation.validate(session.resource().getResourceSet());
        });
    }

    private void commandStackChanged(EventObject event) {
        if (viewer == null || viewer.getControl().isDisposed()) {
            return;
        }
        viewer.getControl().getDisplay().asyncExec(() -> firePropertyChange(PROP_DIRTY));
    }

    @Override
    protected void createPages() {
        Composite parent = getContainer();
        if (loadError != null) {
            // The file stays untouched: the editor shows why it cannot be read instead of an empty model.
            Text text = new Text(parent, SWT.MULTI | SWT.READ_ONLY | SWT.WRAP | SWT.V_SCROLL);
            text.setText(NLS.bind(Messages.Editor_cannotRead, loadError.getMessage()));
            setPageText(addPage(text), Messages.Editor_errorPage);
            return;
        }
        createTreePage(parent);
        HelpContexts.set(parent, session.root() instanceof ConventionTemplate ? HelpContexts.TEMPLATE_EDITOR
                : session.root() instanceof CafDeploymentPlan ? HelpContexts.DEPLOYMENT_EDITOR
                        : HelpContexts.CONVENTION_EDITOR);
        if (session.root() instanceof GlobalTerritorialAgreement ctg) {
            addFormPage(ConventionPages.summary(parent, ctg, session.adapterFactory()), Messages.Editor_summaryPage,
                    "summary"); //$NON-NLS-1$
            addFormPage(ConventionPages.actionPlan(parent, ctg, session.adapterFactory()), Messages.Editor_planPage,
                    "plan"); //$NON-NLS-1$
            addFormPage(ConventionPages.indicators(parent, ctg, session.adapterFactory()),
                    Messages.Editor_indicatorsPage, "indicators"); //$NON-NLS-1$
            addFormPage(ConventionPages.fundings(parent, ctg, session.adapterFactory()), Messages.Editor_fundingsPage,
                    "fundings"); //$NON-NLS-1$
            addFormPage(ConventionPages.governance(parent, ctg, session.adapterFactory()),
                    Messages.Editor_governancePage, "governance"); //$NON-NLS-1$
        }
        if (session.root() instanceof ConventionTemplate template) {
            addFormPage(TemplatePages.summary(parent, template, session.adapterFactory()),
                    Messages.Editor_templatePage, "template"); //$NON-NLS-1$
            addFormPage(TemplatePages.articles(parent, template, session.adapterFactory()),
                    Messages.Editor_articlesPage, "articles"); //$NON-NLS-1$
            addFormPage(TemplatePages.annexes(parent, template, session.adapterFactory()), Messages.Editor_annexesPage,
                    "annexes"); //$NON-NLS-1$
            addFormPage(TemplatePages.axes(parent, template, session.adapterFactory()), Messages.Editor_axesPage,
                    "axes"); //$NON-NLS-1$
            addFormPage(TemplatePages.indicators(parent, template, session.adapterFactory()),
                    Messages.Editor_indicatorsPage, "indicators"); //$NON-NLS-1$
            addFormPage(TemplatePages.parameters(parent, template, session.adapterFactory()),
                    Messages.Editor_parametersPage, "parameters"); //$NON-NLS-1$
        }
        if (session.root() instanceof CtgWorkspace workspace) {
            addFormPage(ReferenceDataPages.territories(parent, workspace, session.adapterFactory()),
                    Messages.Editor_territoriesPage, "territories"); //$NON-NLS-1$
        }
        if (session.root() instanceof CafDeploymentPlan plan) {
            coveragePage = new CoveragePage(parent, plan, session.domain().getCommandStack());
            addPage(coveragePage, Messages.Editor_coveragePage, "coverage"); //$NON-NLS-1$
        }
    }

    private void addFormPage(ManagedForm form, String title, String id) {
        forms.add(form);
        addPage(form.getForm(), title, id);
    }

    private void addPage(Control control, String title, String id) {
        control.setData(PAGE_ID, id);
        setPageText(addPage(control), title);
        pageIds.add(id);
    }

    /**
     * Shows a page by its stable id (tree, summary, plan, indicators, fundings, governance; template, articles,
     * annexes, axes, parameters; coverage), for commands and cheat sheets. False if this model has no such page.
     */
    public boolean showPage(String id) {
        int index = pageIds.indexOf(id);
        if (index < 0) {
            return false;
        }
        setActivePage(index);
        return true;
    }

    private void createTreePage(Composite parent) {
        viewer = new TreeViewer(parent, SWT.MULTI | SWT.H_SCROLL | SWT.V_SCROLL);
        addPage(viewer.getControl(), Messages.Editor_treePage, "tree"); //$NON-NLS-1$
        labels = new ItemProviderLabelProvider(session.adapterFactory());
        viewer.setContentProvider(new ItemProviderContentProvider(session.adapterFactory()));
        viewer.setLabelProvider(labels);
        viewer.setInput(session.resource());
        viewer.expandToLevel(2);
        TreeLabelEditing.install(viewer, session.domain());
        TreeDragAndDrop.install(viewer, session.domain());
        getSite().setSelectionProvider(viewer);
        if (!session.resource().getContents().isEmpty()) {
            viewer.setSelection(new StructuredSelection(session.resource().getContents().get(0)));
        }

        actions = new EditingActions(session.domain(), viewer);
        actions.contributeTo(getEditorSite().getActionBars());

        MenuManager menu = new MenuManager();
        menu.setRemoveAllWhenShown(true);
        menu.addMenuListener(this::fillContextMenu);
        viewer.getControl().setMenu(menu.createContextMenu(viewer.getControl()));
        getSite().registerContextMenu(menu, viewer);

        // Problems as soon as the model is open, then again whenever the user pauses while editing.
        ResourceSet set = session.resource().getResourceSet();
        Display display = parent.getDisplay();
        display.asyncExec(() -> WorkbenchValidation.validate(set));
        liveValidation = LiveValidation.start(set, WorkbenchValidation::profile, LIVE_VALIDATION_DELAY_MS,
                runnable -> display.asyncExec(() -> {
                    if (!display.isDisposed()) {
                        runnable.run();
                    }
                }), report -> WorkbenchValidation.show(set, report));
    }

    private void fillContextMenu(IMenuManager menu) {
        Object selected = ((IStructuredSelection) viewer.getSelection()).getFirstElement();
        NewChildMenu.fill(menu, session.domain(), selected, labels);
        menu.add(new Separator());
        actions.actions().forEach(menu::add);
        menu.add(new Separator(IWorkbenchActionConstants.MB_ADDITIONS));
    }

    /** The model's element the editor shows first (the convention, the template ...). */
    public EObject root() {
        return session.root();
    }

    public Resource resource() {
        return session.resource();
    }

    public void select(EObject element) {
        if (viewer != null && element != null) {
            setActivePage(0);
            viewer.setSelection(new StructuredSelection(element), true);
        }
    }

    @Override
    public EditingDomain getEditingDomain() {
        return session.domain();
    }

    public AdapterFactoryEditingDomain domain() {
        return session.domain();
    }

    @Override
    public boolean isDirty() {
        return loadError == null && ((BasicCommandStack) session.domain().getCommandStack()).isSaveNeeded();
    }

    @Override
    public void doSave(IProgressMonitor monitor) {
        IFile file = ((IFileEditorInput) getEditorInput()).getFile();
        externalChanges.saving(true);
        try {
            if (!externalChanges.save(session.resource())) {
                if (monitor != null) {
                    monitor.setCanceled(true); // the other version stays on disk, the edits stay here
                }
                return;
            }
            for (SessionListener listener : sessionListeners) {
                listener.saving();
            }
            ((BasicCommandStack) session.domain().getCommandStack()).saveIsDone();
            firePropertyChange(PROP_DIRTY);
            file.refreshLocal(IResource.DEPTH_ZERO, monitor);
        } catch (IOException | CoreException e) {
            ErrorDialog.openError(getSite().getShell(), Messages.Editor_saveFailedTitle,
                    NLS.bind(Messages.Editor_saveFailed, file.getFullPath()),
                    new Status(IStatus.ERROR, "org.ctgstudio.ui", e.getMessage(), e)); //$NON-NLS-1$
            return;
        } finally {
            externalChanges.saving(false);
        }
        WorkbenchValidation.validate(session.resource().getResourceSet());
    }

    @Override
    public void doSaveAs() {
        // Save As is not offered: a model's file name is part of the references other files hold to it.
    }

    @Override
    public boolean isSaveAsAllowed() {
        return false;
    }

    @Override
    public void setFocus() {
        if (viewer != null && getActivePage() == 0) {
            viewer.getControl().setFocus();
        } else {
            super.setFocus();
        }
    }

    @Override
    public void gotoMarker(IMarker marker) {
        String id = marker.getAttribute(WorkbenchValidation.ELEMENT_ID, null);
        if (id != null && session.resource() != null) {
            EObject element = session.resource().getEObject(id);
            select(element);
            // an open diagram drawing the element shows it, its node selected
            if (element != null) {
                getSite().getShell().getDisplay().asyncExec(() -> sessionListeners.stream()
                        .anyMatch(listener -> listener.reveal(element)));
            }
        }
    }

    @Override
    public <T> T getAdapter(Class<T> type) {
        if (type == IPropertySheetPage.class && loadError == null) {
            return type.cast(propertySheet(this, actions));
        }
        if (type == IContentOutlinePage.class && loadError == null) {
            return type.cast(new ModelOutlinePage());
        }
        if (type == IGotoMarker.class) {
            return type.cast(this);
        }
        return super.getAdapter(type);
    }

    /** Becoming the active editor: its undo, delete, copy … are this model's (the action bars are shared). */
    @Override
    public void contributeHandlers(IActionBars bars) {
        if (actions != null) {
            actions.contributeTo(bars);
        }
    }

    /** The tabbed Properties page of an editor on a model (this one, a diagram): its undo is the model's. */
    public static IPropertySheetPage propertySheet(ITabbedPropertySheetPageContributor part, EditingActions actions) {
        return new TabbedPropertySheetPage(part) {
            @Override
            public void setActionBars(IActionBars bars) {
                super.setActionBars(bars);
                // Undo in the Properties view undoes the model edits, as in the editor.
                actions.contributeTo(bars);
            }
        };
    }

    @Override
    public String getContributorId() {
        return "org.ctgstudio.ui.modelEditor"; //$NON-NLS-1$
    }

    /** Reads the file again (changed by something else); the edits and their undo history are dropped. */
    void reload() {
        IFile file = ((IFileEditorInput) getEditorInput()).getFile();
        session.resource().unload();
        session.domain().getResourceSet().getResources().remove(session.resource());
        session.domain().getCommandStack().flush();
        try {
            session.load(file);
            loadError = null;
        } catch (ModelLoadException e) {
            loadError = e;
            ErrorDialog.openError(getSite().getShell(), Messages.Editor_changedOnDiskTitle, e.getMessage(),
                    new Status(IStatus.ERROR, "org.ctgstudio.ui", e.getMessage(), e)); //$NON-NLS-1$
            return;
        }
        if (viewer != null) {
            viewer.setInput(session.resource());
            viewer.expandToLevel(2);
        }
        if (coveragePage != null && session.root() instanceof CafDeploymentPlan plan) {
            coveragePage.show(plan);
        }
        firePropertyChange(PROP_DIRTY);
        sessionListeners.forEach(SessionListener::reloaded);
    }

    /** Another editor on this model (a diagram) joins the session: one domain, one save, one reload. */
    public void addSessionListener(SessionListener listener) {
        sessionListeners.add(listener);
    }

    public void removeSessionListener(SessionListener listener) {
        sessionListeners.remove(listener);
    }

    /** The model file of the editor. */
    public IFile file() {
        return ((IFileEditorInput) getEditorInput()).getFile();
    }

    boolean isDisposedPart() {
        return disposed;
    }

    @Override
    public void dispose() {
        disposed = true;
        sessionListeners.forEach(SessionListener::closed);
        sessionListeners.clear();
        forms.forEach(ManagedForm::dispose);
        externalChanges.dispose();
        referencedFiles.dispose();
        if (liveValidation != null) {
            liveValidation.close();
        }
        if (actions != null) {
            actions.dispose();
        }
        if (session.adapterFactory() instanceof IDisposable disposable) {
            disposable.dispose();
        }
        super.dispose();
    }

    /** The same tree in the Outline view; selecting there selects in the editor. */
    private final class ModelOutlinePage extends ContentOutlinePage {
        @Override
        public void createControl(Composite parent) {
            super.createControl(parent);
            TreeViewer outline = getTreeViewer();
            outline.setContentProvider(new ItemProviderContentProvider(session.adapterFactory()));
            outline.setLabelProvider(new ItemProviderLabelProvider(session.adapterFactory()));
            outline.setInput(session.resource());
            outline.expandToLevel(2);
            outline.addSelectionChangedListener(event -> {
                if (viewer != null && !event.getSelection().isEmpty()) {
                    viewer.setSelection(event.getSelection(), true);
                }
            });
        }
    }

    /** The URI the editor reads its model from. */
    static URI uri(IFile file) {
        return URI.createPlatformResourceURI(file.getFullPath().toString(), true);
    }

}
