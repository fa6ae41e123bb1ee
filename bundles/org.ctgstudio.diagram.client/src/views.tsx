/** @jsx svg */
// CTG views: shapes, colours, dashes, icons, label lines and arrowheads from the server's style arguments.
import {
    BoundsAware,
    Dimension,
    GChildElement,
    GRoutableElement,
    RoutedPoint,
    getAbsoluteBounds,
    getAbsoluteRouteBounds,
    GLabel,
    GEdge,
    GNode,
    IViewArgs,
    Point,
    PolylineEdgeView,
    RenderingContext,
    ShapeView,
    angleOfPoint,
    svg,
    toDegrees
} from '@eclipse-glsp/client';
import { injectable } from 'inversify';
import { VNode } from 'snabbdom';
import { Memo } from './memo';
import { Args, CtgEdge, CtgNode, LINE_HEIGHT_FACTOR, PADDING } from './model';
import { nearView } from './culling';
import { edgeInOverview, nodeInOverview } from './overview';
import { ARROW, MIN_ARROW_PX, dash, outline, readable } from './shapes';

@injectable()
export class CtgNodeView extends ShapeView {
    private readonly memo = new Memo<CtgNode>((node, context) => this.draw(node, context));

    override isVisible(node: Readonly<GChildElement & BoundsAware>, context: RenderingContext): boolean {
        return context.targetKind === 'hidden' || !Dimension.isValid(node.bounds)
            || nearView(node.id, getAbsoluteBounds(node), node.root);
    }

    render(node: Readonly<CtgNode>, context: RenderingContext, args?: IViewArgs): VNode | undefined {
        if (!this.isVisible(node, context) || nodeInOverview(node, context)) {
            return undefined;
        }
        // A container's child nodes change on their own (moved, selected): containers are drawn every time.
        if (node.children.some(child => child instanceof GNode)) {
            return this.draw(node, context);
        }
        return this.memo.of(node as CtgNode, context, [readable(node, Number(node.style.fontSize), context)]);
    }

    private draw(node: Readonly<CtgNode>, context: RenderingContext): VNode {
        const a: Args = node.style;
        const w = Math.max(node.size.width, 0);
        const h = Math.max(node.size.height, 0);
        const header = typeof a.header === 'number' ? a.header : undefined;
        const icon = node.iconPath;
        return (
            <g class-ctg-node={true} class-selected={node.selected} class-mouseover={node.hoverFeedback}>
                <path class-ctg-shape={true} d={outline(a.shape, w, h)}
                    style={{ fill: String(a.fill), stroke: String(a.stroke), strokeWidth: String(a.strokeWidth),
                        strokeDasharray: dash(a.strokeStyle) ?? 'none' }} />
                {header !== undefined ? <path d={`M0 ${header} H${w}`}
                    style={{ stroke: String(a.stroke), strokeWidth: String(a.strokeWidth) }} /> : ''}
                {icon && readable(node, Number(a.fontSize), context) ? <path class-ctg-icon={true}
                    d={icon}
                    transform={`translate(${PADDING} ${PADDING})`}
                    style={{ fill: 'none', stroke: String(a.stroke), strokeWidth: '1.4',
                        strokeLinecap: 'round', strokeLinejoin: 'round' }} /> : ''}
                {context.renderChildren(node)}
            </g>
        ) as unknown as VNode;
    }
}

/**
 * Label lines (wrapped on the server), in the parent's label colour and font. Drawn whenever its node is (no culling
 * of its own: the node's drawing is kept as long as the node does not change, see memo.ts).
 */
@injectable()
export class CtgLabelView extends ShapeView {
    render(label: Readonly<GLabel>, context: RenderingContext): VNode | undefined {
        const a: Args = (label.parent as unknown as { style?: Args }).style ?? {};
        const size = Number(a.fontSize ?? 12);
        if (!readable(label, size, context)) {
            return undefined;
        }
        const lineHeight = size * LINE_HEIGHT_FACTOR;
        const lines = label.text.split('\n');
        return (
            <text class-ctg-label={true} class-sprotty-label={true}
                style={{ fontSize: `${size}px`, fill: String(a.labelColor),
                    fontWeight: a.bold ? 'bold' : 'normal', fontStyle: a.italic ? 'italic' : 'normal' }}>
                {lines.map((line, i) => <tspan x={0} y={lineHeight * 0.8 + i * lineHeight}>{line}</tspan>)}
            </text>
        ) as unknown as VNode;
    }
}

