package org.sala.pack.qti;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.zip.ZipEntry;
import java.util.zip.ZipException;
import java.util.zip.ZipInputStream;
import java.util.zip.ZipOutputStream;
import org.sala.engine.question.Difficulty;
import org.sala.pack.interchange.Utf8Text;
import org.sala.pack.xml.SafeXml;
import org.w3c.dom.Document;
import org.w3c.dom.Element;

/**
 * A QTI 3.0 content package: a zip archive with {@code imsmanifest.xml} at its root listing each item as a
 * resource of type {@code imsqti_item_xmlv3p0}. Each item resource carries the question's tags and
 * difficulty as IEEE LOM metadata ({@code general/keyword}, {@code educational/difficulty}).
 *
 * <p>Reading refuses the whole archive, before any item is read, when an entry's path would leave it
 * (zip slip: {@code ..}, an absolute path, a backslash or drive letter), when it has more than
 * {@value #MAX_ENTRIES} entries, an entry inflating past {@value #MAX_ENTRY_BYTES} bytes or all entries
 * past {@value #MAX_TOTAL_BYTES} bytes; sizes count the bytes actually inflated, never what the archive
 * claims. Only XML entries are kept in memory; media are counted and dropped.
 */
final class ContentPackage {

    static final String MANIFEST = "imsmanifest.xml";
    static final String NS = "http://www.imsglobal.org/xsd/qti/qtiv3p0/imscp_v1p1";
    static final String SCHEMA = "https://purl.imsglobal.org/spec/qti/v3p0/schema/xsd/imsqtiv3p0_imscpv1p2_v1p0.xsd";
    static final String LOM = "http://ltsc.ieee.org/xsd/LOM";
    static final String LOM_SCHEMA = "https://purl.imsglobal.org/spec/md/v1p3/schema/xsd/imsmd_loose_v1p3p2.xsd";
    static final String ITEM = "imsqti_item_xmlv3p0";

    static final int MAX_ENTRIES = 10_000;
    static final int MAX_ENTRY_BYTES = 8 << 20;
    static final long MAX_TOTAL_BYTES = 64L << 20;

    private ContentPackage() {
    }

    /** An archive refused whole; the message names the entry. */
    static final class Refused extends Exception {
        Refused(String message) {
            super(message);
        }
    }

    /** The XML files of an archive, by path, as UTF-8 bytes. */
    static Map<String, byte[]> open(byte[] archive) throws Refused {
        var files = new LinkedHashMap<String, byte[]>();
        try (var zip = new ZipInputStream(new ByteArrayInputStream(archive))) {
            ZipEntry entry;
            int count = 0;
            long total = 0;
            while ((entry = zip.getNextEntry()) != null) {
                if (++count > MAX_ENTRIES) {
                    throw new Refused("more than " + MAX_ENTRIES + " entries; the archive is refused");
                }
                String name = entry.getName();
                if (leaves(name)) {
                    throw new Refused("entry '" + name + "' would be written outside the package; the archive is refused");
                }
                byte[] bytes = zip.readNBytes(MAX_ENTRY_BYTES + 1);
                if (bytes.length > MAX_ENTRY_BYTES) {
                    throw new Refused("entry '" + name + "' inflates to more than " + (MAX_ENTRY_BYTES >> 20) + " MiB; the archive is refused");
                }
                total += bytes.length;
                if (total > MAX_TOTAL_BYTES) {
                    throw new Refused("inflates to more than " + (MAX_TOTAL_BYTES >> 20) + " MiB; the archive is refused");
                }
                if (!entry.isDirectory() && name.toLowerCase(java.util.Locale.ROOT).endsWith(".xml")) {
                    files.put(name.startsWith("./") ? name.substring(2) : name, bytes);
                }
            }
        } catch (ZipException e) {
            throw new Refused("not a readable zip archive (" + e.getMessage() + ")");
        } catch (IOException e) {
            throw new Refused("cannot be read (" + e.getMessage() + ")");
        }
        return files;
    }

    /** Whether a path inside the package would leave it. */
    static boolean leaves(String name) {
        return name.isEmpty() || name.startsWith("/") || name.contains("\\") || name.contains(":")
                || Arrays.asList(name.split("/")).contains("..");
    }

