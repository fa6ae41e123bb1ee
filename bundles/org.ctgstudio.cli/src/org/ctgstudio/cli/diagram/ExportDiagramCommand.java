package org.ctgstudio.cli.diagram;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;

import org.ctgstudio.cli.CliCommand;
import org.ctgstudio.cli.ExitCode;
import org.ctgstudio.cli.Messages;
import org.ctgstudio.cli.UserError;
import org.ctgstudio.diagram.description.RepresentationDescription;
import org.ctgstudio.diagram.expression.DescriptionException;
import org.ctgstudio.diagram.registry.DescriptionRegistry;
import org.ctgstudio.diagram.render.DiagramPictures;
import org.ctgstudio.diagram.representation.Representation;
import org.ctgstudio.diagram.store.Representations;
import org.ctgstudio.model.resource.ModelFiles;
import org.ctgstudio.model.resource.ModelProblem;
import org.ctgstudio.model.util.LocalizedMessages;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.resource.ResourceSet;
import org.eclipse.glsp.graph.GEdge;
import org.eclipse.glsp.graph.GGraph;
import org.eclipse.glsp.graph.GNode;
import org.xml.sax.SAXParseException;

import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * {@code ctgstudio export-diagram FILE --representation NAME --format svg|png --out PATH}: the picture of one of a
 * model's diagrams, painted without a display by the painter of the workbench's pictures ({@link DiagramPictures}).
 * The representation is named by its description's id or label; its file beside the model
 * ({@code <model>.<id>.ctgr}) gives the layout the user arranged, and without one the diagram is laid out whole, as
 * on its first opening. The picture is written whole or not at all.
 */
@Command(name = "export-diagram", mixinStandardHelpOptions = true, versionProvider = org.ctgstudio.cli.Version.class)
public final class ExportDiagramCommand extends CliCommand {

    private static final String LOG_FACTORY = "org.apache.commons.logging.LogFactory"; //$NON-NLS-1$
    private static final List<String> FORMATS = List.of("svg", "png"); //$NON-NLS-1$ //$NON-NLS-2$

    static {
        // JEXL logs through commons-logging, which prefers Log4j API when it is installed, as it is here (the GModel
        // bundle imports it) but with no provider in the command line: it would print that it has none. Its own
        // java.util.logging implementation instead, unless the user chose one.
        if (System.getProperty(LOG_FACTORY) == null) {
            System.setProperty(LOG_FACTORY, "org.apache.commons.logging.impl.LogFactoryImpl"); //$NON-NLS-1$
        }
    }

    @Parameters(arity = "1", paramLabel = "FILE", descriptionKey = "exportDiagram.file")
    String file;

    @Option(names = "--representation", required = true, paramLabel = "NAME",
            descriptionKey = "exportDiagram.representation")
    String representation;

    @Option(names = "--format", paramLabel = "FORMAT", descriptionKey = "exportDiagram.format")
    String format;

    @Option(names = "--out", required = true, paramLabel = "PATH", descriptionKey = "exportDiagram.out")
    String out;

