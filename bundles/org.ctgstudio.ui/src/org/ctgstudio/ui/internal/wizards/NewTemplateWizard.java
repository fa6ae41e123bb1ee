package org.ctgstudio.ui.internal.wizards;

import java.math.BigDecimal;
import java.util.List;

import org.ctgstudio.model.ThematicDomain;
import org.ctgstudio.model.governance.CommitteeType;
import org.ctgstudio.model.template.CommitteeTemplate;
import org.ctgstudio.model.template.ConventionTemplate;
import org.ctgstudio.model.template.GovernanceSkeleton;
import org.ctgstudio.model.template.TemplateFactory;
import org.ctgstudio.model.template.TemplateStatus;
import org.ctgstudio.ui.internal.Messages;
import org.eclipse.emf.ecore.EObject;

/** Fichier &gt; Nouveau &gt; Modèle de convention: a draft template with the brief's mandatory themes and a COPIL. */
public class NewTemplateWizard extends NewModelFileWizard {

    @Override
    String[] texts() {
        return new String[] {Messages.NewTemplate_title, Messages.NewTemplate_pageTitle,
                Messages.NewTemplate_pageDescription, "ctgt", Messages.NewTemplate_fileName}; //$NON-NLS-1$
    }

    @Override
    EObject createModel() {
        ConventionTemplate template = TemplateFactory.eINSTANCE.createConventionTemplate();
        template.setName(Messages.NewTemplate_name);
        template.setVersion("0.1"); //$NON-NLS-1$
        template.setStatus(TemplateStatus.DRAFT);
        template.getMandatoryThemes().addAll(List.of(ThematicDomain.EARLY_CHILDHOOD, ThematicDomain.YOUTH,
                ThematicDomain.PARENTING));
        template.setMinAdditionalThemes(1);
        GovernanceSkeleton governance = TemplateFactory.eINSTANCE.createGovernanceSkeleton();
        CommitteeTemplate copil = TemplateFactory.eINSTANCE.createCommitteeTemplate();
        copil.setType(CommitteeType.STEERING);
        copil.setName(Messages.NewTemplate_copil);
        copil.setIsMandatory(true);
        copil.setDefaultMeetingsPerYear(1);
        governance.getCommittees().add(copil);
        governance.setIsCooperationOfficerRequired(true);
        governance.setMinFte(new BigDecimal("0.1")); //$NON-NLS-1$
        template.setGovernanceSkeleton(governance);
        template.setRuleParameters(TemplateFactory.eINSTANCE.createRuleParameterSet());
        return template;
    }
}
