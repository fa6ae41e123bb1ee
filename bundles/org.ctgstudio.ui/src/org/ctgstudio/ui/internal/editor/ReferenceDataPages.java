package org.ctgstudio.ui.internal.editor;

import java.util.ArrayList;
import java.util.List;

import org.ctgstudio.model.CtgPackage;
import org.ctgstudio.model.CtgWorkspace;
import org.ctgstudio.ui.internal.Messages;
import org.eclipse.emf.common.notify.AdapterFactory;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.ui.forms.ManagedForm;

/**
 * The form page of a reference data file (.ctgw): the territories with their context (character, seat commune,
 * competent Caf, communes, population, financial figures) and the communes (INSEE code, population, commune nouvelle,
 * QPV, ZRR), in one table with the selected one's details. The competences and communes déléguées, which are lists
 * of their own, are edited in the tree and the Properties view.
 */
final class ReferenceDataPages {

    private ReferenceDataPages() {
    }

    static ManagedForm territories(Composite parent, CtgWorkspace workspace, AdapterFactory adapterFactory) {
        return FormPages.listDetails(parent, workspace, adapterFactory, Messages.Territories_title, () -> {
            List<EObject> items = new ArrayList<>(workspace.getTerritories());
            items.addAll(workspace.getMunicipalities());
            return items;
        }, List.of(CtgPackage.Literals.TERRITORY__NAME, CtgPackage.Literals.MUNICIPALITY__NAME,
                CtgPackage.Literals.TERRITORY__TYPE, CtgPackage.Literals.TERRITORY__CHARACTER,
                CtgPackage.Literals.TERRITORY__POPULATION, CtgPackage.Literals.MUNICIPALITY__POPULATION,
                CtgPackage.Literals.TERRITORY__CODE, CtgPackage.Literals.MUNICIPALITY__INSEE_CODE),
                List.of(CtgPackage.Literals.TERRITORY__NAME, CtgPackage.Literals.TERRITORY__TYPE,
                        CtgPackage.Literals.TERRITORY__CHARACTER, CtgPackage.Literals.TERRITORY__CODE,
                        CtgPackage.Literals.TERRITORY__SEAT, CtgPackage.Literals.TERRITORY__COMPETENT_CAF,
                        CtgPackage.Literals.TERRITORY__MUNICIPALITIES, CtgPackage.Literals.TERRITORY__POPULATION,
                        CtgPackage.Literals.TERRITORY__POPULATION_YEAR,
                        CtgPackage.Literals.TERRITORY__FINANCIAL_POTENTIAL_PER_INHABITANT,
                        CtgPackage.Literals.TERRITORY__INCOME_PER_INHABITANT, CtgPackage.Literals.MUNICIPALITY__NAME,
                        CtgPackage.Literals.MUNICIPALITY__INSEE_CODE, CtgPackage.Literals.MUNICIPALITY__POPULATION,
                        CtgPackage.Literals.MUNICIPALITY__POPULATION_YEAR,
                        CtgPackage.Literals.MUNICIPALITY__IS_NEW_MUNICIPALITY, CtgPackage.Literals.MUNICIPALITY__HAS_QPV,
                        CtgPackage.Literals.MUNICIPALITY__IS_ZRR),
                List.of(CtgPackage.Literals.TERRITORY, CtgPackage.Literals.MUNICIPALITY));
    }
}
