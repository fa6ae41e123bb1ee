/**
 * CTG Studio - generated from diagram.genmodel; do not edit (regenerate, see bundles/org.ctgstudio.diagram/README.md).
 */
package org.ctgstudio.diagram.description.impl;

import org.ctgstudio.diagram.description.ArrowKind;
import org.ctgstudio.diagram.description.DescriptionPackage;
import org.ctgstudio.diagram.description.LineStyle;
import org.ctgstudio.diagram.description.NodeShape;
import org.ctgstudio.diagram.description.Style;

import org.eclipse.emf.common.notify.Notification;

import org.eclipse.emf.ecore.EClass;

import org.eclipse.emf.ecore.impl.ENotificationImpl;
import org.eclipse.emf.ecore.impl.MinimalEObjectImpl;

/**
 * <!-- begin-user-doc -->
 * An implementation of the model object '<em><b>Style</b></em>'.
 * <!-- end-user-doc -->
 * <p>
 * The following features are implemented:
 * </p>
 * <ul>
 *   <li>{@link org.ctgstudio.diagram.description.impl.StyleImpl#getShape <em>Shape</em>}</li>
 *   <li>{@link org.ctgstudio.diagram.description.impl.StyleImpl#getFillColor <em>Fill Color</em>}</li>
 *   <li>{@link org.ctgstudio.diagram.description.impl.StyleImpl#getBorderColor <em>Border Color</em>}</li>
 *   <li>{@link org.ctgstudio.diagram.description.impl.StyleImpl#getBorderStyle <em>Border Style</em>}</li>
 *   <li>{@link org.ctgstudio.diagram.description.impl.StyleImpl#getBorderWidth <em>Border Width</em>}</li>
 *   <li>{@link org.ctgstudio.diagram.description.impl.StyleImpl#getLabelColor <em>Label Color</em>}</li>
 *   <li>{@link org.ctgstudio.diagram.description.impl.StyleImpl#getFontSize <em>Font Size</em>}</li>
 *   <li>{@link org.ctgstudio.diagram.description.impl.StyleImpl#isBold <em>Bold</em>}</li>
 *   <li>{@link org.ctgstudio.diagram.description.impl.StyleImpl#isItalic <em>Italic</em>}</li>
 *   <li>{@link org.ctgstudio.diagram.description.impl.StyleImpl#getIcon <em>Icon</em>}</li>
 *   <li>{@link org.ctgstudio.diagram.description.impl.StyleImpl#getWidth <em>Width</em>}</li>
 *   <li>{@link org.ctgstudio.diagram.description.impl.StyleImpl#getHeight <em>Height</em>}</li>
 *   <li>{@link org.ctgstudio.diagram.description.impl.StyleImpl#getSourceArrow <em>Source Arrow</em>}</li>
 *   <li>{@link org.ctgstudio.diagram.description.impl.StyleImpl#getTargetArrow <em>Target Arrow</em>}</li>
 * </ul>
 *
 * @generated
 */
public class StyleImpl extends MinimalEObjectImpl.Container implements Style {
	/**
	 * The default value of the '{@link #getShape() <em>Shape</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getShape()
	 * @generated
	 * @ordered
	 */
	protected static final NodeShape SHAPE_EDEFAULT = NodeShape.RECTANGLE;

	/**
	 * The cached value of the '{@link #getShape() <em>Shape</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getShape()
	 * @generated
	 * @ordered
	 */
	protected NodeShape shape = SHAPE_EDEFAULT;

	/**
	 * This is true if the Shape attribute has been set.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	protected boolean shapeESet;

	/**
	 * The default value of the '{@link #getFillColor() <em>Fill Color</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getFillColor()
	 * @generated
	 * @ordered
	 */
	protected static final String FILL_COLOR_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getFillColor() <em>Fill Color</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getFillColor()
	 * @generated
	 * @ordered
	 */
	protected String fillColor = FILL_COLOR_EDEFAULT;

	/**
	 * This is true if the Fill Color attribute has been set.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	protected boolean fillColorESet;

	/**
	 * The default value of the '{@link #getBorderColor() <em>Border Color</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getBorderColor()
	 * @generated
	 * @ordered
	 */
	protected static final String BORDER_COLOR_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getBorderColor() <em>Border Color</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getBorderColor()
	 * @generated
	 * @ordered
	 */
	protected String borderColor = BORDER_COLOR_EDEFAULT;

