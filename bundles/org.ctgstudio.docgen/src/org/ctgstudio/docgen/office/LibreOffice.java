package org.ctgstudio.docgen.office;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.File;
import java.io.IOException;
import java.net.InetAddress;
import java.net.ServerSocket;

import org.ctgstudio.docgen.DocumentException;
import org.ctgstudio.docgen.Messages;
import org.jodconverter.core.document.DefaultDocumentFormatRegistry;
import org.jodconverter.core.document.DocumentFormat;
import org.jodconverter.core.office.OfficeContext;
import org.jodconverter.core.office.OfficeException;
import org.jodconverter.core.office.OfficeUtils;
import org.jodconverter.local.LocalConverter;
import org.jodconverter.local.filter.NoopFilter;
import org.jodconverter.local.office.LocalOfficeContext;
import org.jodconverter.local.office.LocalOfficeManager;
import org.jodconverter.local.office.LocalOfficeUtils;

import com.sun.star.beans.PropertyValue;
import com.sun.star.beans.XPropertySet;
import com.sun.star.container.XNameContainer;
import com.sun.star.lang.XMultiServiceFactory;
import com.sun.star.lang.XSingleServiceFactory;
import com.sun.star.uno.UnoRuntime;
import com.sun.star.util.XChangesBatch;

/**
 * LibreOffice, started once and kept running, converts DOCX and ODT to PDF (a new {@code soffice} per document costs
 * about a second; a running one a tenth of that). Started on first use, stopped by {@link #stopShared()} (the
 * workbench bundle's stop, the end of a test run) or when the JVM exits. It listens on a free port of 127.0.0.1 only,
 * with its own temporary profile, so it never meets another LibreOffice of the same user.
 */
public final class LibreOffice {

    /** The Debian package that provides what the conversion needs. */
    public static final String DEBIAN_PACKAGE = "libreoffice-writer-nogui";
    /**
     * The system property naming LibreOffice's installation folder when it is not where JODConverter looks (the
     * usual folders of Linux, Windows and macOS): {@code -Dctg.office.home=/opt/libreoffice7.6}.
     */
    public static final String HOME_PROPERTY = "ctg.office.home";

    private static LibreOffice shared;
    private static boolean hookInstalled;

    private final LocalOfficeManager manager;
    /**
     * Without JODConverter's default refresh of the loaded document (it updates indexes and fields: the templates
     * have no index, and LibreOffice updates page numbers when it writes the PDF).
     */
    private final LocalConverter converter;

    private LibreOffice(LocalOfficeManager manager) {
        this.manager = manager;
        this.converter = LocalConverter.builder().officeManager(manager).filterChain(NoopFilter.CHAIN).build();
    }

    /** The running LibreOffice, started now if needed; a French message when LibreOffice is not installed. */
    public static synchronized LibreOffice shared() throws DocumentException {
        if (shared == null) {
            shared = start();
            if (!hookInstalled) {
                hookInstalled = true;
                Runtime.getRuntime().addShutdownHook(new Thread(LibreOffice::stopShared, "ctg-libreoffice-stop"));
            }
        }
        return shared;
    }

    /** Whether LibreOffice is installed where JODConverter looks for it (without starting it). */
    public static boolean installed() {
        return home() != null;
    }

    /** Stops the shared LibreOffice if it runs; the next conversion starts a new one. */
    public static synchronized void stopShared() {
        if (shared != null) {
            OfficeUtils.stopQuietly(shared.manager);
            shared = null;
        }
    }

    private static File home() {
        String configured = System.getProperty(HOME_PROPERTY);
        if (configured != null && !configured.isBlank()) {
            File home = new File(configured.strip());
            return new File(home, "program").isDirectory() ? home : null;
        }
        try {
            File home = LocalOfficeUtils.getDefaultOfficeHome();
            return home != null && home.isDirectory() ? home : null;
        } catch (RuntimeException e) {
            return null;
        }
    }

