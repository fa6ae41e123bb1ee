package org.ctgstudio.ui.internal.editor;

import java.util.HashMap;

import org.ctgstudio.model.resource.ModelFiles;
import org.ctgstudio.model.resource.ModelLoadException;
import org.ctgstudio.ui.internal.validation.WorkbenchValidation;
import org.eclipse.core.resources.IFile;
import org.eclipse.emf.common.command.BasicCommandStack;
import org.eclipse.emf.common.notify.AdapterFactory;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.emf.edit.domain.AdapterFactoryEditingDomain;

/** What an editor edits: the editing domain (one command stack), its resource set and the loaded model. */
final class CtgModelSession {

    private final AdapterFactory adapterFactory;
    private final AdapterFactoryEditingDomain domain;
    private Resource resource;

    CtgModelSession(AdapterFactory adapterFactory) {
        this.adapterFactory = adapterFactory;
        this.domain = new AdapterFactoryEditingDomain(adapterFactory, new BasicCommandStack(), new HashMap<>());
        ModelFiles.register(domain.getResourceSet());
    }

    /** Loads the file; what is wrong in an otherwise readable file is shown as problems on it. */
    void load(IFile file) throws ModelLoadException {
        ModelFiles.LoadResult result = ModelFiles.load(domain.getResourceSet(), ModelEditor.uri(file));
        resource = result.resource();
        WorkbenchValidation.showLoadProblems(file, result.problems());
    }

    AdapterFactory adapterFactory() {
        return adapterFactory;
    }

    AdapterFactoryEditingDomain domain() {
        return domain;
    }

    Resource resource() {
        return resource;
    }

    EObject root() {
        return resource == null || resource.getContents().isEmpty() ? null : resource.getContents().get(0);
    }
}
