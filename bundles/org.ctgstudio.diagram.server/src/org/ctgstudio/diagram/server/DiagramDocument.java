package org.ctgstudio.diagram.server;

import java.io.IOException;
import java.security.SecureRandom;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Set;
import java.util.concurrent.CopyOnWriteArrayList;

import org.ctgstudio.diagram.description.RepresentationDescription;
import org.ctgstudio.diagram.expression.DescriptionExpressions;
import org.ctgstudio.diagram.interpreter.DiagramInterpreter;
import org.ctgstudio.diagram.interpreter.DiagramView;
import org.ctgstudio.diagram.interpreter.TextMeasurer;
import org.ctgstudio.diagram.layout.DiagramLayout;
import org.ctgstudio.diagram.registry.DescriptionRegistry;
import org.ctgstudio.diagram.representation.Representation;
import org.ctgstudio.diagram.store.Representations;
import org.eclipse.emf.common.command.BasicCommandStack;
import org.eclipse.emf.common.command.CommandStack;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.emf.edit.domain.EditingDomain;

/**
 * An open diagram: a representation of a model edited through an existing editing domain (the tree editor's, in the
 * workbench), so that every diagram operation lands on that domain's command stack and undo, redo and the dirty
 * state are shared. Sessions of the GLSP server (an editor, a browser tab) join a document by its id; the random
 * token of the document is required at the websocket handshake. The document never unloads the model: whoever
 * opened it owns it.
 */
public final class DiagramDocument {

    /** Saves the model and the representation (web mode: the files; the workbench: its editor). */
    @FunctionalInterface
    public interface Saver {
        void save(DiagramDocument document) throws IOException;

        /** Saves the model's resource and the representation's resource. */
        static Saver resources() {
            return document -> document.executor().run(() -> {
                try {
                    for (Resource resource : Set.of(document.root().eResource(),
                            document.representation().eResource())) {
                        resource.save(null);
                    }
                } catch (IOException e) {
                    throw new java.io.UncheckedIOException(e);
                }
            });
        }
    }

    private static final SecureRandom RANDOM = new SecureRandom();

    private final String id = token(9);
    private final String token = token(24);
    private final EditingDomain domain;
    private final Representation representation;
    private final RepresentationDescription description;
    private final ModelExecutor executor;
    private final Saver saver;
    private final DiagramInterpreter interpreter = new DiagramInterpreter(new DescriptionExpressions(),
            new TextMeasurer());
    private final DiagramLayout layout = new DiagramLayout();
    private final List<String> messages = new ArrayList<>();
    private final List<Runnable> closeListeners = new CopyOnWriteArrayList<>();
    private final DocumentLink link = new DocumentLink();

    private DiagramDocument(EditingDomain domain, Representation representation,
            RepresentationDescription description, ModelExecutor executor, Saver saver) {
        this.domain = domain;
        this.representation = representation;
        this.description = description;
        this.executor = executor;
        this.saver = saver;
    }

    /**
     * Opens a representation whose resource is in the domain's resource set; drops stored parts of elements that
     * no longer exist (see {@link #messages()}) and shows the layers added to its description since.
     */
    public static DiagramDocument open(EditingDomain domain, Representation representation,
            DescriptionRegistry registry, ModelExecutor executor, Saver saver) {
        RepresentationDescription description = registry.get(representation.getDescriptionId());
        if (description == null) {
            throw new IllegalArgumentException(Texts.format("representation.unknownDescription",
                    representation.getName(), representation.getDescriptionId()));
        }
        DiagramDocument document = new DiagramDocument(domain, representation, description, executor, saver);
        executor.run(() -> {
            EObject root = representation.getSemanticRoot();
            if (root == null || root.eIsProxy()) {
                throw new IllegalArgumentException(Texts.format("representation.noRoot", representation.getName()));
            }
            DiagramView complete = document.interpreter.build(description, representation, root, true);
            document.messages.addAll(Representations.prune(representation, complete));
            Representations.adoptNewLayers(representation, description);
        });
        return document;
    }

    static String token(int bytes) {
        byte[] random = new byte[bytes];
        RANDOM.nextBytes(random);
        return HexFormat.of().formatHex(random);
    }

    public String id() {
        return id;
    }

    public String token() {
        return token;
    }

    public EditingDomain domain() {
        return domain;
    }

    public CommandStack commandStack() {
        return domain.getCommandStack();
    }

    public Representation representation() {
        return representation;
    }

    public RepresentationDescription description() {
        return description;
    }

    public EObject root() {
        return representation.getSemanticRoot();
    }

    /** Selection and problems shared with the host of the document (the workbench editor). */
    public DocumentLink link() {
        return link;
    }

    public ModelExecutor executor() {
        return executor;
    }

    public DiagramInterpreter interpreter() {
        return interpreter;
    }

    public DiagramLayout layout() {
        return layout;
    }

    /** What opening found (elements dropped from the representation), in French; empty when all was well. */
    public List<String> messages() {
        return List.copyOf(messages);
    }

    public boolean isDirty() {
        return commandStack() instanceof BasicCommandStack stack && stack.isSaveNeeded();
    }

    public void save() throws IOException {
        saver.save(this);
        executor.run(() -> {
            if (commandStack() instanceof BasicCommandStack stack) {
                stack.saveIsDone();
            }
        });
    }

    void onClose(Runnable listener) {
        closeListeners.add(listener);
    }

    void closed() {
        closeListeners.forEach(Runnable::run);
        closeListeners.clear();
    }
}
