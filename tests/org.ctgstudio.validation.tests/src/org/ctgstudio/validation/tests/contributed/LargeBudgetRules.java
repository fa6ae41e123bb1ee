package org.ctgstudio.validation.tests.contributed;

import java.math.BigDecimal;
import java.util.List;

import org.ctgstudio.model.plan.Action;
import org.ctgstudio.model.plan.PlanPackage;
import org.ctgstudio.model.util.LocalizedMessages;
import org.ctgstudio.validation.Rule;
import org.ctgstudio.validation.RuleProvider;
import org.ctgstudio.validation.Severity;

/** A plugin's own rule: actions above a budget threshold (parameter largeBudget, 500 000 € unless set) are noted. */
public class LargeBudgetRules implements RuleProvider {

    private static final LocalizedMessages MESSAGES = new LocalizedMessages(
            "org.ctgstudio.validation.tests.contributed.messages", LargeBudgetRules.class);

    @Override
    public List<Rule> rules() {
        return List.of(Rule.of("TEST-ACT-99", Severity.INFO, Action.class, List.of(PlanPackage.Literals.ACTION),
                "actions", List.of("MC"), MESSAGES, (action, context) -> {
                    String threshold = context.parameters().value("largeBudget");
                    BigDecimal limit = new BigDecimal(threshold == null ? "500000" : threshold);
                    if (action.getPlannedBudget() != null && action.getPlannedBudget().compareTo(limit) > 0) {
                        context.report(action, action.getNumber());
                    }
                }));
    }
}
