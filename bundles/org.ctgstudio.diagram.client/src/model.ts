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

/** What the server puts on the graph once (StyleArgs): the defaults of node and edge styles, and icon paths. */
interface GraphArgs {
    nodeStyle?: Args;
    edgeStyle?: Args;
    icons?: Record<string, string>;
}

function graphArgs(element: GChildElement): GraphArgs {
    return ((element.root as unknown as { args?: GraphArgs }).args) ?? {};
}

/**
 * An element's whole style: its args (only what differs from its kind's default) over the graph's defaults.
 * Computed once per element: a model from the server is never changed in place, only replaced.
 */
function styleOf(element: GChildElement & { args?: Args; resolved?: Args }, kind: 'nodeStyle' | 'edgeStyle'): Args {
    if (!element.resolved) {
        element.resolved = { ...graphArgs(element)[kind], ...element.args };
    }
    return element.resolved;
}

/**
 * A node drawn from its style arguments; edges meet its outline (ellipse, diamond or box). A double-click anywhere
 * on it edits its label (the server says which feature the text goes to).
 */
export class CtgNode extends GNode {
    static override readonly DEFAULT_FEATURES = [...GNode.DEFAULT_FEATURES, withEditLabelFeature];
    declare args?: Args;
    resolved?: Args;

    get style(): Args {
        return styleOf(this, 'nodeStyle');
    }

    /** The SVG path of the node's icon, if it has one. */
    get iconPath(): string | undefined {
        const name = this.args?.icon;
        return typeof name === 'string' ? graphArgs(this).icons?.[name] : undefined;
    }

    get editableLabel(): (GChildElement & EditableLabel) | undefined {
        const label = this.children.find(child => child.type === LABEL);
        return label && isEditableLabel(label) ? label : undefined;
    }

    override get anchorKind(): string {
        const shape = this.style.shape;
        return shape === 'ELLIPSE' ? 'elliptic' : shape === 'DIAMOND' ? 'diamond' : 'rectangular';
    }
}

export class CtgEdge extends GEdge {
    declare args?: Args;
    resolved?: Args;

    get style(): Args {
        return styleOf(this, 'edgeStyle');
    }
}

export { GLabel, RectangularNode };
