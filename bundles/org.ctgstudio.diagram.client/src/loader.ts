// GLSP's diagram loading in two steps: what does not depend on the diagram (the action dispatcher, the server's
// initialize, the client session of the diagram type), then the model of one diagram. A page started ahead does the
// first step before it knows its diagram (index.ts: ctgOpen).
import {
    ApplicationIdProvider, DiagramLoader, DiagramLoadingOptions, GLSPClient, Ranked, ResolvedDiagramLoadingOptions
} from '@eclipse-glsp/client';
import { injectable } from 'inversify';

@injectable()
export class CtgDiagramLoader extends DiagramLoader {
    private prepared?: Promise<ResolvedDiagramLoadingOptions>;

    /** The diagram-independent start, once; GLSP's `load` does the same before it asks for the model. */
    prepare(options: DiagramLoadingOptions = {}): Promise<ResolvedDiagramLoadingOptions> {
        this.prepared ??= this.start(options);
        return this.prepared;
    }

    /** Asks for the diagram's model (`diagram`, `token`: the server's options) once the start is done. */
    async open(requestModelOptions: Record<string, unknown>): Promise<void> {
        const resolved = await this.prepare();
        const options = { ...resolved, requestModelOptions: { ...resolved.requestModelOptions, ...requestModelOptions } };
        await this.invokeStartupHook('preRequestModel');
        await this.requestModel(options);
        await this.invokeStartupHook('postRequestModel');
        await this.modelInitializationConstraint.onInitialized();
        await this.invokeStartupHook('postModelInitialization');
    }

    override async load(options: DiagramLoadingOptions = {}): Promise<void> {
        await this.prepare(options);
        await this.open(options.requestModelOptions ?? {});
    }

    private async start(options: DiagramLoadingOptions): Promise<ResolvedDiagramLoadingOptions> {
        this.diagramStartups.sort(Ranked.sort);
        await this.invokeStartupHook('preLoadDiagram');
        const resolved: ResolvedDiagramLoadingOptions = {
            requestModelOptions: {
                sourceUri: this.options.sourceUri ?? '',
                diagramType: this.options.diagramType,
                ...options.requestModelOptions
            },
            initializeParameters: {
                applicationId: ApplicationIdProvider.get(),
                protocolVersion: GLSPClient.protocolVersion,
                ...options.initializeParameters
            },
            enableNotifications: options.enableNotifications ?? true
        };
        await this.actionDispatcher.initialize?.();
        await this.invokeStartupHook('preInitialize');
        await this.initialize(resolved);
        return resolved;
    }
}
