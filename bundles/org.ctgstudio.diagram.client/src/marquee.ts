// The rectangle selection (Shift held) without drawing the diagram again. GLSP's tool shows its crosshair cursor as
// feedback on the model's root, and removes its rectangle on Shift's release by another feedback command: each is a
// whole rendering of the diagram (20–30 ms at 1,000 nodes), for a cursor, on every Shift press, Ctrl+Shift+F
// included. Here the cursor is a class on the diagram's element, the rectangle is removed only when one is drawn, and
// GLSP's listener (which lists every node and edge it could select when made) is made when the mouse is pressed.
import {
    Action, CursorCSS, Disposable, EnableDefaultToolsAction, GModelElement, KeyListener, MarqueeMouseListener,
    MarqueeMouseTool, MarqueeUtil, MouseListener, RemoveMarqueeAction, TYPES, ViewerOptions, marqueeId
} from '@eclipse-glsp/client';
import { inject, injectable } from 'inversify';

/** Ends the rectangle selection when Shift is released, as GLSP's own listener does. */
class ShiftReleaseListener extends KeyListener {
    override keyUp(element: GModelElement, event: KeyboardEvent): Action[] {
        if (event.shiftKey) {
            return [];
        }
        const drawn = element.root.index.getById(marqueeId(element.root)) !== undefined;
        return drawn ? [RemoveMarqueeAction.create(), EnableDefaultToolsAction.create()]
            : [EnableDefaultToolsAction.create()];
    }
}

/** GLSP's rectangle listener, made at the first press of the mouse (it acts on press, move and release only). */
class MarqueeOnPress extends MouseListener {
    private marquee?: MarqueeMouseListener;

    constructor(private readonly util: MarqueeUtil) {
        super();
    }

    override mouseDown(target: GModelElement, event: MouseEvent): Action[] {
        this.marquee ??= new MarqueeMouseListener(target.root, this.util);
        return this.marquee.mouseDown(target, event);
    }

    override mouseMove(target: GModelElement, event: MouseEvent): Action[] {
        return this.marquee?.mouseMove(target, event) ?? [];
    }

    override mouseUp(target: GModelElement, event: MouseEvent): Action[] {
        return this.marquee?.mouseUp(target, event) ?? [];
    }
}

@injectable()
export class CtgMarqueeMouseTool extends MarqueeMouseTool {
    @inject(TYPES.ViewerOptions) protected viewerOptions!: ViewerOptions;

    override enable(): void {
        const diagram = document.getElementById(this.viewerOptions.baseDiv);
        diagram?.classList.add(CursorCSS.MARQUEE);
        this.toDisposeOnDisable.push(
            this.mouseTool.registerListener(new MarqueeOnPress(this.marqueeUtil)),
            this.keyTool.registerListener(new ShiftReleaseListener()),
            Disposable.create(() => diagram?.classList.remove(CursorCSS.MARQUEE)));
    }
}
