// The CTG diagram page: joins the diagram named in the address (?diagram=…&token=…) on the server that served it;
// or, started ahead with the server's page token only (?token=…), connects and opens its GLSP session, then shows
// the diagram that ctgOpen(id, token) names.
import 'reflect-metadata';
import '@eclipse-glsp/client/css/glsp-sprotty.css';
import '@vscode/codicons/dist/codicon.css';
import '../web/diagram.css';

import {
    ApplicationIdProvider,
    BaseJsonrpcGLSPClient,
    CenterKeyboardListener,
    ConsoleLogger,
    DefaultTypes,
    DiagramLoader,
    FeatureModule,
    GGraph,
    GLSPClient,
    GLSPWebSocketProvider,
    GLabel,
    GModelElement,
    GModelRoot,
    GlspEditLabelUI,
    InitializeCanvasBoundsAction,
    IVNodePostprocessor,
    LayoutOperation,
    MarqueeMouseTool,
    LogLevel,
    GLSPActionDispatcher,
    GLSPPolylineEdgeRouter,
    STANDALONE_MODULE_CONFIG,
    SaveModelAction,
    TYPES,
    ToolPalette,
    TypeHintProvider,
    UndoAction,
    RedoAction,
    SetModelCommand,
    FeedbackAwareUpdateModelCommand,
    ModelInitializationConstraint,
    bindOrRebind,
    configureActionHandler,
    configureDefaultModelElements,
    configureModelElement,
    createDiagramOptionsModule,
    editLabelFeature,
    edgeIntersectionModule,
    initializeDiagramContainer,
    overrideModelElement
} from '@eclipse-glsp/client';
import { Container, injectable } from 'inversify';
import { VNode } from 'snabbdom';
import { MessageConnection } from 'vscode-jsonrpc';
import { CtgEditLabelUI } from './edit-label';
import { CtgModelInitializationConstraint, CtgSetModelCommand, Opening, RefitWhileUntouched, laidOut } from './fit-on-open';
import { CtgDiagramLoader } from './loader';
import { CtgTypeHintProvider } from './type-hints';
import { CtgEdgeRouter } from './routing';
import { CtgMarqueeMouseTool } from './marquee';
import { CtgToolPalette } from './palette';
import { CtgModelFactory } from './model-factory';
import { CtgUpdateModelCommand, modelUpdates } from './update-model';
import { CtgCenterKeyboardListener } from './viewport';
import { CONTAINER, CtgEdge, CtgNode, EDGE, EDGE_LABEL, LABEL, NODE } from './model';
import { CtgGraphView } from './graph-view';
import { CtgEdgeLabelView, CtgEdgeView, CtgLabelView, CtgNodeView } from './views';

const parameters = new URLSearchParams(window.location.search);
/** The token of the websocket's handshake: the document's, or the server's page token. */
const connectionToken = parameters.get('token') ?? '';
/** The diagram shown and its document's token (asked for with the model): from the address, or from ctgOpen. */
let diagram = parameters.get('diagram') ?? '';
let token = diagram ? connectionToken : '';
const diagramType = 'ctg-diagram';

declare global {
    interface Window {
        /**
         * Shows that diagram in a page started ahead; once per page (later calls are ignored). The embedding editor
         * gives the size it made the page (the model waits for the page to have it: fit-on-open.ts).
         */
        ctgOpen?: (diagram: string, token: string, width?: number, height?: number) => void;
    }
}
/** The size the embedding editor gave the page, if it said. */
let expectedSize: { width: number; height: number } | undefined;
let choose: (() => void) | undefined;
const chosen = new Promise<void>(resolve => {
    if (diagram) {
        resolve();
    } else {
        choose = resolve;
    }
});
window.ctgOpen = (id: string, documentToken: string, width?: number, height?: number): void => {
    if (choose) {
        diagram = id;
        token = documentToken;
        expectedSize = width && height ? { width, height } : undefined;
        choose();
        choose = undefined;
    }
};