	/**
	 * This is true if the Border Color attribute has been set.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	protected boolean borderColorESet;

	/**
	 * The default value of the '{@link #getBorderStyle() <em>Border Style</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getBorderStyle()
	 * @generated
	 * @ordered
	 */
	protected static final LineStyle BORDER_STYLE_EDEFAULT = LineStyle.SOLID;

	/**
	 * The cached value of the '{@link #getBorderStyle() <em>Border Style</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getBorderStyle()
	 * @generated
	 * @ordered
	 */
	protected LineStyle borderStyle = BORDER_STYLE_EDEFAULT;

	/**
	 * This is true if the Border Style attribute has been set.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	protected boolean borderStyleESet;

	/**
	 * The default value of the '{@link #getBorderWidth() <em>Border Width</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getBorderWidth()
	 * @generated
	 * @ordered
	 */
	protected static final int BORDER_WIDTH_EDEFAULT = 0;

	/**
	 * The cached value of the '{@link #getBorderWidth() <em>Border Width</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getBorderWidth()
	 * @generated
	 * @ordered
	 */
	protected int borderWidth = BORDER_WIDTH_EDEFAULT;

	/**
	 * This is true if the Border Width attribute has been set.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	protected boolean borderWidthESet;

	/**
	 * The default value of the '{@link #getLabelColor() <em>Label Color</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getLabelColor()
	 * @generated
	 * @ordered
	 */
	protected static final String LABEL_COLOR_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getLabelColor() <em>Label Color</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getLabelColor()
	 * @generated
	 * @ordered
	 */
	protected String labelColor = LABEL_COLOR_EDEFAULT;

	/**
	 * This is true if the Label Color attribute has been set.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	protected boolean labelColorESet;

	/**
	 * The default value of the '{@link #getFontSize() <em>Font Size</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getFontSize()
	 * @generated
	 * @ordered
	 */
	protected static final int FONT_SIZE_EDEFAULT = 0;

	/**
	 * The cached value of the '{@link #getFontSize() <em>Font Size</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getFontSize()
	 * @generated
	 * @ordered
	 */
	protected int fontSize = FONT_SIZE_EDEFAULT;

	/**
	 * This is true if the Font Size attribute has been set.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	protected boolean fontSizeESet;

	/**
	 * The default value of the '{@link #isBold() <em>Bold</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #isBold()
	 * @generated
	 * @ordered
	 */
	protected static final boolean BOLD_EDEFAULT = false;

	/**
	 * The cached value of the '{@link #isBold() <em>Bold</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #isBold()
	 * @generated
	 * @ordered
	 */
	protected boolean bold = BOLD_EDEFAULT;

	/**
	 * This is true if the Bold attribute has been set.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	protected boolean boldESet;

	/**
	 * The default value of the '{@link #isItalic() <em>Italic</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #isItalic()
	 * @generated
	 * @ordered
	 */
	protected static final boolean ITALIC_EDEFAULT = false;

	/**
	 * The cached value of the '{@link #isItalic() <em>Italic</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #isItalic()
	 * @generated
	 * @ordered
	 */
	protected boolean italic = ITALIC_EDEFAULT;

	/**
	 * This is true if the Italic attribute has been set.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	protected boolean italicESet;

	/**
	 * The default value of the '{@link #getIcon() <em>Icon</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getIcon()
	 * @generated
	 * @ordered
	 */
	protected static final String ICON_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getIcon() <em>Icon</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getIcon()
	 * @generated
	 * @ordered
	 */
	protected String icon = ICON_EDEFAULT;

	/**
	 * This is true if the Icon attribute has been set.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	protected boolean iconESet;

	/**
	 * The default value of the '{@link #getWidth() <em>Width</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getWidth()
	 * @generated
	 * @ordered
	 */
	protected static final int WIDTH_EDEFAULT = 0;

	/**
	 * The cached value of the '{@link #getWidth() <em>Width</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getWidth()
	 * @generated
	 * @ordered
	 */
	protected int width = WIDTH_EDEFAULT;

