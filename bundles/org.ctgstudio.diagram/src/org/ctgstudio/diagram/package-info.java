/** Diagram descriptions (Sirius-style), their interpreter into GModel, representation files and pictures. */
package org.ctgstudio.diagram;
