// Rendering only what changed. Sprotty renders the whole model again on every change, a zoom or pan step included,
// and snabbdom then compares it all with the DOM: at a thousand nodes that is most of a step's time. Leaf nodes and
// edges are therefore wrapped in sprotty's ThunkView: rendered again only when something they draw differs (the
// watched values below), else their DOM is kept as it is. The values cover what sprotty and GLSP change in place
// (positions and sizes while moving or resizing, selection, hover, CSS classes of feedback, a label's text during a
// direct edit, resize handles and issue markers added as children, the issues of a marker) and what the zoom decides
// (text readable or not).
import { GChildElement, GModelElement, GParentElement, RenderingContext, ThunkView } from '@eclipse-glsp/client';
import { VNode } from 'snabbdom';

type Drawn = GChildElement & {
    position?: { x: number; y: number };
    size?: { width: number; height: number };
    selected?: boolean;
    hoverFeedback?: boolean;
    opacity?: number;
    cssClasses?: string[];
    text?: string;
    args?: unknown;
    issues?: unknown[];
    memoStyle?: string;
};

/** The element's own state that its view draws; its args are compared as text, computed once per element. */
function own(element: Drawn): string {
    if (element.memoStyle === undefined) {
        element.memoStyle = element.args === undefined ? '' : JSON.stringify(element.args);
    }
    const p = element.position;
    const s = element.size;
    return `${element.id}|${element.type}|${p?.x},${p?.y}|${s?.width},${s?.height}|${element.selected}|`
        + `${element.hoverFeedback}|${element.opacity}|${element.cssClasses?.join(' ')}|${element.text}|`
        + `${element.memoStyle}|${element.issues === undefined ? '' : JSON.stringify(element.issues)}`;
}

/** The state of the element and of its children, recursively (labels, handles, markers). */
function signature(element: Drawn): string {
    const children = (element as unknown as GParentElement).children as readonly Drawn[] | undefined;
    return children && children.length > 0 ? own(element) + '[' + children.map(signature).join(';') + ']' : own(element);
}

/**
 * Draws `element` through `draw` when `watched` differs from the last drawing's, else keeps its DOM. `watched` adds
 * to the element's signature what the view also depends on (the route of an edge, whether text is readable).
 */
export class Memo<T extends GModelElement> extends ThunkView {
    private watchedExtra = new WeakMap<GModelElement, unknown[]>();

    constructor(private readonly draw: (element: T, context: RenderingContext) => VNode | undefined) {
        super();
    }

    /** The thunk of `element`, or what `draw` gives when sprotty measures (hidden rendering: no DOM to keep). */
    of(element: T, context: RenderingContext, extra: unknown[]): VNode | undefined {
        if (context.targetKind === 'hidden') {
            return this.draw(element, context);
        }
        this.watchedExtra.set(element, extra);
        const thunk = this.render(element, context);
        // Marked where sprotty's renderer looks (isThunk), so that the post-processors decorate what the thunk
        // draws, once, and not the thunk itself on every rendering.
        (thunk as VNode & { thunk?: boolean }).thunk = true;
        return thunk;
    }

    override watchedArgs(element: GModelElement): unknown[] {
        return [signature(element as unknown as Drawn), ...(this.watchedExtra.get(element) ?? [])];
    }

    override selector(): string {
        return 'g';
    }

    override doRender(element: GModelElement, context: RenderingContext): VNode {
        // A thunk must give an element; `draw` gives none only for what is out of view, which has no thunk.
        return this.draw(element as T, context) ?? ({ sel: 'g', data: {}, children: [] } as unknown as VNode);
    }
}