	/**
	 * This is true if the Width attribute has been set.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	protected boolean widthESet;

	/**
	 * The default value of the '{@link #getHeight() <em>Height</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getHeight()
	 * @generated
	 * @ordered
	 */
	protected static final int HEIGHT_EDEFAULT = 0;

	/**
	 * The cached value of the '{@link #getHeight() <em>Height</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getHeight()
	 * @generated
	 * @ordered
	 */
	protected int height = HEIGHT_EDEFAULT;

	/**
	 * This is true if the Height attribute has been set.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	protected boolean heightESet;

	/**
	 * The default value of the '{@link #getSourceArrow() <em>Source Arrow</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getSourceArrow()
	 * @generated
	 * @ordered
	 */
	protected static final ArrowKind SOURCE_ARROW_EDEFAULT = ArrowKind.NONE;

	/**
	 * The cached value of the '{@link #getSourceArrow() <em>Source Arrow</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getSourceArrow()
	 * @generated
	 * @ordered
	 */
	protected ArrowKind sourceArrow = SOURCE_ARROW_EDEFAULT;

	/**
	 * This is true if the Source Arrow attribute has been set.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	protected boolean sourceArrowESet;

	/**
	 * The default value of the '{@link #getTargetArrow() <em>Target Arrow</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getTargetArrow()
	 * @generated
	 * @ordered
	 */
	protected static final ArrowKind TARGET_ARROW_EDEFAULT = ArrowKind.NONE;

	/**
	 * The cached value of the '{@link #getTargetArrow() <em>Target Arrow</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getTargetArrow()
	 * @generated
	 * @ordered
	 */
	protected ArrowKind targetArrow = TARGET_ARROW_EDEFAULT;

