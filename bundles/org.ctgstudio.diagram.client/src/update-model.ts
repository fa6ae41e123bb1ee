// A change from the server applied where it is. The server sends a change as matches (CtgModelSubmissionHandler:
// each changed element replaced by its new subtree, same id, same parent); sprotty first copies the whole model to
// apply them to the copy, which at a thousand nodes was most of a rename's time in the page. Client-side undo, the
// one reason for the copy, is not used with GLSP (the server undoes: GLSPCommandStack.undo does nothing), so the
// matches are applied to the model shown, each element at its own place among its siblings (the drawing order
// stays). Other updates (a whole model, an animated one, matches that add, remove or move elements) go as before.
import {
    CommandExecutionContext, CommandReturn, FeedbackAwareUpdateModelCommand, GChildElement, GModelRoot,
    GParentElement, Match, UpdateModelAction
} from '@eclipse-glsp/client';
import { inject, injectable } from 'inversify';
import { TYPES } from '@eclipse-glsp/client';

let updates = 0;

/**
 * How many updates from the server the page has applied: what is kept of a model's drawing is kept for a root and
 * this count, as the root may now change in place.
 */
export function modelUpdates(): number {
    return updates;
}

@injectable()
export class CtgUpdateModelCommand extends FeedbackAwareUpdateModelCommand {
    constructor(@inject(TYPES.Action) action: UpdateModelAction) {
        super(action);
    }

    override execute(context: CommandExecutionContext): CommandReturn {
        const matches = this.action.matches;
        updates++;
        if (this.action.newRoot !== undefined || matches === undefined || this.action.animate !== false
            || !matches.every(match => replacesInPlace(match, context.root))) {
            return super.execute(context);
        }
        const root = context.root;
        for (const match of matches) {
            const old = root.index.getById(match.left!.id) as GChildElement;
            const parent = old.parent as GParentElement;
            const at = parent.children.indexOf(old);
            parent.remove(old);
            parent.add(context.modelFactory.createElement(match.right!), at);
        }
        this.oldRoot = root;
        this.newRoot = root;
        return this.performUpdate(root, root, context);
    }
}

/** Whether a match replaces an element of `root` by one of the same id under the same parent. */
function replacesInPlace(match: Match, root: GModelRoot): boolean {
    if (match.left === undefined || match.right === undefined || match.left.id !== match.right.id
        || match.leftParentId !== match.rightParentId) {
        return false;
    }
    const old = root.index.getById(match.left.id);
    return old instanceof GChildElement && old.parent.id === match.rightParentId;
}
