package org.ctgstudio.docgen.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.util.Map;

import javax.imageio.ImageIO;

import org.ctgstudio.docgen.DiagramImages;
import org.ctgstudio.tests.support.Examples;
import org.junit.jupiter.api.Test;

/** The example convention's diagrams are painted for documents without a display, one picture per description. */
class DiagramImagesTest {

    @Test
    void everyDiagramOfTheExampleIsPainted() throws Exception {
        Map<String, byte[]> pictures = DiagramImages.of(Examples.convention(), null).png();
        assertEquals(java.util.Set.of("plan_actions", "partenariat", "gouvernance", "territoire"), pictures.keySet());
        for (Map.Entry<String, byte[]> picture : pictures.entrySet()) {
            BufferedImage image = ImageIO.read(new ByteArrayInputStream(picture.getValue()));
            assertTrue(image != null && image.getWidth() > 200 && image.getHeight() > 100,
                    picture.getKey() + ": a drawn PNG expected");
        }
    }
}
