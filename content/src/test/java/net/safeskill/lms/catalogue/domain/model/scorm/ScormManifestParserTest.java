package net.safeskill.lms.catalogue.domain.model.scorm;

import static net.safeskill.lms.catalogue.domain.model.scorm.TestZips.utf8;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;

import javax.xml.parsers.DocumentBuilderFactory;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import net.safeskill.lms.shared.domain.DomainException;

class ScormManifestParserTest {

    static final String NS_12 = """
            xmlns="http://www.imsproject.org/xsd/imscp_rootv1p1p2" \
            xmlns:adlcp="http://www.adlnet.org/xsd/adlcp_rootv1p2\"""";
    static final String NS_2004 = """
            xmlns="http://www.imsglobal.org/xsd/imscp_v1p1" \
            xmlns:adlcp="http://www.adlnet.org/xsd/adlcp_v1p3\"""";

    /** Modelled on an authoring-tool export: xml:base, two organizations, folders, assets, parameters. */
    static final String REAL_WORLD_2004 = """
            <?xml version="1.0" encoding="UTF-8"?>
            <manifest identifier="com.example.hazchem" version="3" xml:base="content/"
                xmlns="http://www.imsglobal.org/xsd/imscp_v1p1"
                xmlns:adlcp="http://www.adlnet.org/xsd/adlcp_v1p3"
                xmlns:imsss="http://www.imsglobal.org/xsd/imsss"
                xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance">
              <metadata>
                <schema>ADL SCORM</schema>
                <schemaversion>2004 3rd Edition</schemaversion>
              </metadata>
              <organizations default="ORG-B">
                <organization identifier="ORG-A">
                  <title>Alternative path</title>
                  <item identifier="A1" identifierref="RES-ALT"><title>Alt</title></item>
                </organization>
                <organization identifier="ORG-B">
                  <title>
                     Hazardous    chemicals
                  </title>
                  <item identifier="MOD-1">
                    <title>Module 1</title>
                    <item identifier="SCO-1" identifierref="RES-1" parameters="?lesson=1">
                      <title>Lesson 1</title>
                    </item>
                    <item identifier="SCO-2" identifierref="RES-2" parameters="#page3">
                      <title>Lesson 2</title>
                    </item>
                  </item>
                  <item identifier="DOC" identifierref="RES-PDF" parameters="&amp;x=1">
                    <title>Handout</title>
                  </item>
                  <item identifier="NOTITLE" identifierref="RES-SHARED"/>
                  <imsss:sequencing><imsss:controlMode choice="true" flow="true"/></imsss:sequencing>
                </organization>
              </organizations>
              <resources xml:base="res/">
                <resource identifier="RES-1" type="webcontent" adlcp:scormType="sco" xml:base="lesson%201"
                    href="start.html?mode=normal">
                  <file href="start.html"/>
                </resource>
                <resource identifier="RES-2" type="webcontent" adlcp:scormType="sco" href="two/./x/../index.html#intro"/>
                <resource identifier="RES-PDF" type="webcontent" adlcp:scormType="asset" href="docs/handout.pdf"/>
                <resource identifier="RES-ALT" type="webcontent" adlcp:scormType="sco" href="alt.html"/>
                <resource identifier="RES-SHARED" type="webcontent" adlcp:scormType="asset">
                  <file href="shared/style.css"/>
                </resource>
              </resources>
            </manifest>
            """;

    final ScormManifestParser parser = new ScormManifestParser();

    static String manifest12(String organizations, String resources) {
        return "<?xml version=\"1.0\"?><manifest identifier=\"M\" " + NS_12 + ">"
                + "<metadata><schema>ADL SCORM</schema><schemaversion>1.2</schemaversion></metadata>"
                + organizations + "<resources>" + resources + "</resources></manifest>";
    }

    static String simpleOrganization(String title) {
        return "<organizations default=\"O\"><organization identifier=\"O\"><title>" + title + "</title>"
                + "<item identifier=\"I\" identifierref=\"R\"><title>Item</title></item></organization></organizations>";
    }

    static final String SCO_RESOURCE =
            "<resource identifier=\"R\" type=\"webcontent\" adlcp:scormtype=\"sco\" href=\"index.html\"/>";

    String code(String xml) {
        return code(utf8(xml));
    }

