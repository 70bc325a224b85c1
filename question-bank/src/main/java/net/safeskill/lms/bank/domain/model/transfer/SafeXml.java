package net.safeskill.lms.bank.domain.model.transfer;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import javax.xml.XMLConstants;
import javax.xml.parsers.ParserConfigurationException;
import javax.xml.parsers.SAXParser;
import javax.xml.parsers.SAXParserFactory;

import org.xml.sax.Attributes;
import org.xml.sax.InputSource;
import org.xml.sax.Locator;
import org.xml.sax.SAXException;
import org.xml.sax.SAXParseException;
import org.xml.sax.helpers.DefaultHandler;

/**
 * A hardened reader of untrusted XML uploads into a small element tree that remembers line numbers (E2, N3). A
 * document type declaration is refused outright — so no external entity, no billion-laughs expansion — external DTDs
 * and schemas are never fetched, XInclude is off and secure processing is on. The size is limited before parsing.
 */
final class SafeXml {

    /** XML imports larger than this are refused. */
    static final int MAX_BYTES = 10 * 1024 * 1024;
    private static final int MAX_DEPTH = 64;

    /** An element: name, attributes, child elements, its own text (concatenated), and the line it starts on. */
    record Element(String name, Map<String, String> attributes, List<Element> children, String text, int line) {

        Element child(String childName) {
            return children.stream().filter(c -> c.name.equals(childName)).findFirst().orElse(null);
        }

        List<Element> all(String childName) {
            return children.stream().filter(c -> c.name.equals(childName)).toList();
        }

        /** @return the own text of the child element {@code childName}, stripped, or {@code ""} */
        String textOrEmpty(String childName) {
            Element c = child(childName);
            return c == null ? "" : c.text.strip();
        }

        /** @return the text of {@code <childName><text>…</text></childName>}, or {@code ""} */
        String textOf(String childName) {
            Element c = child(childName);
            Element t = c == null ? null : c.child("text");
            return t == null ? "" : t.text;
        }
    }

    /** The document was refused: the code and arguments of the problem. */
    static final class Refused extends Exception {
        private static final long serialVersionUID = 1L;
        final transient ImportPreview preview;

        Refused(String code, Object... args) {
            super(code, null, false, false);
            this.preview = ImportPreview.refused(code, args);
        }
    }

    private SafeXml() {
    }

    static Element parse(byte[] xml) throws Refused {
        if (xml.length > MAX_BYTES) {
            throw new Refused("bank.import.tooLarge", MAX_BYTES / (1024 * 1024));
        }
        TreeBuilder builder = new TreeBuilder();
        try {
            SAXParser parser = factory().newSAXParser();
            parser.setProperty(XMLConstants.ACCESS_EXTERNAL_DTD, "");
            parser.setProperty(XMLConstants.ACCESS_EXTERNAL_SCHEMA, "");
            parser.getXMLReader().setEntityResolver((publicId, systemId) -> {
                throw new SAXException("external entities are not resolved");
            });
            parser.parse(new InputSource(new ByteArrayInputStream(xml)), builder);
        } catch (SAXParseException e) {
            if (String.valueOf(e.getMessage()).contains("DOCTYPE")) {
                throw new Refused("bank.import.xmlDoctype");
            }
            throw new Refused("bank.import.xmlMalformed", Math.max(e.getLineNumber(), 0));
        } catch (SAXException e) {
            throw new Refused("bank.import.xmlMalformed", 0);
        } catch (IOException e) {
            throw new Refused("bank.import.xmlMalformed", 0);
        } catch (ParserConfigurationException e) {
            throw new IllegalStateException(e);
        }
        return builder.root;
    }

    private static SAXParserFactory factory() {
        SAXParserFactory factory = SAXParserFactory.newDefaultInstance();
        try {
            factory.setNamespaceAware(false);
            factory.setValidating(false);
            factory.setXIncludeAware(false);
            factory.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, true);
            factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
            factory.setFeature("http://xml.org/sax/features/external-general-entities", false);
            factory.setFeature("http://xml.org/sax/features/external-parameter-entities", false);
            factory.setFeature("http://apache.org/xml/features/nonvalidating/load-external-dtd", false);
        } catch (ParserConfigurationException | SAXException e) {
            throw new IllegalStateException("the XML parser cannot be hardened; refusing to parse uploads", e);
        }
        return factory;
    }

    private static final class TreeBuilder extends DefaultHandler {
        private final Deque<Open> open = new ArrayDeque<>();
        private Locator locator;
        private Element root;

        private record Open(String name, Map<String, String> attributes, List<Element> children, StringBuilder text,
                int line) {
        }

        @Override
        public void setDocumentLocator(Locator documentLocator) {
            this.locator = documentLocator;
        }

        @Override
        public void startElement(String uri, String localName, String qName, Attributes attributes)
                throws SAXException {
            if (open.size() >= MAX_DEPTH) {
                throw new SAXParseException("too deep", locator);
            }
            Map<String, String> map = new HashMap<>();
            for (int i = 0; i < attributes.getLength(); i++) {
                map.put(attributes.getQName(i), attributes.getValue(i));
            }
            open.push(new Open(qName, map, new ArrayList<>(), new StringBuilder(),
                    locator == null ? 0 : locator.getLineNumber()));
        }

        @Override
        public void characters(char[] ch, int start, int length) {
            if (!open.isEmpty()) {
                open.peek().text.append(ch, start, length);
            }
        }

        @Override
        public void endElement(String uri, String localName, String qName) {
            Open o = open.pop();
            Element element = new Element(o.name, Map.copyOf(o.attributes), List.copyOf(o.children), o.text.toString(),
                    o.line);
            if (open.isEmpty()) {
                root = element;
            } else {
                open.peek().children.add(element);
            }
        }
    }
}
