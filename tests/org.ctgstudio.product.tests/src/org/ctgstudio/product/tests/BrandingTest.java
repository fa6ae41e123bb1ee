package org.ctgstudio.product.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Arrays;
import java.util.HashMap;
import java.util.Map;

import org.ctgstudio.ui.CtgStudioApplication;
import org.eclipse.core.runtime.IConfigurationElement;
import org.eclipse.core.runtime.IExtension;
import org.eclipse.core.runtime.Platform;
import org.junit.jupiter.api.Test;
import org.osgi.framework.Bundle;

/** The product's declarations resolve: product, application, perspective, and every branding image exists. */
class BrandingTest {

    private static final String PRODUCT_ID = "org.ctgstudio.product.ctgstudio";

    private static IConfigurationElement product() {
        IExtension extension = Platform.getExtensionRegistry().getExtension("org.eclipse.core.runtime.products",
                PRODUCT_ID);
        assertNotNull(extension, "product extension " + PRODUCT_ID + " is not registered");
        return extension.getConfigurationElements()[0];
    }

    private static Map<String, String> productProperties() {
        Map<String, String> properties = new HashMap<>();
        for (IConfigurationElement property : product().getChildren("property")) {
            properties.put(property.getAttribute("name"), property.getAttribute("value"));
        }
        return properties;
    }

    @Test
    void productRunsTheCtgStudioApplication() {
        assertEquals(CtgStudioApplication.ID, product().getAttribute("application"));
        assertEquals("CTG Studio", product().getAttribute("name"));
        IExtension application = Platform.getExtensionRegistry().getExtension("org.eclipse.core.runtime.applications",
                CtgStudioApplication.ID);
        assertNotNull(application, "application extension is not registered");
        IConfigurationElement run = application.getConfigurationElements()[0].getChildren("run")[0];
        assertEquals(CtgStudioApplication.class.getName(), run.getAttribute("class"));
    }

    @Test
    void everyBrandingImageExistsInTheProductBundle() {
        Bundle bundle = Platform.getBundle("org.ctgstudio.product");
        Map<String, String> properties = productProperties();
        String[] windowImages = properties.get("windowImages").split(",");
        assertEquals(6, windowImages.length, "16, 32, 48, 64, 128 and 256 px window images");
        String[] all = Arrays.copyOf(windowImages, windowImages.length + 1);
        all[windowImages.length] = properties.get("aboutImage");
        for (String image : all) {
            assertNotNull(bundle.getEntry(image.trim()), "missing branding image " + image);
        }
        assertNotNull(bundle.getEntry(properties.get("preferenceCustomization")), "missing plugin_customization.ini");
    }

    @Test
    void perspectiveIsDeclaredWithAnExistingFactory() throws Exception {
        IConfigurationElement perspective = Arrays
                .stream(Platform.getExtensionRegistry().getConfigurationElementsFor("org.eclipse.ui.perspectives"))
                .filter(e -> "org.ctgstudio.ui.perspective".equals(e.getAttribute("id"))).findFirst().orElse(null);
        assertNotNull(perspective, "CTG Studio perspective is not declared");
        Bundle ui = Platform.getBundle("org.ctgstudio.ui");
        assertTrue(ui.loadClass(perspective.getAttribute("class")) != null);
        assertNotNull(ui.getEntry(perspective.getAttribute("icon")), "perspective icon missing");
    }
}
