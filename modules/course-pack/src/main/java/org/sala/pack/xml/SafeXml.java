package org.sala.pack.xml;

import java.io.IOException;
import java.io.StringReader;
import java.io.StringWriter;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.List;
import java.util.Optional;
import javax.xml.XMLConstants;
import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.parsers.ParserConfigurationException;
import javax.xml.parsers.SAXParserFactory;
import javax.xml.transform.OutputKeys;
import javax.xml.transform.TransformerException;
import javax.xml.transform.TransformerFactory;
import javax.xml.transform.dom.DOMSource;
import javax.xml.transform.stream.StreamResult;
import org.sala.pack.Problem;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.Node;
import org.xml.sax.Attributes;
import org.xml.sax.InputSource;
import org.xml.sax.Locator;
import org.xml.sax.SAXException;
import org.xml.sax.SAXParseException;
import org.xml.sax.helpers.DefaultHandler;

/**
 * Parses XML into a DOM without ever resolving a DTD or an external entity: a document with a
 * {@code <!DOCTYPE>} is refused outright (no interchange format we read needs one), which closes XXE and
 * entity-expansion ("billion laughs") attacks. Each element carries where it started, read back with
 * {@link #line} and {@link #column}. Malformed XML becomes a {@link Problem}, never an exception.
 */
public final class SafeXml {

    private static final String LINE = "sala.line";
    private static final String COLUMN = "sala.column";

    private SafeXml() {
    }

    /** The parsed document, or the problem that stopped parsing. */
    public record Parsed(Optional<Document> document, List<Problem> problems) {
    }

    public static Parsed parse(String file, String text) {
        try {
            SAXParserFactory factory = SAXParserFactory.newInstance();
            factory.setNamespaceAware(true);
            factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
            factory.setFeature("http://xml.org/sax/features/external-general-entities", false);
            factory.setFeature("http://xml.org/sax/features/external-parameter-entities", false);
            factory.setFeature("http://apache.org/xml/features/nonvalidating/load-external-dtd", false);
            factory.setXIncludeAware(false);
            factory.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, true);
            Document document = DocumentBuilderFactory.newDefaultInstance().newDocumentBuilder().newDocument();
            factory.newSAXParser().parse(new InputSource(new StringReader(text)), new Builder(document));
            return new Parsed(Optional.of(document), List.of());
        } catch (SAXParseException e) {
            String reason = e.getMessage();
            if (reason != null && reason.contains("DOCTYPE")) {
                reason = "a DOCTYPE declaration is not allowed (external entities and DTDs are refused)";
            }
            return new Parsed(Optional.empty(), List.of(new Problem(Problem.Severity.ERROR, file, Math.max(e.getLineNumber(), 0),
                    Math.max(e.getColumnNumber(), 0), "not well-formed XML: " + reason)));
        } catch (SAXException | IOException | ParserConfigurationException e) {
            return new Parsed(Optional.empty(), List.of(new Problem(Problem.Severity.ERROR, file, 0, 0, "cannot read the XML: " + e.getMessage())));
        }
    }

    public static int line(Element element) {
        Object line = element.getUserData(LINE);
        return line instanceof Integer value ? value : 0;
    }

    public static int column(Element element) {
        Object column = element.getUserData(COLUMN);
        return column instanceof Integer value ? value : 0;
    }

    /** A new, empty document to build output in. */
    public static Document newDocument() {
        try {
            return DocumentBuilderFactory.newDefaultInstance().newDocumentBuilder().newDocument();
        } catch (ParserConfigurationException e) {
            throw new IllegalStateException("the JDK's XML support is missing", e);
        }
    }

    /** The document as indented UTF-8 XML text with a declaration. */
    public static String write(Document document) {
        return write(document, true);
    }

    /**
     * The document as UTF-8 XML text with a declaration; indented by the transformer, or as it stands when
     * the caller has laid out the whitespace itself.
     */
    public static String write(Document document, boolean indent) {
        try {
            TransformerFactory factory = TransformerFactory.newInstance();
            factory.setAttribute(XMLConstants.ACCESS_EXTERNAL_DTD, "");
            factory.setAttribute(XMLConstants.ACCESS_EXTERNAL_STYLESHEET, "");
            var transformer = factory.newTransformer();
            transformer.setOutputProperty(OutputKeys.INDENT, indent ? "yes" : "no");
            transformer.setOutputProperty(OutputKeys.ENCODING, "UTF-8");
            if (indent) {
                transformer.setOutputProperty("{http://xml.apache.org/xslt}indent-amount", "2");
            }
            var out = new StringWriter();
            transformer.transform(new DOMSource(document), new StreamResult(out));
            return out.toString();
        } catch (TransformerException e) {
            throw new IllegalStateException("cannot write XML: " + e.getMessage(), e);
        }
    }

    /** Child elements with this local name, in document order. */
    public static List<Element> children(Element parent, String localName) {
        var found = new java.util.ArrayList<Element>();
        for (Node child = parent.getFirstChild(); child != null; child = child.getNextSibling()) {
            if (child instanceof Element element && localName.equals(localName(element))) {
                found.add(element);
            }
        }
        return found;
    }

    public static Optional<Element> child(Element parent, String localName) {
        return children(parent, localName).stream().findFirst();
    }

    public static String localName(Element element) {
        return element.getLocalName() != null ? element.getLocalName() : element.getTagName();
    }

    /** Builds a DOM from SAX events, recording where each element starts. */
    private static final class Builder extends DefaultHandler {

        private final Document document;
        private final Deque<Node> open = new ArrayDeque<>();
        private Locator locator;

        Builder(Document document) {
            this.document = document;
            open.push(document);
        }

        @Override
        public void setDocumentLocator(Locator locator) {
            this.locator = locator;
        }

        @Override
        public void startElement(String uri, String localName, String qualifiedName, Attributes attributes) {
            Element element = uri == null || uri.isEmpty() ? document.createElement(qualifiedName)
                    : document.createElementNS(uri, qualifiedName);
            for (int i = 0; i < attributes.getLength(); i++) {
                String attributeUri = attributes.getURI(i);
                if (attributeUri == null || attributeUri.isEmpty()) {
                    element.setAttribute(attributes.getQName(i), attributes.getValue(i));
                } else {
                    element.setAttributeNS(attributeUri, attributes.getQName(i), attributes.getValue(i));
                }
            }
            if (locator != null) {
                element.setUserData(LINE, locator.getLineNumber(), null);
                element.setUserData(COLUMN, locator.getColumnNumber(), null);
            }
            open.peek().appendChild(element);
            open.push(element);
        }

        @Override
        public void endElement(String uri, String localName, String qualifiedName) {
            open.pop();
        }

        @Override
        public void characters(char[] text, int start, int length) {
            open.peek().appendChild(document.createTextNode(new String(text, start, length)));
        }
    }
}
