package org.ctgstudio.model.resource;

import java.io.IOException;

/** A model file that cannot be read (malformed or truncated XML, unknown element type): says where and why. */
public class ModelLoadException extends IOException {

    private static final long serialVersionUID = 1L;

    private final transient ModelProblem problem;

    public ModelLoadException(ModelProblem problem, Throwable cause) {
        super(problem.toString(), cause);
        this.problem = problem;
    }

    public ModelProblem problem() {
        return problem;
    }
}