    String code(byte[] xml) {
        return assertThrows(DomainException.class, () -> parser.parse(xml)).code();
    }

    @Test
    void readsARealWorldScorm2004Manifest() {
        ScormManifest m = parser.parse(utf8(REAL_WORLD_2004));
        assertEquals(ScormVersion.SCORM_2004, m.version());
        assertEquals("com.example.hazchem", m.identifier());
        assertEquals("Hazardous chemicals", m.title());
        assertEquals("ORG-B", m.organizationIdentifier());
        assertEquals(List.of("MOD-1", "SCO-1", "SCO-2", "DOC", "NOTITLE"),
                m.items().stream().map(ScormItem::identifier).toList());

        ScormItem folder = m.items().get(0);
        assertFalse(folder.launchable());
        assertNull(folder.launchHref());
        assertNull(folder.scormType());
        assertEquals(1, folder.depth());

        ScormItem first = m.defaultLaunch();
        assertEquals("SCO-1", first.identifier());
        assertEquals("Lesson 1", first.title());
        assertEquals("content/res/lesson 1/start.html", first.launchPath());
        assertEquals("?mode=normal&lesson=1", first.launchParameters());
        assertEquals("content/res/lesson 1/start.html?mode=normal&lesson=1", first.launchHref());
        assertEquals(ScormType.SCO, first.scormType());
        assertEquals(2, first.depth());

        ScormItem second = m.items().get(2);
        assertEquals("content/res/two/index.html", second.launchPath());
        assertEquals("#intro", second.launchParameters(), "the href fragment wins over the item's");

        ScormItem handout = m.items().get(3);
        assertEquals("content/res/docs/handout.pdf?x=1", handout.launchHref());
        assertEquals(ScormType.ASSET, handout.scormType());
        assertFalse(handout.sco());

        ScormItem noTitle = m.items().get(4);
        assertEquals("NOTITLE", noTitle.title());
        assertFalse(noTitle.launchable(), "a resource without href launches nothing");

        assertEquals(List.of("SCO-1", "SCO-2"), m.scos().stream().map(ScormItem::identifier).toList());
    }

    @Test
    void withoutADefaultOrWithAnUnknownDefaultTheFirstOrganizationIsUsed() {
        String noDefault = REAL_WORLD_2004.replace("default=\"ORG-B\"", "");
        assertEquals("Alternative path", parser.parse(utf8(noDefault)).title());
        assertEquals("content/res/alt.html", parser.parse(utf8(noDefault)).defaultLaunch().launchPath());
        String unknownDefault = REAL_WORLD_2004.replace("default=\"ORG-B\"", "default=\"ORG-Z\"");
        assertEquals("ORG-A", parser.parse(utf8(unknownDefault)).organizationIdentifier());
    }

    @Test
    void theDefaultOrganizationDecidesEvenIfAnotherOneCouldLaunch() {
        String xml = REAL_WORLD_2004.replace("default=\"ORG-B\"", "default=\"ORG-A\"")
                .replace("identifierref=\"RES-ALT\"", "identifierref=\"NOPE\"");
        assertEquals("scorm.noLaunch", code(xml));
    }

    @Test
    void theTitleFallsBackToTheManifestIdentifier() {
        String xml = manifest12("<organizations><organization identifier=\"O\">"
                + "<item identifier=\"I\" identifierref=\"R\"/></organization></organizations>", SCO_RESOURCE);
        ScormManifest m = parser.parse(utf8(xml));
        assertEquals("M", m.title());
        assertEquals("I", m.defaultLaunch().title());
        assertEquals("M", parser.parse(utf8(manifest12(simpleOrganization("  "), SCO_RESOURCE))).title());
    }

    @Test
    void readsScorm12AndItsLowerCaseScormtype() {
        ScormManifest m = parser.parse(utf8(manifest12(simpleOrganization("Fire safety"), SCO_RESOURCE)));
        assertEquals(ScormVersion.SCORM_12, m.version());
        assertEquals("M", m.identifier());
        assertEquals("Fire safety", m.title());
        assertEquals("index.html", m.defaultLaunch().launchHref());
        assertTrue(m.defaultLaunch().sco());
    }

