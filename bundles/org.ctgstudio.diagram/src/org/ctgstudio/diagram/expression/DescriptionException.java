package org.ctgstudio.diagram.expression;

import org.ctgstudio.model.util.LocalizedMessages;

/**
 * A description that cannot be interpreted: an expression that does not parse, is refused by the sandbox, names an
 * unknown feature or fails while evaluating. The message says where (description, mapping or tool, expression role),
 * the expression itself and why, in French (English for an English locale).
 */
public final class DescriptionException extends RuntimeException {

    private static final long serialVersionUID = 1L;
    static final LocalizedMessages MESSAGES = new LocalizedMessages("org.ctgstudio.diagram.messages",
            DescriptionException.class);

    private final transient ExpressionPlace place;
    private final String expression;

    public DescriptionException(ExpressionPlace place, String expression, String reason, Throwable cause) {
        super(MESSAGES.format("expression.error", place, expression, reason), cause);
        this.place = place;
        this.expression = expression;
    }

    public ExpressionPlace place() {
        return place;
    }

    public String expression() {
        return expression;
    }
}
