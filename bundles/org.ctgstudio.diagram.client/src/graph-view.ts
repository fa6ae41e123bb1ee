// The diagram's root view: the overview (overview.tsx) under the elements drawn on their own, those near the view
// only (culling.ts).
import {
    GChildElement, GLSPProjectionView, GModelElement, GViewportRootElement, RenderingContext
} from '@eclipse-glsp/client';
import { injectable } from 'inversify';
import { VNode, h } from 'snabbdom';
import { elementsNearView, startRendering } from './culling';
import { renderOverview } from './overview';
import { geometry } from './routing';

/** GLSP's view of the diagram (projection bars, grid), its SVG drawn here. */
@injectable()
export class CtgGraphView extends GLSPProjectionView {
    protected override renderSvg(model: Readonly<GViewportRootElement>, context: RenderingContext): VNode {
        const transform = `scale(${model.zoom}) translate(${-model.scroll.x},${-model.scroll.y})`;
        let children: VNode[];
        let overview: VNode | undefined;
        if (context.targetKind === 'hidden') {
            // Sprotty's measuring pass (while a node is moved) draws everything and is no drawing on screen.
            children = context.renderChildren(model, { edgeRouting: this.edgeRouterRegistry.routeAllChildren(model) });
        } else {
            startRendering();
            // Where everything is, once per rendering: what the overview and the index of the culling were made from.
            const stamp = geometry(model as unknown as GModelElement);
            overview = renderOverview(model as unknown as GModelElement & { children: readonly GChildElement[] },
                context, stamp);
            // Only the top-level elements near the view are rendered (renderChildren reads nothing but `children`);
            // each edge drawn is routed by its view (routing.ts).
            const near = { children: elementsNearView(model, stamp) } as unknown as GViewportRootElement;
            children = context.renderChildren(near);
        }
        return h('svg', { ns: SVG, style: { height: '100%', ...this.getGridStyle(model, context) },
            class: { 'sprotty-graph': true } },
        h('g', { ns: SVG, attrs: { transform } }, overview ? [overview, ...children] : children));
    }
}

const SVG = 'http://www.w3.org/2000/svg';