	/**
	 * This is true if the Target Arrow attribute has been set.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	protected boolean targetArrowESet;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected StyleImpl() {
		super();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	protected EClass eStaticClass() {
		return DescriptionPackage.Literals.STYLE;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public NodeShape getShape() {
		return shape;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setShape(NodeShape newShape) {
		NodeShape oldShape = shape;
		shape = newShape == null ? SHAPE_EDEFAULT : newShape;
		boolean oldShapeESet = shapeESet;
		shapeESet = true;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, DescriptionPackage.STYLE__SHAPE, oldShape, shape, !oldShapeESet));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void unsetShape() {
		NodeShape oldShape = shape;
		boolean oldShapeESet = shapeESet;
		shape = SHAPE_EDEFAULT;
		shapeESet = false;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.UNSET, DescriptionPackage.STYLE__SHAPE, oldShape, SHAPE_EDEFAULT, oldShapeESet));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public boolean isSetShape() {
		return shapeESet;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getFillColor() {
		return fillColor;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setFillColor(String newFillColor) {
		String oldFillColor = fillColor;
		fillColor = newFillColor;
		boolean oldFillColorESet = fillColorESet;
		fillColorESet = true;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, DescriptionPackage.STYLE__FILL_COLOR, oldFillColor, fillColor, !oldFillColorESet));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void unsetFillColor() {
		String oldFillColor = fillColor;
		boolean oldFillColorESet = fillColorESet;
		fillColor = FILL_COLOR_EDEFAULT;
		fillColorESet = false;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.UNSET, DescriptionPackage.STYLE__FILL_COLOR, oldFillColor, FILL_COLOR_EDEFAULT, oldFillColorESet));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public boolean isSetFillColor() {
		return fillColorESet;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getBorderColor() {
		return borderColor;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setBorderColor(String newBorderColor) {
		String oldBorderColor = borderColor;
		borderColor = newBorderColor;
		boolean oldBorderColorESet = borderColorESet;
		borderColorESet = true;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, DescriptionPackage.STYLE__BORDER_COLOR, oldBorderColor, borderColor, !oldBorderColorESet));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void unsetBorderColor() {
		String oldBorderColor = borderColor;
		boolean oldBorderColorESet = borderColorESet;
		borderColor = BORDER_COLOR_EDEFAULT;
		borderColorESet = false;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.UNSET, DescriptionPackage.STYLE__BORDER_COLOR, oldBorderColor, BORDER_COLOR_EDEFAULT, oldBorderColorESet));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public boolean isSetBorderColor() {
		return borderColorESet;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public LineStyle getBorderStyle() {
		return borderStyle;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setBorderStyle(LineStyle newBorderStyle) {
		LineStyle oldBorderStyle = borderStyle;
		borderStyle = newBorderStyle == null ? BORDER_STYLE_EDEFAULT : newBorderStyle;
		boolean oldBorderStyleESet = borderStyleESet;
		borderStyleESet = true;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, DescriptionPackage.STYLE__BORDER_STYLE, oldBorderStyle, borderStyle, !oldBorderStyleESet));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void unsetBorderStyle() {
		LineStyle oldBorderStyle = borderStyle;
		boolean oldBorderStyleESet = borderStyleESet;
		borderStyle = BORDER_STYLE_EDEFAULT;
		borderStyleESet = false;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.UNSET, DescriptionPackage.STYLE__BORDER_STYLE, oldBorderStyle, BORDER_STYLE_EDEFAULT, oldBorderStyleESet));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public boolean isSetBorderStyle() {
		return borderStyleESet;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public int getBorderWidth() {
		return borderWidth;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setBorderWidth(int newBorderWidth) {
		int oldBorderWidth = borderWidth;
		borderWidth = newBorderWidth;
		boolean oldBorderWidthESet = borderWidthESet;
		borderWidthESet = true;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, DescriptionPackage.STYLE__BORDER_WIDTH, oldBorderWidth, borderWidth, !oldBorderWidthESet));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void unsetBorderWidth() {
		int oldBorderWidth = borderWidth;
		boolean oldBorderWidthESet = borderWidthESet;
		borderWidth = BORDER_WIDTH_EDEFAULT;
		borderWidthESet = false;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.UNSET, DescriptionPackage.STYLE__BORDER_WIDTH, oldBorderWidth, BORDER_WIDTH_EDEFAULT, oldBorderWidthESet));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public boolean isSetBorderWidth() {
		return borderWidthESet;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getLabelColor() {
		return labelColor;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setLabelColor(String newLabelColor) {
		String oldLabelColor = labelColor;
		labelColor = newLabelColor;
		boolean oldLabelColorESet = labelColorESet;
		labelColorESet = true;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, DescriptionPackage.STYLE__LABEL_COLOR, oldLabelColor, labelColor, !oldLabelColorESet));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void unsetLabelColor() {
		String oldLabelColor = labelColor;
		boolean oldLabelColorESet = labelColorESet;
		labelColor = LABEL_COLOR_EDEFAULT;
		labelColorESet = false;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.UNSET, DescriptionPackage.STYLE__LABEL_COLOR, oldLabelColor, LABEL_COLOR_EDEFAULT, oldLabelColorESet));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public boolean isSetLabelColor() {
		return labelColorESet;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public int getFontSize() {
		return fontSize;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setFontSize(int newFontSize) {
		int oldFontSize = fontSize;
		fontSize = newFontSize;
		boolean oldFontSizeESet = fontSizeESet;
		fontSizeESet = true;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, DescriptionPackage.STYLE__FONT_SIZE, oldFontSize, fontSize, !oldFontSizeESet));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void unsetFontSize() {
		int oldFontSize = fontSize;
		boolean oldFontSizeESet = fontSizeESet;
		fontSize = FONT_SIZE_EDEFAULT;
		fontSizeESet = false;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.UNSET, DescriptionPackage.STYLE__FONT_SIZE, oldFontSize, FONT_SIZE_EDEFAULT, oldFontSizeESet));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public boolean isSetFontSize() {
		return fontSizeESet;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public boolean isBold() {
		return bold;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setBold(boolean newBold) {
		boolean oldBold = bold;
		bold = newBold;
		boolean oldBoldESet = boldESet;
		boldESet = true;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, DescriptionPackage.STYLE__BOLD, oldBold, bold, !oldBoldESet));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void unsetBold() {
		boolean oldBold = bold;
		boolean oldBoldESet = boldESet;
		bold = BOLD_EDEFAULT;
		boldESet = false;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.UNSET, DescriptionPackage.STYLE__BOLD, oldBold, BOLD_EDEFAULT, oldBoldESet));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public boolean isSetBold() {
		return boldESet;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public boolean isItalic() {
		return italic;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setItalic(boolean newItalic) {
		boolean oldItalic = italic;
		italic = newItalic;
		boolean oldItalicESet = italicESet;
		italicESet = true;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, DescriptionPackage.STYLE__ITALIC, oldItalic, italic, !oldItalicESet));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void unsetItalic() {
		boolean oldItalic = italic;
		boolean oldItalicESet = italicESet;
		italic = ITALIC_EDEFAULT;
		italicESet = false;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.UNSET, DescriptionPackage.STYLE__ITALIC, oldItalic, ITALIC_EDEFAULT, oldItalicESet));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public boolean isSetItalic() {
		return italicESet;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getIcon() {
		return icon;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setIcon(String newIcon) {
		String oldIcon = icon;
		icon = newIcon;
		boolean oldIconESet = iconESet;
		iconESet = true;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, DescriptionPackage.STYLE__ICON, oldIcon, icon, !oldIconESet));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void unsetIcon() {
		String oldIcon = icon;
		boolean oldIconESet = iconESet;
		icon = ICON_EDEFAULT;
		iconESet = false;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.UNSET, DescriptionPackage.STYLE__ICON, oldIcon, ICON_EDEFAULT, oldIconESet));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public boolean isSetIcon() {
		return iconESet;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public int getWidth() {
		return width;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setWidth(int newWidth) {
		int oldWidth = width;
		width = newWidth;
		boolean oldWidthESet = widthESet;
		widthESet = true;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, DescriptionPackage.STYLE__WIDTH, oldWidth, width, !oldWidthESet));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void unsetWidth() {
		int oldWidth = width;
		boolean oldWidthESet = widthESet;
		width = WIDTH_EDEFAULT;
		widthESet = false;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.UNSET, DescriptionPackage.STYLE__WIDTH, oldWidth, WIDTH_EDEFAULT, oldWidthESet));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public boolean isSetWidth() {
		return widthESet;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public int getHeight() {
		return height;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setHeight(int newHeight) {
		int oldHeight = height;
		height = newHeight;
		boolean oldHeightESet = heightESet;
		heightESet = true;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, DescriptionPackage.STYLE__HEIGHT, oldHeight, height, !oldHeightESet));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void unsetHeight() {
		int oldHeight = height;
		boolean oldHeightESet = heightESet;
		height = HEIGHT_EDEFAULT;
		heightESet = false;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.UNSET, DescriptionPackage.STYLE__HEIGHT, oldHeight, HEIGHT_EDEFAULT, oldHeightESet));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public boolean isSetHeight() {
		return heightESet;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public ArrowKind getSourceArrow() {
		return sourceArrow;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setSourceArrow(ArrowKind newSourceArrow) {
		ArrowKind oldSourceArrow = sourceArrow;
		sourceArrow = newSourceArrow == null ? SOURCE_ARROW_EDEFAULT : newSourceArrow;
		boolean oldSourceArrowESet = sourceArrowESet;
		sourceArrowESet = true;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, DescriptionPackage.STYLE__SOURCE_ARROW, oldSourceArrow, sourceArrow, !oldSourceArrowESet));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void unsetSourceArrow() {
		ArrowKind oldSourceArrow = sourceArrow;
		boolean oldSourceArrowESet = sourceArrowESet;
		sourceArrow = SOURCE_ARROW_EDEFAULT;
		sourceArrowESet = false;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.UNSET, DescriptionPackage.STYLE__SOURCE_ARROW, oldSourceArrow, SOURCE_ARROW_EDEFAULT, oldSourceArrowESet));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public boolean isSetSourceArrow() {
		return sourceArrowESet;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public ArrowKind getTargetArrow() {
		return targetArrow;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setTargetArrow(ArrowKind newTargetArrow) {
		ArrowKind oldTargetArrow = targetArrow;
		targetArrow = newTargetArrow == null ? TARGET_ARROW_EDEFAULT : newTargetArrow;
		boolean oldTargetArrowESet = targetArrowESet;
		targetArrowESet = true;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, DescriptionPackage.STYLE__TARGET_ARROW, oldTargetArrow, targetArrow, !oldTargetArrowESet));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void unsetTargetArrow() {
		ArrowKind oldTargetArrow = targetArrow;
		boolean oldTargetArrowESet = targetArrowESet;
		targetArrow = TARGET_ARROW_EDEFAULT;
		targetArrowESet = false;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.UNSET, DescriptionPackage.STYLE__TARGET_ARROW, oldTargetArrow, TARGET_ARROW_EDEFAULT, oldTargetArrowESet));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public boolean isSetTargetArrow() {
		return targetArrowESet;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Object eGet(int featureID, boolean resolve, boolean coreType) {
		switch (featureID) {
			case DescriptionPackage.STYLE__SHAPE:
				return getShape();
			case DescriptionPackage.STYLE__FILL_COLOR:
				return getFillColor();
			case DescriptionPackage.STYLE__BORDER_COLOR:
				return getBorderColor();
			case DescriptionPackage.STYLE__BORDER_STYLE:
				return getBorderStyle();
			case DescriptionPackage.STYLE__BORDER_WIDTH:
				return getBorderWidth();
			case DescriptionPackage.STYLE__LABEL_COLOR:
				return getLabelColor();
			case DescriptionPackage.STYLE__FONT_SIZE:
				return getFontSize();
			case DescriptionPackage.STYLE__BOLD:
				return isBold();
			case DescriptionPackage.STYLE__ITALIC:
				return isItalic();
			case DescriptionPackage.STYLE__ICON:
				return getIcon();
			case DescriptionPackage.STYLE__WIDTH:
				return getWidth();
			case DescriptionPackage.STYLE__HEIGHT:
				return getHeight();
			case DescriptionPackage.STYLE__SOURCE_ARROW:
				return getSourceArrow();
			case DescriptionPackage.STYLE__TARGET_ARROW:
				return getTargetArrow();
		}
		return super.eGet(featureID, resolve, coreType);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void eSet(int featureID, Object newValue) {
		switch (featureID) {
			case DescriptionPackage.STYLE__SHAPE:
				setShape((NodeShape)newValue);
				return;
			case DescriptionPackage.STYLE__FILL_COLOR:
				setFillColor((String)newValue);
				return;
			case DescriptionPackage.STYLE__BORDER_COLOR:
				setBorderColor((String)newValue);
				return;
			case DescriptionPackage.STYLE__BORDER_STYLE:
				setBorderStyle((LineStyle)newValue);
				return;
			case DescriptionPackage.STYLE__BORDER_WIDTH:
				setBorderWidth((Integer)newValue);
				return;
			case DescriptionPackage.STYLE__LABEL_COLOR:
				setLabelColor((String)newValue);
				return;
			case DescriptionPackage.STYLE__FONT_SIZE:
				setFontSize((Integer)newValue);
				return;
			case DescriptionPackage.STYLE__BOLD:
				setBold((Boolean)newValue);
				return;
			case DescriptionPackage.STYLE__ITALIC:
				setItalic((Boolean)newValue);
				return;
			case DescriptionPackage.STYLE__ICON:
				setIcon((String)newValue);
				return;
			case DescriptionPackage.STYLE__WIDTH:
				setWidth((Integer)newValue);
				return;
			case DescriptionPackage.STYLE__HEIGHT:
				setHeight((Integer)newValue);
				return;
			case DescriptionPackage.STYLE__SOURCE_ARROW:
				setSourceArrow((ArrowKind)newValue);
				return;
			case DescriptionPackage.STYLE__TARGET_ARROW:
				setTargetArrow((ArrowKind)newValue);
				return;
		}
		super.eSet(featureID, newValue);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void eUnset(int featureID) {
		switch (featureID) {
			case DescriptionPackage.STYLE__SHAPE:
				unsetShape();
				return;
			case DescriptionPackage.STYLE__FILL_COLOR:
				unsetFillColor();
				return;
			case DescriptionPackage.STYLE__BORDER_COLOR:
				unsetBorderColor();
				return;
			case DescriptionPackage.STYLE__BORDER_STYLE:
				unsetBorderStyle();
				return;
			case DescriptionPackage.STYLE__BORDER_WIDTH:
				unsetBorderWidth();
				return;
			case DescriptionPackage.STYLE__LABEL_COLOR:
				unsetLabelColor();
				return;
			case DescriptionPackage.STYLE__FONT_SIZE:
				unsetFontSize();
				return;
			case DescriptionPackage.STYLE__BOLD:
				unsetBold();
				return;
			case DescriptionPackage.STYLE__ITALIC:
				unsetItalic();
				return;
			case DescriptionPackage.STYLE__ICON:
				unsetIcon();
				return;
			case DescriptionPackage.STYLE__WIDTH:
				unsetWidth();
				return;
			case DescriptionPackage.STYLE__HEIGHT:
				unsetHeight();
				return;
			case DescriptionPackage.STYLE__SOURCE_ARROW:
				unsetSourceArrow();
				return;
			case DescriptionPackage.STYLE__TARGET_ARROW:
				unsetTargetArrow();
				return;
		}
		super.eUnset(featureID);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public boolean eIsSet(int featureID) {
		switch (featureID) {
			case DescriptionPackage.STYLE__SHAPE:
				return isSetShape();
			case DescriptionPackage.STYLE__FILL_COLOR:
				return isSetFillColor();
			case DescriptionPackage.STYLE__BORDER_COLOR:
				return isSetBorderColor();
			case DescriptionPackage.STYLE__BORDER_STYLE:
				return isSetBorderStyle();
			case DescriptionPackage.STYLE__BORDER_WIDTH:
				return isSetBorderWidth();
			case DescriptionPackage.STYLE__LABEL_COLOR:
				return isSetLabelColor();
			case DescriptionPackage.STYLE__FONT_SIZE:
				return isSetFontSize();
			case DescriptionPackage.STYLE__BOLD:
				return isSetBold();
			case DescriptionPackage.STYLE__ITALIC:
				return isSetItalic();
			case DescriptionPackage.STYLE__ICON:
				return isSetIcon();
			case DescriptionPackage.STYLE__WIDTH:
				return isSetWidth();
			case DescriptionPackage.STYLE__HEIGHT:
				return isSetHeight();
			case DescriptionPackage.STYLE__SOURCE_ARROW:
				return isSetSourceArrow();
			case DescriptionPackage.STYLE__TARGET_ARROW:
				return isSetTargetArrow();
		}
		return super.eIsSet(featureID);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String toString() {
		if (eIsProxy()) return super.toString();

		StringBuilder result = new StringBuilder(super.toString());
		result.append(" (shape: ");
		if (shapeESet) result.append(shape); else result.append("<unset>");
		result.append(", fillColor: ");
		if (fillColorESet) result.append(fillColor); else result.append("<unset>");
		result.append(", borderColor: ");
		if (borderColorESet) result.append(borderColor); else result.append("<unset>");
		result.append(", borderStyle: ");
		if (borderStyleESet) result.append(borderStyle); else result.append("<unset>");
		result.append(", borderWidth: ");
		if (borderWidthESet) result.append(borderWidth); else result.append("<unset>");
		result.append(", labelColor: ");
		if (labelColorESet) result.append(labelColor); else result.append("<unset>");
		result.append(", fontSize: ");
		if (fontSizeESet) result.append(fontSize); else result.append("<unset>");
		result.append(", bold: ");
		if (boldESet) result.append(bold); else result.append("<unset>");
		result.append(", italic: ");
		if (italicESet) result.append(italic); else result.append("<unset>");
		result.append(", icon: ");
		if (iconESet) result.append(icon); else result.append("<unset>");
		result.append(", width: ");
		if (widthESet) result.append(width); else result.append("<unset>");
		result.append(", height: ");
		if (heightESet) result.append(height); else result.append("<unset>");
		result.append(", sourceArrow: ");
		if (sourceArrowESet) result.append(sourceArrow); else result.append("<unset>");
		result.append(", targetArrow: ");
		if (targetArrowESet) result.append(targetArrow); else result.append("<unset>");
		result.append(')');
		return result.toString();
	}

} //StyleImpl
