/**
 * The data model templates see: plain, immutable view objects (records) with French names, built from the EMF model
 * by {@link org.ctgstudio.docgen.model.ConventionViews} only. Templates never see EMF objects (a template could
 * otherwise reach {@code eResource().save()}); the sandbox exposes the accessors of these records and nothing else.
 * Values are never null: missing texts are empty, missing dates, amounts and numbers print as nothing and say so
 * through {@code renseigne}/{@code renseignee}, lists are empty. The user guide's reference page documents every name.
 */
package org.ctgstudio.docgen.model;
