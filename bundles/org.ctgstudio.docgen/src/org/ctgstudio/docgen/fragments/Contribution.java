package org.ctgstudio.docgen.fragments;

import java.util.List;

import org.ctgstudio.docgen.internal.ContributedFragments;

/**
 * A fragment provider and the plugin it comes from (named in messages when one of its fragments fails).
 *
 * @param plugin the contributing bundle's symbolic name (in plain Java: the provider's class name)
 */
public record Contribution(String plugin, FragmentProvider provider) {

    /**
     * The installed contributions: the extension point's (when an extension registry runs), then
     * {@link java.util.ServiceLoader}'s. Read once.
     */
    public static List<Contribution> installed() {
        return ContributedFragments.installed();
    }
}
