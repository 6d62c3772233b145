package org.sala.pack.read;

import java.io.FileNotFoundException;
import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.net.URISyntaxException;
import java.net.URL;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.ByteBuffer;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.Optional;

/** The two kinds of {@link PackSource}: a directory on disk and a folder inside a jar or on the classpath. */
public final class Sources {

    private Sources() {
    }

    /** A pack whose root is this directory. */
    public static PackSource directory(Path root) {
        Path base = root.toAbsolutePath().normalize();
        return new PackSource() {
            @Override
            public String location() {
                return base.toString();
            }

            @Override
            public Optional<String> read(String path) throws IOException {
                Path file = base.resolve(PackSource.checkRelative(path)).normalize();
                if (!file.startsWith(base)) {
                    throw new IOException("'" + path + "' leaves the pack");
                }
                if (!Files.isRegularFile(file)) {
                    return Optional.empty();
                }
                try (InputStream in = Files.newInputStream(file)) {
                    return Optional.of(decode(in, path));
                } catch (NoSuchFileException e) {
                    return Optional.empty();
                }
            }

            @Override
            public String toString() {
                return location();
            }
        };
    }

    /**
     * A pack whose root is the folder holding {@code manifest}, the URL of its {@code pack.yaml} (as
     * {@link ClassLoader#getResources} returns it).
     */
    public static PackSource url(URL manifest) {
        return new PackSource() {
            @Override
            public String location() {
                String text = manifest.toString();
                return text.substring(0, text.length() - MANIFEST.length());
            }

            @Override
            public Optional<String> read(String path) throws IOException {
                URL file = path.equals(MANIFEST) ? manifest : resolve(PackSource.checkRelative(path));
                try (InputStream in = file.openStream()) {
                    return Optional.of(decode(in, path));
                } catch (FileNotFoundException | NoSuchFileException e) {
                    return Optional.empty();
                }
            }

            /** String concatenation, because jar: URIs are opaque and cannot resolve relative paths. */
            private URL resolve(String path) throws IOException {
                try {
                    return URI.create(location() + new URI(null, path, null).getRawPath()).toURL();
                } catch (URISyntaxException | IllegalArgumentException e) {
                    throw new IOException("'" + path + "' is not a valid path", e);
                }
            }

            @Override
            public String toString() {
                return location();
            }
        };
    }

    /** Most entries an archive may hold. */
    public static final int MAX_ARCHIVE_ENTRIES = 10_000;

    /** Most bytes an archive may inflate to, all entries together. */
    public static final long MAX_ARCHIVE_BYTES = 64L << 20;

    /**
     * A pack in a zip archive (or a content jar), rooted where its shallowest {@code pack.yaml} lies. The
     * archive is checked whole before anything is read: an entry whose path would leave the pack (zip slip: {@code ../}, an absolute path, a drive letter) or more than
     * {@value #MAX_ARCHIVE_ENTRIES} entries refuse it. Each file is read with the same size cap as any
     * pack file, counting the bytes actually inflated, not the size the archive claims.
     *
     * @throws IOException naming the archive and the offending entry
     */
    public static PackSource zip(Path archive) throws IOException {
        var entries = new java.util.HashMap<String, byte[]>();
        try (var zip = new java.util.zip.ZipInputStream(java.nio.file.Files.newInputStream(archive))) {
            java.util.zip.ZipEntry entry;
            int count = 0;
            long total = 0;
            while ((entry = zip.getNextEntry()) != null) {
                if (++count > MAX_ARCHIVE_ENTRIES) {
                    throw new IOException(archive + ": more than " + MAX_ARCHIVE_ENTRIES + " entries; not a pack");
                }
                String name = entry.getName();
                if (name.startsWith("/") || name.contains("\\") || name.contains(":") || java.util.Arrays.asList(name.split("/")).contains("..")) {
                    throw new IOException(archive + ": entry '" + name + "' would be written outside the pack; the archive is refused");
                }
                if (entry.isDirectory()) {
                    continue;
                }
                byte[] bytes = zip.readNBytes(PackSource.MAX_FILE_BYTES + 1);
                if (bytes.length > PackSource.MAX_FILE_BYTES) {
                    throw new IOException(archive + ": entry '" + name + "' is larger than " + PackSource.MAX_FILE_BYTES / 1024
                            + " KiB; the archive is refused");
                }
                total += bytes.length;
                if (total > MAX_ARCHIVE_BYTES) {
                    throw new IOException(archive + ": inflates to more than " + (MAX_ARCHIVE_BYTES >> 20) + " MiB; the archive is refused");
                }
                entries.put(name, bytes);
            }
        } catch (java.util.zip.ZipException e) {
            throw new IOException(archive + ": not a readable zip archive (" + e.getMessage() + ")");
        }
        // The shallowest pack.yaml marks the root: the archive's root, its one top folder, or META-INF/sala/ in a content jar.
        String root = entries.keySet().stream()
                .filter(name -> name.equals(PackSource.MANIFEST) || name.endsWith("/" + PackSource.MANIFEST))
                .min(java.util.Comparator.comparingInt(name -> name.split("/").length))
                .map(name -> name.substring(0, name.length() - PackSource.MANIFEST.length()))
                .orElse("");
        return new PackSource() {
            @Override
            public String location() {
                return archive.toAbsolutePath() + (root.isEmpty() ? "" : "!/" + root);
            }

            @Override
            public Optional<String> read(String path) throws IOException {
                byte[] bytes = entries.get(root + PackSource.checkRelative(path));
                return bytes == null ? Optional.empty() : Optional.of(decode(new java.io.ByteArrayInputStream(bytes), path));
            }

            @Override
            public String toString() {
                return location();
            }
        };
    }

    /**
     * A pack held in memory, file by file (a release published in the browser, a pack being checked before it
     * is published). The texts are used as they are; paths are checked like any pack's.
     */
    public static PackSource memory(String location, java.util.Map<String, String> files) {
        var copy = java.util.Map.copyOf(files);
        return new PackSource() {
            @Override
            public String location() {
                return location;
            }

            @Override
            public Optional<String> read(String path) throws IOException {
                return Optional.ofNullable(copy.get(PackSource.checkRelative(path)));
            }

            @Override
            public String toString() {
                return location;
            }
        };
    }

    /** A source that could not be opened: reading it reports why, so the pack is refused like any broken pack. */
    public static PackSource unreadable(String location, IOException why) {
        return new PackSource() {
            @Override
            public String location() {
                return location;
            }

            @Override
            public Optional<String> read(String path) throws IOException {
                throw why;
            }
        };
    }

    private static String decode(InputStream in, String path) throws IOException {
        byte[] bytes = in.readNBytes(PackSource.MAX_FILE_BYTES + 1);
        if (bytes.length > PackSource.MAX_FILE_BYTES) {
            throw new IOException("'" + path + "' is larger than " + PackSource.MAX_FILE_BYTES / 1024 + " KiB");
        }
        try {
            String text = StandardCharsets.UTF_8.newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(bytes)).toString();
            return text.startsWith("\uFEFF") ? text.substring(1) : text;
        } catch (CharacterCodingException e) {
            throw new IOException("'" + path + "' is not UTF-8 text");
        }
    }
}
