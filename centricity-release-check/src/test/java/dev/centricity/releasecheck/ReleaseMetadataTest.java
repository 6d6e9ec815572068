package dev.centricity.releasecheck;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;
import javax.xml.parsers.DocumentBuilderFactory;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.Node;
import org.w3c.dom.NodeList;

/** The BOM and the POM metadata of the published modules, as Maven Central needs them. */
class ReleaseMetadataTest {

  static Element pom(String module) throws Exception {
    Path file = Path.of("..", module, "pom.xml");
    DocumentBuilderFactory f = DocumentBuilderFactory.newInstance();
    f.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
    Document doc = f.newDocumentBuilder().parse(file.toFile());
    return doc.getDocumentElement();
  }

  /** The direct child element of that name, or null. */
  static Element child(Element parent, String name) {
    for (Node n = parent.getFirstChild(); n != null; n = n.getNextSibling()) {
      if (n instanceof Element && n.getNodeName().equals(name)) {
        return (Element) n;
      }
    }
    return null;
  }

  static String text(Element parent, String name) {
    Element e = child(parent, name);
    return e == null ? null : e.getTextContent().strip();
  }

  /** An element's content with whitespace between tags removed, for comparing two copies. */
  static String flat(Element e) {
    return e == null ? null : e.getTextContent().replaceAll("\\s+", " ").strip();
  }

  @Test
  void should_pin_exactly_the_published_modules_at_the_parents_version() throws Exception {
    // GIVEN the parent and the BOM
    Element parent = pom(".");
    Element bom = pom("centricity-bom");
    // THEN the BOM has the parent's version and is a POM to import
    assertThat(text(bom, "version")).isEqualTo(text(parent, "version"));
    assertThat(text(bom, "packaging")).isEqualTo("pom");
    // and manages our modules, and only those whose API is checked, each at its own version
    NodeList deps =
        child(child(bom, "dependencyManagement"), "dependencies")
            .getElementsByTagName("dependency");
    List<String> pinned = new ArrayList<>();
    for (int i = 0; i < deps.getLength(); i++) {
      Element d = (Element) deps.item(i);
      assertThat(text(d, "groupId")).isEqualTo("dev.centricity");
      assertThat(text(d, "version")).isEqualTo("${project.version}");
      pinned.add(text(d, "artifactId"));
    }
    assertThat(pinned)
        .containsExactlyElementsOf(
            PublishedApiTest.modules()
                .map(PublishedApiTest.Published::directory)
                .collect(Collectors.toList()));
  }

  @Test
  void should_give_the_bom_the_same_metadata_as_the_parent() throws Exception {
    Element parent = pom(".");
    Element bom = pom("centricity-bom");
    for (String name : List.of("url", "inceptionYear", "licenses", "developers", "scm")) {
      assertThat(flat(child(parent, name))).as(name).isNotBlank();
      assertThat(flat(child(bom, name))).as(name).isEqualTo(flat(child(parent, name)));
    }
  }

  @ParameterizedTest
  @MethodSource("dev.centricity.releasecheck.PublishedApiTest#modules")
  void should_name_and_describe_each_published_module(PublishedApiTest.Published module)
      throws Exception {
    Element pom = pom(module.directory());
    assertThat(text(pom, "name")).isNotBlank();
    assertThat(text(pom, "description")).isNotBlank();
    // url, licenses, scm and developers are the parent's, inherited as they are: Maven would
    // otherwise append the module's name to the url and the scm addresses
    assertThat(child(pom, "url")).isNull();
    assertThat(child(pom, "scm")).isNull();
    Element parent = pom(".");
    assertThat(parent.getAttribute("child.project.url.inherit.append.path")).isEqualTo("false");
    for (String a : List.of("connection", "developerConnection", "url")) {
      assertThat(child(parent, "scm").getAttribute("child.scm." + a + ".inherit.append.path"))
          .isEqualTo("false");
    }
  }
}
