package org.ctgstudio.docgen.fragments;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Objects;

/**
 * A piece of document a plugin adds to the default convention templates.
 * <p>
 * The body is a FreeMarker text (square-bracket syntax, {@code [#list …]}) that writes a small HTML subset —
 * {@code <p>}, {@code <b>}, {@code <i>}, {@code <ul>}/{@code <ol>}/{@code <li>}, {@code <table>}/{@code <tr>}/
 * {@code <td>} and a few more, without attributes (no links, no pictures) — inserted into DOCX and ODT alike by
 * XDocReport's text styling (and so into PDF). It runs in the same sandbox as templates and articles' texts: it reads the names of the user guide's « Données des modèles » and its own
 * {@link TemplateDataProvider data}, values are HTML-escaped, and it cannot create objects, call Java or read files.
 *
 * @param id      stable id, unique in the contributing plugin (« financements-departementaux »)
 * @param slot    where it goes in the default templates
 * @param titleFr the heading in the document (documents are French)
 * @param titleEn the English title (lists of contributions in an English user interface)
 * @param body    the body's FreeMarker-HTML text
 * @param data    its data; may be null when the body reads the data model only
 */
public record DocumentFragment(String id, FragmentSlot slot, String titleFr, String titleEn, String body,
        TemplateDataProvider data) {

    public DocumentFragment {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(slot, "slot");
        Objects.requireNonNull(titleFr, "titleFr");
        Objects.requireNonNull(body, "body");
        titleEn = titleEn == null ? titleFr : titleEn;
    }

    /**
     * A body kept as a UTF-8 resource beside {@code owner} (e.g. {@code "financements.ftlh"} next to the provider
     * class), so that it is edited as a file.
     */
    public static String body(Class<?> owner, String resource) {
        try (InputStream in = owner.getResourceAsStream(resource)) {
            if (in == null) {
                throw new UncheckedIOException(new IOException(owner.getPackageName() + "/" + resource + " not found"));
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
