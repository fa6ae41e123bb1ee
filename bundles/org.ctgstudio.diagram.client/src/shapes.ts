// Node outlines, dashes and the sizes under which details are not drawn, shared by the views and the overview.
// The picture painter of the server (org.ctgstudio.diagram.render.DiagramPainter) draws the same outlines.
import { GModelElement, RenderingContext } from '@eclipse-glsp/client';

const CORNER = 8;
/** The arrowhead's length in diagram units. */
export const ARROW = 10;
/**
 * Text and icons smaller than this on screen (pixels) are not drawn: unreadable, yet most of the DOM of a large
 * diagram zoomed out (label, lines, icon per node), which every zoom or pan step re-renders and repaints.
 */
export const MIN_READABLE_PX = 4;
/** Arrowheads smaller than this on screen are not drawn: at that size they cannot be told from the line. */
export const MIN_ARROW_PX = 2;

export function zoomOf(element: Readonly<GModelElement>): number {
    return (element.root as unknown as { zoom?: number }).zoom ?? 1;
}

/** Whether `size` user units are readable at the current zoom (the hidden measuring pass always draws). */
export function readable(element: Readonly<GModelElement>, size: number, context: RenderingContext,
    minimum = MIN_READABLE_PX): boolean {
    return context.targetKind === 'hidden' || zoomOf(element) * size >= minimum;
}

export function dash(style: unknown): string | undefined {
    return style === 'DASHED' ? '6 4' : style === 'DOTTED' ? '1.5 3' : undefined;
}

/**
 * The outline of a node shape in a w × h box at (x, y) (DiagramPainter.outline on the server): relative commands
 * after the first point, so that the overview places thousands of them with one addition each.
 */
export function outline(shape: unknown, w: number, h: number, x = 0, y = 0): string {
    const c = CORNER;
    switch (shape) {
        case 'ROUNDED':
            return `M${x + c} ${y}h${w - 2 * c}q${c} 0 ${c} ${c}v${h - 2 * c}q0 ${c} ${-c} ${c}h${2 * c - w}`
                + `q${-c} 0 ${-c} ${-c}v${2 * c - h}q0 ${-c} ${c} ${-c}z`;
        case 'ELLIPSE':
            return `M${x} ${y + h / 2}a${w / 2} ${h / 2} 0 1 0 ${w} 0a${w / 2} ${h / 2} 0 1 0 ${-w} 0z`;
        case 'DIAMOND':
            return `M${x + w / 2} ${y}l${w / 2} ${h / 2}l${-w / 2} ${h / 2}l${-w / 2} ${-h / 2}z`;
        case 'HEXAGON':
            return `M${x + h / 3} ${y}h${w - 2 * h / 3}l${h / 3} ${h / 2}l${-h / 3} ${h / 2}h${2 * h / 3 - w}`
                + `l${-h / 3} ${-h / 2}z`;
        case 'NOTE':
            return `M${x} ${y}h${w - c * 1.5}l${c * 1.5} ${c * 1.5}v${h - c * 1.5}h${-w}z`;
        default:
            return `M${x} ${y}h${w}v${h}h${-w}z`;
    }
}
