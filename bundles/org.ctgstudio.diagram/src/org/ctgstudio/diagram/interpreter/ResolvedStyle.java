package org.ctgstudio.diagram.interpreter;

import org.ctgstudio.diagram.description.ArrowKind;
import org.ctgstudio.diagram.description.DescriptionPackage;
import org.ctgstudio.diagram.description.LineStyle;
import org.ctgstudio.diagram.description.NodeShape;
import org.ctgstudio.diagram.description.Style;
import org.eclipse.emf.ecore.EAttribute;

/**
 * A style with every attribute decided: the defaults, then the mapping's style, then the first conditional style
 * that matches (only the attributes each one sets). These values travel in the GModel's {@code args}, so the client
 * and the picture painter draw the same thing.
 */
public record ResolvedStyle(NodeShape shape, String fillColor, String borderColor, LineStyle borderStyle,
        int borderWidth, String labelColor, int fontSize, boolean bold, boolean italic, String icon, int width,
        int height, ArrowKind sourceArrow, ArrowKind targetArrow) {

    public static final ResolvedStyle NODE_DEFAULT = new ResolvedStyle(NodeShape.ROUNDED, "#FFFFFF", "#3A3A3A",
            LineStyle.SOLID, 1, "#161616", 12, false, false, null, 150, 44, ArrowKind.NONE, ArrowKind.NONE);
    public static final ResolvedStyle EDGE_DEFAULT = new ResolvedStyle(NodeShape.RECTANGLE, "#FFFFFF", "#666666",
            LineStyle.SOLID, 1, "#3A3A3A", 11, false, false, null, 0, 0, ArrowKind.NONE, ArrowKind.ARROW);

    /** This style with the attributes that {@code style} sets (null: unchanged). */
    public ResolvedStyle with(Style style) {
        if (style == null) {
            return this;
        }
        return new ResolvedStyle(
                set(style, DescriptionPackage.Literals.STYLE__SHAPE) ? style.getShape() : shape,
                set(style, DescriptionPackage.Literals.STYLE__FILL_COLOR) ? style.getFillColor() : fillColor,
                set(style, DescriptionPackage.Literals.STYLE__BORDER_COLOR) ? style.getBorderColor() : borderColor,
                set(style, DescriptionPackage.Literals.STYLE__BORDER_STYLE) ? style.getBorderStyle() : borderStyle,
                set(style, DescriptionPackage.Literals.STYLE__BORDER_WIDTH) ? style.getBorderWidth() : borderWidth,
                set(style, DescriptionPackage.Literals.STYLE__LABEL_COLOR) ? style.getLabelColor() : labelColor,
                set(style, DescriptionPackage.Literals.STYLE__FONT_SIZE) ? style.getFontSize() : fontSize,
                set(style, DescriptionPackage.Literals.STYLE__BOLD) ? style.isBold() : bold,
                set(style, DescriptionPackage.Literals.STYLE__ITALIC) ? style.isItalic() : italic,
                set(style, DescriptionPackage.Literals.STYLE__ICON) ? style.getIcon() : icon,
                set(style, DescriptionPackage.Literals.STYLE__WIDTH) ? style.getWidth() : width,
                set(style, DescriptionPackage.Literals.STYLE__HEIGHT) ? style.getHeight() : height,
                set(style, DescriptionPackage.Literals.STYLE__SOURCE_ARROW) ? style.getSourceArrow() : sourceArrow,
                set(style, DescriptionPackage.Literals.STYLE__TARGET_ARROW) ? style.getTargetArrow() : targetArrow);
    }

    private static boolean set(Style style, EAttribute attribute) {
        return style.eIsSet(attribute);
    }
}
