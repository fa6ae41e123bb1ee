package org.ctgstudio.ui.internal.about;

import org.ctgstudio.ui.internal.Messages;
import org.eclipse.core.runtime.IProduct;
import org.eclipse.core.runtime.Platform;
import org.eclipse.jface.dialogs.Dialog;
import org.eclipse.jface.dialogs.IDialogConstants;
import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.jface.layout.GridLayoutFactory;
import org.eclipse.osgi.util.NLS;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Shell;
import org.osgi.framework.Bundle;
import org.osgi.framework.FrameworkUtil;

/** Product name, version and platform. The platform's About dialog is internal; this one states what users ask. */
public final class AboutDialog extends Dialog {

    public AboutDialog(Shell parent) {
        super(parent);
    }

    /** The product's name, from the running product's branding (falls back to the application name). */
    public static String productName() {
        IProduct product = Platform.getProduct();
        return product != null && product.getName() != null ? product.getName() : Messages.Application_name;
    }

    /** The version of the running product (its defining bundle), e.g. 0.1.0.v20261126-1200. */
    public static String productVersion() {
        IProduct product = Platform.getProduct();
        Bundle bundle = product != null && product.getDefiningBundle() != null ? product.getDefiningBundle()
                : FrameworkUtil.getBundle(AboutDialog.class);
        return bundle.getVersion().toString();
    }

    @Override
    protected void configureShell(Shell shell) {
        super.configureShell(shell);
        shell.setText(Messages.About_title);
    }

    @Override
    protected Control createDialogArea(Composite parent) {
        Composite area = (Composite) super.createDialogArea(parent);
        GridLayoutFactory.swtDefaults().margins(12, 12).applyTo(area);

        Label name = new Label(area, SWT.NONE);
        name.setText(productName());
        name.setFont(org.eclipse.jface.resource.JFaceResources.getHeaderFont());
        name.setData("ctg.about.name"); //$NON-NLS-1$

        Label version = new Label(area, SWT.NONE);
        version.setText(NLS.bind(Messages.About_version, productVersion()));
        version.setData("ctg.about.version"); //$NON-NLS-1$

        Label description = new Label(area, SWT.WRAP);
        description.setText(Messages.About_description);
        GridDataFactory.fillDefaults().grab(true, false).hint(420, SWT.DEFAULT).applyTo(description);

        Label platform = new Label(area, SWT.NONE);
        Bundle runtime = FrameworkUtil.getBundle(Platform.class);
        platform.setText(NLS.bind(Messages.About_platform, runtime == null ? "?" : runtime.getVersion(), //$NON-NLS-1$
                Runtime.version()));
        return area;
    }

    @Override
    protected void createButtonsForButtonBar(Composite parent) {
        createButton(parent, IDialogConstants.OK_ID, IDialogConstants.OK_LABEL, true);
    }
}
