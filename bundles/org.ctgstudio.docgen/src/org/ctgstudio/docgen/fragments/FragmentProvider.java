package org.ctgstudio.docgen.fragments;

import java.util.List;

/**
 * What a plugin contributes to documents: its fragments, each with its data. Declared in {@code plugin.xml} under
 * the extension point {@code org.ctgstudio.docgen.fragments} (schema/fragments.exsd) and, for plain Java (command
 * line, tests without OSGi), in {@code META-INF/services/org.ctgstudio.docgen.fragments.FragmentProvider}.
 * Implementations have a public no-argument constructor and are created once.
 */
public interface FragmentProvider {

    List<DocumentFragment> fragments();
}
