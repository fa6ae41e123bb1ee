// Direct edit of a node's label starts from what it edits: the server names the value in the label's `editText`
// argument (DiagramTypes.ARG_EDIT_TEXT: a fiche's title), while the label shows more (« FA01 – … », a status line).
import { GModelRoot, GlspEditLabelUI } from '@eclipse-glsp/client';
import { injectable } from 'inversify';

@injectable()
export class CtgEditLabelUI extends GlspEditLabelUI {
    private editText(): string | undefined {
        const args = (this.label as unknown as { args?: Record<string, unknown> } | undefined)?.args;
        return typeof args?.editText === 'string' ? args.editText : undefined;
    }

    protected override applyTextContents(): void {
        super.applyTextContents();
        const text = this.editText();
        if (text !== undefined) {
            this.editControl.value = text;
            this.editControl.setSelectionRange(0, text.length);
        }
    }

    protected override onBeforeShow(containerElement: HTMLElement, root: Readonly<GModelRoot>,
        ...contextElementIds: string[]): void {
        super.onBeforeShow(containerElement, root, ...contextElementIds);
        // Unchanged means equal to the edited value, so that closing the editor as it opened changes nothing.
        this.previousLabelContent = this.editText() ?? this.previousLabelContent;
    }
}
