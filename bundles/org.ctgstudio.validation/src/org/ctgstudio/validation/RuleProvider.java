package org.ctgstudio.validation;

import java.util.List;

/**
 * Contributes rules from another bundle, through the extension point {@code org.ctgstudio.validation.rules}
 * (or, outside OSGi, a {@link java.util.ServiceLoader} entry). Rule ids must be stable and unique; prefix them with
 * your organisation (e.g. {@code CAF00-...}).
 */
public interface RuleProvider {
    List<Rule> rules();
}