    @Override
    public Integer call() {
        Path target = console().resolve(out);
        String kind = format != null ? format.toLowerCase(Locale.ROOT) : extension(target);
        if (!FORMATS.contains(kind)) {
            throw format == null ? usage("exportDiagram.noFormat", out) //$NON-NLS-1$
                    : usage("usage.format", format, String.join(", ", FORMATS)); //$NON-NLS-1$ //$NON-NLS-2$
        }
        Path folder = target.toAbsolutePath().getParent();
        if (folder == null || !Files.isDirectory(folder)) {
            throw failure("exportDiagram.noFolder", console().show(folder)); //$NON-NLS-1$
        }
        Path modelFile = console().resolve(file);
        ResourceSet set = ModelFiles.newResourceSet();
        EObject root = load(set, modelFile).root();
        DescriptionRegistry registry = DescriptionRegistry.instance();
        List<RepresentationDescription> available = registry.applicableTo(root);
        if (available.isEmpty()) {
            throw failure("exportDiagram.noDiagram", console().show(modelFile)); //$NON-NLS-1$
        }
        RepresentationDescription description = available.stream().filter(this::named).findFirst()
                .orElseThrow(() -> failure("exportDiagram.unknown", representation, console().show(modelFile), //$NON-NLS-1$
                        available.stream().map(ExportDiagramCommand::describe).collect(Collectors.joining(", ")))); //$NON-NLS-1$

        DiagramPictures pictures = new DiagramPictures(registry);
        GGraph graph;
        try {
            graph = graph(set, modelFile, description, root, pictures);
        } catch (DescriptionException | IllegalArgumentException e) {
            throw failure("exportDiagram.failed", label(description), e.getMessage()); //$NON-NLS-1$
        }
        byte[] picture = "svg".equals(kind) ? pictures.svg(graph).getBytes(StandardCharsets.UTF_8) //$NON-NLS-1$
                : pictures.png(graph, 1.0);
        try {
            DiagramPictures.write(target, picture);
        } catch (IOException e) {
            throw failure("exportDiagram.writeFailed", console().show(target), e.getMessage()); //$NON-NLS-1$
        }
        console().out().println(Messages.format("exportDiagram.done", console().show(target), label(description), //$NON-NLS-1$
                kind.toUpperCase(Locale.ROOT), count(graph, GNode.class), count(graph, GEdge.class)));
        return ExitCode.OK;
    }

    /** The diagram as its representation file stores it, or laid out whole when the model has none. */
    private GGraph graph(ResourceSet set, Path modelFile, RepresentationDescription description, EObject root,
            DiagramPictures pictures) {
        Path stored = Representations.find(modelFile, description);
        if (!Files.isRegularFile(stored)) {
            return pictures.graph(description, root);
        }
        Representation saved;
        try {
            saved = Representations.load(set, stored);
        } catch (RuntimeException e) { // EMF's wrapped parse and I/O errors: the reason is the innermost one
            Throwable cause = e;
            while (cause.getCause() != null && cause.getCause() != cause) {
                cause = cause.getCause();
            }
            int line = cause instanceof SAXParseException parse ? parse.getLineNumber() : 0;
            int column = cause instanceof SAXParseException parse ? parse.getColumnNumber() : 0;
            throw new UserError(ExitCode.UNREADABLE, Messages.format("exportDiagram.unreadable", //$NON-NLS-1$
                    new ModelProblem(true, console().show(stored), line, column, null, cause.getMessage())));
        }
        return pictures.graph(saved);
    }

    /** Whether the --representation value names this description: its id or label, in either language. */
    private boolean named(RepresentationDescription description) {
        String name = representation.strip();
        return name.equalsIgnoreCase(description.getId()) || name.equalsIgnoreCase(description.getLabelFr())
                || name.equalsIgnoreCase(description.getLabelEn());
    }

    private static String label(RepresentationDescription description) {
        return LocalizedMessages.locale() == Locale.ENGLISH ? description.getLabelEn() : description.getLabelFr();
    }

    /** "plan-actions (Plan d'actions)". */
    private static String describe(RepresentationDescription description) {
        return description.getId() + " (" + label(description) + ")"; //$NON-NLS-1$ //$NON-NLS-2$
    }

    private static long count(GGraph graph, Class<?> kind) {
        long count = 0;
        for (var contents = graph.eAllContents(); contents.hasNext();) {
            if (kind.isInstance(contents.next())) {
                count++;
            }
        }
        return count;
    }

    private static String extension(Path path) {
        String name = path.getFileName() == null ? "" : path.getFileName().toString(); //$NON-NLS-1$
        int dot = name.lastIndexOf('.');
        return dot < 0 ? "" : name.substring(dot + 1).toLowerCase(Locale.ROOT); //$NON-NLS-1$
    }
}
