package org.ctgstudio.diagram.ui.internal;

import java.io.IOException;
import java.util.ArrayList;
import java.util.EventObject;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.ctgstudio.diagram.representation.Representation;
import org.ctgstudio.diagram.server.DiagramDocument;
import org.ctgstudio.diagram.server.DiagramServer;
import org.ctgstudio.diagram.store.Representations;
import org.ctgstudio.diagram.ui.DiagramUi;
import org.ctgstudio.ui.emf.ActiveEditorHandlers;
import org.ctgstudio.ui.emf.EditingActions;
import org.ctgstudio.ui.internal.editor.ModelEditor;
import org.ctgstudio.ui.internal.editor.SessionListener;
import org.ctgstudio.ui.internal.validation.WorkbenchValidation;
import org.eclipse.core.resources.IFile;
import org.eclipse.core.resources.IMarker;
import org.eclipse.core.resources.IResource;
import org.eclipse.core.resources.IResourceChangeEvent;
import org.eclipse.core.resources.IResourceChangeListener;
import org.eclipse.core.resources.IResourceDelta;
import org.eclipse.core.resources.ResourcesPlugin;
import org.eclipse.core.runtime.CoreException;
import org.eclipse.core.runtime.ILog;
import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.Status;
import org.eclipse.emf.common.command.CommandStackListener;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.emf.ecore.resource.ResourceSet;
import org.eclipse.emf.edit.domain.AdapterFactoryEditingDomain;
import org.eclipse.emf.edit.domain.EditingDomain;
import org.eclipse.emf.edit.domain.IEditingDomainProvider;
import org.eclipse.jface.action.Action;
import org.eclipse.jface.action.IAction;
import org.eclipse.jface.viewers.ISelection;
import org.eclipse.jface.viewers.IStructuredSelection;
import org.eclipse.jface.viewers.StructuredSelection;
import org.eclipse.swt.browser.Browser;
import org.eclipse.swt.browser.BrowserFunction;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Display;
import org.eclipse.ui.IActionBars;
import org.eclipse.ui.IEditorInput;
import org.eclipse.ui.IEditorSite;
import org.eclipse.ui.IFileEditorInput;
import org.eclipse.ui.ISelectionListener;
import org.eclipse.ui.IWorkbenchPart;
import org.eclipse.ui.PartInitException;
import org.eclipse.ui.actions.ActionFactory;
import org.eclipse.ui.ide.IGotoMarker;
import org.eclipse.ui.part.EditorPart;
import org.eclipse.ui.part.FileEditorInput;
import org.eclipse.ui.views.contentoutline.IContentOutlinePage;
import org.eclipse.ui.views.properties.IPropertySheetPage;
import org.eclipse.ui.views.properties.tabbed.ITabbedPropertySheetPageContributor;

/**
 * A diagram of a model, drawn by the GLSP client in an SWT Browser, beside the model editor of the same model: it
 * joins that editor's session (one editing domain, one command stack, one dirty state, one save, one reload), so an
 * edit in either shows in both and Ctrl+Z in either undoes the model's last edit. The workbench's keys reach the
 * workbench first (SWT sends the Browser's key events to the key binding service), so Ctrl+S, Ctrl+Z, Suppr, F2
 * and Ctrl+A act through this editor's handlers and are not seen twice by the page. The selection is the model's
 * elements (the Properties view edits them), both ways with the tree, the Outline and every open diagram.
 */
