package org.ctgstudio.docgen.fragments;

import org.ctgstudio.model.GlobalTerritorialAgreement;

/**
 * The data a fragment's body reads, computed from the convention by the contributing plugin. The body sees it under
 * {@link #key()} ({@code ${departement.lignes}}), beside the names of the user guide's « Données des modèles ».
 * <p>
 * The value must be a view record (or a list/map of them, texts, numbers) copied out of the model: the sandbox lets
 * a body read the accessors of records of the value's own package, and nothing else — never return EMF objects
 * (their methods stay unreachable, and {@code eResource().save()} must never be). A provider that throws leaves its
 * fragment out of the document with a warning naming the plugin and the fragment; the rest is still produced.
 */
public interface TemplateDataProvider {

    /** The name the body reads the data under: a Java identifier, not one of the data model's root names. */
    String key();

    /** The data for this convention, as view records. */
    Record data(GlobalTerritorialAgreement agreement);
}
