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

/** Sets what a palette button says when pointed at, and to assistive technologies. */
function titled(element: HTMLElement, title: string): HTMLElement {
    element.title = title;
    element.ariaLabel = title;
    return element;
}

@injectable()
export class CtgToolPalette extends ToolPalette {
    protected override createDefaultToolButton(): HTMLElement {
        return titled(super.createDefaultToolButton(), 'Sélection');
    }

    protected override createMouseDeleteToolButton(): HTMLElement {
        return titled(super.createMouseDeleteToolButton(), 'Suppression au clic');
    }

    protected override createMarqueeToolButton(): HTMLElement {
        return titled(super.createMarqueeToolButton(), 'Sélection par rectangle (Maj)');
    }

    protected override createValidateButton(): HTMLElement {
        return titled(super.createValidateButton(), 'Valider le modèle');
    }

    protected override createResetViewportButton(): HTMLElement {
        return titled(super.createResetViewportButton(), 'Revenir à la vue initiale');
    }

    protected override createToggleGridButton(): HTMLElement {
        return titled(super.createToggleGridButton(), 'Afficher ou masquer la grille');
    }

    protected override createToggleDebugButton(): HTMLElement {
        return titled(super.createToggleDebugButton(), 'Mode de débogage');
    }

    protected override createSearchButton(): HTMLElement {
        return titled(super.createSearchButton(), 'Filtrer les outils');
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
