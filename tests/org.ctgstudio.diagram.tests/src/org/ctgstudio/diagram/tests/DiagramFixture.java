package org.ctgstudio.diagram.tests;

import java.nio.file.Path;
import java.util.List;

import org.ctgstudio.diagram.description.RepresentationDescription;
import org.ctgstudio.diagram.expression.DescriptionExpressions;
import org.ctgstudio.diagram.interpreter.DiagramInterpreter;
import org.ctgstudio.diagram.interpreter.DiagramView;
import org.ctgstudio.diagram.interpreter.TextMeasurer;
import org.ctgstudio.diagram.registry.DescriptionRegistry;
import org.ctgstudio.diagram.representation.Representation;
import org.ctgstudio.diagram.store.Representations;
import org.ctgstudio.model.GlobalTerritorialAgreement;
import org.ctgstudio.model.resource.ModelFiles;
import org.ctgstudio.tests.support.Examples;
import org.eclipse.emf.ecore.resource.ResourceSet;
import org.eclipse.glsp.graph.GLabel;
import org.eclipse.glsp.graph.GModelElement;

/** The example convention loaded with its reference data, and the diagrams of it. */
final class DiagramFixture {

    static final List<String> DIAGRAMS = List.of("plan-actions", "partenariat", "gouvernance", "territoire");

    final ResourceSet set = ModelFiles.newResourceSet();
    final GlobalTerritorialAgreement convention;
    final Path model;
    final DiagramInterpreter interpreter = new DiagramInterpreter(new DescriptionExpressions(), new TextMeasurer());

    DiagramFixture(Path project) throws Exception {
        Representations.register(set);
        model = project.resolve(Examples.CONVENTION);
        convention = (GlobalTerritorialAgreement) ModelFiles.load(set, model).root();
    }

    DiagramFixture() throws Exception {
        this(Examples.project());
    }

    static RepresentationDescription description(String id) {
        return DescriptionRegistry.instance().get(id);
    }

    Representation representation(String id) {
        RepresentationDescription description = description(id);
        return Representations.create(set, Representations.fileFor(model, description), description, convention);
    }

    DiagramView build(Representation representation) {
        return interpreter.build(description(representation.getDescriptionId()), representation, convention);
    }

    /** An interpreter alone, for descriptions made in a test. */
    static final class Builder {
        DiagramInterpreter interpreter() {
            return new DiagramInterpreter(new DescriptionExpressions(), new TextMeasurer());
        }
    }

    static long count(DiagramView view, String mappingId) {
        return view.views().values().stream().filter(v -> mappingId.equals(v.mapping().getId())).count();
    }

    static String text(GModelElement node) {
        return node.getChildren().stream().filter(c -> c instanceof GLabel).map(c -> ((GLabel) c).getText())
                .findFirst().orElse("");
    }
}