    private static LibreOffice start() throws DocumentException {
        File home = home();
        if (home == null) {
            throw new DocumentException(Messages.format("office.notInstalled", DEBIAN_PACKAGE));
        }
        LocalOfficeManager manager = LocalOfficeManager.builder().officeHome(home).hostName("127.0.0.1")
                .portNumbers(freePort()).startFailFast(true).processTimeout(60_000L).taskExecutionTimeout(120_000L)
                .build();
        try {
            manager.start();
        } catch (OfficeException e) {
            throw new DocumentException(Messages.format("office.notStarted", home, e.getMessage()), e);
        }
        try {
            manager.execute(LibreOffice::withoutEditingAids);
        } catch (OfficeException | RuntimeException e) {
            // conversions are then slower, not different
        } catch (Error e) {
            OfficeUtils.stopQuietly(manager); // not left running without anyone to stop it
            throw e;
        }
        return new LibreOffice(manager);
    }

    /**
     * Turns off, in this LibreOffice's own profile, two aids to editing that the running LibreOffice otherwise does
     * for each document it loads, between load and export, and that a conversion never uses: the word completion's
     * collection of words, and Writer's status bar, whose word count has every paragraph counted. Together they took
     * about a tenth of a 116-page conversion (profiled); the PDF is the same. A new {@code soffice --convert-to}
     * exports before it gets to them.
     */
    private static void withoutEditingAids(OfficeContext context) throws OfficeException {
        LocalOfficeContext office = (LocalOfficeContext) context;
        try {
            XMultiServiceFactory configuration = UnoRuntime.queryInterface(XMultiServiceFactory.class,
                    office.getServiceManager().createInstanceWithContext(
                            "com.sun.star.configuration.ConfigurationProvider", office.getComponentContext()));
            Object completion = settings(configuration, "/org.openoffice.Office.Writer/AutoFunction/Completion");
            XPropertySet properties = UnoRuntime.queryInterface(XPropertySet.class, completion);
            properties.setPropertyValue("Enable", Boolean.FALSE);
            properties.setPropertyValue("CollectWords", Boolean.FALSE);
            UnoRuntime.queryInterface(XChangesBatch.class, completion).commitChanges();

            Object states = settings(configuration, "/org.openoffice.Office.UI.WriterWindowState/UIElements/States");
            XNameContainer windows = UnoRuntime.queryInterface(XNameContainer.class, states);
            String statusBar = "private:resource/statusbar/statusbar";
            if (!windows.hasByName(statusBar)) {
                Object hidden = UnoRuntime.queryInterface(XSingleServiceFactory.class, states).createInstance();
                UnoRuntime.queryInterface(XPropertySet.class, hidden).setPropertyValue("Visible", Boolean.FALSE);
                windows.insertByName(statusBar, hidden);
            } else {
                UnoRuntime.queryInterface(XPropertySet.class, windows.getByName(statusBar))
                        .setPropertyValue("Visible", Boolean.FALSE);
            }
            UnoRuntime.queryInterface(XChangesBatch.class, states).commitChanges();
        } catch (com.sun.star.uno.Exception | com.sun.star.uno.RuntimeException e) {
            throw new OfficeException("LibreOffice settings: " + e.getMessage(), e);
        }
    }

    private static Object settings(XMultiServiceFactory configuration, String path)
            throws com.sun.star.uno.Exception {
        PropertyValue node = new PropertyValue();
        node.Name = "nodepath";
        node.Value = path;
        return configuration.createInstanceWithArguments("com.sun.star.configuration.ConfigurationUpdateAccess",
                new Object[] {node});
    }

    private static int freePort() throws DocumentException {
        try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            return socket.getLocalPort();
        } catch (IOException e) {
            throw new DocumentException(Messages.format("office.notStarted", "127.0.0.1", e.getMessage()), e);
        }
    }

    /** Converts a DOCX or ODT document to PDF. */
    public byte[] toPdf(byte[] document, boolean docx) throws DocumentException {
        DocumentFormat source = docx ? DefaultDocumentFormatRegistry.DOCX : DefaultDocumentFormatRegistry.ODT;
        ByteArrayOutputStream pdf = new ByteArrayOutputStream(document.length);
        try {
            converter.convert(new ByteArrayInputStream(document)).as(source).to(pdf)
                    .as(DefaultDocumentFormatRegistry.PDF).execute();
        } catch (OfficeException e) {
            throw new DocumentException(Messages.format("office.conversionFailed", e.getMessage()), e);
        }
        return pdf.toByteArray();
    }
}
