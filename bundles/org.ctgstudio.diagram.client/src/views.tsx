/** @jsx svg */
// CTG views: shapes, colours, dashes, icons, label lines and arrowheads from the server's style arguments. The
// picture painter of the server (org.ctgstudio.diagram.render.DiagramPainter) draws the same outlines.
import {
    GLabel,
    GEdge,
    GModelElement,
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
import { Args, CtgNode, LINE_HEIGHT_FACTOR, PADDING } from './model';

const CORNER = 8;
const ARROW = 10;
/**
 * Text and icons smaller than this on screen (pixels) are not drawn: unreadable, yet most of the DOM of a large
 * diagram zoomed out (label, lines, icon per node), which every zoom or pan step re-renders and repaints.
 */
const MIN_READABLE_PX = 4;

/** Whether `size` user units are readable at the current zoom (the hidden measuring pass always draws). */
function readable(element: Readonly<GModelElement>, size: number, context: RenderingContext): boolean {
    const zoom = (element.root as unknown as { zoom?: number }).zoom ?? 1;
    return context.targetKind === 'hidden' || zoom * size >= MIN_READABLE_PX;
}

function dash(style: unknown): string | undefined {
    return style === 'DASHED' ? '6 4' : style === 'DOTTED' ? '1.5 3' : undefined;
}

/** The outline of a node shape in a w × h box (DiagramPainter.outline on the server). */
export function outline(shape: unknown, w: number, h: number): string {
    switch (shape) {
        case 'ROUNDED':
            return `M${CORNER} 0 H${w - CORNER} Q${w} 0 ${w} ${CORNER} V${h - CORNER} Q${w} ${h} ${w - CORNER} ${h}`
                + ` H${CORNER} Q0 ${h} 0 ${h - CORNER} V${CORNER} Q0 0 ${CORNER} 0 Z`;
        case 'ELLIPSE':
            return `M0 ${h / 2} A${w / 2} ${h / 2} 0 1 0 ${w} ${h / 2} A${w / 2} ${h / 2} 0 1 0 0 ${h / 2} Z`;
        case 'DIAMOND':
            return `M${w / 2} 0 L${w} ${h / 2} L${w / 2} ${h} L0 ${h / 2} Z`;
        case 'HEXAGON':
            return `M${h / 3} 0 L${w - h / 3} 0 L${w} ${h / 2} L${w - h / 3} ${h} L${h / 3} ${h} L0 ${h / 2} Z`;
        case 'NOTE':
            return `M0 0 L${w - CORNER * 1.5} 0 L${w} ${CORNER * 1.5} L${w} ${h} L0 ${h} Z`;
        default:
            return `M0 0 H${w} V${h} H0 Z`;
    }
}

@injectable()
export class CtgNodeView extends ShapeView {
    render(node: Readonly<CtgNode>, context: RenderingContext, args?: IViewArgs): VNode | undefined {
        if (!this.isVisible(node, context)) {
            return undefined;
        }
        const a: Args = node.args ?? {};
        const w = Math.max(node.size.width, 0);
        const h = Math.max(node.size.height, 0);
        const header = typeof a.header === 'number' ? a.header : undefined;
        return (
            <g class-ctg-node={true} class-selected={node.selected} class-mouseover={node.hoverFeedback}>
                <path class-ctg-shape={true} d={outline(a.shape, w, h)}
                    style={{ fill: String(a.fill ?? '#FFFFFF'), stroke: String(a.stroke ?? '#3A3A3A'),
                        strokeWidth: String(a.strokeWidth ?? 1), strokeDasharray: dash(a.strokeStyle) ?? 'none' }} />
                {header !== undefined ? <path d={`M0 ${header} H${w}`}
                    style={{ stroke: String(a.stroke ?? '#3A3A3A'), strokeWidth: String(a.strokeWidth ?? 1) }} /> : ''}
                {a.iconPath && readable(node, Number(a.fontSize ?? 12), context) ? <path class-ctg-icon={true}
                    d={String(a.iconPath)}
                    transform={`translate(${PADDING} ${PADDING})`}
                    style={{ fill: 'none', stroke: String(a.stroke ?? '#3A3A3A'), strokeWidth: '1.4',
                        strokeLinecap: 'round', strokeLinejoin: 'round' }} /> : ''}
                {context.renderChildren(node)}
            </g>
        ) as unknown as VNode;
    }
}

/** Label lines (wrapped on the server), in the parent's label colour and font. */
@injectable()
export class CtgLabelView extends ShapeView {
    render(label: Readonly<GLabel>, context: RenderingContext): VNode | undefined {
        const a: Args = ((label.parent as unknown as { args?: Args }).args) ?? {};
        const size = Number(a.fontSize ?? 12);
        if (!readable(label, size, context) || !this.isVisible(label, context)) {
            return undefined;
        }
        const lineHeight = size * LINE_HEIGHT_FACTOR;
        const lines = label.text.split('\n');
        return (
            <text class-ctg-label={true} class-sprotty-label={true}
                style={{ fontSize: `${size}px`, fill: String(a.labelColor ?? '#161616'),
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
        const a: Args = ((label.parent as unknown as { args?: Args }).args) ?? {};
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
                <text style={{ fontSize: `${size}px`, fill: String(a.labelColor ?? '#3A3A3A') }}>
                    {lines.map((line, i) => <tspan x={0} y={lineHeight * 0.8 + i * lineHeight}>{line}</tspan>)}
                </text>
            </g>
        ) as unknown as VNode;
    }
}

/** Polyline edges with the description's colour, width, dashes and arrowheads (the default view draws none). */
@injectable()
export class CtgEdgeView extends PolylineEdgeView {
    protected override renderLine(edge: GEdge, segments: Point[], context: RenderingContext): VNode {
        const a: Args = (edge as unknown as { args?: Args }).args ?? {};
        let path = `M ${segments[0].x},${segments[0].y}`;
        for (let i = 1; i < segments.length; i++) {
            path += ` L ${segments[i].x},${segments[i].y}`;
        }
        return (
            <path class-ctg-edge={true} d={path}
                style={{ fill: 'none', stroke: String(a.stroke ?? '#666666'), strokeWidth: String(a.strokeWidth ?? 1),
                    strokeDasharray: dash(a.strokeStyle) ?? 'none' }} />
        ) as unknown as VNode;
    }

    protected override renderAdditionals(edge: GEdge, segments: Point[], context: RenderingContext): VNode[] {
        const a: Args = (edge as unknown as { args?: Args }).args ?? {};
        const result: VNode[] = [];
        const color = String(a.stroke ?? '#666666');
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
