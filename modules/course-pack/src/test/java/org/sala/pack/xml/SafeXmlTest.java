package org.sala.pack.xml;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.w3c.dom.Element;

class SafeXmlTest {

    @Test
    void elementsRememberWhereTheyStart() {
        SafeXml.Parsed parsed = SafeXml.parse("q.xml", "<quiz>\n  <question type=\"truefalse\">\n    <name/>\n  </question>\n</quiz>\n");

        Element question = SafeXml.child(parsed.document().orElseThrow().getDocumentElement(), "question").orElseThrow();
        assertThat(SafeXml.line(question)).isEqualTo(2);
        assertThat(question.getAttribute("type")).isEqualTo("truefalse");
    }

    @Test
    void externalEntitiesAndDoctypesAreRefusedNotResolved() {
        String xxe = "<?xml version=\"1.0\"?>\n<!DOCTYPE quiz [<!ENTITY secret SYSTEM \"file:///etc/passwd\">]>\n<quiz>&secret;</quiz>";

        SafeXml.Parsed parsed = SafeXml.parse("evil.xml", xxe);

        assertThat(parsed.document()).isEmpty();
        assertThat(parsed.problems()).singleElement().asString()
                .startsWith("evil.xml:2:").contains("DOCTYPE declaration is not allowed").doesNotContain("root:");
    }

    @Test
    void billionLaughsIsRefusedBeforeAnyExpansion() {
        String bomb = "<!DOCTYPE lolz [<!ENTITY lol \"lol\"><!ENTITY lol2 \"&lol;&lol;&lol;&lol;&lol;\">]><lolz>&lol2;</lolz>";

        assertThat(SafeXml.parse("bomb.xml", bomb).problems()).singleElement().asString().contains("DOCTYPE");
    }

    @Test
    void malformedXmlIsAProblemWithItsPlace() {
        SafeXml.Parsed parsed = SafeXml.parse("broken.xml", "<quiz>\n  <question>\n</quiz>");

        assertThat(parsed.problems()).singleElement().asString().startsWith("broken.xml:3:").contains("not well-formed XML");
    }

    @Test
    void aWrittenDocumentReadsBack() {
        var document = SafeXml.newDocument();
        Element root = document.createElement("quiz");
        root.setTextContent("សាលា & <ASEAN>");
        document.appendChild(root);

        String text = SafeXml.write(document);

        assertThat(SafeXml.parse("out.xml", text).document().orElseThrow().getDocumentElement().getTextContent())
                .isEqualTo("សាលា & <ASEAN>");
    }
}
