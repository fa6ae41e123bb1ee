package org.ctgstudio.docgen;

import java.io.Serial;

/**
 * The final document was asked for while validation finds errors: refused. The user may insist
 * ({@link GenerationRequest#withFinality(Finality, boolean)} with {@code insist}), or generate a draft.
 */
public final class FinalRefusedException extends DocumentException {

    @Serial
    private static final long serialVersionUID = 1L;

    private final long errors;

    public FinalRefusedException(String message, long errors) {
        super(message);
        this.errors = errors;
    }

    /** How many validation errors the convention has. */
    public long errors() {
        return errors;
    }
}
