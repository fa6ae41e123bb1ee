// Edge routes kept between renderings. Sprotty routes every edge of the diagram on every rendering, a zoom or pan
// step included, out-of-view edges too: at a few thousand edges that is a large part of a step, and of a diagram's
// first drawing. Here only the edges drawn are routed (graph-view.ts; the overview draws its edges between centres,
// overview.tsx), and a route is computed again only when its ends (and their outline) or its routing points moved.
import {
    Dimension,
    GChildElement,
    GLSPPolylineEdgeRouter,
    GModelElement,
    GRoutableElement,
    Point,
    RoutedPoint
} from '@eclipse-glsp/client';
import { injectable } from 'inversify';

const FORGET_ABOVE = 50000;

type Placed = GModelElement & { position?: Point; size?: Dimension; anchorKind?: string };

/** Where an element is in the diagram's own coordinates (not on screen: those follow the viewport). */
export function absolutePosition(element: GModelElement | undefined): Point {
    let x = 0;
    let y = 0;
    // Up to the root, which is no child (and whose scroll is not a position); `root` would walk up at every step.
    for (let e = element; e instanceof GChildElement; e = e.parent) {
        const position = (e as Placed).position;
        x += position?.x ?? 0;
        y += position?.y ?? 0;
    }
    return { x, y };
}

function where(element: GModelElement | undefined): string {
    const { x, y } = absolutePosition(element);
    const placed = element as Placed | undefined;
    return `${x},${y},${placed?.size?.width},${placed?.size?.height},${placed?.anchorKind}`;
}

@injectable()
export class CtgEdgeRouter extends GLSPPolylineEdgeRouter {
    /**
     * By edge id, not by element: a model from the server replaces every element, most of them where they were (a
     * rename moves nothing). Forgotten all at once when it holds far more edges than a diagram has.
     */
    private readonly routes = new Map<string, { key: string; route: RoutedPoint[] }>();

    override route(edge: Readonly<GRoutableElement>): RoutedPoint[] {
        const points = edge.routingPoints.map(p => `${p.x},${p.y}`).join(' ');
        const key = `${where(edge.source)}|${where(edge.target)}|${where(edge.parent)}|${points}`;
        const known = this.routes.get(edge.id);
        if (known && known.key === key) {
            return known.route.slice();
        }
        const route = super.route(edge);
        if (this.routes.size > FORGET_ABOVE) {
            this.routes.clear();
        }
        this.routes.set(edge.id, { key, route: route.slice() });
        return route;
    }
}

type Shaped = GModelElement & { position?: Point; size?: { width: number; height: number };
    routingPoints?: Point[]; sourceId?: string; targetId?: string; children: readonly Shaped[] };

/** Mixes a coordinate (to a hundredth of a unit) into a 32-bit hash. */
function mix(h: number, value: number): number {
    return (Math.imul(h, 31) + Math.round(value * 100)) | 0;
}

/**
 * A number that changes when anything that routes depend on changes: positions, sizes, routing points, the ends of
 * edges, children.
 */
function stamp(element: Shaped, seed: number): number {
    let h = mix(seed, element.children.length);
    const p = element.position;
    const s = element.size;
    if (p) {
        h = mix(mix(h, p.x), p.y);
    }
    if (s) {
        h = mix(mix(h, s.width), s.height);
    }
    for (const point of element.routingPoints ?? []) {
        h = mix(mix(h, point.x), point.y);
    }
    // Ends change in place while an edge is reconnected.
    for (const id of [element.sourceId, element.targetId]) {
        for (let i = 0; id !== undefined && i < id.length; i++) {
            h = (Math.imul(h, 31) + id.charCodeAt(i)) | 0;
        }
    }
    for (const child of element.children) {
        h = stamp(child, h);
    }
    return h;
}

/** A number that changes when anything in the diagram under `root` moves, is resized or reconnected. */
export function geometry(root: GModelElement): number {
    return stamp(root as unknown as Shaped, 0);
}
