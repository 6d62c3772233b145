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
