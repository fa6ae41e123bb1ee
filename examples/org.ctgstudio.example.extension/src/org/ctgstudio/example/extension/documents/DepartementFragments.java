package org.ctgstudio.example.extension.documents;

import java.util.List;
import java.util.Locale;
import java.util.ResourceBundle;

import org.ctgstudio.docgen.fragments.DocumentFragment;
import org.ctgstudio.docgen.fragments.FragmentProvider;
import org.ctgstudio.docgen.fragments.FragmentSlot;

/**
 * The example's document fragment, contributed through {@code org.ctgstudio.docgen.fragments} (and
 * META-INF/services for plain Java): an annex « Financements départementaux » of the default convention templates,
 * listing the convention's departmental funding lines ({@link DepartementData}, body in financements.ftlh).
 */
public final class DepartementFragments implements FragmentProvider {

    public static final String ID = "financements-departementaux";

    @Override
    public List<DocumentFragment> fragments() {
        return List.of(new DocumentFragment(ID, FragmentSlot.ANNEXES, title(Locale.FRENCH), title(Locale.ENGLISH),
                DocumentFragment.body(DepartementFragments.class, "financements.ftlh"), new DepartementData()));
    }

    /** The title in French (the document's) or English, from messages*.properties beside this class. */
    static String title(Locale locale) {
        return ResourceBundle.getBundle("org.ctgstudio.example.extension.documents.messages", locale,
                DepartementFragments.class.getClassLoader(),
                ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES))
                .getString("fragment.title");
    }
}
