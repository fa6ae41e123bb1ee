package org.ctgstudio.docgen.xlsx;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.List;
import java.util.function.BiConsumer;

import org.apache.poi.ss.usermodel.BorderStyle;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.FillPatternType;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.IndexedColors;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.ctgstudio.docgen.Messages;
import org.ctgstudio.docgen.model.Convention;
import org.ctgstudio.docgen.model.DateFr;
import org.ctgstudio.docgen.model.Fiche;
import org.ctgstudio.docgen.model.Financement;
import org.ctgstudio.docgen.model.Indicateur;
import org.ctgstudio.docgen.model.Montant;
import org.ctgstudio.docgen.model.Nombre;
import org.ctgstudio.docgen.model.Pourcentage;

/**
 * The action plan as a workbook for those who follow it in a spreadsheet: one sheet per view (fiches actions,
 * indicators, funding lines), one row per element, typed cells (dates, amounts in euros, percentages, numbers) so that
 * sorting and sums work, the header row frozen and filters on. Column titles are French.
 */
public final class ActionPlanWorkbook {

    private final XSSFWorkbook workbook = new XSSFWorkbook();
    private final CellStyle header;
    private final CellStyle date;
    private final CellStyle euros;
    private final CellStyle percent;
    private final CellStyle number;
    private final CellStyle text;

    private ActionPlanWorkbook() {
        Font bold = workbook.createFont();
        bold.setBold(true);
        header = workbook.createCellStyle();
        header.setFont(bold);
        header.setFillForegroundColor(IndexedColors.GREY_25_PERCENT.getIndex());
        header.setFillPattern(FillPatternType.SOLID_FOREGROUND);
        header.setBorderBottom(BorderStyle.THIN);
        header.setWrapText(true);
        date = style(workbook.createDataFormat().getFormat("dd/mm/yyyy"));
        euros = style(workbook.createDataFormat().getFormat("#,##0.00\\ \"\u20AC\""));
        percent = style(workbook.createDataFormat().getFormat("0.0%"));
        number = style(workbook.createDataFormat().getFormat("#,##0.##"));
        text = style((short) 0); // General
        text.setWrapText(true);
    }

    private CellStyle style(short dataFormat) {
        CellStyle style = workbook.createCellStyle();
        style.setDataFormat(dataFormat);
        return style;
    }

    /** The workbook of a convention; {@code draft} adds « PROJET » to every sheet's printed header. */
    public static byte[] of(Convention convention, boolean draft) {
        ActionPlanWorkbook book = new ActionPlanWorkbook();
        book.sheet(Messages.french("xlsx.sheet.actions"), Messages.french("xlsx.columns.actions"), convention.fiches(),
                book::action, draft, convention);
        book.sheet(Messages.french("xlsx.sheet.indicators"), Messages.french("xlsx.columns.indicators"),
                convention.fiches().stream().flatMap(f -> f.indicateurs().stream()).toList(), book::indicator, draft,
                convention);
        book.sheet(Messages.french("xlsx.sheet.fundings"), Messages.french("xlsx.columns.fundings"),
                convention.financements(), book::funding, draft, convention);
        book.workbook.getProperties().getCoreProperties().setTitle(convention.intitule());
        if (draft) {
            book.workbook.getProperties().getCoreProperties().setContentStatus(Messages.french("draft.mention"));
        }
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (XSSFWorkbook closing = book.workbook) {
            closing.write(out);
        } catch (IOException e) {
            throw new UncheckedIOException(e); // written to memory
        }
        return out.toByteArray();
    }

