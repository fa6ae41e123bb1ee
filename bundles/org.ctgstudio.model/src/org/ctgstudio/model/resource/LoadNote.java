package org.ctgstudio.model.resource;

import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EStructuralFeature;

/**
 * Something wrong, but not fatal, that the loader saw in a file while reading it, where it saw it; {@link LoadProblems}
 * turns it into a {@link ModelProblem}.
 *
 * @param element the element concerned (the holder of the reference, attribute or child)
 * @param feature the feature concerned, or null
 * @param text    the id, name or type written in the file
 * @param other   the element the text leads to (wrong type, duplicate id), or null
 */
record LoadNote(Kind kind, int line, int column, EObject element, EStructuralFeature feature, String text,
        EObject other) {

    enum Kind {
        /** A reference to an id that no element of the file has: kept as written. */
        DANGLING_REFERENCE,
        /** A reference to an element of another type than the feature's: kept as written. */
        WRONG_TYPE_REFERENCE,
        /** An attribute this version does not know (misspelt, or from a newer version): kept. */
        UNKNOWN_ATTRIBUTE,
        /** A child element this version does not know: kept. */
        UNKNOWN_ELEMENT,
        /** A child of a known feature with an unknown {@code xsi:type}: kept. */
        UNKNOWN_TYPE,
        /** An id already held by another element: the later element got a new one. */
        DUPLICATE_ID
    }
}
