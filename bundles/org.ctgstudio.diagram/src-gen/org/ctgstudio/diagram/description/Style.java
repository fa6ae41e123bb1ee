/**
 * CTG Studio - generated from diagram.genmodel; do not edit (regenerate, see bundles/org.ctgstudio.diagram/README.md).
 */
package org.ctgstudio.diagram.description;

import org.eclipse.emf.ecore.EObject;

/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Style</b></em>'.
 * <!-- end-user-doc -->
 *
 * <!-- begin-model-doc -->
 * How an element is drawn. Unset attributes keep the value of the base style.
 * <!-- end-model-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link org.ctgstudio.diagram.description.Style#getShape <em>Shape</em>}</li>
 *   <li>{@link org.ctgstudio.diagram.description.Style#getFillColor <em>Fill Color</em>}</li>
 *   <li>{@link org.ctgstudio.diagram.description.Style#getBorderColor <em>Border Color</em>}</li>
 *   <li>{@link org.ctgstudio.diagram.description.Style#getBorderStyle <em>Border Style</em>}</li>
 *   <li>{@link org.ctgstudio.diagram.description.Style#getBorderWidth <em>Border Width</em>}</li>
 *   <li>{@link org.ctgstudio.diagram.description.Style#getLabelColor <em>Label Color</em>}</li>
 *   <li>{@link org.ctgstudio.diagram.description.Style#getFontSize <em>Font Size</em>}</li>
 *   <li>{@link org.ctgstudio.diagram.description.Style#isBold <em>Bold</em>}</li>
 *   <li>{@link org.ctgstudio.diagram.description.Style#isItalic <em>Italic</em>}</li>
 *   <li>{@link org.ctgstudio.diagram.description.Style#getIcon <em>Icon</em>}</li>
 *   <li>{@link org.ctgstudio.diagram.description.Style#getWidth <em>Width</em>}</li>
 *   <li>{@link org.ctgstudio.diagram.description.Style#getHeight <em>Height</em>}</li>
 *   <li>{@link org.ctgstudio.diagram.description.Style#getSourceArrow <em>Source Arrow</em>}</li>
 *   <li>{@link org.ctgstudio.diagram.description.Style#getTargetArrow <em>Target Arrow</em>}</li>
 * </ul>
 *
 * @see org.ctgstudio.diagram.description.DescriptionPackage#getStyle()
 * @model
 * @generated
 */
public interface Style extends EObject {
	/**
	 * Returns the value of the '<em><b>Shape</b></em>' attribute.
	 * The literals are from the enumeration {@link org.ctgstudio.diagram.description.NodeShape}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Shape</em>' attribute.
	 * @see org.ctgstudio.diagram.description.NodeShape
	 * @see #isSetShape()
	 * @see #unsetShape()
	 * @see #setShape(NodeShape)
	 * @see org.ctgstudio.diagram.description.DescriptionPackage#getStyle_Shape()
	 * @model unsettable="true"
	 * @generated
	 */
	NodeShape getShape();

	/**
	 * Sets the value of the '{@link org.ctgstudio.diagram.description.Style#getShape <em>Shape</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Shape</em>' attribute.
	 * @see org.ctgstudio.diagram.description.NodeShape
	 * @see #isSetShape()
	 * @see #unsetShape()
	 * @see #getShape()
	 * @generated
	 */
	void setShape(NodeShape value);

	/**
	 * Unsets the value of the '{@link org.ctgstudio.diagram.description.Style#getShape <em>Shape</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #isSetShape()
	 * @see #getShape()
	 * @see #setShape(NodeShape)
	 * @generated
	 */
	void unsetShape();

	/**
	 * Returns whether the value of the '{@link org.ctgstudio.diagram.description.Style#getShape <em>Shape</em>}' attribute is set.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return whether the value of the '<em>Shape</em>' attribute is set.
	 * @see #unsetShape()
	 * @see #getShape()
	 * @see #setShape(NodeShape)
	 * @generated
	 */
	boolean isSetShape();

	/**
	 * Returns the value of the '<em><b>Fill Color</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Fill Color</em>' attribute.
	 * @see #isSetFillColor()
	 * @see #unsetFillColor()
	 * @see #setFillColor(String)
	 * @see org.ctgstudio.diagram.description.DescriptionPackage#getStyle_FillColor()
	 * @model unsettable="true"
	 * @generated
	 */
	String getFillColor();

	/**
	 * Sets the value of the '{@link org.ctgstudio.diagram.description.Style#getFillColor <em>Fill Color</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Fill Color</em>' attribute.
	 * @see #isSetFillColor()
	 * @see #unsetFillColor()
	 * @see #getFillColor()
	 * @generated
	 */
	void setFillColor(String value);

	/**
	 * Unsets the value of the '{@link org.ctgstudio.diagram.description.Style#getFillColor <em>Fill Color</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #isSetFillColor()
	 * @see #getFillColor()
	 * @see #setFillColor(String)
	 * @generated
	 */
	void unsetFillColor();

	/**
	 * Returns whether the value of the '{@link org.ctgstudio.diagram.description.Style#getFillColor <em>Fill Color</em>}' attribute is set.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return whether the value of the '<em>Fill Color</em>' attribute is set.
	 * @see #unsetFillColor()
	 * @see #getFillColor()
	 * @see #setFillColor(String)
	 * @generated
	 */
	boolean isSetFillColor();

	/**
	 * Returns the value of the '<em><b>Border Color</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Border Color</em>' attribute.
	 * @see #isSetBorderColor()
	 * @see #unsetBorderColor()
	 * @see #setBorderColor(String)
	 * @see org.ctgstudio.diagram.description.DescriptionPackage#getStyle_BorderColor()
	 * @model unsettable="true"
	 * @generated
	 */
	String getBorderColor();

	/**
	 * Sets the value of the '{@link org.ctgstudio.diagram.description.Style#getBorderColor <em>Border Color</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Border Color</em>' attribute.
	 * @see #isSetBorderColor()
	 * @see #unsetBorderColor()
	 * @see #getBorderColor()
	 * @generated
	 */
	void setBorderColor(String value);

	/**
	 * Unsets the value of the '{@link org.ctgstudio.diagram.description.Style#getBorderColor <em>Border Color</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #isSetBorderColor()
	 * @see #getBorderColor()
	 * @see #setBorderColor(String)
	 * @generated
	 */
	void unsetBorderColor();

	/**
	 * Returns whether the value of the '{@link org.ctgstudio.diagram.description.Style#getBorderColor <em>Border Color</em>}' attribute is set.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return whether the value of the '<em>Border Color</em>' attribute is set.
	 * @see #unsetBorderColor()
	 * @see #getBorderColor()
	 * @see #setBorderColor(String)
	 * @generated
	 */
	boolean isSetBorderColor();

	/**
	 * Returns the value of the '<em><b>Border Style</b></em>' attribute.
	 * The literals are from the enumeration {@link org.ctgstudio.diagram.description.LineStyle}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Border Style</em>' attribute.
	 * @see org.ctgstudio.diagram.description.LineStyle
	 * @see #isSetBorderStyle()
	 * @see #unsetBorderStyle()
	 * @see #setBorderStyle(LineStyle)
	 * @see org.ctgstudio.diagram.description.DescriptionPackage#getStyle_BorderStyle()
	 * @model unsettable="true"
	 * @generated
	 */
	LineStyle getBorderStyle();

	/**
	 * Sets the value of the '{@link org.ctgstudio.diagram.description.Style#getBorderStyle <em>Border Style</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Border Style</em>' attribute.
	 * @see org.ctgstudio.diagram.description.LineStyle
	 * @see #isSetBorderStyle()
	 * @see #unsetBorderStyle()
	 * @see #getBorderStyle()
	 * @generated
	 */
	void setBorderStyle(LineStyle value);

	/**
	 * Unsets the value of the '{@link org.ctgstudio.diagram.description.Style#getBorderStyle <em>Border Style</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #isSetBorderStyle()
	 * @see #getBorderStyle()
	 * @see #setBorderStyle(LineStyle)
	 * @generated
	 */
	void unsetBorderStyle();

	/**
	 * Returns whether the value of the '{@link org.ctgstudio.diagram.description.Style#getBorderStyle <em>Border Style</em>}' attribute is set.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return whether the value of the '<em>Border Style</em>' attribute is set.
	 * @see #unsetBorderStyle()
	 * @see #getBorderStyle()
	 * @see #setBorderStyle(LineStyle)
	 * @generated
	 */
	boolean isSetBorderStyle();

	/**
	 * Returns the value of the '<em><b>Border Width</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Border Width</em>' attribute.
	 * @see #isSetBorderWidth()
	 * @see #unsetBorderWidth()
	 * @see #setBorderWidth(int)
	 * @see org.ctgstudio.diagram.description.DescriptionPackage#getStyle_BorderWidth()
	 * @model unsettable="true"
	 * @generated
	 */
	int getBorderWidth();

	/**
	 * Sets the value of the '{@link org.ctgstudio.diagram.description.Style#getBorderWidth <em>Border Width</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Border Width</em>' attribute.
	 * @see #isSetBorderWidth()
	 * @see #unsetBorderWidth()
	 * @see #getBorderWidth()
	 * @generated
	 */
	void setBorderWidth(int value);

	/**
	 * Unsets the value of the '{@link org.ctgstudio.diagram.description.Style#getBorderWidth <em>Border Width</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #isSetBorderWidth()
	 * @see #getBorderWidth()
	 * @see #setBorderWidth(int)
	 * @generated
	 */
	void unsetBorderWidth();

	/**
	 * Returns whether the value of the '{@link org.ctgstudio.diagram.description.Style#getBorderWidth <em>Border Width</em>}' attribute is set.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return whether the value of the '<em>Border Width</em>' attribute is set.
	 * @see #unsetBorderWidth()
	 * @see #getBorderWidth()
	 * @see #setBorderWidth(int)
	 * @generated
	 */
	boolean isSetBorderWidth();

	/**
	 * Returns the value of the '<em><b>Label Color</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Label Color</em>' attribute.
	 * @see #isSetLabelColor()
	 * @see #unsetLabelColor()
	 * @see #setLabelColor(String)
	 * @see org.ctgstudio.diagram.description.DescriptionPackage#getStyle_LabelColor()
	 * @model unsettable="true"
	 * @generated
	 */
	String getLabelColor();

	/**
	 * Sets the value of the '{@link org.ctgstudio.diagram.description.Style#getLabelColor <em>Label Color</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Label Color</em>' attribute.
	 * @see #isSetLabelColor()
	 * @see #unsetLabelColor()
	 * @see #getLabelColor()
	 * @generated
	 */
	void setLabelColor(String value);

	/**
	 * Unsets the value of the '{@link org.ctgstudio.diagram.description.Style#getLabelColor <em>Label Color</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #isSetLabelColor()
	 * @see #getLabelColor()
	 * @see #setLabelColor(String)
	 * @generated
	 */
	void unsetLabelColor();

	/**
	 * Returns whether the value of the '{@link org.ctgstudio.diagram.description.Style#getLabelColor <em>Label Color</em>}' attribute is set.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return whether the value of the '<em>Label Color</em>' attribute is set.
	 * @see #unsetLabelColor()
	 * @see #getLabelColor()
	 * @see #setLabelColor(String)
	 * @generated
	 */
	boolean isSetLabelColor();

	/**
	 * Returns the value of the '<em><b>Font Size</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Font Size</em>' attribute.
	 * @see #isSetFontSize()
	 * @see #unsetFontSize()
	 * @see #setFontSize(int)
	 * @see org.ctgstudio.diagram.description.DescriptionPackage#getStyle_FontSize()
	 * @model unsettable="true"
	 * @generated
	 */
	int getFontSize();

	/**
	 * Sets the value of the '{@link org.ctgstudio.diagram.description.Style#getFontSize <em>Font Size</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Font Size</em>' attribute.
	 * @see #isSetFontSize()
	 * @see #unsetFontSize()
	 * @see #getFontSize()
	 * @generated
	 */
	void setFontSize(int value);

	/**
	 * Unsets the value of the '{@link org.ctgstudio.diagram.description.Style#getFontSize <em>Font Size</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #isSetFontSize()
	 * @see #getFontSize()
	 * @see #setFontSize(int)
	 * @generated
	 */
	void unsetFontSize();

	/**
	 * Returns whether the value of the '{@link org.ctgstudio.diagram.description.Style#getFontSize <em>Font Size</em>}' attribute is set.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return whether the value of the '<em>Font Size</em>' attribute is set.
	 * @see #unsetFontSize()
	 * @see #getFontSize()
	 * @see #setFontSize(int)
	 * @generated
	 */
	boolean isSetFontSize();

	/**
	 * Returns the value of the '<em><b>Bold</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Bold</em>' attribute.
	 * @see #isSetBold()
	 * @see #unsetBold()
	 * @see #setBold(boolean)
	 * @see org.ctgstudio.diagram.description.DescriptionPackage#getStyle_Bold()
	 * @model unsettable="true"
	 * @generated
	 */
	boolean isBold();

	/**
	 * Sets the value of the '{@link org.ctgstudio.diagram.description.Style#isBold <em>Bold</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Bold</em>' attribute.
	 * @see #isSetBold()
	 * @see #unsetBold()
	 * @see #isBold()
	 * @generated
	 */
	void setBold(boolean value);

	/**
	 * Unsets the value of the '{@link org.ctgstudio.diagram.description.Style#isBold <em>Bold</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #isSetBold()
	 * @see #isBold()
	 * @see #setBold(boolean)
	 * @generated
	 */
	void unsetBold();

	/**
	 * Returns whether the value of the '{@link org.ctgstudio.diagram.description.Style#isBold <em>Bold</em>}' attribute is set.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return whether the value of the '<em>Bold</em>' attribute is set.
	 * @see #unsetBold()
	 * @see #isBold()
	 * @see #setBold(boolean)
	 * @generated
	 */
	boolean isSetBold();

	/**
	 * Returns the value of the '<em><b>Italic</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Italic</em>' attribute.
	 * @see #isSetItalic()
	 * @see #unsetItalic()
	 * @see #setItalic(boolean)
	 * @see org.ctgstudio.diagram.description.DescriptionPackage#getStyle_Italic()
	 * @model unsettable="true"
	 * @generated
	 */
	boolean isItalic();

	/**
	 * Sets the value of the '{@link org.ctgstudio.diagram.description.Style#isItalic <em>Italic</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Italic</em>' attribute.
	 * @see #isSetItalic()
	 * @see #unsetItalic()
	 * @see #isItalic()
	 * @generated
	 */
	void setItalic(boolean value);

	/**
	 * Unsets the value of the '{@link org.ctgstudio.diagram.description.Style#isItalic <em>Italic</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #isSetItalic()
	 * @see #isItalic()
	 * @see #setItalic(boolean)
	 * @generated
	 */
	void unsetItalic();

	/**
	 * Returns whether the value of the '{@link org.ctgstudio.diagram.description.Style#isItalic <em>Italic</em>}' attribute is set.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return whether the value of the '<em>Italic</em>' attribute is set.
	 * @see #unsetItalic()
	 * @see #isItalic()
	 * @see #setItalic(boolean)
	 * @generated
	 */
	boolean isSetItalic();

	/**
	 * Returns the value of the '<em><b>Icon</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Icon</em>' attribute.
	 * @see #isSetIcon()
	 * @see #unsetIcon()
	 * @see #setIcon(String)
	 * @see org.ctgstudio.diagram.description.DescriptionPackage#getStyle_Icon()
	 * @model unsettable="true"
	 * @generated
	 */
	String getIcon();

	/**
	 * Sets the value of the '{@link org.ctgstudio.diagram.description.Style#getIcon <em>Icon</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Icon</em>' attribute.
	 * @see #isSetIcon()
	 * @see #unsetIcon()
	 * @see #getIcon()
	 * @generated
	 */
	void setIcon(String value);

	/**
	 * Unsets the value of the '{@link org.ctgstudio.diagram.description.Style#getIcon <em>Icon</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #isSetIcon()
	 * @see #getIcon()
	 * @see #setIcon(String)
	 * @generated
	 */
	void unsetIcon();

	/**
	 * Returns whether the value of the '{@link org.ctgstudio.diagram.description.Style#getIcon <em>Icon</em>}' attribute is set.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return whether the value of the '<em>Icon</em>' attribute is set.
	 * @see #unsetIcon()
	 * @see #getIcon()
	 * @see #setIcon(String)
	 * @generated
	 */
	boolean isSetIcon();

	/**
	 * Returns the value of the '<em><b>Width</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Width</em>' attribute.
	 * @see #isSetWidth()
	 * @see #unsetWidth()
	 * @see #setWidth(int)
	 * @see org.ctgstudio.diagram.description.DescriptionPackage#getStyle_Width()
	 * @model unsettable="true"
	 * @generated
	 */
	int getWidth();

	/**
	 * Sets the value of the '{@link org.ctgstudio.diagram.description.Style#getWidth <em>Width</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Width</em>' attribute.
	 * @see #isSetWidth()
	 * @see #unsetWidth()
	 * @see #getWidth()
	 * @generated
	 */
	void setWidth(int value);

	/**
	 * Unsets the value of the '{@link org.ctgstudio.diagram.description.Style#getWidth <em>Width</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #isSetWidth()
	 * @see #getWidth()
	 * @see #setWidth(int)
	 * @generated
	 */
	void unsetWidth();

	/**
	 * Returns whether the value of the '{@link org.ctgstudio.diagram.description.Style#getWidth <em>Width</em>}' attribute is set.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return whether the value of the '<em>Width</em>' attribute is set.
	 * @see #unsetWidth()
	 * @see #getWidth()
	 * @see #setWidth(int)
	 * @generated
	 */
	boolean isSetWidth();

	/**
	 * Returns the value of the '<em><b>Height</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Height</em>' attribute.
	 * @see #isSetHeight()
	 * @see #unsetHeight()
	 * @see #setHeight(int)
	 * @see org.ctgstudio.diagram.description.DescriptionPackage#getStyle_Height()
	 * @model unsettable="true"
	 * @generated
	 */
	int getHeight();

	/**
	 * Sets the value of the '{@link org.ctgstudio.diagram.description.Style#getHeight <em>Height</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Height</em>' attribute.
	 * @see #isSetHeight()
	 * @see #unsetHeight()
	 * @see #getHeight()
	 * @generated
	 */
	void setHeight(int value);

	/**
	 * Unsets the value of the '{@link org.ctgstudio.diagram.description.Style#getHeight <em>Height</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #isSetHeight()
	 * @see #getHeight()
	 * @see #setHeight(int)
	 * @generated
	 */
	void unsetHeight();

	/**
	 * Returns whether the value of the '{@link org.ctgstudio.diagram.description.Style#getHeight <em>Height</em>}' attribute is set.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return whether the value of the '<em>Height</em>' attribute is set.
	 * @see #unsetHeight()
	 * @see #getHeight()
	 * @see #setHeight(int)
	 * @generated
	 */
	boolean isSetHeight();

	/**
	 * Returns the value of the '<em><b>Source Arrow</b></em>' attribute.
	 * The literals are from the enumeration {@link org.ctgstudio.diagram.description.ArrowKind}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Source Arrow</em>' attribute.
	 * @see org.ctgstudio.diagram.description.ArrowKind
	 * @see #isSetSourceArrow()
	 * @see #unsetSourceArrow()
	 * @see #setSourceArrow(ArrowKind)
	 * @see org.ctgstudio.diagram.description.DescriptionPackage#getStyle_SourceArrow()
	 * @model unsettable="true"
	 * @generated
	 */
	ArrowKind getSourceArrow();

	/**
	 * Sets the value of the '{@link org.ctgstudio.diagram.description.Style#getSourceArrow <em>Source Arrow</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Source Arrow</em>' attribute.
	 * @see org.ctgstudio.diagram.description.ArrowKind
	 * @see #isSetSourceArrow()
	 * @see #unsetSourceArrow()
	 * @see #getSourceArrow()
	 * @generated
	 */
	void setSourceArrow(ArrowKind value);

	/**
	 * Unsets the value of the '{@link org.ctgstudio.diagram.description.Style#getSourceArrow <em>Source Arrow</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #isSetSourceArrow()
	 * @see #getSourceArrow()
	 * @see #setSourceArrow(ArrowKind)
	 * @generated
	 */
	void unsetSourceArrow();

	/**
	 * Returns whether the value of the '{@link org.ctgstudio.diagram.description.Style#getSourceArrow <em>Source Arrow</em>}' attribute is set.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return whether the value of the '<em>Source Arrow</em>' attribute is set.
	 * @see #unsetSourceArrow()
	 * @see #getSourceArrow()
	 * @see #setSourceArrow(ArrowKind)
	 * @generated
	 */
	boolean isSetSourceArrow();

	/**
	 * Returns the value of the '<em><b>Target Arrow</b></em>' attribute.
	 * The literals are from the enumeration {@link org.ctgstudio.diagram.description.ArrowKind}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Target Arrow</em>' attribute.
	 * @see org.ctgstudio.diagram.description.ArrowKind
	 * @see #isSetTargetArrow()
	 * @see #unsetTargetArrow()
	 * @see #setTargetArrow(ArrowKind)
	 * @see org.ctgstudio.diagram.description.DescriptionPackage#getStyle_TargetArrow()
	 * @model unsettable="true"
	 * @generated
	 */
	ArrowKind getTargetArrow();

	/**
	 * Sets the value of the '{@link org.ctgstudio.diagram.description.Style#getTargetArrow <em>Target Arrow</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Target Arrow</em>' attribute.
	 * @see org.ctgstudio.diagram.description.ArrowKind
	 * @see #isSetTargetArrow()
	 * @see #unsetTargetArrow()
	 * @see #getTargetArrow()
	 * @generated
	 */
	void setTargetArrow(ArrowKind value);

	/**
	 * Unsets the value of the '{@link org.ctgstudio.diagram.description.Style#getTargetArrow <em>Target Arrow</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #isSetTargetArrow()
	 * @see #getTargetArrow()
	 * @see #setTargetArrow(ArrowKind)
	 * @generated
	 */
	void unsetTargetArrow();

	/**
	 * Returns whether the value of the '{@link org.ctgstudio.diagram.description.Style#getTargetArrow <em>Target Arrow</em>}' attribute is set.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return whether the value of the '<em>Target Arrow</em>' attribute is set.
	 * @see #unsetTargetArrow()
	 * @see #getTargetArrow()
	 * @see #setTargetArrow(ArrowKind)
	 * @generated
	 */
	boolean isSetTargetArrow();

} // Style
