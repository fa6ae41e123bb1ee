// Edge routes kept between renderings. Sprotty routes every edge of the diagram on every rendering, a zoom or pan
// step included, out-of-view edges too: at a few thousand edges that is a large part of a step. A route depends only
// on where its ends (and their outline) and its routing points are, so it is computed again only when one of them
// moved.
import {
    Dimension,
    EdgeRouterRegistry,
    EdgeRouting,
    GChildElement,
    GLSPPolylineEdgeRouter,
    GModelElement,
    GParentElement,
    GRoutableElement,
    type IEdgeRouter,
    Point,
    RoutedPoint,
    TYPES
} from '@eclipse-glsp/client';
import { injectable, multiInject } from 'inversify';

const FORGET_ABOVE = 50000;

type Placed = GModelElement & { position?: Point; size?: Dimension; anchorKind?: string };

/** Where an element is in the diagram's own coordinates (not on screen: those follow the viewport). */
function where(element: GModelElement | undefined): string {
    let x = 0;
    let y = 0;
    for (let e = element as Placed | undefined; e && e.root !== e; e = (e as unknown as GChildElement).parent as Placed) {
        x += e.position?.x ?? 0;
        y += e.position?.y ?? 0;
    }
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
function geometry(element: Shaped, seed: number): number {
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
        h = geometry(child, h);
    }
    return h;
}

/**
 * The routes of the whole diagram kept while nothing in it moved: a zoom or pan step renders the diagram again but
 * changes no position, so the routes of the step before serve as they are (checking that costs one walk over the
 * numbers of the model, instead of looking up both ends of every edge).
 */
@injectable()
export class CtgEdgeRouterRegistry extends EdgeRouterRegistry {
    private last?: { root: GModelElement; geometry: number; routing: EdgeRouting };

    constructor(@multiInject(TYPES.IEdgeRouter) edgeRouters: IEdgeRouter[]) {
        super(edgeRouters);
    }

    override routeAllChildren(parent: Readonly<GParentElement>): EdgeRouting {
        if (parent.root !== parent) {
            return super.routeAllChildren(parent);
        }
        const stamp = geometry(parent as unknown as Shaped, 0);
        if (this.last && this.last.root === parent && this.last.geometry === stamp) {
            return this.last.routing;
        }
        const routing = super.routeAllChildren(parent);
        this.last = { root: parent as GModelElement, geometry: stamp, routing };
        return routing;
    }
}
