package org.ctgstudio.cli;

import java.util.Locale;
import java.util.ResourceBundle;

import org.ctgstudio.model.util.LocalizedMessages;

/**
 * The command line's texts: French by default, English for an English locale (the launcher sets it from -nl and the
 * session's locale). The same bundle holds the help texts picocli shows.
 */
public final class Messages {

    static final String BUNDLE = "org.ctgstudio.cli.messages"; //$NON-NLS-1$

    private static final LocalizedMessages MESSAGES = new LocalizedMessages(BUNDLE, Messages.class);

    private Messages() {
    }

    public static String format(String key, Object... arguments) {
        return MESSAGES.format(key, arguments);
    }

    /** The bundle in the language CTG Studio speaks, for picocli's help. */
    static ResourceBundle bundle() {
        Locale locale = LocalizedMessages.locale();
        return ResourceBundle.getBundle(BUNDLE, locale == Locale.ENGLISH ? Locale.ROOT : locale,
                Messages.class.getClassLoader(),
                ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES));
    }
}
