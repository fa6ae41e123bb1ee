package org.ctgstudio.docgen.templates;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.math.BigInteger;
import java.util.Date;
import java.util.List;
import java.util.Optional;

import org.apache.poi.util.Units;
import org.apache.poi.wp.usermodel.HeaderFooterType;
import org.apache.poi.xwpf.usermodel.ParagraphAlignment;
import org.apache.poi.xwpf.usermodel.TableRowHeightRule;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFFooter;
import org.apache.poi.xwpf.usermodel.XWPFHeader;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFRun;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.apache.poi.xwpf.usermodel.XWPFTableCell;
import org.apache.poi.xwpf.usermodel.XWPFTableRow;
import org.apache.xmlbeans.XmlException;
import org.ctgstudio.docgen.templates.Outline.Block;
import org.ctgstudio.docgen.templates.Outline.Image;
import org.ctgstudio.docgen.templates.Outline.Paragraph;
import org.ctgstudio.docgen.templates.Outline.Row;
import org.ctgstudio.docgen.templates.Outline.Style;
import org.ctgstudio.docgen.templates.Outline.Table;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTBookmark;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTMarkupRange;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTSectPr;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTShd;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTSimpleField;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTStyles;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTTblWidth;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STShd;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STTblLayoutType;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STTblWidth;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.StylesDocument;

/**
 * Writes an outline as a Word template with Apache POI. Field values are plain text in one run each ({@code ${…}}),
 * directives are MERGEFIELDs: at the end of the paragraph before a repeated block (no empty paragraph in the
 * output), and XDocReport's row markers in the first and last cells of a repeated row. A4, Arial (Liberation Sans
 * in LibreOffice), styles Titre, Titre 1–3 with outline levels so that Word's navigation pane shows the plan.
 */
final class DocxWriter {

    private static final int TEXT_WIDTH_TWIPS = 9638; // A4 (11906) minus 2 x 2 cm margins
    private static final String SHADE = "D9E2F3";
    private static final Date FIXED = new Date(1735689600000L); // 2025-01-01: reproducible output

    private final XWPFDocument doc = new XWPFDocument();
    private int bookmarks;

    private DocxWriter() {
    }

    static byte[] write(Outline outline, byte[] placeholderPng) throws IOException {
        DocxWriter writer = new DocxWriter();
        writer.styles();
        writer.page();
        writer.headerFooter(outline);
        for (Block block : outline.body()) {
            switch (block) {
                case Paragraph p -> writer.paragraph(writer.doc.createParagraph(), p);
                case Table t -> writer.table(t);
                case Image i -> writer.image(i, placeholderPng);
            }
        }
        writer.doc.getProperties().getCoreProperties().setCreated(Optional.of(FIXED));
        writer.doc.getProperties().getCoreProperties().setTitle(outline.name());
        writer.doc.getProperties().getCoreProperties().setCreator("CTG Studio");
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        writer.doc.write(out);
        writer.doc.close();
        return out.toByteArray();
    }

    private void styles() throws IOException {
        try {
            CTStyles styles = StylesDocument.Factory.parse(new ByteArrayInputStream(Styles.DOCX.getBytes(
                    java.nio.charset.StandardCharsets.UTF_8))).getStyles();
            doc.createStyles().setStyles(styles);
        } catch (XmlException e) {
            throw new IOException(e);
        }
    }

    private void page() {
        CTSectPr section = doc.getDocument().getBody().addNewSectPr();
        section.addNewPgSz().setW(BigInteger.valueOf(11906));
        section.getPgSz().setH(BigInteger.valueOf(16838));
        var margins = section.addNewPgMar();
        BigInteger cm2 = BigInteger.valueOf(1134);
        margins.setTop(cm2);
        margins.setBottom(cm2);
        margins.setLeft(cm2);
        margins.setRight(cm2);
        margins.setHeader(BigInteger.valueOf(567));
        margins.setFooter(BigInteger.valueOf(567));
    }

    private void headerFooter(Outline outline) {
        if (!outline.header().isEmpty()) {
            XWPFHeader header = doc.createHeader(HeaderFooterType.DEFAULT);
            for (String line : outline.header()) {
                XWPFParagraph p = header.createParagraph();
                p.setStyle("EnTete");
                runs(p, line);
            }
        }
        if (outline.pageNumbers()) {
            XWPFFooter footer = doc.createFooter(HeaderFooterType.DEFAULT);
            XWPFParagraph p = footer.createParagraph();
            p.setStyle("PiedDePage");
            p.createRun().setText("Page ");
            simpleField(p, "PAGE", "1");
            p.createRun().setText(" sur ");
            simpleField(p, "NUMPAGES", "1");
        }
    }

    private void paragraph(XWPFParagraph p, Paragraph block) {
        p.setStyle(block.style().id());
        if (block.pageBreak()) {
            p.setPageBreak(true);
        }
        runs(p, block.style().text(block.text()));
        for (String field : block.fields()) {
            mergeField(p, field);
        }
    }

