package net.safeskill.lms.catalogue.domain.model.scorm;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

import javax.xml.XMLConstants;
import javax.xml.parsers.DocumentBuilder;
import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.parsers.ParserConfigurationException;

import org.w3c.dom.Attr;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NamedNodeMap;
import org.w3c.dom.Node;
import org.w3c.dom.NodeList;
import org.xml.sax.ErrorHandler;
import org.xml.sax.SAXException;
import org.xml.sax.SAXParseException;

import net.safeskill.lms.shared.domain.DomainException;

/**
 * Parser of {@code imsmanifest.xml} (课件清单解析器) for SCORM 1.2 and SCORM 2004.
 *
 * <p>The manifest comes from an untrusted upload, so the XML parser is hardened: document type
 * declarations are refused outright (no external entities, no entity expansion bombs), external DTDs
 * and schemas are never fetched and XInclude is off. Elements and attributes are matched by local
 * name, so both versions and the sloppy output of authoring tools (Articulate, iSpring, Captivate,
 * Moodle exports: {@code adlcp:scormtype} vs {@code adlcp:scormType}, undeclared prefixes) are read.
 *
 * <p>Errors: {@code scorm.manifestDoctype} (the manifest declares a DOCTYPE),
 * {@code scorm.manifestMalformed} (not well-formed XML, or the root is not {@code manifest}),
 * {@code scorm.unsupportedVersion} (neither SCORM 1.2 nor 2004) and {@code scorm.noLaunch}
 * (no organization with an item that launches a resource with an {@code href}).
 *
 * <p>Instances are stateless and thread-safe.
 */
public final class ScormManifestParser {

    private static final String XMLNS_PREFIX = "xmlns";
    private static final int MAX_ITEM_DEPTH = 64;
    private static final ErrorHandler SILENT_FAIL = new ErrorHandler() {
        @Override
        public void warning(SAXParseException exception) {
            // warnings do not stop parsing
        }

        @Override
        public void error(SAXParseException exception) throws SAXException {
            throw exception;
        }

        @Override
        public void fatalError(SAXParseException exception) throws SAXException {
            throw exception;
        }
    };

    /**
     * Parses a manifest.
     *
     * @param manifestXml the bytes of {@code imsmanifest.xml}
     * @return the manifest
     * @throws DomainException with one of the codes listed in the class comment
     */
    public ScormManifest parse(byte[] manifestXml) {
        Objects.requireNonNull(manifestXml, "manifestXml");
        Document document;
        try {
            document = parseXml(manifestXml, true);
        } catch (SAXException namespaceError) {
            if (declaresDoctype(namespaceError, manifestXml)) {
                throw new DomainException("scorm.manifestDoctype");
            }
            try {
                // tolerate exporters that use a prefix (adlcp:, imsss:) without declaring it
                document = parseXml(manifestXml, false);
            } catch (SAXException e) {
                throw new DomainException("scorm.manifestMalformed");
            }
        }
        return read(document);
    }

