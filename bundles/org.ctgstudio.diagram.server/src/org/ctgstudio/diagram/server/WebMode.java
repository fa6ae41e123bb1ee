package org.ctgstudio.diagram.server;

import java.nio.file.Files;
import java.nio.file.Path;

import org.ctgstudio.diagram.description.RepresentationDescription;
import org.ctgstudio.diagram.registry.DescriptionRegistry;
import org.ctgstudio.diagram.representation.Representation;
import org.ctgstudio.diagram.store.Representations;
import org.ctgstudio.edit.CtgItemProviders;
import org.ctgstudio.model.resource.ModelFiles;
import org.ctgstudio.model.resource.ModelLoadException;
import org.eclipse.emf.common.command.BasicCommandStack;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.resource.ResourceSet;
import org.eclipse.emf.edit.domain.AdapterFactoryEditingDomain;

/**
 * Web mode: the diagram server serving one model's diagram to the system browser, on 127.0.0.1, from plain Java.
 * The model is edited through its own editing domain on a model thread; « Enregistrer » writes the model file and
 * the representation file beside it. The address printed carries the diagram's token.
 *
 * <pre>java … org.ctgstudio.diagram.server.WebMode &lt;model.ctg&gt; &lt;description id&gt; &lt;client web folder&gt;</pre>
 */
public final class WebMode implements AutoCloseable {

    private final DiagramServer server;
    private final DiagramDocument document;
    private final ModelExecutor.ModelThread executor;

    private WebMode(DiagramServer server, DiagramDocument document, ModelExecutor.ModelThread executor) {
        this.server = server;
        this.document = document;
        this.executor = executor;
    }

    /** Loads the model (and its representation, or a new one), starts a server and opens the diagram. */
    public static WebMode open(Path model, String descriptionId, Path webRoot, DescriptionRegistry registry)
            throws Exception {
        RepresentationDescription description = registry.get(descriptionId);
        if (description == null) {
            throw new IllegalArgumentException(Texts.format("representation.unknownDescription", model,
                    descriptionId));
        }
        ModelExecutor.ModelThread executor = (ModelExecutor.ModelThread) ModelExecutor.modelThread("ctg-model");
        ResourceSet set = ModelFiles.newResourceSet();
        AdapterFactoryEditingDomain domain = new AdapterFactoryEditingDomain(CtgItemProviders.create(),
                new BasicCommandStack(), set);
        Representation representation = executor.call(() -> load(set, model, description));
        DiagramServer server = new DiagramServer(webRoot, registry);
        server.start();
        DiagramDocument document = server.register(DiagramDocument.open(domain, representation, registry, executor,
                DiagramDocument.Saver.resources()));
        return new WebMode(server, document, executor);
    }

    private static Representation load(ResourceSet set, Path model, RepresentationDescription description)
            throws ModelLoadException {
        EObject root = ModelFiles.load(set, model).root();
        Path file = Representations.find(model, description);
        return Files.exists(file) ? Representations.load(set, file)
                : Representations.create(set, file, description, root);
    }

    public String address() {
        return server.pageAddress(document);
    }

    public DiagramServer server() {
        return server;
    }

    public DiagramDocument document() {
        return document;
    }

    @Override
    public void close() throws Exception {
        server.close();
        executor.close();
    }

    public static void main(String[] args) throws Exception {
        if (args.length < 3) {
            System.err.println("WebMode <model.ctg> <description id> <client web folder>");
            System.exit(2);
        }
        WebMode web = open(Path.of(args[0]), args[1], Path.of(args[2]), DescriptionRegistry.instance());
        System.out.println(web.address());
        for (String message : web.document().messages()) {
            System.out.println(message);
        }
        Thread.currentThread().join();
    }
}
