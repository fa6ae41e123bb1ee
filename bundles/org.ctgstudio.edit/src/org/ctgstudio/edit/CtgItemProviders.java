package org.ctgstudio.edit;

import org.ctgstudio.model.deployment.provider.DeploymentItemProviderAdapterFactory;
import org.ctgstudio.model.funding.provider.FundingItemProviderAdapterFactory;
import org.ctgstudio.model.governance.provider.GovernanceItemProviderAdapterFactory;
import org.ctgstudio.model.plan.provider.PlanItemProviderAdapterFactory;
import org.ctgstudio.model.provider.CtgItemProviderAdapterFactory;
import org.ctgstudio.model.template.provider.TemplateItemProviderAdapterFactory;
import org.eclipse.emf.common.notify.Adapter;
import org.eclipse.emf.common.notify.AdapterFactory;
import org.eclipse.emf.common.notify.Notifier;
import org.eclipse.emf.edit.provider.ComposeableAdapterFactory;
import org.eclipse.emf.edit.provider.ComposedAdapterFactory;
import org.eclipse.emf.edit.provider.DecoratorAdapterFactory;
import org.eclipse.emf.edit.provider.IEditingDomainItemProvider;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.edit.provider.IItemLabelProvider;
import org.eclipse.emf.edit.provider.IItemPropertySource;
import org.eclipse.emf.edit.provider.IItemProviderDecorator;
import org.eclipse.emf.edit.provider.IStructuredItemContentProvider;
import org.eclipse.emf.edit.provider.ITreeItemContentProvider;
import org.eclipse.emf.edit.provider.ItemProviderDecorator;
import org.eclipse.emf.edit.provider.ReflectiveItemProviderAdapterFactory;
import org.eclipse.emf.edit.provider.resource.ResourceItemProviderAdapterFactory;

/**
 * The adapter factory editors, views and documents use for CTG models: every item provider of the CTG packages and
 * of packages contributed by plugins (through EMF's registry when OSGi runs), labels from {@link CtgLabels}.
 */
public final class CtgItemProviders {

    private CtgItemProviders() {
    }

    private static volatile AdapterFactory labels;

    /**
     * How trees label an element, for messages (findings, problems) about any element: the CTG labels, and those
     * the item providers of a plugin's package give its classes; null for what no item provider labels.
     */
    public static String label(EObject element) {
        String text = CtgLabels.text(element);
        if (text != null || element == null) {
            return text;
        }
        AdapterFactory factory = labels;
        if (factory == null) {
            synchronized (CtgItemProviders.class) {
                if (labels == null) {
                    labels = create();
                }
                factory = labels;
            }
        }
        return factory.adapt(element, IItemLabelProvider.class) instanceof IItemLabelProvider provider
                ? provider.getText(element) : null;
    }

    /** The root adapter factory to give viewers, property sheets and editing domains; dispose it with them. */
    public static DecoratorAdapterFactory create() {
        RootedComposedAdapterFactory composed = new RootedComposedAdapterFactory();
        // Without OSGi the registry is empty: add the CTG factories themselves (harmless duplicates otherwise,
        // the first factory that supports a type wins).
        composed.addAdapterFactory(new ResourceItemProviderAdapterFactory());
        composed.addAdapterFactory(new CtgItemProviderAdapterFactory());
        composed.addAdapterFactory(new PlanItemProviderAdapterFactory());
        composed.addAdapterFactory(new FundingItemProviderAdapterFactory());
        composed.addAdapterFactory(new GovernanceItemProviderAdapterFactory());
        composed.addAdapterFactory(new DeploymentItemProviderAdapterFactory());
        composed.addAdapterFactory(new TemplateItemProviderAdapterFactory());
        composed.addAdapterFactory(new ReflectiveItemProviderAdapterFactory());
        LabelDecorators root = new LabelDecorators(composed);
        composed.root = root;
        return root;
    }

    /**
     * The item providers of every package, answering the label decorator as root factory: item property descriptors
     * label their values (reference choices, enumeration literals) through the root, so they read like the trees.
     */
    private static final class RootedComposedAdapterFactory extends ComposedAdapterFactory {
        private ComposeableAdapterFactory root;

        RootedComposedAdapterFactory() {
            super(ComposedAdapterFactory.Descriptor.Registry.INSTANCE);
        }

        @Override
        public ComposeableAdapterFactory getRootAdapterFactory() {
            return root != null ? root : super.getRootAdapterFactory();
        }
    }

    /**
     * Decorates every item provider with the CTG labels; everything else is delegated. It must be the root factory:
     * EMF's ComposedAdapterFactory would ask it for {@link Adapter}s, which decorators are not meant to be.
     */
    private static final class LabelDecorators extends DecoratorAdapterFactory {
        LabelDecorators(AdapterFactory decorated) {
            super(decorated);
        }

        @Override
        protected IItemProviderDecorator createItemProviderDecorator(Object target, Object type) {
            return new LabelDecorator(this);
        }
    }

    /** One per decorated item provider, shared by all its elements (as the item provider is). */
    private static final class LabelDecorator extends ItemProviderDecorator implements IEditingDomainItemProvider,
            IStructuredItemContentProvider, ITreeItemContentProvider, IItemLabelProvider, IItemPropertySource, Adapter {
        LabelDecorator(AdapterFactory factory) {
            super(factory);
        }

        @Override
        public String getText(Object object) {
            String text = CtgLabels.text(object);
            return text != null ? text : super.getText(object);
        }

        // Adapter, should anyone reach this decorator through a Notifier-typed path: it is attached to nothing.
        @Override
        public Notifier getTarget() {
            return null;
        }

        @Override
        public void setTarget(Notifier newTarget) {
            // shared by many elements, like the item provider it decorates
        }

        @Override
        public boolean isAdapterForType(Object type) {
            return false;
        }
    }
}
