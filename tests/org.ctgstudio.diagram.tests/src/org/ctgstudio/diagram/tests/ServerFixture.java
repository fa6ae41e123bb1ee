package org.ctgstudio.diagram.tests;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Callable;

import org.ctgstudio.diagram.registry.DescriptionRegistry;
import org.ctgstudio.diagram.representation.Representation;
import org.ctgstudio.diagram.server.DiagramDocument;
import org.ctgstudio.diagram.server.DiagramServer;
import org.ctgstudio.diagram.server.ModelExecutor;
import org.ctgstudio.diagram.store.Representations;
import org.ctgstudio.edit.CtgItemProviders;
import org.ctgstudio.tests.support.Examples;
import org.eclipse.emf.common.command.BasicCommandStack;
import org.eclipse.emf.edit.domain.AdapterFactoryEditingDomain;

/**
 * A diagram server over a copy of the example, with the editing domain a tree editor would have (its command
 * stack is the one every diagram operation must land on) and a model thread.
 */
final class ServerFixture implements AutoCloseable {

    final Path folder;
    final DiagramFixture model;
    final AdapterFactoryEditingDomain domain;
    final ModelExecutor executor = ModelExecutor.modelThread("ctg-model-test");
    final DiagramServer server = new DiagramServer(null, DescriptionRegistry.instance());

    ServerFixture() throws Exception {
        folder = Examples.copyProject(Files.createTempDirectory("ctg-diagram-server"));
        model = new DiagramFixture(folder);
        domain = new AdapterFactoryEditingDomain(CtgItemProviders.create(), new BasicCommandStack(), model.set);
        server.start();
    }

    DiagramDocument open(String descriptionId) {
        Representation representation = model.representation(descriptionId);
        return server.register(DiagramDocument.open(domain, representation, DescriptionRegistry.instance(),
                executor, DiagramDocument.Saver.resources()));
    }

    GlspTestClient client(DiagramDocument document) throws Exception {
        return GlspTestClient.connect(server.websocketAddress(document), server.origin());
    }

    <T> T onModel(Callable<T> task) {
        return executor.call(task);
    }

    void undo() {
        executor.run(() -> domain.getCommandStack().undo());
    }

    void redo() {
        executor.run(() -> domain.getCommandStack().redo());
    }

    @Override
    public void close() throws Exception {
        server.close();
        ((ModelExecutor.ModelThread) executor).close();
    }
}
