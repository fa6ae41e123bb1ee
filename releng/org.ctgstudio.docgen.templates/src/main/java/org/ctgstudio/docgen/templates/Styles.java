package org.ctgstudio.docgen.templates;

/**
 * The paragraph styles of the default templates, for Word and for LibreOffice: the same names, sizes and colours in
 * both, so that the DOCX and the ODT of a template look alike. Arial (Liberation Sans where Arial is missing), French
 * language (Word and LibreOffice then check French spelling).
 */
final class Styles {

    /** Title blue of the headings; the draft mention is red. */
    static final String BLUE = "1F3864";
    static final String RED = "C00000";

    /** One style: Word id, display name, size (half-points), bold, colour, alignment, outline level, spacing. */
    record Style(String id, String name, int halfPoints, boolean bold, String color, String align, int outline,
            int spaceBefore, int spaceAfter) {
    }

    static final Style[] ALL = {
        new Style("Corps", "Corps de texte", 20, false, "000000", "both", 0, 0, 120),
        new Style("Titre", "Titre", 40, true, BLUE, "center", 0, 1200, 240),
        new Style("Soustitre", "Sous-titre", 28, false, BLUE, "center", 0, 120, 240),
        new Style("Titre1", "Titre 1", 28, true, BLUE, "left", 1, 360, 120),
        new Style("Titre2", "Titre 2", 24, true, BLUE, "left", 2, 240, 120),
        new Style("Titre3", "Titre 3", 21, true, BLUE, "left", 3, 180, 60),
        new Style("Centre", "Centré", 20, false, "000000", "center", 0, 60, 60),
        new Style("Mention", "Mention projet", 28, true, RED, "center", 0, 120, 120),
        new Style("Liste", "Liste", 20, false, "000000", "left", 0, 0, 60),
        new Style("Petit", "Petit", 4, false, "000000", "left", 0, 0, 0),
        new Style("EnTete", "En-tête CTG", 16, false, "595959", "right", 0, 0, 0),
        new Style("PiedDePage", "Pied de page CTG", 16, false, "595959", "center", 0, 0, 0),
        new Style("Entetetableau", "En-tête de tableau", 18, true, "000000", "left", 0, 40, 40),
        new Style("Textetableau", "Texte de tableau", 18, false, "000000", "left", 0, 40, 40),
    };

    static final String DOCX;

    static {
        StringBuilder xml = new StringBuilder("""
                <w:styles xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main">
                <w:docDefaults><w:rPrDefault><w:rPr><w:rFonts w:ascii="Arial" w:hAnsi="Arial" w:eastAsia="Arial" \
                w:cs="Arial"/><w:sz w:val="20"/><w:szCs w:val="20"/><w:lang w:val="fr-FR"/></w:rPr></w:rPrDefault>\
                <w:pPrDefault><w:pPr><w:spacing w:after="120" w:line="264" w:lineRule="auto"/></w:pPr></w:pPrDefault>\
                </w:docDefaults>
                <w:style w:type="paragraph" w:default="1" w:styleId="Normal"><w:name w:val="Normal"/><w:qFormat/></w:style>
                <w:style w:type="table" w:default="1" w:styleId="TableauNormal"><w:name w:val="Normal Table"/>\
                <w:tblPr><w:tblCellMar><w:top w:w="40" w:type="dxa"/><w:left w:w="100" w:type="dxa"/>\
                <w:bottom w:w="40" w:type="dxa"/><w:right w:w="100" w:type="dxa"/></w:tblCellMar></w:tblPr></w:style>
                """);
        for (Style s : ALL) {
            xml.append("<w:style w:type=\"paragraph\" w:customStyle=\"1\" w:styleId=\"").append(s.id())
                    .append("\"><w:name w:val=\"").append(s.name()).append("\"/><w:basedOn w:val=\"Normal\"/>")
                    .append(s.outline() > 0 ? "<w:next w:val=\"Corps\"/>" : "").append("<w:qFormat/><w:pPr>")
                    .append(s.outline() > 0 || s.id().equals("Titre") ? "<w:keepNext/>" : "")
                    .append("<w:spacing w:before=\"").append(s.spaceBefore()).append("\" w:after=\"")
                    .append(s.spaceAfter()).append("\"/><w:jc w:val=\"").append(s.align()).append("\"/>")
                    .append(s.outline() > 0 ? "<w:outlineLvl w:val=\"" + (s.outline() - 1) + "\"/>" : "")
                    .append("</w:pPr><w:rPr>").append(s.bold() ? "<w:b/>" : "").append("<w:color w:val=\"")
                    .append(s.color()).append("\"/><w:sz w:val=\"").append(s.halfPoints()).append("\"/><w:szCs w:val=\"")
                    .append(s.halfPoints()).append("\"/></w:rPr></w:style>\n");
        }
        DOCX = xml.append("</w:styles>").toString();
    }

    private Styles() {
    }
}
