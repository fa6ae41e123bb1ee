/** @jsx svg */
// The overview drawing of a large diagram zoomed far out. Nodes a few pixels tall and edges without readable arrows
// or labels are drawn together, one path per style, instead of one SVG group per element: zoomed out on a thousand
// fiches, Chromium's painting of every element (layerize, pre-paint, paint) is most of a zoom or pan step, and
// creating them all is most of the first drawing after « Ajuster à la fenêtre ». What a user acts on stays drawn on
// its own: containers, selected or hovered elements, elements with feedback classes or problem markers, and, as soon
// as the zoom makes them a few pixels tall, every node.
import {
    GChildElement, GEdge, GModelElement, GModelRoot, GNode, ModelIndexImpl, Point, RenderingContext, svg
} from '@eclipse-glsp/client';
import { modelUpdates } from './update-model';
import { VNode } from 'snabbdom';
import { Args, CtgEdge, CtgNode, LABEL, EDGE_LABEL } from './model';
import { absolutePosition } from './routing';
import { ARROW, MIN_ARROW_PX, MIN_READABLE_PX, outline, zoomOf } from './shapes';

/** Nodes shorter than this on screen (pixels) are drawn in the overview: too small to aim at or to read. */
export const OVERVIEW_NODE_PX = 4;

type Feedback = GModelElement & {
    selected?: boolean;
    hoverFeedback?: boolean;
    cssClasses?: string[];
    opacity?: number;
};

/** Nothing drawn on the element itself but its style: no selection, hover, feedback class, fading or marker. */
function plain(element: Feedback, labelType: string): boolean {
    return !element.selected && !element.hoverFeedback && (element.cssClasses?.length ?? 0) === 0
        && (element.opacity ?? 1) === 1
        && (element as unknown as { children: readonly GModelElement[] }).children.every(c => c.type === labelType);
}

/** Whether this rendering of the diagram draws an overview (set before its elements are rendered). */
let active = false;

/** Whether `node` is drawn in the overview rather than on its own (never in sprotty's hidden measuring pass). */
export function nodeInOverview(node: Readonly<GNode>, context: RenderingContext): boolean {
    return active && context.targetKind !== 'hidden' && nodeSmall(node, zoomOf(node));
}

/** Whether `edge` is drawn in the overview: arrowheads not drawn, labels unreadable, nothing on it but its style. */
export function edgeInOverview(edge: Readonly<GEdge>, context: RenderingContext): boolean {
    return active && context.targetKind !== 'hidden' && edgeSmall(edge, zoomOf(edge));
}

// The same, at a zoom known (the overview asks for every element: `zoomOf` walks up to the root each time).
function nodeSmall(node: Readonly<GNode>, zoom: number): boolean {
    return zoom * node.size.height < OVERVIEW_NODE_PX && plain(node as Feedback, LABEL);
}

function edgeSmall(edge: Readonly<GEdge>, zoom: number): boolean {
    return zoom * ARROW < MIN_ARROW_PX && zoom * Number((edge as CtgEdge).style.fontSize ?? 11) < MIN_READABLE_PX
        && plain(edge as Feedback, EDGE_LABEL);
}

/** Paths of one colour, width and dash, built as one string. */
class Buckets {
    readonly paths = new Map<string, { style: Args; d: string[] }>();

    add(key: string, style: Args, d: string): void {
        let bucket = this.paths.get(key);
        if (!bucket) {
            bucket = { style, d: [] };
            this.paths.set(key, bucket);
        }
        bucket.d.push(d);
    }
}

type Parent = GModelElement & { children: readonly GChildElement[] };

/** What the overview drew last, and what it drew it from. */
let last: { root: GModelElement; updates: number; geometry: number; members: number; drawn: VNode } | undefined;

/**
 * The overview of the diagram under `root`: its nodes then its edges that are drawn in it, in the diagram's own
 * coordinates, each group marked with how many nodes it draws (`data-nodes`: the benchmark counts drawn nodes).
 * Its paths are in the diagram's coordinates, so a zoom or pan step draws the same overview unless it changed which
 * elements are in it: the last drawing is then given again, the same VNode, which snabbdom leaves as it is (no
 * string of thousands of outlines built, no path set and parsed again).
 */
export function renderOverview(root: Parent, context: RenderingContext, geometry: number): VNode | undefined {
    const zoom = zoomOf(root);
    // Zoomed in enough, nothing can be in the overview; the views then draw everything (`active`).
    active = context.targetKind !== 'hidden'
        && (zoom * ARROW < MIN_ARROW_PX || zoom * smallestNode(root) < OVERVIEW_NODE_PX);
    if (!active) {
        return undefined;
    }
    const members = membersOf(root, zoom);
    if (last && last.root === root && last.updates === modelUpdates() && last.geometry === geometry
        && last.members === members) {
        return last.drawn;
    }
    const drawn = draw(root, zoom);
    last = drawn ? { root, updates: modelUpdates(), geometry, members, drawn } : undefined;
    return drawn;
}

