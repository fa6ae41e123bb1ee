// What is drawn of a large diagram: the elements near the view. Sprotty renders every element of the model on every
// rendering (a zoom or pan step included) and lets each view decide whether it is in view, which at a few thousand
// elements is a large part of a step; here the diagram's top-level elements are indexed by where they are, once per
// geometry, and only those near the view are rendered at all.
import {
    Bounds, GChildElement, GEdge, GModelElement, GNode, GViewportRootElement, Point
} from '@eclipse-glsp/client';
import { absolutePosition } from './routing';
import { modelUpdates } from './update-model';

/**
 * Elements are drawn when they are within this share of the window's size around it, not only inside it: one
 * wheel step zooms by about 1.65, so a step in and back out (or a short pan) finds them still drawn, kept as they
 * were (memo.ts), instead of removing them from the DOM and creating them again.
 */
const VIEW_MARGIN = 0.5;
/**
 * Elements drawn at the previous rendering stay drawn within this wider margin: without it, each step out drew the
 * elements the wider view brought near, and the next step in removed them again.
 */
const KEEP_MARGIN = 1.5;
/** Side of the index's cells, in diagram units. */
const CELL = 1024;

let drawnBefore = new Set<string>();
let drawnNow = new Set<string>();

/** Called once per rendering of the diagram, before its elements are rendered. */
export function startRendering(): void {
    drawnBefore = drawnNow;
    drawnNow = new Set<string>();
}

/** Whether an element with these bounds on screen is drawn; remembered for the next rendering. */
export function nearView(id: string, bounds: Bounds, root: Readonly<GModelElement>): boolean {
    const canvas = (root as unknown as { canvasBounds: Bounds }).canvasBounds;
    const margin = drawnBefore.has(id) ? KEEP_MARGIN : VIEW_MARGIN;
    const mx = canvas.width * margin;
    const my = canvas.height * margin;
    const near = bounds.x <= canvas.width + mx && bounds.x + bounds.width >= -mx
        && bounds.y <= canvas.height + my && bounds.y + bounds.height >= -my;
    if (near) {
        drawnNow.add(id);
    }
    return near;
}

/** The diagram's top-level elements by the cells of a grid that their bounds (diagram units) cross. */
class Grid {
    private readonly cells = new Map<number, number[]>();
    /** Elements without bounds (not placed, or an edge with an end missing): always rendered. */
    private readonly everywhere: number[] = [];

    constructor(children: readonly GChildElement[]) {
        children.forEach((child, index) => {
            const bounds = boundsOf(child);
            if (!bounds) {
                this.everywhere.push(index);
                return;
            }
            for (const key of cellsOf(bounds)) {
                let list = this.cells.get(key);
                if (!list) {
                    list = [];
                    this.cells.set(key, list);
                }
                list.push(index);
            }
        });
    }

    /** Indices of the elements whose cells meet `area`, in model order (the drawing order). */
    query(area: Bounds): number[] {
        const found = new Set<number>(this.everywhere);
        for (const key of cellsOf(area)) {
            for (const index of this.cells.get(key) ?? []) {
                found.add(index);
            }
        }
        return [...found].sort((a, b) => a - b);
    }
}

/** Cell keys of a rectangle: rows and columns packed in one number (diagrams stay far below 2^20 cells a side). */
function* cellsOf(bounds: Bounds): Generator<number> {
    const x0 = Math.floor(bounds.x / CELL);
    const x1 = Math.floor((bounds.x + bounds.width) / CELL);
    const y0 = Math.floor(bounds.y / CELL);
    const y1 = Math.floor((bounds.y + bounds.height) / CELL);
    for (let x = x0; x <= x1; x++) {
        for (let y = y0; y <= y1; y++) {
            yield (x + 0x80000) * 0x100000 + (y + 0x80000);
        }
    }
}

/**
 * A node's box, or for an edge the box of its ends' boxes and its routing points, widened for its labels: its route
 * runs from its source's outline through those points to its target's outline, so it lies in that box, which needs
 * no routing (routes are computed for the edges drawn, when drawn); undefined when not known.
 */
function boundsOf(child: GChildElement): Bounds | undefined {
    if (child instanceof GNode) {
        const { position, size } = child;
        return size.width >= 0 && size.height >= 0 ? { ...position, ...size } : undefined;
    }
    if (!(child instanceof GEdge)) {
        return undefined;
    }
    const ends = [child.source, child.target];
    let x0 = Infinity;
    let y0 = Infinity;
    let x1 = -Infinity;
    let y1 = -Infinity;
    for (const end of ends) {
        const size = (end as GNode | undefined)?.size;
        if (!end || !size || size.width < 0 || size.height < 0) {
            return undefined;
        }
        const at = absolutePosition(end);
        x0 = Math.min(x0, at.x);
        y0 = Math.min(y0, at.y);
        x1 = Math.max(x1, at.x + size.width);
        y1 = Math.max(y1, at.y + size.height);
    }
    const offset = absolutePosition(child.parent);
    for (const p of child.routingPoints as readonly Point[]) {
        x0 = Math.min(x0, p.x + offset.x);
        y0 = Math.min(y0, p.y + offset.y);
        x1 = Math.max(x1, p.x + offset.x);
        y1 = Math.max(y1, p.y + offset.y);
    }
    // Edge labels sit on the route and may reach beyond its box by their size.
    const labels = (child as unknown as { children: readonly { size?: { width: number; height: number } }[] }).children;
    const label = Math.max(0, ...labels.map(c => Math.max(c.size?.width ?? 0, c.size?.height ?? 0)));
    return { x: x0 - label, y: y0 - label, width: x1 - x0 + 2 * label, height: y1 - y0 + 2 * label };
}

let index: { root: GModelElement; updates: number; geometry: number; grid: Grid } | undefined;

/**
 * The top-level elements of `root` near the view, in model order: the index is made again only when the model or
 * anything in it moved (a node dragged moves in place), which `stamp` says (routing.ts, geometry).
 */
export function elementsNearView(root: Readonly<GViewportRootElement>, stamp: number): readonly GChildElement[] {
    if (!index || index.root !== root || index.updates !== modelUpdates() || index.geometry !== stamp) {
        index = {
            root: root as GModelElement, updates: modelUpdates(), geometry: stamp, grid: new Grid(root.children)
        };
    }
    const canvas = root.canvasBounds;
    const width = canvas.width / root.zoom;
    const height = canvas.height / root.zoom;
    const area = {
        x: root.scroll.x - width * KEEP_MARGIN,
        y: root.scroll.y - height * KEEP_MARGIN,
        width: width * (1 + 2 * KEEP_MARGIN),
        height: height * (1 + 2 * KEEP_MARGIN)
    };
    // Zoomed far out, nearly everything is near: the index would only cost.
    if ((area.width / CELL) * (area.height / CELL) > 1000) {
        return root.children;
    }
    return index.grid.query(area).map(i => root.children[i]);
}
