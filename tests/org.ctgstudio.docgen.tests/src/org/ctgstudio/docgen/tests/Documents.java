package org.ctgstudio.docgen.tests;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import java.util.zip.ZipOutputStream;

import org.apache.poi.xwpf.usermodel.IBodyElement;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFHeader;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.ctgstudio.docgen.DiagramImages;
import org.ctgstudio.docgen.DocumentException;
import org.ctgstudio.docgen.TemplateFile;
import org.ctgstudio.model.resource.ModelLoadException;
import org.ctgstudio.tests.support.Examples;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTSimpleField;

/** Helpers of the document tests: templates made with POI, the texts of a DOCX, the example's diagram picture. */
final class Documents {

    private Documents() {
    }

    private static byte[] planActions;

    /** The example's Plan d'actions diagram, painted by the diagram bundle's painter (PNG; painted once). */
    static synchronized byte[] picture() {
        if (planActions == null) {
            try {
                planActions = DiagramImages.of(Examples.convention(), null).png().get("plan_actions");
            } catch (DocumentException | ModelLoadException e) {
                throw new IllegalStateException(e);
            }
        }
        return planActions.clone();
    }

    /** A DOCX template written with POI: each string is a paragraph; "|" separates its runs. */
    static TemplateFile docx(String name, Consumer<XWPFDocument> more, String... paragraphs) throws IOException,
            DocumentException {
        try (XWPFDocument doc = new XWPFDocument()) {
            for (String paragraph : paragraphs) {
                XWPFParagraph p = doc.createParagraph();
                for (String run : paragraph.split("\\|", -1)) {
                    p.createRun().setText(run);
                }
            }
            more.accept(doc);
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            doc.write(out);
            return TemplateFile.of(name, out.toByteArray());
        }
    }

    static TemplateFile docx(String name, String... paragraphs) throws IOException, DocumentException {
        return docx(name, doc -> {
        }, paragraphs);
    }

    /** Adds a MERGEFIELD holding {@code instruction} at the end of {@code p} (as Word's Insert > Field does). */
    static void mergeField(XWPFParagraph p, String instruction) {
        CTSimpleField field = p.getCTP().addNewFldSimple();
        field.setInstr(" MERGEFIELD " + instruction + " \\* MERGEFORMAT ");
        field.addNewR().addNewT().setStringValue("\u00AB" + instruction + "\u00BB");
    }

    /** A copy of a packaged template whose part {@code entry} is edited by {@code edit}. */
    static TemplateFile edited(TemplateFile template, String entry, java.util.function.UnaryOperator<String> edit)
            throws IOException, DocumentException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (ZipInputStream in = new ZipInputStream(template.open()); ZipOutputStream out = new ZipOutputStream(bytes)) {
            for (ZipEntry e = in.getNextEntry(); e != null; e = in.getNextEntry()) {
                byte[] content = in.readAllBytes();
                if (e.getName().equals(entry)) {
                    content = edit.apply(new String(content, StandardCharsets.UTF_8)).getBytes(StandardCharsets.UTF_8);
                }
                ZipEntry copy = new ZipEntry(e.getName());
                if (e.getName().equals("mimetype")) {
                    copy.setMethod(ZipEntry.STORED);
                    copy.setSize(content.length);
                    java.util.zip.CRC32 crc = new java.util.zip.CRC32();
                    crc.update(content);
                    copy.setCrc(crc.getValue());
                }
                out.putNextEntry(copy);
                out.write(content);
                out.closeEntry();
            }
        }
        return TemplateFile.of("modifie-" + template.name(), bytes.toByteArray());
    }

    /** A part of a package (DOCX, ODT, XLSX) as text. */
    static String part(Path file, String entry) throws IOException {
        try (ZipInputStream in = new ZipInputStream(Files.newInputStream(file))) {
            for (ZipEntry e = in.getNextEntry(); e != null; e = in.getNextEntry()) {
                if (e.getName().equals(entry)) {
                    return new String(in.readAllBytes(), StandardCharsets.UTF_8);
                }
            }
        }
        throw new IOException(entry + " not in " + file);
    }

    /** The text of every body paragraph and table cell of a DOCX, in order, read back with POI. */
    static List<String> texts(XWPFDocument doc) {
        List<String> texts = new ArrayList<>();
        for (IBodyElement element : doc.getBodyElements()) {
            if (element instanceof XWPFParagraph p) {
                texts.add(p.getText());
            } else if (element instanceof XWPFTable t) {
                t.getRows().forEach(r -> r.getTableCells().forEach(c -> texts.add(c.getText())));
            }
        }
        return texts;
    }

    static String headers(XWPFDocument doc) {
        StringBuilder text = new StringBuilder();
        for (XWPFHeader header : doc.getHeaderList()) {
            text.append(header.getText());
        }
        return text.toString();
    }

    static XWPFDocument open(Path docx) throws IOException {
        try (InputStream in = Files.newInputStream(docx)) {
            return new XWPFDocument(new ByteArrayInputStream(in.readAllBytes()));
        }
    }
}
