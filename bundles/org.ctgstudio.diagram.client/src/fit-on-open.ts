// A diagram opens with the whole of it in view when its text stays readable so (at least 75 %, at most 100 %),
// else at 100 % from its top-left corner; in its very first drawing either way, the window's size known (sprotty's
// own model setting draws first and measures the window after, then draws again).
import {
    Action, Bounds, CommandExecutionContext, DefaultModelInitializationConstraint, Dimension, EditorContextService,
    FeedbackAwareSetModelCommand, GModelRoot, GViewportRootElement, IActionHandler, InitializeCanvasBoundsAction,
    SetModelAction, SetViewportAction, TYPES, ViewerOptions, Viewport, isBoundsAware
} from '@eclipse-glsp/client';
import { inject, injectable } from 'inversify';

/** Room left around the diagram, in pixels. */
const MARGIN = 20;
/** Below this zoom most labels are too small to read (and under 4 px on screen, not drawn at all). */
const READABLE_ZOOM = 0.75;
/** The lowest zoom of the page (index.ts: zoomLimits). */
const MIN_ZOOM = 0.01;
/** Below this size (pixels) the page is not laid out yet (a browser just moved into its editor): no fitting. */
const MIN_CANVAS = 100;

/** The viewport set at opening, while the user has not moved it (then a resize fits the diagram again). */
let opening: Viewport | undefined;

/** The area the diagram is drawn in, as sprotty's canvas bounds initializer measures it; undefined before layout. */
function pageCanvas(baseDiv: string): Bounds | undefined {
    const element = document.getElementById(baseDiv);
    const box = element?.getBoundingClientRect();
    if (!box || box.width < MIN_CANVAS || box.height < MIN_CANVAS) {
        return undefined;
    }
    return { x: box.left + window.scrollX, y: box.top + window.scrollY, width: box.width, height: box.height };
}

/** The union of the top-level elements' bounds (nodes; edges run between them), undefined when there are none. */
function contentBounds(root: GModelRoot): Bounds | undefined {
    let union: Bounds | undefined;
    for (const child of root.children) {
        const bounds = isBoundsAware(child) ? child.bounds : undefined;
        if (bounds && Dimension.isValid(bounds)) {
            union = union ? Bounds.combine(union, bounds) : bounds;
        }
    }
    return union;
}

/**
 * The opening viewport of `content`: at 100 % from its top-left corner when it fits there or when showing it whole
 * would make it unreadable; else zoomed out just enough to show it whole, centred.
 */
export function fittedViewport(content: Bounds, canvas: { width: number; height: number }): Viewport {
    const zoom = Math.max(MIN_ZOOM, Math.min(1, (canvas.width - 2 * MARGIN) / Math.max(content.width, 1),
        (canvas.height - 2 * MARGIN) / Math.max(content.height, 1)));
    if (zoom === 1 || zoom < READABLE_ZOOM) {
        return { zoom: 1, scroll: { x: content.x - MARGIN, y: content.y - MARGIN } };
    }
    return {
        zoom,
        scroll: {
            x: content.x + content.width / 2 - canvas.width / (2 * zoom),
            y: content.y + content.height / 2 - canvas.height / (2 * zoom)
        }
    };
}

/**
 * Sets the server's model as GLSP does (with the diagram's feedback), with the window's size and the fitted viewport
 * already on the new root: its first drawing is the whole diagram. With the size known, no canvas-bounds round
 * (sprotty's set-model waits for one) is needed, so none is waited for.
 */
@injectable()
export class CtgSetModelCommand extends FeedbackAwareSetModelCommand {
    @inject(TYPES.ViewerOptions) protected viewerOptions!: ViewerOptions;
    private canvas?: Bounds;

    constructor(@inject(TYPES.Action) action: SetModelAction) {
        super(action);
    }

    override get blockUntil(): ((action: Action) => boolean) | undefined {
        this.canvas ??= pageCanvas(this.viewerOptions.baseDiv);
        return this.canvas ? undefined : super.blockUntil;
    }

    override execute(context: CommandExecutionContext): GModelRoot {
        const root = super.execute(context);
        this.canvas ??= pageCanvas(this.viewerOptions.baseDiv);
        if (this.canvas && root instanceof GViewportRootElement) {
            root.canvasBounds = this.canvas;
            const content = contentBounds(root);
            if (content) {
                opening = fittedViewport(content, this.canvas);
                root.zoom = opening.zoom;
                root.scroll = opening.scroll;
            }
        }
        return root;
    }
}

/**
 * GLSP counts a diagram as initialized at the canvas-bounds round that follows its first model; when the model's
 * setting brings the window's size itself (above), there is no such round: the model is then what initializes it.
 */
@injectable()
export class CtgModelInitializationConstraint extends DefaultModelInitializationConstraint {
    @inject(TYPES.ViewerOptions) protected viewerOptions!: ViewerOptions;

    override isInitializedAfter(action: Action): boolean {
        if (this.isNonEmptyModelAction(action) && SetModelAction.is(action) && pageCanvas(this.viewerOptions.baseDiv)) {
            return true;
        }
        return super.isInitializedAfter(action);
    }
}

/**
 * The window changed size (the workbench laid out the editor that took a page started ahead, or the user resized
 * it) while the diagram is still as it opened: it is fitted again. Once the user zoomed or scrolled, it is left.
 */
@injectable()
export class RefitWhileUntouched implements IActionHandler {
    @inject(EditorContextService) protected editorContext!: EditorContextService;

    handle(action: Action): Action | void {
        const root = this.editorContext.modelRoot;
        const canvas = (action as InitializeCanvasBoundsAction).newCanvasBounds;
        if (!opening || !(root instanceof GViewportRootElement) || canvas.width < MIN_CANVAS
            || canvas.height < MIN_CANVAS) {
            return;
        }
        if (root.zoom !== opening.zoom || root.scroll.x !== opening.scroll.x || root.scroll.y !== opening.scroll.y) {
            opening = undefined;
            return;
        }
        const content = contentBounds(root);
        if (content) {
            opening = fittedViewport(content, canvas);
            return SetViewportAction.create(root.id, opening, { animate: false });
        }
    }
}

/** Resolves once the diagram's area is laid out (or after `patience` milliseconds, fitted or not). */
export function laidOut(baseDiv: string, patience = 2000): Promise<void> {
    const element = document.getElementById(baseDiv);
    if (!element || pageCanvas(baseDiv)) {
        return Promise.resolve();
    }
    return new Promise(resolve => {
        const observer = new ResizeObserver(() => {
            if (pageCanvas(baseDiv)) {
                done();
            }
        });
        const timer = setTimeout(() => done(), patience);
        const done = (): void => {
            observer.disconnect();
            clearTimeout(timer);
            resolve();
        };
        observer.observe(element);
    });
}
