// Zoom to fit (Ctrl+Maj+F) and centre (Ctrl+Maj+C) without animation on large diagrams: an animated viewport change
// draws the diagram at every frame of its quarter second, and at a few hundred elements each frame takes longer
// than the whole animation should.
import {
    Action, CenterAction, CenterKeyboardListener, FitToScreenAction, GChildElement, GModelElement, SelectionService,
    isBoundsAware, matchesKeystroke
} from '@eclipse-glsp/client';
import { inject, injectable } from 'inversify';

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

/**
 * What fitting the whole diagram shows: its top-level elements and the labels of its edges. Sprotty, given no
 * element, takes the bounds of every element of the model, each brought up through its parents to the diagram's
 * coordinates (a fifth of a fit at 1,000 nodes); elements inside a node are within it.
 */
function outermost(element: GModelElement): string[] {
    const ids: string[] = [];
    for (const child of element.root.children) {
        if (isBoundsAware(child)) {
            ids.push(child.id);
        } else {
            for (const label of (child as GChildElement & { children: readonly GChildElement[] }).children) {
                if (isBoundsAware(label)) {
                    ids.push(label.id);
                }
            }
        }
    }
    return ids;
}

@injectable()
export class CtgCenterKeyboardListener extends CenterKeyboardListener {
    @inject(SelectionService) protected selectionService!: SelectionService;

    override keyDown(element: GModelElement, event: KeyboardEvent): Action[] {
        if (matchesKeystroke(event, 'KeyC', 'ctrlCmd', 'shift')) {
            return [CenterAction.create([], { animate: small(element) })];
        }
        if (matchesKeystroke(event, 'KeyF', 'ctrlCmd', 'shift')) {
            // With a selection, sprotty fits the selection (no element given).
            const ids = this.selectionService.hasSelectedElements() ? [] : outermost(element);
            return [FitToScreenAction.create(ids, { animate: small(element) })];
        }
        return [];
    }
}
