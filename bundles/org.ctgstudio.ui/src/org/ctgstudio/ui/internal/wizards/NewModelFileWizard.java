package org.ctgstudio.ui.internal.wizards;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;

import org.ctgstudio.model.resource.CtgResource;
import org.ctgstudio.ui.internal.HelpContexts;
import org.eclipse.core.resources.IFile;
import org.eclipse.core.runtime.ILog;
import org.eclipse.emf.common.util.URI;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.ui.PartInitException;
import org.eclipse.ui.dialogs.WizardNewFileCreationPage;
import org.eclipse.ui.ide.IDE;
import org.eclipse.ui.wizards.newresource.BasicNewResourceWizard;

/** A new model file (template, deployment plan) with a sensible starting content, opened in the model editor. */
abstract class NewModelFileWizard extends BasicNewResourceWizard {

    private WizardNewFileCreationPage page;

    /** Window title, page title, page description, file extension, default file name. */
    abstract String[] texts();

    /** The model the new file starts with. */
    abstract EObject createModel();

    @Override
    public void addPages() {
        String[] texts = texts();
        setWindowTitle(texts[0]);
        page = new WizardNewFileCreationPage("file", getSelection()) { //$NON-NLS-1$
            @Override
            protected InputStream getInitialContents() {
                return new ByteArrayInputStream(serialize(createModel()));
            }
        };
        page.setTitle(texts[1]);
        page.setDescription(texts[2]);
        page.setFileExtension(texts[3]);
        page.setFileName(texts[4]);
        addPage(page);
    }

    @Override
    public void createPageControls(Composite pageContainer) {
        super.createPageControls(pageContainer);
        HelpContexts.set(page.getControl(), HelpContexts.NEW_MODEL_FILE);
    }

    WizardNewFileCreationPage page() {
        return page;
    }

    @Override
    public boolean performFinish() {
        IFile file = page.createNewFile();
        if (file == null) {
            return false;
        }
        selectAndReveal(file);
        try {
            IDE.openEditor(getWorkbench().getActiveWorkbenchWindow().getActivePage(), file, true);
        } catch (PartInitException e) {
            ILog.of(getClass()).log(e.getStatus());
        }
        return true;
    }

    /** The model as CTG XMI (UUID ids, UTF-8), through the same resource as every CTG file. */
    static byte[] serialize(EObject model) {
        CtgResource resource = new CtgResource(URI.createURI("new." + "ctg")); //$NON-NLS-1$ //$NON-NLS-2$
        resource.getContents().add(model);
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try {
            resource.save(out, null);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }
}
