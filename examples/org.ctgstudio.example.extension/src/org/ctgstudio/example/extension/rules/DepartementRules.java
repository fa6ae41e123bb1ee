package org.ctgstudio.example.extension.rules;

import java.util.List;

import org.ctgstudio.example.extension.departement.DepartementPackage;
import org.ctgstudio.example.extension.departement.DepartmentalFunding;
import org.ctgstudio.model.funding.FundingPackage;
import org.ctgstudio.model.funding.FundingSource;
import org.ctgstudio.model.util.LocalizedMessages;
import org.ctgstudio.validation.Finding;
import org.ctgstudio.validation.Rule;
import org.ctgstudio.validation.RuleProfile;
import org.ctgstudio.validation.RuleProvider;
import org.ctgstudio.validation.Severity;
import org.ctgstudio.validation.fixes.QuickFix;
import org.eclipse.emf.common.command.Command;
import org.eclipse.emf.edit.command.SetCommand;
import org.eclipse.emf.edit.domain.EditingDomain;

/**
 * The example's rule and its quick fix, contributed through {@code org.ctgstudio.validation.rules}: a departmental
 * funding line is paid from the département's own budget, so its source must say so (the Caf's dashboards add up
 * fundings by source).
 */
public final class DepartementRules implements RuleProvider {

    /** Stable, never reused; prefixed with the contributor's own code, never {@code CTG-}. */
    public static final String SOURCE_RULE = "EXDEP-FIN-01";

    private static final LocalizedMessages MESSAGES = new LocalizedMessages(
            "org.ctgstudio.example.extension.rules.messages", DepartementRules.class);

    @Override
    public List<Rule> rules() {
        return List.of(Rule.of(SOURCE_RULE, Severity.WARNING, DepartmentalFunding.class,
                List.of(DepartementPackage.Literals.DEPARTMENTAL_FUNDING), "funding", List.of(), MESSAGES,
                (funding, context) -> {
                    if (funding.getSource() != FundingSource.DEPARTMENT) {
                        context.report(funding, funding.getScheme() == null ? "?" : funding.getScheme());
                    }
                }));
    }

    @Override
    public List<QuickFix> quickFixes() {
        return List.of(new QuickFix() {
            @Override
            public String ruleId() {
                return SOURCE_RULE;
            }

            @Override
            public String label() {
                return MESSAGES.format("fix.departmentSource");
            }

            @Override
            public Command create(EditingDomain domain, Finding finding, RuleProfile profile) {
                if (!SOURCE_RULE.equals(finding.ruleId()) || !(finding.element() instanceof DepartmentalFunding f)) {
                    return null;
                }
                Command command = SetCommand.create(domain, f, FundingPackage.Literals.FUNDING__SOURCE,
                        FundingSource.DEPARTMENT);
                return command.canExecute() ? command : null;
            }
        });
    }
}
