package org.ctgstudio.model.resource;

import javax.xml.XMLConstants;
import javax.xml.parsers.ParserConfigurationException;
import javax.xml.parsers.SAXParser;
import javax.xml.parsers.SAXParserFactory;

import org.xml.sax.SAXException;
import org.xml.sax.XMLReader;

/**
 * The XML parser of CTG files, with its limits set here rather than left to the JDK (they differ between releases:
 * Java 25 refuses a model with more than 100,000 escaped characters, Java 21 accepts 100,000 nested elements).
 * A CTG file never has a DOCTYPE: refusing it removes entity expansion ("billion laughs") and external entities at
 * once. Nesting depth is limited by {@link CtgLoadHandler}, which says so in the user's language.
 */
final class ParserLimits {

    /** Attributes on one element: CTG classes have about thirty features; newer versions may add some. */
    static final int MAX_ATTRIBUTES = 1_000;

    private static final String DISALLOW_DOCTYPE = "http://apache.org/xml/features/disallow-doctype-decl";

    private ParserLimits() {
    }

    /** A parser of the JDK (not whichever a class path provides), configured as EMF expects: no namespaces. */
    static SAXParser newParser() throws ParserConfigurationException, SAXException {
        SAXParserFactory factory = SAXParserFactory.newDefaultInstance();
        factory.setValidating(false);
        factory.setXIncludeAware(false);
        factory.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, true);
        factory.setFeature(DISALLOW_DOCTYPE, true);
        factory.setFeature("http://xml.org/sax/features/external-general-entities", false);
        factory.setFeature("http://xml.org/sax/features/external-parameter-entities", false);
        factory.setFeature("http://apache.org/xml/features/nonvalidating/load-external-dtd", false);
        SAXParser parser = factory.newSAXParser();
        XMLReader reader = parser.getXMLReader();
        reader.setProperty(XMLConstants.ACCESS_EXTERNAL_DTD, "");
        reader.setProperty(XMLConstants.ACCESS_EXTERNAL_SCHEMA, "");
        // Entities cannot be declared without a DOCTYPE: the expansion limits are a second barrier. The two size
        // limits count the predefined entities (&amp; ...) too, which a large model has by the hundred thousand
        // (Java 25 refuses more than 100,000): no limit there (0).
        reader.setProperty("jdk.xml.entityExpansionLimit", "64");
        reader.setProperty("jdk.xml.entityReplacementLimit", "1000");
        reader.setProperty("jdk.xml.maxParameterEntitySizeLimit", "1000");
        reader.setProperty("jdk.xml.maxGeneralEntitySizeLimit", "0");
        reader.setProperty("jdk.xml.totalEntitySizeLimit", "0");
        // Depth is checked by the handler, with a located French message; the JDK's check would come first.
        reader.setProperty("jdk.xml.maxElementDepth", "0");
        reader.setProperty("jdk.xml.elementAttributeLimit", String.valueOf(MAX_ATTRIBUTES));
        return parser;
    }

    /** Whether a parser error is the refusal of a DOCTYPE (its text is localized, the feature name is not). */
    static boolean isDoctypeRefusal(SAXException exception) {
        return exception.getMessage() != null && exception.getMessage().contains(DISALLOW_DOCTYPE);
    }
}
