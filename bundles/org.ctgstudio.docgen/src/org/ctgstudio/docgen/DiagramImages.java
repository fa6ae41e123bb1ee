package org.ctgstudio.docgen;

import java.nio.file.Files;
import java.nio.file.Path;

import org.ctgstudio.diagram.description.RepresentationDescription;
import org.ctgstudio.diagram.registry.DescriptionRegistry;
import org.ctgstudio.diagram.render.DiagramPictures;
import org.ctgstudio.diagram.representation.Representation;
import org.ctgstudio.diagram.store.Representations;
import org.ctgstudio.model.GlobalTerritorialAgreement;
import org.eclipse.emf.ecore.resource.ResourceSet;

/**
 * The pictures of a convention's diagrams for its documents, painted without a display by the diagram bundle's
 * painter, as the diagram editor draws them: for each diagram description that applies to a convention
 * (« plan-actions », « gouvernance » …), the representation saved beside the model file when there is one (its
 * layout, layers and filters), else the diagram laid out whole. A template shows it through the placeholder
 * {@code diagramme_<id>}, the id's dashes written as underscores ({@code diagramme_plan_actions}).
 */
public final class DiagramImages {

    /** Pictures are drawn at twice their size, for print. */
    private static final double SCALE = 2.0;

    private DiagramImages() {
    }

    /**
     * @param modelFile the convention's file (where saved representations are looked for); null for none
     * @throws DocumentException when a diagram cannot be painted (its French message names it)
     */
    public static Pictures of(GlobalTerritorialAgreement agreement, Path modelFile) throws DocumentException {
        Pictures pictures = Pictures.none();
        DiagramPictures painter = new DiagramPictures();
        ResourceSet set = agreement.eResource() == null ? null : agreement.eResource().getResourceSet();
        for (RepresentationDescription description : DescriptionRegistry.instance().applicableTo(agreement)) {
            String name = description.getId().replace('-', '_');
            try {
                Path saved = modelFile == null || set == null ? null : Representations.find(modelFile, description);
                byte[] png;
                if (saved != null && Files.isRegularFile(saved)) {
                    Representation representation = Representations.load(set, saved);
                    png = painter.png(representation, SCALE);
                } else {
                    png = painter.png(description, agreement, SCALE);
                }
                pictures.with(name, png);
            } catch (RuntimeException e) {
                throw new DocumentException(Messages.format("picture.diagramFailed", description.getLabelFr(),
                        e.getMessage()), e);
            }
        }
        return pictures;
    }
}
