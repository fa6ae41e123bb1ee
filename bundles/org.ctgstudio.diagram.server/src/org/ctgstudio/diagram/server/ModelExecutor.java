package org.ctgstudio.diagram.server;

import java.util.concurrent.Callable;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

/**
 * The thread that reads and changes a model. EMF models are not thread-safe and GLSP handles operations on each
 * session's dispatcher thread, so every model access of the server goes through the document's executor: in the
 * workbench the SWT display thread ({@code Display.syncExec}), in plain Java and web mode a single model thread.
 * A call from the model thread itself runs at once (no dead lock).
 */
public interface ModelExecutor {

    <T> T call(Callable<T> task);

    default void run(Runnable task) {
        call(() -> {
            task.run();
            return null;
        });
    }

    /** One daemon thread of that name for every model access. */
    static ModelExecutor modelThread(String name) {
        return new ModelThread(name);
    }

    /** The executor of a single model thread. */
    final class ModelThread implements ModelExecutor, AutoCloseable {
        private final ExecutorService executor;
        private volatile Thread thread;

        ModelThread(String name) {
            executor = Executors.newSingleThreadExecutor(runnable -> {
                Thread t = new Thread(runnable, name);
                t.setDaemon(true);
                thread = t;
                return t;
            });
        }

        @Override
        public <T> T call(Callable<T> task) {
            if (Thread.currentThread() == thread) {
                return callHere(task);
            }
            Future<T> future = executor.submit(task);
            try {
                return future.get();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException(e);
            } catch (ExecutionException e) {
                if (e.getCause() instanceof RuntimeException runtime) {
                    throw runtime;
                }
                if (e.getCause() instanceof Error error) {
                    throw error;
                }
                throw new IllegalStateException(e.getCause());
            }
        }

        private static <T> T callHere(Callable<T> task) {
            try {
                return task.call();
            } catch (RuntimeException e) {
                throw e;
            } catch (Exception e) {
                throw new IllegalStateException(e);
            }
        }

        @Override
        public void close() {
            executor.shutdownNow();
        }
    }
}
