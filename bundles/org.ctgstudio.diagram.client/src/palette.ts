// GLSP's palette in French (the page's language: its tools' titles and search field are English in GLSP), its body
// in the server's order. GLSP sorts the items with localeCompare, whose first call in a page loads ICU's collation
// (20–30 ms, measured right after the first drawing of a diagram); the CTG server gives every item a distinct ASCII
// sort key (CtgToolPalette.java: groups "A", "B", tools "000", "001"…), so the plain order of those keys is the same
// order without the collation.
import { PaletteItem, ToolPalette, createToolGroup } from '@eclipse-glsp/client';
import { injectable } from 'inversify';

function bySortKey(a: PaletteItem, b: PaletteItem): number {
    return a.sortString < b.sortString ? -1 : a.sortString > b.sortString ? 1 : 0;
}

/** The French of the titles GLSP gives the palette's header tools (its own English text, by which it is found). */
const FRENCH: Record<string, string> = {
    'Enable selection tool': 'Sélection',
    'Enable deletion tool': 'Suppression au clic',
    'Enable marquee tool': 'Sélection par rectangle (Maj)',
    'Validate model': 'Valider le modèle',
    'Reset Viewport': 'Revenir à la vue initiale',
    'Toggle Grid': 'Afficher ou masquer la grille',
    'Debug Mode': 'Mode de débogage',
    'Filter palette entries': 'Filtrer les outils'
};

@injectable()
export class CtgToolPalette extends ToolPalette {
    protected override createHeaderTools(): HTMLElement {
        const tools = super.createHeaderTools();
        tools.querySelectorAll<HTMLElement>('[title]').forEach(tool => {
            const french = FRENCH[tool.title];
            if (french) {
                tool.title = french;
                tool.ariaLabel = french;
            }
        });
        return tools;
    }

    protected override createHeaderSearchField(): HTMLInputElement {
        const field = super.createHeaderSearchField();
        field.placeholder = 'Rechercher…';
        return field;
    }

    protected override updateMinimizePaletteButtonTooltip(button: HTMLDivElement): void {
        button.title = this.isPaletteMaximized() ? 'Réduire la palette' : 'Agrandir la palette';
    }

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
