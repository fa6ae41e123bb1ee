// The palette's body in the server's order. GLSP sorts the items with localeCompare, whose first call in a page loads
// ICU's collation (20–30 ms, measured right after the first drawing of a diagram); the CTG server gives every item a
// distinct ASCII sort key (CtgToolPalette.java: groups "A", "B", tools "000", "001"…), so the plain order of those
// keys is the same order without the collation.
import { PaletteItem, ToolPalette, createToolGroup } from '@eclipse-glsp/client';
import { injectable } from 'inversify';

function bySortKey(a: PaletteItem, b: PaletteItem): number {
    return a.sortString < b.sortString ? -1 : a.sortString > b.sortString ? 1 : 0;
}

@injectable()
export class CtgToolPalette extends ToolPalette {
    protected override createBody(): void {
        const body = document.createElement('div');
        body.classList.add('palette-body');
        let tabIndex = 0;
        for (const item of [...this.paletteItems].sort(bySortKey)) {
            if (item.children) {
                const group = createToolGroup(item);
                for (const child of [...item.children].sort(bySortKey)) {
                    group.appendChild(this.createToolButton(child, tabIndex++));
                }
                body.appendChild(group);
            } else {
                body.appendChild(this.createToolButton(item, tabIndex++));
            }
        }
        if (this.paletteItems.length === 0) {
            const none = document.createElement('div');
            none.innerText = 'Aucun résultat';
            none.classList.add('tool-button');
            body.appendChild(none);
        }
        this.bodyDiv?.remove();
        this.containerElement.appendChild(body);
        this.bodyDiv = body;
    }
}
