// Zoom to fit (Ctrl+Maj+F) and centre (Ctrl+Maj+C) without animation on large diagrams: an animated viewport change
// draws the diagram at every frame of its quarter second, and at a few hundred elements each frame takes longer
// than the whole animation should.
import { Action, CenterAction, CenterKeyboardListener, FitToScreenAction, GModelElement, matchesKeystroke } from '@eclipse-glsp/client';
import { injectable } from 'inversify';

/** Above this many elements viewport changes jump instead of moving smoothly. */
const ANIMATED_AT_MOST = 300;

function small(element: GModelElement): boolean {
    let count = 0;
    const visit = (e: GModelElement): boolean => {
        count++;
        return count <= ANIMATED_AT_MOST && (e as unknown as { children: GModelElement[] }).children.every(visit);
    };
    return visit(element.root);
}

@injectable()
export class CtgCenterKeyboardListener extends CenterKeyboardListener {
    override keyDown(element: GModelElement, event: KeyboardEvent): Action[] {
        if (matchesKeystroke(event, 'KeyC', 'ctrlCmd', 'shift')) {
            return [CenterAction.create([], { animate: small(element) })];
        }
        if (matchesKeystroke(event, 'KeyF', 'ctrlCmd', 'shift')) {
            return [FitToScreenAction.create([], { animate: small(element) })];
        }
        return [];
    }
}