/**
 * Marks on the page's body what the browser tests and the benchmark wait for, once the DOM is patched:
 * `data-ctg-painted` counts the renders of the diagram, `data-ctg-models` the models received from the server that
 * are drawn (sprotty draws only what is in the viewport, so counting nodes in the DOM says neither; and a label edit
 * is drawn at once, before the server's model comes back).
 */
@injectable()
class PaintedMarker implements IVNodePostprocessor {
    private graphRendered = false;
    private lastRoot?: GModelRoot;
    private lastUpdates = -1;
    private models = 0;

    decorate(vnode: VNode, element: GModelElement): VNode {
        if (element instanceof GModelRoot && element.type === DefaultTypes.GRAPH) {
            this.graphRendered = true;
            if (element !== this.lastRoot || modelUpdates() !== this.lastUpdates) {
                this.lastRoot = element;
                this.lastUpdates = modelUpdates();
                this.models++;
            }
        }
        return vnode;
    }

    postUpdate(): void {
        if (this.graphRendered) {
            this.graphRendered = false;
            document.body.dataset.ctgPainted = String(Number(document.body.dataset.ctgPainted ?? 0) + 1);
            document.body.dataset.ctgModels = String(this.models);
        }
    }
}

/**
 * Gives the diagram the keyboard once its first model is drawn (its shortcuts, Ctrl+Shift+F or Suppr, work at once),
 * unless something else of the page has it.
 */
@injectable()
class FocusOnOpen implements IVNodePostprocessor {
    private done = false;
    private graphDrawn = false;

    decorate(vnode: VNode, element: GModelElement): VNode {
        this.graphDrawn ||= element instanceof GModelRoot && element.type === DefaultTypes.GRAPH;
        return vnode;
    }

    postUpdate(): void {
        // Once per page: every later drawing (a zoom step among them) returns here at once.
        const diagram = this.done || !this.graphDrawn ? null
            : document.querySelector<HTMLElement>('#sprotty > [tabindex]');
        if (diagram) {
            this.done = true;
            // After the browser has laid out and painted the drawing: focusing needs the layout, and would make it
            // at once, before the first picture.
            setTimeout(() => {
                if (!document.activeElement || document.activeElement === document.body) {
                    diagram.focus({ preventScroll: true });
                }
            });
        }
    }
}

const ctgModule = new FeatureModule((bind, unbind, isBound, rebind) => {
    const context = { bind, unbind, isBound, rebind };
    bind(TYPES.IVNodePostprocessor).to(PaintedMarker).inSingletonScope();
    bind(TYPES.IVNodePostprocessor).to(FocusOnOpen).inSingletonScope();
    bindOrRebind(context, GlspEditLabelUI).to(CtgEditLabelUI).inSingletonScope();
    bindOrRebind(context, GLSPPolylineEdgeRouter).to(CtgEdgeRouter).inSingletonScope();
    bindOrRebind(context, TYPES.IModelFactory).to(CtgModelFactory).inSingletonScope();
    bindOrRebind(context, ToolPalette).to(CtgToolPalette).inSingletonScope();
    bindOrRebind(context, MarqueeMouseTool).to(CtgMarqueeMouseTool).inSingletonScope();
    bindOrRebind(context, CenterKeyboardListener).to(CtgCenterKeyboardListener).inSingletonScope();
    bind(Opening).toSelf().inSingletonScope();
    bindOrRebind(context, SetModelCommand).to(CtgSetModelCommand);
    bindOrRebind(context, FeedbackAwareUpdateModelCommand).to(CtgUpdateModelCommand);
    bindOrRebind(context, ModelInitializationConstraint).to(CtgModelInitializationConstraint).inSingletonScope();
    configureActionHandler(context, InitializeCanvasBoundsAction.KIND, RefitWhileUntouched);
    bindOrRebind(context, DiagramLoader).to(CtgDiagramLoader).inSingletonScope();
    bindOrRebind(context, TypeHintProvider).to(CtgTypeHintProvider).inSingletonScope();
    bindOrRebind(context, TYPES.ILogger).to(ConsoleLogger).inSingletonScope();
    bindOrRebind(context, TYPES.LogLevel).toConstantValue(LogLevel.warn);
    configureDefaultModelElements(context);
    overrideModelElement(context, DefaultTypes.GRAPH, GGraph, CtgGraphView);
    configureModelElement(context, NODE, CtgNode, CtgNodeView);
    configureModelElement(context, CONTAINER, CtgNode, CtgNodeView);
    configureModelElement(context, LABEL, GLabel, CtgLabelView, { enable: [editLabelFeature] });
    configureModelElement(context, EDGE, CtgEdge, CtgEdgeView);
    configureModelElement(context, EDGE_LABEL, GLabel, CtgEdgeLabelView);
}, { featureId: Symbol('ctgDiagram') });