    private static void runs(XWPFParagraph p, String text) {
        for (String[] piece : Outline.inline(text)) {
            XWPFRun run = p.createRun();
            run.setText(piece[1]);
            run.setBold(!piece[0].isEmpty());
        }
    }

    private void table(Table table) {
        XWPFTable t = doc.createTable(table.rows().size(), table.widths().size());
        // Fixed layout with the text width and every column's width given: LibreOffice then lays tables out without
        // measuring their contents (autofit), which made up much of a long convention's PDF time; Word shows the same.
        var properties = t.getCTTbl().getTblPr();
        properties.addNewTblLayout().setType(STTblLayoutType.FIXED);
        CTTblWidth tableWidth = properties.isSetTblW() ? properties.getTblW() : properties.addNewTblW();
        tableWidth.setType(STTblWidth.DXA);
        tableWidth.setW(BigInteger.valueOf(TEXT_WIDTH_TWIPS));
        int total = table.widths().stream().mapToInt(Integer::intValue).sum();
        var grid = t.getCTTbl().getTblGrid() != null ? t.getCTTbl().getTblGrid() : t.getCTTbl().addNewTblGrid();
        for (int c = 0; c < table.widths().size(); c++) {
            var column = c < grid.sizeOfGridColArray() ? grid.getGridColArray(c) : grid.addNewGridCol();
            column.setW(BigInteger.valueOf((long) TEXT_WIDTH_TWIPS * table.widths().get(c) / total));
        }
        for (int r = 0; r < table.rows().size(); r++) {
            Row row = table.rows().get(r);
            XWPFTableRow tr = t.getRow(r);
            if (row.header()) {
                tr.setRepeatHeader(true);
                tr.setCantSplitRow(true);
            } else if (table.signing()) {
                tr.setHeight((int) Math.round(Table.SIGNATURE_HEIGHT_CM / 2.54 * 1440));
                tr.setHeightRule(TableRowHeightRule.AT_LEAST);
                tr.setCantSplitRow(true);
            }
            List<String> cells = row.cells();
            for (int c = 0; c < cells.size(); c++) {
                XWPFTableCell cell = tr.getCell(c);
                CTTblWidth width = cell.getCTTc().addNewTcPr().addNewTcW();
                width.setType(STTblWidth.DXA);
                width.setW(BigInteger.valueOf((long) TEXT_WIDTH_TWIPS * table.widths().get(c) / total));
                boolean label = row.header() || table.keys() && c == 0;
                if (label) {
                    CTShd shade = cell.getCTTc().getTcPr().addNewShd();
                    shade.setVal(STShd.CLEAR);
                    shade.setFill(SHADE);
                }
                XWPFParagraph p = cell.getParagraphs().get(0);
                p.setStyle(label ? "Entetetableau" : "Textetableau");
                if (row.loop() != null && c == 0) {
                    mergeField(p, "@before-row[#list " + row.loop() + "]");
                }
                runs(p, label && !cells.get(c).contains("**") ? "**" + cells.get(c) + "**" : cells.get(c));
                if (row.loop() != null && c == cells.size() - 1) {
                    mergeField(p, "@after-row[/#list]");
                }
            }
        }
    }

    private void image(Image image, byte[] png) throws IOException {
        XWPFParagraph p = doc.createParagraph();
        p.setAlignment(ParagraphAlignment.CENTER);
        String name = "diagramme_" + image.name();
        long id = ++bookmarks;
        CTBookmark start = p.getCTP().addNewBookmarkStart();
        start.setId(BigInteger.valueOf(id));
        start.setName(name);
        try {
            p.createRun().addPicture(new ByteArrayInputStream(png), org.apache.poi.xwpf.usermodel.Document.PICTURE_TYPE_PNG,
                    name + ".png", Units.toEMU(image.widthCm() * 72 / 2.54), Units.toEMU(image.heightCm() * 72 / 2.54));
        } catch (org.apache.poi.openxml4j.exceptions.InvalidFormatException e) {
            throw new IOException(e);
        }
        CTMarkupRange end = p.getCTP().addNewBookmarkEnd();
        end.setId(BigInteger.valueOf(id));
    }

    /** A MERGEFIELD whose name is the directive: XDocReport's way for Word, robust against Word's run splitting. */
    private static void mergeField(XWPFParagraph p, String directive) {
        simpleField(p, "MERGEFIELD " + directive + " \\* MERGEFORMAT", "\u00AB" + directive + "\u00BB");
    }

    private static void simpleField(XWPFParagraph p, String instruction, String shown) {
        CTSimpleField field = p.getCTP().addNewFldSimple();
        field.setInstr(instruction);
        field.addNewR().addNewT().setStringValue(shown);
    }
}
