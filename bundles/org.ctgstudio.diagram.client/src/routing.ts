// Edge routes kept between renderings. Sprotty routes every edge of the diagram on every rendering, a zoom or pan
// step included, out-of-view edges too: at a few thousand edges that is a large part of a step. A route depends only
// on where its ends (and their outline) and its routing points are, so it is computed again only when one of them
// moved.
import { Dimension, GChildElement, GLSPPolylineEdgeRouter, GModelElement, GRoutableElement, Point, RoutedPoint } from '@eclipse-glsp/client';
import { injectable } from 'inversify';

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
