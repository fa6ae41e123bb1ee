package org.ctgstudio.diagram.server.operations;

import java.math.BigDecimal;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.ctgstudio.diagram.description.FeatureValue;
import org.ctgstudio.diagram.description.RepresentationDescription;
import org.ctgstudio.diagram.description.Tool;
import org.ctgstudio.diagram.expression.DescriptionExpressions;
import org.ctgstudio.diagram.expression.ExpressionPlace;
import org.ctgstudio.diagram.expression.InverseReferences;
import org.ctgstudio.diagram.expression.ModelView;
import org.ctgstudio.diagram.layout.DiagramLayout;
import org.ctgstudio.diagram.representation.ElementLayout;
import org.ctgstudio.diagram.representation.Representation;
import org.ctgstudio.diagram.representation.RepresentationFactory;
import org.ctgstudio.diagram.representation.RepresentationPackage;
import org.ctgstudio.diagram.store.Representations;
import org.eclipse.emf.common.command.Command;
import org.eclipse.emf.common.command.CompoundCommand;
import org.eclipse.emf.ecore.EAttribute;
import org.eclipse.emf.ecore.EDataType;
import org.eclipse.emf.ecore.EEnum;
import org.eclipse.emf.ecore.EEnumLiteral;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EStructuralFeature;
import org.eclipse.emf.ecore.util.EcoreUtil;
import org.eclipse.emf.edit.command.AddCommand;
import org.eclipse.emf.edit.command.SetCommand;
import org.eclipse.emf.edit.domain.EditingDomain;

/**
 * What the operation handlers share: EMF commands on the representation's layout, values from description
 * expressions converted to a feature's type, new elements with a fresh stable id, tool lookup.
 */
public final class DiagramCommands {

    private DiagramCommands() {
    }

    /** Command: the stored bounds of an element become these (a new layout entry when it has none). */
    public static Command setBounds(EditingDomain domain, Representation representation, String id, double x,
            double y, double width, double height) {
        ElementLayout layout = Representations.layout(representation, id);
        if (layout == null) {
            ElementLayout created = RepresentationFactory.eINSTANCE.createElementLayout();
            created.setElementId(id);
            created.setX(x);
            created.setY(y);
            created.setWidth(width);
            created.setHeight(height);
            return AddCommand.create(domain, representation, RepresentationPackage.Literals.REPRESENTATION__LAYOUTS,
                    created);
        }
        CompoundCommand command = new CompoundCommand();
        command.append(SetCommand.create(domain, layout, RepresentationPackage.Literals.ELEMENT_LAYOUT__X, x));
        command.append(SetCommand.create(domain, layout, RepresentationPackage.Literals.ELEMENT_LAYOUT__Y, y));
        command.append(SetCommand.create(domain, layout, RepresentationPackage.Literals.ELEMENT_LAYOUT__WIDTH, width));
        command.append(SetCommand.create(domain, layout, RepresentationPackage.Literals.ELEMENT_LAYOUT__HEIGHT,
                height));
        return command;
    }

    /** Positions found by the layout for nodes that had none: stored directly (not a user change, not undone). */
    public static void storeWithoutCommand(Representation representation, Map<String, DiagramLayout.Bounds> placed) {
        Map<String, ElementLayout> existing = new HashMap<>();
        for (ElementLayout layout : representation.getLayouts()) {
            existing.put(layout.getElementId(), layout);
        }
        for (Map.Entry<String, DiagramLayout.Bounds> entry : placed.entrySet()) {
            ElementLayout layout = existing.get(entry.getKey());
            if (layout == null) {
                layout = RepresentationFactory.eINSTANCE.createElementLayout();
                layout.setElementId(entry.getKey());
                representation.getLayouts().add(layout);
            }
            layout.setX(entry.getValue().x());
            layout.setY(entry.getValue().y());
        }
    }

    /** A new element of that class with a fresh stable id ("_" + UUID, as CTG files have them). */
    public static EObject newElement(org.eclipse.emf.ecore.EClass eClass) {
        EObject element = EcoreUtil.create(eClass);
        EAttribute id = eClass.getEIDAttribute();
        if (id != null) {
            element.eSet(id, "_" + UUID.randomUUID());
        }
        return element;
    }

    /** Gives a new (not yet added) element the tool's initial values; self is the element under the pointer. */
    public static void initialise(DescriptionExpressions expressions, RepresentationDescription description,
            Tool tool, List<FeatureValue> values, EObject element, EObject self, EObject root) {
        for (FeatureValue value : values) {
            EStructuralFeature feature = element.eClass().getEStructuralFeature(value.getFeature());
            ExpressionPlace place = new ExpressionPlace(description.getLabelFr(), tool.getLabelFr(),
                    "initialValues." + value.getFeature());
            if (feature == null) {
                throw new IllegalArgumentException(place + " : " + value.getFeature());
            }
            Object result = expressions.evaluate(value.getExpression(), Map.of("self", self, "root", root,
                    DescriptionExpressions.INVERSE, new InverseReferences(root)), place);
            element.eSet(feature, convert(feature, result));
        }
    }

    /** An expression's or the user's value in the type of a feature (literal names for enumerations). */
    public static Object convert(EStructuralFeature feature, Object value) {
        EObject element = ModelView.unwrap(value);
        if (element != null) {
            return element;
        }
        if (value == null || !(feature.getEType() instanceof EDataType type)) {
            return value;
        }
        if (type instanceof EEnum eEnum) {
            EEnumLiteral literal = eEnum.getEEnumLiteral(value.toString());
            if (literal == null) {
                throw new IllegalArgumentException(value.toString());
            }
            return literal.getInstance();
        }
        Class<?> javaType = type.getInstanceClass();
        if ((javaType == int.class || javaType == Integer.class) && value instanceof Number n) {
            return n.intValue();
        }
        if (javaType == BigDecimal.class && value instanceof Number n) {
            return new BigDecimal(n.toString());
        }
        if (javaType == String.class) {
            return value.toString();
        }
        if (value instanceof String text) {
            return EcoreUtil.createFromString(type, text);
        }
        return value;
    }

    /** The ids of every tool of that kind in the registry's descriptions. */
    public static List<String> toolIds(org.ctgstudio.diagram.registry.DescriptionRegistry registry,
            Class<? extends Tool> kind) {
        List<String> ids = new java.util.ArrayList<>();
        for (RepresentationDescription description : registry.all()) {
            for (Tool tool : description.getTools()) {
                if (kind.isInstance(tool)) {
                    ids.add(tool.getId());
                }
            }
        }
        return ids;
    }

    /** The tool of that id in the description, or null. */
    public static <T extends Tool> T tool(RepresentationDescription description, String id, Class<T> kind) {
        for (Tool tool : description.getTools()) {
            if (tool.getId().equals(id) && kind.isInstance(tool)) {
                return kind.cast(tool);
            }
        }
        return null;
    }
}