    @Test
    void matchesScormTypeAttributesOfAnyCaseAndDefaultsToAsset() {
        String upper = manifest12(simpleOrganization("t"), SCO_RESOURCE.replace("adlcp:scormtype=\"sco\"",
                "adlcp:SCORMTYPE=\"SCO\""));
        assertEquals(ScormType.SCO, parser.parse(utf8(upper)).defaultLaunch().scormType());
        String missing = manifest12(simpleOrganization("t"), SCO_RESOURCE.replace("adlcp:scormtype=\"sco\"", ""));
        assertEquals(ScormType.ASSET, parser.parse(utf8(missing)).defaultLaunch().scormType());
        String asset = manifest12(simpleOrganization("t"), SCO_RESOURCE.replace("\"sco\"", "\"asset\""));
        assertEquals(ScormType.ASSET, parser.parse(utf8(asset)).defaultLaunch().scormType());
    }

    @Test
    void toleratesAnUndeclaredAdlcpPrefix() {
        String xml = manifest12(simpleOrganization("Sloppy"), SCO_RESOURCE)
                .replace(" xmlns:adlcp=\"http://www.adlnet.org/xsd/adlcp_rootv1p2\"", "");
        ScormManifest m = parser.parse(utf8(xml));
        assertEquals(ScormVersion.SCORM_12, m.version());
        assertEquals(ScormType.SCO, m.defaultLaunch().scormType());
        assertEquals("Sloppy", m.title());
    }

    @Test
    void readsPrefixedCpElements() {
        String xml = """
                <imscp:manifest identifier="P" xmlns:imscp="http://www.imsglobal.org/xsd/imscp_v1p1"
                    xmlns:adlcp="http://www.adlnet.org/xsd/adlcp_v1p3">
                  <imscp:organizations><imscp:organization identifier="O"><imscp:title>Prefixed</imscp:title>
                    <imscp:item identifier="I" identifierref="R"/></imscp:organization></imscp:organizations>
                  <imscp:resources><imscp:resource identifier="R" adlcp:scormType="sco" href="a.html"/></imscp:resources>
                </imscp:manifest>
                """;
        ScormManifest m = parser.parse(utf8(xml));
        assertEquals(ScormVersion.SCORM_2004, m.version(), "detected from the namespaces");
        assertEquals("Prefixed", m.title());
        assertEquals("a.html", m.defaultLaunch().launchPath());
    }

    @Test
    void decodesPercentEscapesButKeepsPlusSignsAndBrokenEscapes() {
        // %E5%AE%89 is U+5B89 in UTF-8
        String xml = manifest12(simpleOrganization("t"), SCO_RESOURCE.replace("index.html",
                "my%20course/%E5%AE%89+1/100%25%zz.html"));
        assertEquals("my course/\u5b89+1/100%%zz.html", parser.parse(utf8(xml)).defaultLaunch().launchPath());
    }

    @Test
    void treatsBackslashesAsSeparatorsAndKeepsEscapingDotDots() {
        String backslash = manifest12(simpleOrganization("t"), SCO_RESOURCE.replace("index.html", "sco\\\\index.html"));
        assertEquals("sco/index.html", parser.parse(utf8(backslash)).defaultLaunch().launchPath());
        String escaping = manifest12(simpleOrganization("t"), SCO_RESOURCE.replace("index.html", "a/../../outside.html"));
        assertEquals("../outside.html", parser.parse(utf8(escaping)).defaultLaunch().launchPath());
        String external = manifest12(simpleOrganization("t"), SCO_RESOURCE.replace("index.html",
                "https://example.com/course?id=1"));
        ScormItem item = parser.parse(utf8(external)).defaultLaunch();
        assertEquals("https://example.com/course", item.launchPath());
        assertEquals("?id=1", item.launchParameters());
    }

    @Test
    void anAbsoluteXmlBaseReplacesTheOuterBases() {
        String xml = REAL_WORLD_2004.replace("xml:base=\"res/\"", "xml:base=\"/abs/\"");
        assertEquals("/abs/lesson 1/start.html", parser.parse(utf8(xml)).defaultLaunch().launchPath());
    }

