package org.ctgstudio.diagram.server.operations;

import java.util.ArrayList;
import java.util.List;

import org.ctgstudio.diagram.representation.ElementLayout;
import org.ctgstudio.diagram.representation.Point;
import org.ctgstudio.diagram.representation.RepresentationFactory;
import org.ctgstudio.diagram.representation.RepresentationPackage;
import org.ctgstudio.diagram.server.Texts;
import org.ctgstudio.diagram.store.Representations;
import org.eclipse.emf.common.command.Command;
import org.eclipse.emf.common.command.CompoundCommand;
import org.eclipse.emf.edit.command.AddCommand;
import org.eclipse.emf.edit.command.RemoveCommand;
import org.eclipse.glsp.graph.GPoint;
import org.eclipse.glsp.server.operations.ChangeRoutingPointsOperation;
import org.eclipse.glsp.server.types.ElementAndRoutingPoints;

/** Bendpoints of edges, stored in the representation (replacing the previous ones). */
public class ChangeRoutingPointsHandler extends DiagramOperationHandler<ChangeRoutingPointsOperation> {

    @Override
    protected Command command(ChangeRoutingPointsOperation operation) {
        CompoundCommand command = new CompoundCommand(Texts.format("command.bendpoints"));
        for (ElementAndRoutingPoints routing : operation.getNewRoutingPoints()) {
            if (view(routing.getElementId()) == null) {
                continue;
            }
            List<Point> points = new ArrayList<>();
            for (GPoint p : routing.getNewRoutingPoints()) {
                Point point = RepresentationFactory.eINSTANCE.createPoint();
                point.setX(p.getX());
                point.setY(p.getY());
                points.add(point);
            }
            ElementLayout layout = Representations.layout(document().representation(), routing.getElementId());
            if (layout == null) {
                layout = RepresentationFactory.eINSTANCE.createElementLayout();
                layout.setElementId(routing.getElementId());
                layout.getBendpoints().addAll(points);
                command.append(AddCommand.create(domain(), document().representation(),
                        RepresentationPackage.Literals.REPRESENTATION__LAYOUTS, layout));
                continue;
            }
            if (!layout.getBendpoints().isEmpty()) {
                command.append(RemoveCommand.create(domain(), layout,
                        RepresentationPackage.Literals.ELEMENT_LAYOUT__BENDPOINTS, new ArrayList<>(layout.getBendpoints())));
            }
            if (!points.isEmpty()) {
                command.append(AddCommand.create(domain(), layout,
                        RepresentationPackage.Literals.ELEMENT_LAYOUT__BENDPOINTS, points));
            }
        }
        return command.isEmpty() ? null : command;
    }
}
