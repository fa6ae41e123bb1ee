// A diagram opens with the whole of it in view when its text stays readable so (at least 75 %, at most 100 %),
// else at 100 % from its top-left corner; in its very first drawing either way, the window's size known (sprotty's
// own model setting draws first, then has its canvas-bounds initializer measure the window, then draws again).
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

/**
 * What the opening of this page's diagram decided (one per diagram container): whether the window's size went with
 * the model, and the viewport set then, kept while the user has not moved it (a resize then fits the diagram again).
 */
@injectable()
export class Opening {
    canvasGiven = false;
    viewport?: Viewport;
    /** The model came before the window had a size: fitted at the first size measured, if still untouched. */
    late = false;
}

/** The area the diagram is drawn in (the base div, as sprotty measures it on a resize); undefined before layout. */
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
    @inject(Opening) protected opening!: Opening;
    /** Measured once, when the dispatcher asks whether to wait for the canvas-bounds round. */
    private canvas?: Bounds;
    private measured = false;

    constructor(@inject(TYPES.Action) action: SetModelAction) {
        super(action);
    }

    override get blockUntil(): ((action: Action) => boolean) | undefined {
        if (!this.measured) {
            this.measured = true;
            this.canvas = pageCanvas(this.viewerOptions.baseDiv);
        }
        return this.canvas ? undefined : super.blockUntil;
    }

    override execute(context: CommandExecutionContext): GModelRoot {
        const root = super.execute(context);
        if (!(root instanceof GViewportRootElement) || root.type === 'NONE') {
            return root;
        }
        if (!this.canvas) {
            this.opening.late = true;
            return root;
        }
        root.canvasBounds = this.canvas;
        this.opening.canvasGiven = true;
        const content = contentBounds(root);
        if (content) {
            this.opening.viewport = fittedViewport(content, this.canvas);
            root.zoom = this.opening.viewport.zoom;
            root.scroll = this.opening.viewport.scroll;
        }
        return root;
    }
}

/**
 * GLSP counts a diagram as initialized at the canvas-bounds round that follows its first model; when the model's
 * setting brought the window's size itself (above), there is no such round: the model is then what initializes it.
 * (Asked once the model's setting is done.)
 */
@injectable()
export class CtgModelInitializationConstraint extends DefaultModelInitializationConstraint {
    @inject(Opening) protected opening!: Opening;

    override isInitializedAfter(action: Action): boolean {
        if (this.isNonEmptyModelAction(action) && SetModelAction.is(action) && this.opening.canvasGiven) {
            return true;
        }
        return super.isInitializedAfter(action);
    }
}

/**
 * The window changed size (the user resized it, or it had none yet when the model came) while the diagram is still
 * as it opened: it is fitted again. Once the user zoomed or scrolled, it is left.
 */
@injectable()
export class RefitWhileUntouched implements IActionHandler {
    @inject(EditorContextService) protected editorContext!: EditorContextService;
    @inject(Opening) protected opening!: Opening;

    handle(action: Action): Action | void {
        const root = this.editorContext.modelRoot;
        const canvas = (action as InitializeCanvasBoundsAction).newCanvasBounds;
        if (!(root instanceof GViewportRootElement) || canvas.width < MIN_CANVAS || canvas.height < MIN_CANVAS) {
            return;
        }
        const since = this.opening.viewport ?? (this.opening.late ? { zoom: 1, scroll: { x: 0, y: 0 } } : undefined);
        this.opening.late = false;
        if (!since || root.zoom !== since.zoom || root.scroll.x !== since.scroll.x || root.scroll.y !== since.scroll.y) {
            this.opening.viewport = undefined;
            return;
        }
        const content = contentBounds(root);
        if (content) {
            this.opening.viewport = fittedViewport(content, canvas);
            return SetViewportAction.create(root.id, this.opening.viewport, { animate: false });
        }
    }
}

/**
 * Resolves once the diagram's area is laid out, and has the size the embedding editor gave (`expected`: a page
 * started ahead and just moved into its editor still has its former size for a moment); or after `patience`
 * milliseconds, either way.
 */
export function laidOut(baseDiv: string, expected?: { width: number; height: number }, patience = 1500):
    Promise<void> {
    const element = document.getElementById(baseDiv);
    const ready = (): boolean => pageCanvas(baseDiv) !== undefined && (!expected
        || Math.abs(window.innerWidth - expected.width) <= 2 && Math.abs(window.innerHeight - expected.height) <= 2);
    if (!element || ready()) {
        return Promise.resolve();
    }
    return new Promise(resolve => {
        const check = (): void => {
            if (ready()) {
                done();
            }
        };
        const observer = new ResizeObserver(check);
        window.addEventListener('resize', check);
        const timer = setTimeout(() => done(), patience);
        const done = (): void => {
            observer.disconnect();
            window.removeEventListener('resize', check);
            clearTimeout(timer);
            resolve();
        };
        observer.observe(element);
    });
}
