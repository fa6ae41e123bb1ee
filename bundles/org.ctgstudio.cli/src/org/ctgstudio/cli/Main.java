package org.ctgstudio.cli;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The command line without the product: {@code java -jar ctgstudio-cli.jar validate …}. As the launcher scripts do,
 * it speaks French unless {@code -nl en} is given or the session's locale is English (LC_ALL, LC_MESSAGES, LANG).
 */
public final class Main {

    private Main() {
    }

    public static void main(String[] args) {
        System.setProperty("java.awt.headless", "true"); //$NON-NLS-1$ //$NON-NLS-2$
        List<String> rest = new ArrayList<>();
        String nl = null;
        for (int i = 0; i < args.length; i++) {
            if ("-nl".equals(args[i]) && i + 1 < args.length) { //$NON-NLS-1$
                nl = args[++i];
            } else {
                rest.add(args[i]);
            }
        }
        Locale.setDefault(locale(nl, System.getenv()));
        System.exit(CtgStudioCli.run(rest.toArray(String[]::new), Console.system()));
    }

    /** The -nl value when given, else English for an English session, else French. */
    static Locale locale(String nl, Map<String, String> environment) {
        if (nl != null) {
            return Locale.forLanguageTag(nl.replace('_', '-'));
        }
        String session = null;
        for (String variable : List.of("LC_ALL", "LC_MESSAGES", "LANG")) { //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
            String value = environment.get(variable);
            if (value != null && !value.isEmpty()) {
                session = value;
                break;
            }
        }
        boolean english = session != null
                && (session.equals("en") || session.startsWith("en_") || session.startsWith("en.")); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
        return english ? Locale.ENGLISH : Locale.FRANCE;
    }
}