    /** A file of the package as text: UTF-8, a byte order mark dropped. */
    static Optional<String> text(byte[] bytes) {
        return Utf8Text.decode(bytes).map(text -> text.startsWith("\uFEFF") ? text.substring(1) : text);
    }

    /** A resource's href as a path in the archive: percent-escapes decoded, "./" dropped. */
    static String path(String href) {
        String path = href.strip();
        if (path.contains("%")) {
            try {
                path = new URI(path).getPath();
            } catch (java.net.URISyntaxException | NullPointerException e) {
                // Not a URI after all: keep it as written.
            }
        }
        return path.startsWith("./") ? path.substring(2) : path;
    }

    // ------------------------------------------------------------------------------------------ manifest

    /** One item as the manifest lists it. */
    record Resource(String identifier, String file, Difficulty difficulty, Set<String> tags) {
    }

    static String manifest(String identifier, List<Resource> resources) {
        Document document = SafeXml.newDocument();
        Element manifest = document.createElementNS(NS, "manifest");
        document.appendChild(manifest);
        manifest.setAttributeNS("http://www.w3.org/2000/xmlns/", "xmlns:imsmd", LOM);
        manifest.setAttributeNS("http://www.w3.org/2000/xmlns/", "xmlns:xsi", Qti.XSI);
        manifest.setAttributeNS(Qti.XSI, "xsi:schemaLocation", NS + " " + SCHEMA + " " + LOM + " " + LOM_SCHEMA);
        manifest.setAttribute("identifier", identifier);
        Element metadata = child(manifest, "metadata");
        child(metadata, "schema").setTextContent("QTI Package");
        child(metadata, "schemaversion").setTextContent("3.0.0");
        child(manifest, "organizations");
        Element list = child(manifest, "resources");
        for (Resource resource : resources) {
            Element element = child(list, "resource");
            element.setAttribute("identifier", resource.identifier());
            element.setAttribute("type", ITEM);
            element.setAttribute("href", resource.file());
            Element lom = lom(child(element, "metadata"), "lom");
            if (!resource.tags().isEmpty()) {
                Element general = lom(lom, "general");
                resource.tags().stream().sorted().forEach(tag -> lom(lom(general, "keyword"), "string").setTextContent(tag));
            }
            Element difficulty = lom(lom(lom, "educational"), "difficulty");
            lom(difficulty, "source").setTextContent("LOMv1.0");
            lom(difficulty, "value").setTextContent(switch (resource.difficulty()) {
                case EASY -> "easy";
                case MEDIUM -> "medium";
                case HARD -> "difficult";
            });
            child(element, "file").setAttribute("href", resource.file());
        }
        return SafeXml.write(document);
    }

    private static Element child(Element parent, String name) {
        Element child = parent.getOwnerDocument().createElementNS(NS, name);
        parent.appendChild(child);
        return child;
    }

    private static Element lom(Element parent, String name) {
        Element child = parent.getOwnerDocument().createElementNS(LOM, "imsmd:" + name);
        parent.appendChild(child);
        return child;
    }

    /** LOM's five difficulties folded onto Sala's three. */
    static Optional<Difficulty> difficulty(String lomValue) {
        return switch (lomValue.strip().toLowerCase(java.util.Locale.ROOT)) {
            case "very easy", "easy" -> Optional.of(Difficulty.EASY);
            case "medium" -> Optional.of(Difficulty.MEDIUM);
            case "difficult", "very difficult" -> Optional.of(Difficulty.HARD);
            default -> Optional.empty();
        };
    }

    /** The archive holding these files, by path, each written as UTF-8. */
    static byte[] write(Map<String, String> files) {
        var bytes = new ByteArrayOutputStream();
        try (var zip = new ZipOutputStream(bytes)) {
            for (var file : files.entrySet()) {
                zip.putNextEntry(new ZipEntry(file.getKey()));
                zip.write(file.getValue().getBytes(StandardCharsets.UTF_8));
                zip.closeEntry();
            }
        } catch (IOException e) {
            // Only memory is written to.
            throw new UncheckedIOException(e);
        }
        return bytes.toByteArray();
    }
}
