package org.ctgstudio.docgen;

/**
 * Draft or final: the rule is the same in the workbench and in plain Java. While validation finds errors, documents
 * are drafts marked « PROJET »; a final document is then refused unless the user insists.
 */
public enum Finality {
    /** Final when validation finds no error, else a draft marked « PROJET ». */
    AUTOMATIC,
    /** Always a draft marked « PROJET ». */
    DRAFT,
    /** The final document: refused while validation finds errors, unless the request insists. */
    FINAL
}