    @Test
    void detectsVersionsFromSchemaversionOrNamespaces() {
        String organizations = simpleOrganization("t");
        String noMetadata12 = "<manifest identifier=\"M\" " + NS_12 + ">" + organizations
                + "<resources>" + SCO_RESOURCE + "</resources></manifest>";
        assertEquals(ScormVersion.SCORM_12, parser.parse(utf8(noMetadata12)).version());
        String noMetadata2004 = "<manifest identifier=\"M\" " + NS_2004 + ">" + organizations
                + "<resources>" + SCO_RESOURCE.replace("scormtype", "scormType") + "</resources></manifest>";
        assertEquals(ScormVersion.SCORM_2004, parser.parse(utf8(noMetadata2004)).version());
        String cam13 = manifest12(organizations, SCO_RESOURCE).replace(">1.2<", ">CAM 1.3<");
        assertEquals(ScormVersion.SCORM_2004, parser.parse(utf8(cam13)).version());
        String fourth = manifest12(organizations, SCO_RESOURCE).replace(">1.2<", ">2004 4th Edition<");
        assertEquals(ScormVersion.SCORM_2004, parser.parse(utf8(fourth)).version());
    }

    @Test
    void refusesUnknownVersions() {
        String organizations = simpleOrganization("t");
        DomainException e = assertThrows(DomainException.class, () -> parser.parse(
                utf8(manifest12(organizations, SCO_RESOURCE).replace(">1.2<", ">1.1<"))));
        assertEquals("scorm.unsupportedVersion", e.code());
        assertEquals("1.1", e.args()[0]);
        String plainCp = "<manifest identifier=\"M\" xmlns=\"http://www.imsglobal.org/xsd/imscp_v1p1\">"
                + organizations + "<resources>" + SCO_RESOURCE.replace("adlcp:scormtype=\"sco\"", "")
                + "</resources></manifest>";
        assertEquals("scorm.unsupportedVersion", code(plainCp));
        assertEquals("scorm.unsupportedVersion", code("<manifest identifier=\"M\">" + organizations
                + "<resources>" + SCO_RESOURCE.replace("adlcp:scormtype=\"sco\"", "") + "</resources></manifest>"));
    }

    @Test
    void refusesManifestsWithoutSomethingToLaunch() {
        assertEquals("scorm.noLaunch", code(manifest12("", SCO_RESOURCE)));
        assertEquals("scorm.noLaunch", code(manifest12("<organizations/>", SCO_RESOURCE)));
        assertEquals("scorm.noLaunch", code(manifest12(
                "<organizations><organization identifier=\"O\"><title>t</title></organization></organizations>",
                SCO_RESOURCE)));
        assertEquals("scorm.noLaunch", code(manifest12(simpleOrganization("t"), "")));
        assertEquals("scorm.noLaunch", code(manifest12(simpleOrganization("t"), SCO_RESOURCE.replace("href=\"index.html\"",
                ""))));
        assertEquals("scorm.noLaunch", code(manifest12(simpleOrganization("t"), SCO_RESOURCE.replace("href=\"index.html\"",
                "href=\"./\""))));
        assertEquals("scorm.noLaunch", code(manifest12(simpleOrganization("t"), SCO_RESOURCE.replace("identifier=\"R\"",
                "identifier=\"OTHER\""))));
    }

    @Test
    void refusesADoctypeEvenAHarmlessOne() {
        String xml = "<?xml version=\"1.0\"?><!DOCTYPE manifest><manifest/>";
        assertEquals("scorm.manifestDoctype", code(xml));
    }

    @Test
    void refusesExternalEntitiesWithoutReadingThem() {
        String xxe = """
                <?xml version="1.0"?>
                <!DOCTYPE manifest [<!ENTITY xxe SYSTEM "file:///etc/passwd">]>
                """ + manifest12(simpleOrganization("&xxe;"), SCO_RESOURCE).replace("<?xml version=\"1.0\"?>", "");
        DomainException e = assertThrows(DomainException.class, () -> parser.parse(utf8(xxe)));
        assertEquals("scorm.manifestDoctype", e.code());
        assertFalse(e.getMessage().contains("root:"));
        assertEquals(0, e.args().length);

        String parameterEntity = """
                <?xml version="1.0"?>
                <!DOCTYPE manifest [<!ENTITY % remote SYSTEM "http://127.0.0.1:9/evil.dtd"> %remote;]>
                <manifest/>
                """;
        assertEquals("scorm.manifestDoctype", code(parameterEntity));

        String billionLaughs = """
                <?xml version="1.0"?>
                <!DOCTYPE lolz [<!ENTITY lol "lol"><!ENTITY lol2 "&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;">]>
                <manifest>&lol2;</manifest>
                """;
        assertEquals("scorm.manifestDoctype", code(billionLaughs));
    }

