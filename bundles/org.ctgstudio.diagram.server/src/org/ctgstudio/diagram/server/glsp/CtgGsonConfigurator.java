package org.ctgstudio.diagram.server.glsp;

import static org.eclipse.glsp.server.di.ServerModule.DIAGRAM_MODULES;

import java.util.Map;

import org.eclipse.glsp.server.actions.ActionRegistry;
import org.eclipse.glsp.server.di.ServerModule;
import org.eclipse.glsp.server.gson.ServerGsonConfigurator;
import org.eclipse.glsp.server.internal.gson.DefaultServerGsonConfigurator;
import org.eclipse.glsp.server.session.ClientSessionManager;

import com.google.gson.GsonBuilder;
import com.google.inject.Inject;
import com.google.inject.Injector;
import com.google.inject.Module;
import com.google.inject.name.Named;

/** GLSP's JSON configuration, with GModel elements written by {@link GModelJsonWriter} (consulted first). */
public class CtgGsonConfigurator extends DefaultServerGsonConfigurator {

    @Inject
    public CtgGsonConfigurator(Injector serverInjector, @Named(DIAGRAM_MODULES) Map<String, Module> diagramModules,
            ActionRegistry actionRegistry, ClientSessionManager sessionManager) {
        super(serverInjector, diagramModules, actionRegistry, sessionManager);
    }

    @Override
    public GsonBuilder configureGsonBuilder(GsonBuilder gsonBuilder) {
        // Gson consults the factories registered last first.
        return super.configureGsonBuilder(gsonBuilder).registerTypeAdapterFactory(new GModelJsonWriter());
    }

    /** GLSP's server module with this JSON configuration. */
    public static final class Server extends ServerModule {
        @Override
        protected Class<? extends ServerGsonConfigurator> bindGsonConfigurator() {
            return CtgGsonConfigurator.class;
        }
    }
}