    /** Builds the hardened factory: no DOCTYPE, no external entities or DTDs, no XInclude. */
    static DocumentBuilderFactory hardenedFactory(boolean namespaceAware) {
        DocumentBuilderFactory factory = DocumentBuilderFactory.newDefaultInstance();
        try {
            factory.setNamespaceAware(namespaceAware);
            factory.setValidating(false);
            factory.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, true);
            factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
            factory.setFeature("http://xml.org/sax/features/external-general-entities", false);
            factory.setFeature("http://xml.org/sax/features/external-parameter-entities", false);
            factory.setFeature("http://apache.org/xml/features/nonvalidating/load-external-dtd", false);
            factory.setXIncludeAware(false);
            factory.setExpandEntityReferences(false);
            factory.setAttribute(XMLConstants.ACCESS_EXTERNAL_DTD, "");
            factory.setAttribute(XMLConstants.ACCESS_EXTERNAL_SCHEMA, "");
        } catch (ParserConfigurationException | IllegalArgumentException e) {
            throw new IllegalStateException("the XML parser cannot be hardened; refusing to parse manifests", e);
        }
        return factory;
    }

    private static Document parseXml(byte[] xml, boolean namespaceAware) throws SAXException {
        try {
            DocumentBuilder builder = hardenedFactory(namespaceAware).newDocumentBuilder();
            builder.setErrorHandler(SILENT_FAIL);
            builder.setEntityResolver((publicId, systemId) -> {
                throw new SAXException("external entities are not resolved");
            });
            return builder.parse(new ByteArrayInputStream(xml));
        } catch (ParserConfigurationException e) {
            throw new IllegalStateException(e);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static boolean declaresDoctype(SAXException error, byte[] xml) {
        String message = String.valueOf(error.getMessage());
        if (message.contains("DOCTYPE")) {
            return true;
        }
        return containsDoctype(new String(xml, StandardCharsets.ISO_8859_1))
                || containsDoctype(new String(xml, StandardCharsets.UTF_16LE))
                || containsDoctype(new String(xml, StandardCharsets.UTF_16BE));
    }

    private static boolean containsDoctype(String text) {
        return text.contains("<!DOCTYPE");
    }

    private ScormManifest read(Document document) {
        Element manifest = document.getDocumentElement();
        if (manifest == null || !"manifest".equals(localName(manifest))) {
            throw new DomainException("scorm.manifestMalformed");
        }
        Element metadata = firstChild(manifest, "metadata");
        Element schemaVersionElement = metadata == null ? null : firstDescendant(metadata, "schemaversion");
        String schemaVersion = schemaVersionElement == null ? null : text(schemaVersionElement);
        ScormVersion version = ScormVersion.detect(schemaVersion, namespaces(manifest)).orElseThrow(
                () -> new DomainException("scorm.unsupportedVersion", truncate(schemaVersion, 40)));

        Element organizations = firstChild(manifest, "organizations");
        if (organizations == null) {
            throw new DomainException("scorm.noLaunch");
        }
        List<Element> organizationList = children(organizations, "organization");
        if (organizationList.isEmpty()) {
            throw new DomainException("scorm.noLaunch");
        }
        String defaultId = organizations.getAttribute("default").strip();
        Element organization = organizationList.stream()
                .filter(o -> !defaultId.isEmpty() && defaultId.equals(o.getAttribute("identifier").strip()))
                .findFirst().orElse(organizationList.get(0));

        Map<String, Resource> resources = resources(manifest);
        List<ScormItem> items = new ArrayList<>();
        collectItems(organization, 1, resources, items);
        if (items.stream().noneMatch(ScormItem::launchable)) {
            throw new DomainException("scorm.noLaunch");
        }

        String organizationId = organization.getAttribute("identifier").strip();
        String identifier = manifest.getAttribute("identifier").strip();
        if (identifier.isEmpty()) {
            identifier = organizationId.isEmpty() ? "manifest" : organizationId;
        }
        String title = titleOf(organization);
        return new ScormManifest(version, identifier, title.isEmpty() ? identifier : title, organizationId, items);
    }

    private record Resource(String launchPath, String parameters, ScormType type) {
    }

    private static Map<String, Resource> resources(Element manifest) {
        Map<String, Resource> result = new HashMap<>();
        Element resourcesElement = firstChild(manifest, "resources");
        if (resourcesElement == null) {
            return result;
        }
        String base = LaunchPaths.joinBase(LaunchPaths.joinBase("", xmlBase(manifest)), xmlBase(resourcesElement));
        for (Element resource : children(resourcesElement, "resource")) {
            String id = resource.getAttribute("identifier").strip();
            String href = resource.getAttribute("href").strip();
            if (id.isEmpty() || result.containsKey(id)) {
                continue;
            }
            if (href.isEmpty()) {
                result.put(id, new Resource(null, "", null));
                continue;
            }
            String[] pathAndSuffix = LaunchPaths.resolve(LaunchPaths.joinBase(base, xmlBase(resource)), href);
            if (pathAndSuffix[0].isEmpty()) {
                result.put(id, new Resource(null, "", null));
                continue;
            }
            result.put(id, new Resource(pathAndSuffix[0], pathAndSuffix[1], scormType(resource)));
        }
        return result;
    }

    private static void collectItems(Element parent, int depth, Map<String, Resource> resources,
            List<ScormItem> items) {
        if (depth > MAX_ITEM_DEPTH) {
            throw new DomainException("scorm.manifestMalformed");
        }
        for (Element item : children(parent, "item")) {
            String identifier = item.getAttribute("identifier").strip();
            if (identifier.isEmpty()) {
                identifier = "item-" + (items.size() + 1);
            }
            String title = titleOf(item);
            Resource resource = resources.get(item.getAttribute("identifierref").strip());
            if (resource != null && resource.launchPath() != null) {
                String parameters = LaunchPaths.appendParameters(resource.parameters(),
                        item.getAttribute("parameters"));
                items.add(new ScormItem(identifier, title.isEmpty() ? identifier : title, resource.launchPath(),
                        parameters, resource.type(), depth));
            } else {
                items.add(new ScormItem(identifier, title.isEmpty() ? identifier : title, null, "", null, depth));
            }
            collectItems(item, depth + 1, resources, items);
        }
    }

    private static ScormType scormType(Element resource) {
        NamedNodeMap attributes = resource.getAttributes();
        for (int i = 0; i < attributes.getLength(); i++) {
            Attr attribute = (Attr) attributes.item(i);
            if ("scormtype".equalsIgnoreCase(localName(attribute))) {
                return "sco".equalsIgnoreCase(attribute.getValue().strip()) ? ScormType.SCO : ScormType.ASSET;
            }
        }
        return ScormType.ASSET;
    }

    private static String xmlBase(Element element) {
        String base = element.getAttributeNS(XMLConstants.XML_NS_URI, "base");
        if (base == null || base.isEmpty()) {
            base = element.getAttribute("xml:base");
        }
        return base == null ? "" : base.strip();
    }

    private static Set<String> namespaces(Element root) {
        Set<String> result = new HashSet<>();
        collectNamespaces(root, result);
        return result;
    }

    private static void collectNamespaces(Element element, Set<String> result) {
        if (element.getNamespaceURI() != null) {
            result.add(element.getNamespaceURI());
        }
        NamedNodeMap attributes = element.getAttributes();
        for (int i = 0; i < attributes.getLength(); i++) {
            Node attribute = attributes.item(i);
            String name = attribute.getNodeName();
            if (name.equals(XMLNS_PREFIX) || name.startsWith(XMLNS_PREFIX + ":")) {
                result.add(attribute.getNodeValue().strip());
            } else if (attribute.getNamespaceURI() != null) {
                result.add(attribute.getNamespaceURI());
            }
        }
        for (Node child = element.getFirstChild(); child != null; child = child.getNextSibling()) {
            if (child instanceof Element e) {
                collectNamespaces(e, result);
            }
        }
    }

    private static String titleOf(Element element) {
        Element title = firstChild(element, "title");
        return title == null ? "" : text(title);
    }

    private static String text(Element element) {
        return element.getTextContent().strip().replaceAll("\\s+", " ");
    }

    private static String localName(Node node) {
        String local = node.getLocalName();
        if (local != null) {
            return local;
        }
        String name = node.getNodeName();
        return name.substring(name.indexOf(':') + 1);
    }

    private static Element firstChild(Element parent, String localName) {
        for (Node child = parent.getFirstChild(); child != null; child = child.getNextSibling()) {
            if (child instanceof Element e && localName.equals(localName(e))) {
                return e;
            }
        }
        return null;
    }

    private static List<Element> children(Element parent, String localName) {
        List<Element> result = new ArrayList<>();
        for (Node child = parent.getFirstChild(); child != null; child = child.getNextSibling()) {
            if (child instanceof Element e && localName.equals(localName(e))) {
                result.add(e);
            }
        }
        return result;
    }

    private static Element firstDescendant(Element parent, String localName) {
        NodeList all = parent.getElementsByTagName("*");
        for (int i = 0; i < all.getLength(); i++) {
            Element e = (Element) all.item(i);
            if (localName.equals(localName(e).toLowerCase(Locale.ROOT))) {
                return e;
            }
        }
        return null;
    }

    private static String truncate(String value, int max) {
        if (value == null) {
            return "";
        }
        String clean = value.strip();
        return clean.length() <= max ? clean : clean.substring(0, max);
    }
}
