package org.ctgstudio.docgen;

import java.text.MessageFormat;
import java.util.Locale;
import java.util.ResourceBundle;

import org.ctgstudio.model.util.LocalizedMessages;

/** The document generation's messages: French by default, English for an English user interface. */
public final class Messages {

    private static final LocalizedMessages MESSAGES = new LocalizedMessages("org.ctgstudio.docgen.messages",
            Messages.class);

    private Messages() {
    }

    public static String format(String key, Object... arguments) {
        return MESSAGES.format(key, arguments);
    }

    /** A text that goes into a document: always French (conventions are French documents, whatever the UI). */
    public static String french(String key, Object... arguments) {
        ResourceBundle bundle = ResourceBundle.getBundle("org.ctgstudio.docgen.messages", Locale.FRENCH,
                Messages.class.getClassLoader(),
                ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES));
        return new MessageFormat(bundle.getString(key), Locale.FRENCH).format(arguments);
    }
}