/** Walks the leaf nodes and edges under `root`, with the offset of their parent in the diagram's coordinates. */
function walk(root: Parent, visitNode: (node: CtgNode, x: number, y: number) => void,
    visitEdge: (edge: GEdge, x: number, y: number) => void): void {
    const visit = (parent: Parent, x: number, y: number): void => {
        for (const child of parent.children) {
            if (child instanceof GNode) {
                const node = child as CtgNode;
                if (node.children.some(c => c instanceof GNode)) {
                    visit(node, x + node.position.x, y + node.position.y);
                } else {
                    visitNode(node, x, y);
                }
            } else if (child instanceof GEdge) {
                visitEdge(child, x, y);
            }
        }
    };
    visit(root, 0, 0);
}

/** A hash of which elements are in the overview at `zoom`, in drawing order. */
function membersOf(root: Parent, zoom: number): number {
    let h = 0;
    let at = 0;
    walk(root, node => {
        at++;
        if (nodeSmall(node, zoom)) {
            h = (Math.imul(h, 31) + at) | 0;
        }
    }, edge => {
        at++;
        if (edgeSmall(edge, zoom)) {
            h = (Math.imul(h, 31) + at) | 0;
        }
    });
    return h;
}

function draw(root: Parent, zoom: number): VNode | undefined {
    const index = (root as GModelRoot).index;
    const nodes = new Buckets();
    const edges = new Buckets();
    let count = 0;
    walk(root, (node, x, y) => {
        if (nodeSmall(node, zoom)) {
            const a = node.style;
            nodes.add(`${a.fill}|${a.stroke}|${a.strokeWidth}|${a.strokeStyle}`, a, outline(a.shape,
                Math.max(node.size.width, 0), Math.max(node.size.height, 0), x + node.position.x, y + node.position.y));
            count++;
        }
    }, (edge, x, y) => {
        const route = edgeSmall(edge, zoom) ? centreLine(edge, index, { x, y }) : undefined;
        if (route) {
            const a = (edge as CtgEdge).style;
            edges.add(`${a.stroke}|${a.strokeWidth}|${a.strokeStyle}`, a, line(route, x, y));
        }
    });
    const groups: VNode[] = [];
    for (const { style, d } of edges.paths.values()) {
        groups.push(<path d={d.join(' ')} style={{ fill: 'none', stroke: String(style.stroke),
            strokeWidth: String(style.strokeWidth), strokeOpacity: inked(style.strokeStyle) }} /> as unknown as VNode);
    }
    for (const { style, d } of nodes.paths.values()) {
        groups.push(<path d={d.join(' ')} style={{ fill: String(style.fill), stroke: String(style.stroke),
            strokeWidth: String(style.strokeWidth), strokeOpacity: inked(style.strokeStyle) }} /> as unknown as VNode);
    }
    if (groups.length === 0) {
        return undefined;
    }
    return <g class-ctg-overview={true} attrs={{ 'data-nodes': String(count) }}>{...groups}</g> as unknown as VNode;
}

const smallest = new WeakMap<GModelElement, { updates: number; height: number }>();

/** The height of the diagram's smallest leaf node: zoomed in enough, nothing can be in the overview. */
function smallestNode(root: Parent): number {
    const known = smallest.get(root);
    if (known !== undefined && known.updates === modelUpdates()) {
        return known.height;
    }
    let height = Infinity;
    const visit = (parent: { children: readonly GChildElement[] }): void => {
        for (const child of parent.children) {
            if (child instanceof GNode) {
                height = Math.min(height, child.size.height);
                visit(child);
            }
        }
    };
    visit(root);
    smallest.set(root, { updates: modelUpdates(), height });
    return height;
}

/**
 * Dashes are not drawn in the overview: a dash there is a small fraction of a pixel, and Chromium would still cut
 * every line into them (tens of thousands of pieces per step). A dashed line is drawn lighter instead, in the share
 * of its length that its dashes ink.
 */
function inked(style: unknown): string {
    return style === 'DASHED' ? '0.6' : style === 'DOTTED' ? '0.33' : '1';
}

/**
 * An edge of the overview, in its parent's coordinates: from its source's centre through its routing points to its
 * target's centre. Its ends are under its nodes, drawn over it and a few pixels tall at most: it looks as its route
 * would, without routing every edge of the diagram to show it zoomed out.
 */
function centreLine(edge: GEdge, index: ModelIndexImpl, offset: Point): Point[] | undefined {
    const source = centre(index.getById(edge.sourceId), offset);
    const target = centre(index.getById(edge.targetId), offset);
    return source && target ? [source, ...edge.routingPoints, target] : undefined;
}

/** The centre of a node, relative to `offset` (a position in the diagram's coordinates). */
function centre(end: GModelElement | undefined, offset: Point): Point | undefined {
    const size = (end as GNode | undefined)?.size;
    if (!size) {
        return undefined;
    }
    const at = absolutePosition(end);
    return { x: at.x - offset.x + size.width / 2, y: at.y - offset.y + size.height / 2 };
}

function line(route: readonly Point[], x: number, y: number): string {
    let d = `M${route[0].x + x} ${route[0].y + y}`;
    for (let i = 1; i < route.length; i++) {
        d += `L${route[i].x + x} ${route[i].y + y}`;
    }
    return d;
}
