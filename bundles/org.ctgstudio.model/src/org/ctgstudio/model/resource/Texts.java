package org.ctgstudio.model.resource;

import org.ctgstudio.model.util.LocalizedMessages;

/** Messages of the persistence layer (messages.properties, messages_fr.properties). */
final class Texts {

    private static final LocalizedMessages MESSAGES = new LocalizedMessages("org.ctgstudio.model.resource.messages",
            Texts.class);

    private Texts() {
    }

    static String format(String key, Object... arguments) {
        return MESSAGES.format(key, arguments);
    }
}
