package org.sala.pack.qti;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;
import javax.xml.XMLConstants;
import org.sala.engine.Decimals;
import org.sala.pack.xml.SafeXml;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.Node;

/**
 * The vocabulary of QTI 3.0 that the codec speaks (namespace, element and attribute names, template URIs,
 * outcome names, Sala's own {@code data-sala-*} attributes) and the small XML helpers both directions share.
 *
 * <p>Items are written with indentation added only between structural elements: the JDK serializer, asked
 * to indent, also indents mixed content, which would change the text around a cloze gap.
 */
final class Qti {

    static final String NS = "http://www.imsglobal.org/xsd/imsqtiasi_v3p0";
    static final String SCHEMA = "https://purl.imsglobal.org/spec/qti/v3p0/schema/xsd/imsqti_asiv3p0_v1p0.xsd";
    static final String XSI = XMLConstants.W3C_XML_SCHEMA_INSTANCE_NS_URI;

    /** Where 1EdTech publishes the standard response processing templates; written with ".xml", read with or without. */
    static final String TEMPLATES = "https://purl.imsglobal.org/spec/qti/v3p0/rptemplates/";
    static final String MATCH_CORRECT = TEMPLATES + "match_correct.xml";
    static final String MAP_RESPONSE = TEMPLATES + "map_response.xml";

    static final String RESPONSE = "RESPONSE";
    static final String SCORE = "SCORE";
    static final String MAXSCORE = "MAXSCORE";
    static final String FEEDBACK = "FEEDBACK";

    /** Modal feedback identifiers for feedback by outcome and for the general feedback. */
    static final String CORRECT = "correct";
    static final String PARTIALLY_CORRECT = "partially-correct";
    static final String INCORRECT = "incorrect";
    static final String GENERAL = "general";

    /** The body container of a cloze text, telling it apart from the prompt before it. */
    static final String CLOZE_CLASS = "sala-cloze";
    /** Sala settings QTI has no word for; QTI players ignore them, Sala reads them back. */
    static final String DATA_SCORING = "data-sala-scoring";
    static final String DATA_WHITESPACE = "data-sala-whitespace";
    static final String DATA_UNICODE = "data-sala-unicode";
    static final String DATA_FOLD_ACCENTS = "data-sala-fold-accents";

    /** Elements written with one child per line; all others keep their content exactly as it is. */
    private static final Set<String> STRUCTURAL = Set.of("qti-assessment-item", "qti-response-declaration",
            "qti-correct-response", "qti-mapping", "qti-outcome-declaration", "qti-default-value", "qti-item-body",
            "qti-choice-interaction", "qti-order-interaction", "qti-match-interaction", "qti-simple-match-set",
            "qti-response-processing", "qti-response-condition", "qti-response-if", "qti-response-else-if",
            "qti-response-else", "qti-set-outcome-value", "qti-sum", "qti-product", "qti-divide", "qti-match", "qti-equal",
            "qti-string-match", "qti-gte", "qti-gt", "qti-is-null", "qti-modal-feedback", "qti-content-body");

    /** An XML name without a colon, which is what QTI identifiers must be. */
    private static final Pattern NC_NAME = Pattern.compile("[\\p{L}_][\\p{L}\\p{N}._\\-]*");

    private Qti() {
    }

    static boolean isIdentifier(String text) {
        return NC_NAME.matcher(text).matches();
    }

    /**
     * A valid QTI identifier for a question id: the id itself when it is one, else '_' and the id with every
     * character an identifier cannot hold as '_' ({@code 1st-question} gives {@code _1st-question}). The importers'
     * slug rule gives the id back from it.
     */
    static String identifier(String id) {
        return isIdentifier(id) ? id : "_" + id.replaceAll("[^\\p{L}\\p{N}._\\-]", "_");
    }

    static Element element(Document document, String name) {
        return document.createElementNS(NS, name);
    }

    static Element append(Element parent, String name) {
        Element child = element(parent.getOwnerDocument(), name);
        parent.appendChild(child);
        return child;
    }

    static Element appendText(Element parent, String name, String text) {
        Element child = append(parent, name);
        child.setTextContent(text);
        return child;
    }

    static String plain(BigDecimal value) {
        return Decimals.canonical(value).toPlainString();
    }

    static Optional<String> attribute(Element element, String name) {
        return element.hasAttribute(name) ? Optional.of(element.getAttribute(name).strip()) : Optional.empty();
    }

    static Optional<BigDecimal> decimal(String text) {
        try {
            return Optional.of(Decimals.canonical(new BigDecimal(text.strip())));
        } catch (NumberFormatException e) {
            return Optional.empty();
        }
    }

    static boolean isTrue(Element element, String attribute) {
        return attribute(element, attribute).map("true"::equalsIgnoreCase).orElse(false);
    }

    /** Child elements of any name, in document order. */
    static List<Element> elements(Element parent) {
        var found = new ArrayList<Element>();
        for (Node child = parent.getFirstChild(); child != null; child = child.getNextSibling()) {
            if (child instanceof Element element) {
                found.add(element);
            }
        }
        return found;
    }

    /** Descendants (and the element itself) with this local name, in document order. */
    static List<Element> descendants(Element root, String localName) {
        var found = new ArrayList<Element>();
        collect(root, localName, found);
        return found;
    }

    private static void collect(Element element, String localName, List<Element> found) {
        if (SafeXml.localName(element).equals(localName)) {
            found.add(element);
        }
        for (Element child : elements(element)) {
            collect(child, localName, found);
        }
    }

    /** The texts of {@code qti-value} children, trimmed. */
    static List<String> values(Element container) {
        return SafeXml.children(container, "qti-value").stream().map(value -> value.getTextContent().strip()).toList();
    }

    /** The document as UTF-8 XML, indented between structural elements only. */
    static String write(Document document) {
        indent(document.getDocumentElement(), 0);
        document.setXmlStandalone(true);
        // The declaration comes without a line break after it when indentation is off.
        return SafeXml.write(document, false).replaceFirst("\\?>", "?>\n") + "\n";
    }

    private static void indent(Element element, int depth) {
        List<Element> children = elements(element);
        if (!STRUCTURAL.contains(element.getLocalName()) || children.isEmpty() || hasText(element)) {
            return;
        }
        String inner = "\n" + "  ".repeat(depth + 1);
        for (Element child : children) {
            element.insertBefore(element.getOwnerDocument().createTextNode(inner), child);
            indent(child, depth + 1);
        }
        element.appendChild(element.getOwnerDocument().createTextNode("\n" + "  ".repeat(depth)));
    }

    private static boolean hasText(Element element) {
        for (Node child = element.getFirstChild(); child != null; child = child.getNextSibling()) {
            if (child.getNodeType() == Node.TEXT_NODE && !child.getNodeValue().isBlank()) {
                return true;
            }
        }
        return false;
    }
}
