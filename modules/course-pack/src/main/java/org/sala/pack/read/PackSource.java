package org.sala.pack.read;

import java.io.IOException;
import java.util.Optional;

/** Where a pack's files come from: a directory, a jar on the classpath. Paths are relative to the pack root. */
public interface PackSource {

    /** The manifest every pack has at its root. */
    String MANIFEST = "pack.yaml";

    /** Largest file a pack may hold, in bytes. */
    int MAX_FILE_BYTES = 1 << 20;

    /** Where the pack lies, for logs and error messages. */
    String location();

    /**
     * Reads a file of the pack as UTF-8 text.
     *
     * @return empty if there is no such file
     * @throws IOException if the file cannot be read, is larger than {@link #MAX_FILE_BYTES} or its path
     *                     would leave the pack
     */
    Optional<String> read(String path) throws IOException;

    /** Refuses absolute paths and paths that climb out of the pack ({@code ..}). */
    static String checkRelative(String path) throws IOException {
        if (path.isBlank() || path.startsWith("/") || path.contains("\\") || path.contains(":")) {
            throw new IOException("'" + path + "' is not a relative path inside the pack (write it like lessons/intro.md)");
        }
        for (String segment : path.split("/")) {
            if (segment.equals("..")) {
                throw new IOException("'" + path + "' leaves the pack; paths may not contain '..'");
            }
        }
        return path;
    }
}