    @Test
    void refusesADoctypeInUtf16() {
        byte[] xml = "\uFEFF<?xml version=\"1.0\" encoding=\"UTF-16\"?><!DOCTYPE manifest [<!ENTITY x \"y\">]><manifest/>"
                .getBytes(StandardCharsets.UTF_16BE);
        assertEquals("scorm.manifestDoctype", code(xml));
    }

    @Test
    void doesNotProcessXInclude() {
        String xml = manifest12(simpleOrganization("<xi:include xmlns:xi=\"http://www.w3.org/2001/XInclude\" "
                + "href=\"file:///etc/passwd\" parse=\"text\"/>Safe"), SCO_RESOURCE);
        ScormManifest m = parser.parse(utf8(xml));
        assertEquals("Safe", m.title());
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "   ", "not xml", "<manifest>", "<manifest><organizations></manifest>",
        "<?xml version=\"1.0\"?><manifest identifier=\"a\" identifier=\"b\"/>", "<a/><b/>"})
    void refusesMalformedXml(String xml) {
        assertEquals("scorm.manifestMalformed", code(xml));
    }

    @Test
    void refusesWellFormedXmlThatIsNotAManifest() {
        assertEquals("scorm.manifestMalformed", code("<html><body/></html>"));
    }

    @Test
    void refusesAbsurdlyDeepItemNesting() {
        String open = "<item identifier=\"x\">".repeat(80);
        String close = "</item>".repeat(80);
        String xml = manifest12("<organizations><organization identifier=\"O\">" + open
                + "<item identifier=\"I\" identifierref=\"R\"/>" + close + "</organization></organizations>", SCO_RESOURCE);
        assertEquals("scorm.manifestMalformed", code(xml));
    }

    @Test
    void theFactoryIsHardened() throws Exception {
        DocumentBuilderFactory factory = ScormManifestParser.hardenedFactory(true);
        assertTrue(factory.isNamespaceAware());
        assertTrue(factory.getFeature("http://apache.org/xml/features/disallow-doctype-decl"));
        assertFalse(factory.getFeature("http://xml.org/sax/features/external-general-entities"));
        assertFalse(factory.getFeature("http://xml.org/sax/features/external-parameter-entities"));
        assertFalse(factory.getFeature("http://apache.org/xml/features/nonvalidating/load-external-dtd"));
        assertFalse(factory.isXIncludeAware());
        assertFalse(factory.isExpandEntityReferences());
        assertEquals("", factory.getAttribute(javax.xml.XMLConstants.ACCESS_EXTERNAL_DTD));
        assertEquals("", factory.getAttribute(javax.xml.XMLConstants.ACCESS_EXTERNAL_SCHEMA));
    }

    @Test
    void manifestAndItemRecordsRefuseInconsistentState() {
        ScormItem folder = new ScormItem("F", "Folder", null, "", null, 1);
        DomainException e = assertThrows(DomainException.class,
                () -> new ScormManifest(ScormVersion.SCORM_12, "M", "t", "O", List.of(folder)));
        assertEquals("scorm.noLaunch", e.code());
        assertThrows(IllegalArgumentException.class, () -> new ScormItem("I", "t", "a.html", "", null, 1));
        assertThrows(IllegalArgumentException.class, () -> new ScormItem("I", "t", null, "?a=1", null, 1));
        assertThrows(IllegalArgumentException.class, () -> new ScormItem("I", "t", "a.html", "a=1", ScormType.SCO, 1));
        assertThrows(IllegalArgumentException.class, () -> new ScormItem("I", "t", "a.html", "", ScormType.SCO, 0));
        assertThrows(IllegalArgumentException.class, () -> new ScormItem("I", "t", " ", "", ScormType.SCO, 1));
        List<ScormItem> items = Arrays.asList(folder, new ScormItem("I", "t", "a.html", null, ScormType.SCO, 2));
        ScormManifest m = new ScormManifest(ScormVersion.SCORM_12, "M", "t", "O", items);
        assertEquals("I", m.defaultLaunch().identifier());
        assertThrows(UnsupportedOperationException.class, () -> m.items().clear());
    }
}
