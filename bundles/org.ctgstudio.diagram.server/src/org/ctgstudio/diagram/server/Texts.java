package org.ctgstudio.diagram.server;

import org.ctgstudio.model.util.LocalizedMessages;

/** French (default) and English texts of the diagram server. */
public final class Texts {

    private static final LocalizedMessages MESSAGES = new LocalizedMessages("org.ctgstudio.diagram.server.messages",
            Texts.class);

    private Texts() {
    }

    public static String format(String key, Object... arguments) {
        return MESSAGES.format(key, arguments);
    }
}
