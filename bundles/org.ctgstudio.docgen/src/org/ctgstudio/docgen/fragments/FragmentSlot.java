package org.ctgstudio.docgen.fragments;

/**
 * Where a fragment goes in the default convention templates (and in any template that lists
 * {@code fragments.articles} or {@code fragments.annexes}). A slot with no fragment prints nothing.
 */
public enum FragmentSlot {
    /** After the convention's last article, before the signatures: a heading and the body. */
    ARTICLES,
    /** After the last annex: a new page, the fragment's title as an annex heading, the body. */
    ANNEXES
}