public final class DiagramEditor extends EditorPart implements IEditingDomainProvider, IGotoMarker,
        ITabbedPropertySheetPageContributor, SessionListener, ActiveEditorHandlers.Contributor {

    public static final String ID = "org.ctgstudio.diagram.ui.diagramEditor"; //$NON-NLS-1$

    /** The page's call when one of its text fields gains or loses the focus. */
    private static final String TEXT_EDITING = "ctgTextEditing"; //$NON-NLS-1$

    /**
     * The page without web mode's own toolbar (the workbench's menus and keys do that here), and without the page's
     * own handling of the keys the workbench binds: WebKit gets the key events too, so Ctrl+Z would undo twice and
     * Ctrl+V paste twice (the model's paste and the page's own, through the server's clipboard).
     * Keys typed into the page's label editor stay the page's; the editor's F2 sends an untrusted event, let through.
     * The page says when one of its text fields (the label editor, the palette's search) has the focus: the
     * workbench's bindings would take Suppr, Ctrl+A, Ctrl+Z … from it otherwise (see {@link #textEditing}).
     */
    private static final String WORKBENCH_PAGE_SCRIPT = "var s=document.createElement('style');s.textContent=" //$NON-NLS-1$
            + "'#ctg-toolbar{display:none!important}#sprotty{top:0!important}';document.head.appendChild(s);" //$NON-NLS-1$
            + "var ctgField=function(e){var t=e.target;return !!(t&&t.closest&&t.closest('input,textarea,[contenteditable]'));};" //$NON-NLS-1$
            + "window.addEventListener('keydown',function(e){if(!e.isTrusted||ctgField(e)){return;}" //$NON-NLS-1$
            + "var k=(e.key||'').toLowerCase();" //$NON-NLS-1$
            + "if(((e.ctrlKey||e.metaKey)&&'zysacvx'.indexOf(k)>=0)||k==='delete'||k==='f2'){" //$NON-NLS-1$
            + "e.stopImmediatePropagation();e.preventDefault();}},true);" //$NON-NLS-1$
            + "document.addEventListener('focusin',function(e){if(ctgField(e)){" + TEXT_EDITING + "(true);}},true);" //$NON-NLS-1$ //$NON-NLS-2$
            + "document.addEventListener('focusout',function(e){if(ctgField(e)){" + TEXT_EDITING + "(false);}},true);"; //$NON-NLS-1$ //$NON-NLS-2$

    /** The commands a text field of the page handles itself while it has the focus. */
    private static final List<ActionFactory> TEXT_COMMANDS = List.of(ActionFactory.UNDO, ActionFactory.REDO,
            ActionFactory.DELETE, ActionFactory.CUT, ActionFactory.COPY, ActionFactory.PASTE, ActionFactory.SELECT_ALL,
            ActionFactory.RENAME);

    private ModelEditor modelEditor;
    private DiagramDocument document;
    private Browser browser;
    private final ElementSelection selection = new ElementSelection();
    private EditingActions actions;
    private DiagramProblems problems;
    private IContentOutlinePage outline;
    private final CommandStackListener dirtyListener = this::commandStackChanged;
    private final ISelectionListener pageSelection = this::selectedElsewhere;
    private final IResourceChangeListener fileListener = this::workspaceChanged;
    /** This diagram's handlers of the global commands, by command (put in the shared action bars when active). */
    private final Map<String, IAction> diagramHandlers = new HashMap<>();
    /** A text field of the page has the focus: the text commands' handlers are withdrawn. */
    private boolean editing;
    /** The representation file as the workspace has it now (the resource listener follows renames at once). */
    private volatile IFile current;
    /** The representation file was deleted: nothing writes it again. */
    private volatile boolean deleted;
    private boolean closing;
    /**
     * The model editor closed or read the model again (its choice, save or discard, covers this diagram too), or the
     * representation file was deleted: nothing is written back.
     */
    private boolean modelGone;

    @Override
    public void init(IEditorSite site, IEditorInput input) throws PartInitException {
        if (!(input instanceof IFileEditorInput fileInput)) {
            throw new PartInitException(Messages.Editor_notAWorkspaceFile);
        }
        setSite(site);
        setInput(input);
        IFile file = fileInput.getFile();
        current = file;
        modelEditor = RepresentationFiles.modelEditor(site.getPage(), RepresentationFiles.modelOf(file));
        try {
            ResourceSet set = modelEditor.domain().getResourceSet();
            // By its platform URI, so that its semantic root (a relative reference) resolves to the model editor's
            // resource and not to a second copy of the model read from the file system.
            Representations.register(set);
            Representation representation = (Representation) set.getResource(RepresentationFiles.uri(file), true)
                    .getContents().get(0);
            DiagramServer server = DiagramUi.server();
            document = server.register(DiagramDocument.open(modelEditor.domain(), representation, DiagramUi.registry(),
                    new DisplayExecutor(site.getShell().getDisplay()), this::saveFromPage));
            // From here on (what opening pruned or added is not the user's): what the user changes, closing keeps.
            representation.eResource().setTrackingModification(true);
            setPartName(representation.getName() == null ? file.getName() : representation.getName());
            setTitleToolTip(file.getFullPath().toString());
        } catch (RuntimeException e) {
            throw new PartInitException(org.eclipse.osgi.util.NLS.bind(Messages.Representation_unreadable,
                    file.getFullPath(), e.getMessage()), e);
        }
        modelEditor.addSessionListener(this);
        modelEditor.domain().getCommandStack().addCommandStackListener(dirtyListener);
        site.getPage().addPostSelectionListener(pageSelection);
        ResourcesPlugin.getWorkspace().addResourceChangeListener(fileListener, IResourceChangeEvent.POST_CHANGE);
    }

    @Override
    public void createPartControl(Composite parent) {
        browser = StartedPages.browserFor(parent, document, WORKBENCH_PAGE_SCRIPT);
        new BrowserFunction(browser, TEXT_EDITING) {
            @Override
            public Object function(Object[] arguments) {
                textEditing(arguments.length > 0 && Boolean.TRUE.equals(arguments[0]));
                return null;
            }
        };
        getSite().setSelectionProvider(selection);
        Display display = parent.getDisplay();
        document.link().onSelection(elements -> display.asyncExec(() -> selectedInDiagram(elements)));
        actions = new EditingActions(modelEditor.domain(), selection);
        // Put in the shared action bars by the contributor (ActiveEditorHandlers) whenever this diagram is active.
        diagramHandlers.putAll(actions.handlers());
        diagramHandlers.put(ActionFactory.SELECT_ALL.getId(),
                action(this::selectAll, "org.eclipse.ui.edit.selectAll")); //$NON-NLS-1$
        diagramHandlers.put(ActionFactory.RENAME.getId(), action(this::editLabel, "org.eclipse.ui.edit.rename")); //$NON-NLS-1$
        contributeHandlers(getEditorSite().getActionBars());
        getEditorSite().getActionBars().updateActionBars();
        new DiagramMenu(this).install(browser);
        problems = new DiagramProblems(modelEditor.file(), modelEditor.resource(), document.link(), display);
        selection.setSelection(new StructuredSelection(document.root()));
    }

    private static Action action(Runnable run, String commandId) {
        Action action = new Action() {
            @Override
            public void run() {
                run.run();
            }
        };
        action.setActionDefinitionId(commandId);
        return action;
    }

    /**
     * A text field of the page gains or loses the focus. The workbench sees every key before the Browser does, and a
     * key bound to a command with a handler goes to the handler: while the user types a label, Suppr would delete
     * the node, Ctrl+A select the diagram and Ctrl+Z undo the model. So the diagram's handlers of those commands are
     * withdrawn while a field has the focus (the keys then reach the field), and put back when it loses it.
     */
    void textEditing(boolean editing) {
        if (browser == null || browser.isDisposed()) {
            return;
        }
        this.editing = editing;
        if (getSite().getPage().getActiveEditor() == this) {
            IActionBars bars = getEditorSite().getActionBars();
            contributeHandlers(bars);
            bars.updateActionBars();
        }
    }

    /** Becoming the active editor (the action bars are shared among diagrams): this diagram's handlers. */
    @Override
    public void contributeHandlers(IActionBars bars) {
        diagramHandlers.forEach((id, handler) -> bars.setGlobalActionHandler(id,
                editing && TEXT_COMMANDS.stream().anyMatch(c -> c.getId().equals(id)) ? null : handler));
    }

    /** The element(s) selected in the diagram: the Properties view, the Outline and the tree follow. */
    private void selectedInDiagram(List<EObject> elements) {
        if (browser == null || browser.isDisposed()) {
            return;
        }
        StructuredSelection elementsSelection = new StructuredSelection(
                elements.isEmpty() ? List.of(document.root()) : elements);
        selection.setSelection(elementsSelection);
        if (outline != null) {
            outline.setSelection(elementsSelection);
        }
    }

    /** The tree, the Outline or another diagram selected model elements: select the nodes drawing them here. */
    private void selectedElsewhere(IWorkbenchPart part, ISelection chosen) {
        if (part == this || document == null || !(chosen instanceof IStructuredSelection structured)) {
            return;
        }
        List<EObject> elements = new ArrayList<>();
        for (Object object : structured.toList()) {
            if (AdapterFactoryEditingDomain.unwrap(object) instanceof EObject element && element.eResource() != null
                    && element.eResource().getResourceSet() == modelEditor.domain().getResourceSet()) {
                elements.add(element);
            }
        }
        if (!elements.isEmpty()) {
            document.link().select(elements);
        }
    }

    private void selectAll() {
        List<EObject> all = document.link().drawnElements();
        document.link().select(all);
        selection.setSelection(new StructuredSelection(all));
    }

    /** F2: the diagram's own direct edit of the selected node's label (the key went to the workbench first). */
    private void editLabel() {
        browser.execute("var g=document.querySelector('#sprotty svg');if(g){g.dispatchEvent(new KeyboardEvent(" //$NON-NLS-1$
                + "'keydown',{key:'F2',code:'F2',keyCode:113,bubbles:true}));}"); //$NON-NLS-1$
    }

    private void commandStackChanged(EventObject event) {
        Display display = getSite().getShell().getDisplay();
        display.asyncExec(() -> {
            if (browser != null && !browser.isDisposed()) {
                firePropertyChange(PROP_DIRTY);
            }
        });
    }

    /** « Enregistrer » from the page (web mode of this diagram): the workbench's save. */
    private void saveFromPage(DiagramDocument saved) {
        Display display = getSite().getShell().getDisplay();
        display.syncExec(() -> doSave(null));
    }

    @Override
    public void doSave(IProgressMonitor monitor) {
        modelEditor.doSave(monitor);
        firePropertyChange(PROP_DIRTY);
    }

    /** Part of the model editor's save: this diagram's representation file. */
    @Override
    public void saving() throws IOException {
        IFile file = current;
        if (deleted) {
            return; // deleted by the user: not written again (this diagram is closing)
        }
        Resource resource = document.representation().eResource();
        if (!resource.getURI().equals(RepresentationFiles.uri(file))) {
            resource.setURI(RepresentationFiles.uri(file)); // renamed an instant ago: the new file
        }
        resource.save(null);
        try {
            file.refreshLocal(IResource.DEPTH_ZERO, null);
        } catch (CoreException e) {
            throw new IOException(e.getMessage(), e);
        }
    }

    /**
     * The representation file was renamed or moved (in the Project Explorer or elsewhere): this diagram follows it;
     * deleted: this diagram closes without writing it again.
     */
    private void workspaceChanged(IResourceChangeEvent event) {
        IFile file = current;
        IResourceDelta delta = event.getDelta() == null ? null : event.getDelta().findMember(file.getFullPath());
        if (delta == null || delta.getKind() != IResourceDelta.REMOVED) {
            return;
        }
        Display display = getSite().getShell().getDisplay();
        if ((delta.getFlags() & IResourceDelta.MOVED_TO) != 0) {
            IFile moved = ResourcesPlugin.getWorkspace().getRoot().getFile(delta.getMovedToPath());
            current = moved; // at once: a save or another move before the UI catches up sees the new file
            display.asyncExec(() -> movedTo(moved));
        } else {
            deleted = true;
            display.asyncExec(() -> {
                if (!closing) {
                    modelGone = true;
                    closing = true;
                    getSite().getPage().closeEditor(this, false);
                }
            });
        }
    }

    private void movedTo(IFile moved) {
        if (closing || browser == null || browser.isDisposed() || !moved.equals(current)) {
            return;
        }
        Resource resource = document.representation().eResource();
        boolean otherFolder = !moved.getParent().equals(((IFileEditorInput) getEditorInput()).getFile().getParent());
        resource.setURI(RepresentationFiles.uri(moved));
        if (otherFolder) {
            resource.setModified(true); // its reference to the model is relative: written again from there
        }
        setInputWithNotify(new FileEditorInput(moved));
        if (document.representation().getName() == null) {
            setPartName(moved.getName());
        }
        setTitleToolTip(moved.getFullPath().toString());
    }

    /** The model was read again: this diagram reopens on the new model's objects. */
    @Override
    public void reloaded() {
        modelGone = true;
        IFile file = ((IFileEditorInput) getEditorInput()).getFile();
        var page = getSite().getPage();
        getSite().getShell().getDisplay().asyncExec(() -> {
            page.closeEditor(this, false);
            try {
                RepresentationFiles.open(page, file);
            } catch (PartInitException e) {
                org.eclipse.core.runtime.ILog.of(DiagramEditor.class).log(e.getStatus());
            }
        });
    }

    /** The model editor closes: so does the diagram (its model is gone). */
    @Override
    public void closed() {
        modelGone = true;
        if (!closing) {
            closing = true;
            var page = getSite().getPage();
            getSite().getShell().getDisplay().asyncExec(() -> page.closeEditor(this, false));
        }
    }

    @Override
    public void doSaveAs() {
        // a representation's file name ties it to its model
    }

    @Override
    public boolean isSaveAsAllowed() {
        return false;
    }

    @Override
    public boolean isDirty() {
        return modelEditor != null && modelEditor.isDirty();
    }

    @Override
    public boolean isSaveOnCloseNeeded() {
        return false; // the model editor of the same model asks, once, when it closes
    }

    @Override
    public void setFocus() {
        if (browser != null && !browser.isDisposed()) {
            browser.setFocus();
        }
    }

    @Override
    public void gotoMarker(IMarker marker) {
        String id = marker.getAttribute(WorkbenchValidation.ELEMENT_ID, null);
        EObject element = id == null ? null : modelEditor.resource().getEObject(id);
        if (element != null) {
            reveal(element);
        }
    }

    /** Brings this diagram to the front with the element's nodes selected, if it draws the element. */
    @Override
    public boolean reveal(EObject element) {
        if (browser == null || browser.isDisposed() || !document.link().drawnElements().contains(element)) {
            return false;
        }
        getSite().getPage().activate(this);
        document.link().select(List.of(element));
        selection.setSelection(new StructuredSelection(element));
        return true;
    }

    /** The diagram's document (its server side), for the menu and tests. */
    public DiagramDocument document() {
        return document;
    }

    public Browser browser() {
        return browser;
    }

    public ModelEditor modelEditor() {
        return modelEditor;
    }

    @Override
    public EditingDomain getEditingDomain() {
        return modelEditor.domain();
    }

    @Override
    public String getContributorId() {
        return "org.ctgstudio.ui.modelEditor"; //$NON-NLS-1$
    }

    @Override
    public <T> T getAdapter(Class<T> type) {
        if (type == IPropertySheetPage.class) {
            return type.cast(ModelEditor.propertySheet(this, actions));
        }
        if (type == IContentOutlinePage.class) {
            outline = modelEditor.getAdapter(IContentOutlinePage.class);
            return type.cast(outline);
        }
        if (type == IGotoMarker.class) {
            return type.cast(this);
        }
        return super.getAdapter(type);
    }

    /**
     * The diagram closes while its model stays open: what the user changed in it (positions, layers, filters, hidden
     * elements) is written to its representation file now, since the model's next save would no longer include it.
     */
    private void keepViewState() {
        if (modelGone || deleted || !document.representation().eResource().isModified()) {
            return;
        }
        try {
            saving();
        } catch (IOException | RuntimeException e) {
            ILog.of(DiagramEditor.class).log(Status.error(org.eclipse.osgi.util.NLS.bind(
                    Messages.Representation_notKept, ((IFileEditorInput) getEditorInput()).getFile().getFullPath(),
                    e.getMessage()), e));
        }
    }

    @Override
    public void dispose() {
        closing = true;
        ResourcesPlugin.getWorkspace().removeResourceChangeListener(fileListener);
        getSite().getPage().removePostSelectionListener(pageSelection);
        if (problems != null) {
            problems.dispose();
        }
        if (actions != null) {
            actions.dispose();
        }
        if (modelEditor != null) {
            modelEditor.removeSessionListener(this);
            modelEditor.domain().getCommandStack().removeCommandStackListener(dirtyListener);
        }
        if (document != null) {
            DiagramUi.server().unregister(document);
            keepViewState();
            // the representation's resource leaves the model's resource set; the model stays (its editor owns it)
            ResourceSet set = modelEditor.domain().getResourceSet();
            set.getResources().remove(document.representation().eResource());
        }
        super.dispose();
    }
}
