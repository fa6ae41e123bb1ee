package org.ctgstudio.validation;

import org.ctgstudio.model.util.LocalizedMessages;

/** Messages of the validation bundle (rule texts are in org.ctgstudio.validation.rules.messages). */
final class Messages {

    static final LocalizedMessages MESSAGES = new LocalizedMessages("org.ctgstudio.validation.messages",
            Messages.class);

    private Messages() {
    }

    static String format(String key, Object... arguments) {
        return MESSAGES.format(key, arguments);
    }
}