/** Edge labels: on a white band, centred on the edge (the server placed them at the middle). */
@injectable()
export class CtgEdgeLabelView extends ShapeView {
    render(label: Readonly<GLabel>, context: RenderingContext): VNode | undefined {
        const a: Args = (label.parent as unknown as { style?: Args }).style ?? {};
        const size = Number(a.fontSize ?? 11);
        if (!readable(label, size, context)) {
            return undefined;
        }
        const lineHeight = size * LINE_HEIGHT_FACTOR;
        const lines = label.text.split('\n');
        return (
            <g class-ctg-edge-label={true}>
                <rect x={-2} y={-1} width={label.size.width + 4} height={label.size.height + 2}
                    style={{ fill: '#FFFFFF', fillOpacity: '0.9' }} />
                <text style={{ fontSize: `${size}px`, fill: String(a.labelColor) }}>
                    {lines.map((line, i) => <tspan x={0} y={lineHeight * 0.8 + i * lineHeight}>{line}</tspan>)}
                </text>
            </g>
        ) as unknown as VNode;
    }
}

/** Polyline edges with the description's colour, width, dashes and arrowheads (the default view draws none). */
@injectable()
export class CtgEdgeView extends PolylineEdgeView {
    private readonly memo = new Memo<GEdge>((edge, context) => this.draw(edge, context));

    override isVisible(edge: Readonly<GRoutableElement>, route: RoutedPoint[], context: RenderingContext): boolean {
        return context.targetKind === 'hidden' || route.length === 0
            || nearView(edge.id, getAbsoluteRouteBounds(edge, route), edge.root);
    }

    override render(edge: Readonly<GEdge>, context: RenderingContext, args?: IViewArgs): VNode | undefined {
        if (edgeInOverview(edge, context)) {
            return undefined;
        }
        const route = this.edgeRouterRegistry.route(edge, args);
        if (route.length < 2 || !this.isVisible(edge, route, context)) {
            return super.render(edge, context, args);
        }
        const labels = readable(edge, Number((edge as CtgEdge).style.fontSize), context);
        const arrows = readable(edge, ARROW, context, MIN_ARROW_PX);
        return this.memo.of(edge as GEdge, context,
            [route.map(point => `${point.x},${point.y}`).join(' '), labels, arrows]);
    }

    /** The edge as sprotty draws it (its route computed again: drawn only when something changed). */
    private draw(edge: Readonly<GEdge>, context: RenderingContext): VNode | undefined {
        return super.render(edge, context);
    }

    protected override renderLine(edge: GEdge, segments: Point[], context: RenderingContext): VNode {
        const a: Args = (edge as CtgEdge).style;
        let path = `M ${segments[0].x},${segments[0].y}`;
        for (let i = 1; i < segments.length; i++) {
            path += ` L ${segments[i].x},${segments[i].y}`;
        }
        return (
            <path class-ctg-edge={true} d={path}
                style={{ fill: 'none', stroke: String(a.stroke), strokeWidth: String(a.strokeWidth),
                    strokeDasharray: dash(a.strokeStyle) ?? 'none' }} />
        ) as unknown as VNode;
    }

    protected override renderAdditionals(edge: GEdge, segments: Point[], context: RenderingContext): VNode[] {
        const a: Args = (edge as CtgEdge).style;
        const result: VNode[] = [];
        if (!readable(edge, ARROW, context, MIN_ARROW_PX)) {
            return result;
        }
        const color = String(a.stroke);
        const end = arrow(a.targetArrow, segments[segments.length - 1], segments[segments.length - 2], color);
        const start = arrow(a.sourceArrow, segments[0], segments[1], color);
        if (end) {
            result.push(end);
        }
        if (start) {
            result.push(start);
        }
        return result;
    }
}

/** An arrowhead at tip, pointing away from `from` (DiagramPainter.arrow on the server). */
function arrow(kind: unknown, tip: Point, from: Point, color: string): VNode | undefined {
    if (!kind || kind === 'NONE' || !tip || !from) {
        return undefined;
    }
    const angle = toDegrees(angleOfPoint(Point.subtract(tip, from)));
    const transform = `translate(${tip.x} ${tip.y}) rotate(${angle})`;
    const filled = { fill: color, stroke: color, strokeWidth: '1' };
    switch (kind) {
        case 'ARROW':
            return (<path d={`M${-ARROW} ${-ARROW / 2} L0 0 L${-ARROW} ${ARROW / 2}`} transform={transform}
                style={{ fill: 'none', stroke: color, strokeWidth: '1' }} />) as unknown as VNode;
        case 'TRIANGLE':
            return (<path d={`M0 0 L${-ARROW} ${-ARROW / 2} L${-ARROW} ${ARROW / 2} Z`} transform={transform}
                style={filled} />) as unknown as VNode;
        case 'DIAMOND':
            return (<path d={`M0 0 L${-ARROW} ${-ARROW / 2.5} L${-2 * ARROW} 0 L${-ARROW} ${ARROW / 2.5} Z`}
                transform={transform} style={filled} />) as unknown as VNode;
        case 'CIRCLE':
            return (<circle cx={-ARROW * 0.4} cy={0} r={ARROW * 0.4} transform={transform} style={filled} />
            ) as unknown as VNode;
        default:
            return undefined;
    }
}
