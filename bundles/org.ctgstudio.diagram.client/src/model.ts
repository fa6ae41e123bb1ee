// GModel element types and argument names: the same as org.ctgstudio.diagram.interpreter.DiagramTypes (server).
import { EditableLabel, GChildElement, GEdge, GLabel, GNode, RectangularNode, isEditableLabel, withEditLabelFeature } from '@eclipse-glsp/client';

export const NODE = 'ctg:node';
export const CONTAINER = 'ctg:container';
export const LABEL = 'ctg:label';
export const EDGE = 'ctg:edge';
export const EDGE_LABEL = 'ctg:edge-label';

/** Inner margin and icon room, as on the server (DiagramTypes.PADDING, ICON_SPACE). */
export const PADDING = 8;
export const LINE_HEIGHT_FACTOR = 1.25;

export type Args = Record<string, string | number | boolean | undefined>;

/**
 * A node drawn from its style arguments; edges meet its outline (ellipse, diamond or box). A double-click anywhere
 * on it edits its label (the server says which feature the text goes to).
 */
export class CtgNode extends GNode {
    static override readonly DEFAULT_FEATURES = [...GNode.DEFAULT_FEATURES, withEditLabelFeature];
    declare args?: Args;

    get editableLabel(): (GChildElement & EditableLabel) | undefined {
        const label = this.children.find(child => child.type === LABEL);
        return label && isEditableLabel(label) ? label : undefined;
    }

    override get anchorKind(): string {
        const shape = this.args?.shape;
        return shape === 'ELLIPSE' ? 'elliptic' : shape === 'DIAMOND' ? 'diamond' : 'rectangular';
    }
}

export class CtgEdge extends GEdge {
    declare args?: Args;
}

export { GLabel, RectangularNode };