let container: Container | undefined;
/** Counts the starts (one per connection): a start overtaken by a reconnection goes no further. */
let starts = 0;

async function start(connection: MessageConnection, isReconnecting = false): Promise<void> {
    const current = ++starts;
    const overtaken = (): boolean => current !== starts;
    const client = new BaseJsonrpcGLSPClient({ id: 'ctg', connectionProvider: connection });
    // The server's initialize round trip runs while the diagram container is built (a few hundred milliseconds of
    // script); the loader then finds the answer, or waits for the same request (GLSP asks only once).
    await client.start();
    void client.initializeServer({
        applicationId: ApplicationIdProvider.get(), protocolVersion: GLSPClient.protocolVersion
    });
    container = initializeDiagramContainer(new Container(),
        // GLSP's 10 % minimum zoom cannot fit a large Plan d'actions (300 fiches: ~40,000 px tall) on one screen;
        // sprotty's own minimum, 1 %, can.
        createDiagramOptionsModule({ clientId: 'sprotty', diagramType, glspClientProvider: async () => client },
            { zoomLimits: { min: 0.01, max: 20 } }),
        STANDALONE_MODULE_CONFIG,
        // After the standalone modules: it rebinds some of their services (the viewport keys).
        ctgModule,
        // Measured: the edge-intersection module recomputes every crossing on each render (70 % of zoom/pan time).
        { remove: edgeIntersectionModule });
    const loader = container.get(DiagramLoader) as CtgDiagramLoader;
    await loader.prepare();
    if (overtaken()) {
        return;
    }
    document.body.dataset.ctgStarted = 'true';
    await chosen;
    // The window's size goes with the model (fit-on-open.ts): not before the page is laid out.
    await laidOut('sprotty', expectedSize);
    if (overtaken()) {
        return;
    }
    await loader.open({ diagram, token, isReconnecting });
    document.body.dataset.ctgReady = 'true';
}

/** The French toolbar of the page: Réorganiser, Annuler, Rétablir, Enregistrer, Exporter. */
function toolbar(): void {
    const dispatch = (action: unknown): void => {
        container?.get(GLSPActionDispatcher).dispatch(action as never);
    };
    const on = (id: string, run: () => void): void => document.getElementById(id)?.addEventListener('click', run);
    on('ctg-layout', () => dispatch(LayoutOperation.create([])));
    on('ctg-undo', () => dispatch(UndoAction.create()));
    on('ctg-redo', () => dispatch(RedoAction.create()));
    on('ctg-save', () => dispatch(SaveModelAction.create()));
    on('ctg-export-svg', () => window.open(`export.svg?diagram=${diagram}&token=${token}`, '_blank'));
    on('ctg-export-png', () => window.open(`export.png?diagram=${diagram}&token=${token}`, '_blank'));
}

const provider = new GLSPWebSocketProvider(
    `ws://${window.location.host}/glsp?token=${encodeURIComponent(connectionToken)}`);
provider.listen({ onConnection: connection => start(connection), onReconnect: connection => start(connection, true),
    logger: console });
toolbar();
