package org.ctgstudio.diagram.server;

import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.function.Supplier;

import org.eclipse.glsp.server.gson.ServerGsonConfigurator;
import org.eclipse.glsp.server.websocket.GLSPServerEndpoint;

import com.google.inject.Injector;

/**
 * The injectors of GLSP servers, one per websocket connection (GLSP's design), each made one connection ahead. Making
 * one — GLSP's modules, then its JSON configuration, which creates and disposes a temporary session of each diagram
 * type — takes a few hundred milliseconds that a diagram being opened would otherwise wait for during its
 * handshake. The next one is made in the background as soon as one is taken.
 */
final class GlspInjectors implements Supplier<Injector>, AutoCloseable {

    private final Supplier<Injector> factory;
    private final ExecutorService maker = Executors.newSingleThreadExecutor(runnable -> {
        Thread thread = new Thread(runnable, "ctg-diagram-injector");
        thread.setDaemon(true);
        return thread;
    });
    private CompletableFuture<Injector> next;

    GlspInjectors(Supplier<Injector> factory) {
        this.factory = factory;
        next = prepare();
    }

    @Override
    public synchronized Injector get() {
        CompletableFuture<Injector> ready = next;
        next = prepare();
        return ready.join();
    }

    private CompletableFuture<Injector> prepare() {
        ClassLoader loader = Thread.currentThread().getContextClassLoader();
        return CompletableFuture.supplyAsync(() -> {
            // The same class loader as the connection's thread would have made it with (OSGi, ServiceLoader).
            Thread.currentThread().setContextClassLoader(loader);
            Injector injector = factory.get();
            injector.getInstance(ServerGsonConfigurator.class);
            injector.getProvider(GLSPServerEndpoint.class);
            return injector;
        }, maker);
    }

    @Override
    public void close() {
        maker.shutdownNow();
    }
}
