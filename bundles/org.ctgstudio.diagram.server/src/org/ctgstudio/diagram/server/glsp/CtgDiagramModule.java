package org.ctgstudio.diagram.server.glsp;

import org.ctgstudio.diagram.registry.DescriptionRegistry;
import org.ctgstudio.diagram.server.DiagramServer;
import org.ctgstudio.diagram.server.operations.ApplyLabelEditHandler;
import org.ctgstudio.diagram.server.operations.ChangeBoundsHandler;
import org.ctgstudio.diagram.server.operations.ChangeRoutingPointsHandler;
import org.ctgstudio.diagram.server.operations.Clipboard;
import org.ctgstudio.diagram.server.operations.ClipboardDataHandler;
import org.ctgstudio.diagram.server.operations.CreateEdgeHandler;
import org.ctgstudio.diagram.server.operations.CreateNodeHandler;
import org.ctgstudio.diagram.server.operations.CutHandler;
import org.ctgstudio.diagram.server.operations.DeleteHandler;
import org.ctgstudio.diagram.server.operations.LayoutHandler;
import org.ctgstudio.diagram.server.operations.PasteHandler;
import org.ctgstudio.diagram.server.operations.ReconnectEdgeHandler;
import org.eclipse.glsp.server.actions.ActionHandler;
import org.eclipse.glsp.server.di.DiagramModule;
import org.eclipse.glsp.server.di.MultiBinding;
import org.eclipse.glsp.server.diagram.DiagramConfiguration;
import org.eclipse.glsp.server.features.core.model.GModelFactory;
import org.eclipse.glsp.server.features.core.model.ModelSubmissionHandler;
import org.eclipse.glsp.server.features.core.model.SourceModelStorage;
import org.eclipse.glsp.server.features.toolpalette.ToolPaletteItemProvider;
import org.eclipse.glsp.server.model.GModelState;
import org.eclipse.glsp.server.operations.CompoundOperationHandler;
import org.eclipse.glsp.server.operations.OperationHandler;

/**
 * All wiring of a CTG diagram session in one place: the EMF model state, storage and GModel factory, the palette
 * from the description, and one handler per operation. GLSP's GModel-only handlers (layout, cut) are not bound:
 * their commands would land on the model's EMF stack and break undo.
 */
public class CtgDiagramModule extends DiagramModule {

    public static final String DIAGRAM_TYPE = "ctg-diagram";

    private final DiagramServer server;
    private final DescriptionRegistry registry;

    public CtgDiagramModule(DiagramServer server, DescriptionRegistry registry) {
        this.server = server;
        this.registry = registry;
    }

    @Override
    protected void configureBase() {
        super.configureBase();
        bind(DiagramServer.class).toInstance(server);
        bind(DescriptionRegistry.class).toInstance(registry);
        bind(Clipboard.class).in(com.google.inject.Singleton.class);
        bind(ModelSubmissionHandler.class).to(CtgModelSubmissionHandler.class).in(com.google.inject.Singleton.class);
    }

    @Override
    public String getDiagramType() {
        return DIAGRAM_TYPE;
    }

    @Override
    protected Class<? extends GModelState> bindGModelState() {
        return CtgModelState.class;
    }

    @Override
    protected Class<? extends DiagramConfiguration> bindDiagramConfiguration() {
        return CtgDiagramConfiguration.class;
    }

    @Override
    protected Class<? extends SourceModelStorage> bindSourceModelStorage() {
        return CtgSourceModelStorage.class;
    }

    @Override
    protected Class<? extends GModelFactory> bindGModelFactory() {
        return CtgGModelFactory.class;
    }

    @Override
    protected Class<? extends ToolPaletteItemProvider> bindToolPaletteItemProvider() {
        return CtgToolPalette.class;
    }

    @Override
    protected Class<? extends org.eclipse.glsp.server.features.directediting.LabelEditValidator> bindLabelEditValidator() {
        return CtgLabelEditValidator.class;
    }

    @Override
    protected void configureActionHandlers(MultiBinding<ActionHandler> binding) {
        super.configureActionHandlers(binding);
        binding.add(RefreshModelActionHandler.class);
        binding.add(ClipboardDataHandler.class);
        binding.add(SelectionHandler.class);
    }

    @Override
    protected void configureOperationHandlers(MultiBinding<OperationHandler<?>> binding) {
        binding.add(CompoundOperationHandler.class);
        binding.add(CreateNodeHandler.class);
        binding.add(CreateEdgeHandler.class);
        binding.add(DeleteHandler.class);
        binding.add(ChangeBoundsHandler.class);
        binding.add(ChangeRoutingPointsHandler.class);
        binding.add(ReconnectEdgeHandler.class);
        binding.add(ApplyLabelEditHandler.class);
        binding.add(LayoutHandler.class);
        binding.add(CutHandler.class);
        binding.add(PasteHandler.class);
    }
}
