package org.ctgstudio.validation;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Executor;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;
import java.util.function.Supplier;

import org.eclipse.emf.common.notify.Notification;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.emf.ecore.resource.ResourceSet;
import org.eclipse.emf.ecore.util.EContentAdapter;

/**
 * Validation while editing: every change in a resource set restarts a delay; when the user pauses, the models are
 * validated and the report handed to the listener. Validation runs on the executor given (the UI passes its display
 * thread, where models are edited, so that validation never reads a model being changed).
 */
public final class LiveValidation implements AutoCloseable {

    private final ResourceSet resourceSet;
    private final Supplier<RuleProfile> profile;
    private final long delayMillis;
    private final Executor executor;
    private final Consumer<ValidationReport> listener;
    private final ScheduledExecutorService timer = Executors.newSingleThreadScheduledExecutor(r -> {
        Thread thread = new Thread(r, "CTG live validation");
        thread.setDaemon(true);
        return thread;
    });
    private final EContentAdapter watcher = new EContentAdapter() {
        @Override
        public void notifyChanged(Notification notification) {
            super.notifyChanged(notification);
            if (!notification.isTouch()) {
                schedule();
            }
        }
    };
    private ScheduledFuture<?> pending;

    private LiveValidation(ResourceSet resourceSet, Supplier<RuleProfile> profile, long delayMillis, Executor executor,
            Consumer<ValidationReport> listener) {
        this.resourceSet = resourceSet;
        this.profile = profile;
        this.delayMillis = delayMillis;
        this.executor = executor;
        this.listener = listener;
    }

    /** Starts watching; {@link #close()} stops. */
    public static LiveValidation start(ResourceSet resourceSet, Supplier<RuleProfile> profile, long delayMillis,
            Executor executor, Consumer<ValidationReport> listener) {
        LiveValidation live = new LiveValidation(resourceSet, profile, delayMillis, executor, listener);
        resourceSet.eAdapters().add(live.watcher);
        return live;
    }

    private synchronized void schedule() {
        if (pending != null) {
            pending.cancel(false);
        }
        pending = timer.schedule(() -> executor.execute(this::validateNow), delayMillis, TimeUnit.MILLISECONDS);
    }

    /** Validates every model of the resource set now, on the calling thread. */
    public void validateNow() {
        List<EObject> roots = new ArrayList<>();
        for (Resource resource : List.copyOf(resourceSet.getResources())) {
            roots.addAll(resource.getContents());
        }
        listener.accept(CtgValidator.validate(roots, profile.get()));
    }

    @Override
    public void close() {
        resourceSet.eAdapters().remove(watcher);
        timer.shutdownNow();
    }
}
