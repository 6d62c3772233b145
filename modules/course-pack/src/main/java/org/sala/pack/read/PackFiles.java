package org.sala.pack.read;

import java.io.IOException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.constructor.SafeConstructor;
import org.yaml.snakeyaml.error.YAMLException;

/** All the files of a pack as text: {@code pack.yaml} and every lesson, bank and quiz it lists. */
public final class PackFiles {

    private PackFiles() {
    }

    /**
     * Reads every file the manifest lists (a listed file that is missing is left out: reading the pack
     * reports it).
     *
     * @throws IOException when the manifest is missing or is not YAML, or a file cannot be read
     */
    public static Map<String, String> read(PackSource source) throws IOException {
        String manifest = source.read(PackSource.MANIFEST)
                .orElseThrow(() -> new IOException("no " + PackSource.MANIFEST + " in " + source.location()));
        var files = new LinkedHashMap<String, String>();
        files.put(PackSource.MANIFEST, manifest);
        for (String path : listed(manifest, "lessons", "banks", "quizzes")) {
            source.read(path).ifPresent(text -> files.put(path, text));
        }
        return files;
    }

    /** The files a manifest lists under these keys ({@code lessons}, {@code banks}, {@code quizzes}), in that order. */
    public static List<String> listed(String manifest, String... keys) throws IOException {
        Object document;
        try {
            document = new Yaml(new SafeConstructor(new LoaderOptions())).load(manifest);
        } catch (YAMLException e) {
            throw new IOException(PackSource.MANIFEST + " is not YAML: " + e.getMessage());
        }
        if (!(document instanceof Map<?, ?> map)) {
            throw new IOException(PackSource.MANIFEST + " is not a mapping");
        }
        var paths = new java.util.ArrayList<String>();
        for (String key : keys) {
            if (map.get(key) instanceof List<?> list) {
                list.stream().filter(String.class::isInstance).map(String.class::cast).forEach(paths::add);
            }
        }
        return paths;
    }
}
