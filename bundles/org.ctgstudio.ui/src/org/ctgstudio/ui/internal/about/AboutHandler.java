package org.ctgstudio.ui.internal.about;

import org.eclipse.core.commands.AbstractHandler;
import org.eclipse.core.commands.ExecutionEvent;
import org.eclipse.ui.handlers.HandlerUtil;

/** Opens the About dialog (Aide &gt; À propos de CTG Studio). */
public final class AboutHandler extends AbstractHandler {
    @Override
    public Object execute(ExecutionEvent event) {
        new AboutDialog(HandlerUtil.getActiveShell(event)).open();
        return null;
    }
}
