package org.ctgstudio.docgen;

/** Progress and cancellation of a generation (the workbench's job passes its progress monitor through this). */
public interface GenerationMonitor {

    GenerationMonitor NONE = new GenerationMonitor() {
        @Override
        public void step(String task, int percent) {
            // nobody listens
        }

        @Override
        public boolean cancelled() {
            return false;
        }
    };

    /** A new step has begun; {@code percent} of the work is done. */
    void step(String task, int percent);

    /** Whether the user has cancelled: the generation then stops at its next step and writes nothing. */
    boolean cancelled();
}