    private <T> void sheet(String name, String columns, List<T> items, BiConsumer<Row, T> fill, boolean draft,
            Convention convention) {
        Sheet sheet = workbook.createSheet(name);
        String[] titles = columns.split("\\|");
        Row head = sheet.createRow(0);
        for (int c = 0; c < titles.length; c++) {
            Cell cell = head.createCell(c);
            cell.setCellValue(titles[c]);
            cell.setCellStyle(header);
            sheet.setColumnWidth(c, Math.min(60, Math.max(12, titles[c].length() + 4)) * 256);
        }
        int r = 1;
        for (T item : items) {
            fill.accept(sheet.createRow(r++), item);
        }
        sheet.createFreezePane(0, 1);
        sheet.setAutoFilter(new CellRangeAddress(0, Math.max(1, r - 1), 0, titles.length - 1));
        sheet.getHeader().setLeft(convention.intitule());
        if (draft) {
            sheet.getHeader().setCenter(Messages.french("draft.banner"));
        }
        sheet.getFooter().setRight("&P / &N");
    }

    private void action(Row row, Fiche f) {
        int c = 0;
        text(row, c++, f.numero());
        text(row, c++, f.intitule());
        text(row, c++, f.axe());
        text(row, c++, f.objectifs());
        text(row, c++, f.pilote());
        text(row, c++, f.partenaires());
        text(row, c++, f.publics());
        text(row, c++, f.communes());
        date(row, c++, f.debut());
        date(row, c++, f.echeance());
        euros(row, c++, f.budget());
        euros(row, c++, f.totalFinancements());
        BigDecimal budget = f.budget().valeur();
        BigDecimal funded = f.totalFinancements().valeur();
        ratio(row, c++, budget == null || funded == null || budget.signum() == 0 ? null
                : funded.divide(budget, 4, RoundingMode.HALF_UP));
        text(row, c++, f.statut());
        row.createCell(c).setCellValue(f.indicateurs().size());
    }

    private void indicator(Row row, Indicateur i) {
        int c = 0;
        text(row, c++, i.fiche());
        text(row, c++, i.code());
        text(row, c++, i.libelle());
        text(row, c++, i.type());
        text(row, c++, i.unite());
        number(row, c++, i.valeurInitiale());
        date(row, c++, i.dateValeurInitiale());
        number(row, c++, i.cible());
        number(row, c++, i.derniereMesure().valeur());
        date(row, c++, i.derniereMesure().date());
        percent(row, c++, i.atteinte());
        text(row, c, i.source());
    }

    private void funding(Row row, Financement f) {
        int c = 0;
        text(row, c++, f.fiche());
        text(row, c++, f.dispositif());
        text(row, c++, f.financeur());
        text(row, c++, f.beneficiaire());
        text(row, c++, f.equipement());
        if (f.annee() > 0) {
            row.createCell(c).setCellValue(f.annee());
        }
        c++;
        euros(row, c++, f.montant());
        text(row, c, f.bonus() ? Messages.french("xlsx.yes") : Messages.french("xlsx.no"));
    }

    private void text(Row row, int column, String value) {
        if (!value.isEmpty()) {
            Cell cell = row.createCell(column);
            cell.setCellValue(value);
            cell.setCellStyle(text);
        }
    }

    private void date(Row row, int column, DateFr value) {
        LocalDate day = value.valeur();
        if (day != null) {
            Cell cell = row.createCell(column);
            cell.setCellValue(day);
            cell.setCellStyle(date);
        }
    }

    private void euros(Row row, int column, Montant value) {
        decimal(row, column, value.valeur(), euros);
    }

    private void number(Row row, int column, Nombre value) {
        decimal(row, column, value.valeur(), number);
    }

    private void percent(Row row, int column, Pourcentage value) {
        ratio(row, column, value.valeur() == null ? null : value.valeur().movePointLeft(2));
    }

    private void ratio(Row row, int column, BigDecimal fraction) {
        decimal(row, column, fraction, percent);
    }

    private static void decimal(Row row, int column, BigDecimal value, CellStyle style) {
        if (value != null) {
            Cell cell = row.createCell(column);
            cell.setCellValue(value.doubleValue());
            cell.setCellStyle(style);
        }
    }
}
