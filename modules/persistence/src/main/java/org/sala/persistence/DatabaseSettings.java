package org.sala.persistence;

import java.nio.file.Path;
import java.util.Map;
import java.util.Objects;
import java.util.Properties;

/**
 * Which database to use. Read from system properties (highest), then environment variables:
 * <ul>
 *   <li>{@code sala.db.url} / {@code SALA_DB_URL}: a JDBC URL, e.g. {@code jdbc:postgresql://db:5432/sala};
 *       with {@code sala.db.user} / {@code SALA_DB_USER} and {@code sala.db.password} / {@code SALA_DB_PASSWORD};</li>
 *   <li>otherwise an embedded H2 file database {@code sala} in the data directory {@code sala.data.dir} /
 *       {@code SALA_DATA_DIR}, by default {@code ~/.sala/data}.</li>
 * </ul>
 */
public record DatabaseSettings(String url, String user, String password) {

    public DatabaseSettings {
        Objects.requireNonNull(url, "url");
        user = user == null ? "" : user;
        password = password == null ? "" : password;
    }

    /**
     * The embedded H2 file database in {@code dataDirectory}; every commit reaches the file at once. A result of up
     * to {@value #H2_MEMORY_ROWS} rows stays in memory (H2 otherwise writes any result of more than 40,000 rows to a
     * temporary file first: a course's gradebook of 5,000 learners reads 85,000 attempts, which took 0.5 s that way
     * and 0.05 s in memory).
     */
    public static DatabaseSettings h2File(Path dataDirectory) {
        Path file = dataDirectory.toAbsolutePath().normalize().resolve("sala");
        return new DatabaseSettings("jdbc:h2:file:" + file + ";WRITE_DELAY=0;MAX_MEMORY_ROWS=" + H2_MEMORY_ROWS, "sala", "");
    }

    /** How many rows of one result the embedded H2 database keeps in memory before it writes them to a file. */
    public static final int H2_MEMORY_ROWS = 250_000;

    public static DatabaseSettings fromEnvironment(Properties system, Map<String, String> environment) {
        String url = setting(system, environment, "sala.db.url");
        if (url != null) {
            return new DatabaseSettings(url, setting(system, environment, "sala.db.user"),
                    setting(system, environment, "sala.db.password"));
        }
        return h2File(dataDirectory(system, environment));
    }

    public static Path dataDirectory(Properties system, Map<String, String> environment) {
        String dataDirectory = setting(system, environment, "sala.data.dir");
        return dataDirectory != null ? Path.of(dataDirectory)
                : Path.of(system.getProperty("user.home"), ".sala", "data");
    }

    public boolean isH2() {
        return url.startsWith("jdbc:h2:");
    }

    /** The URL without credentials or options, for logs. */
    public String describe() {
        int options = url.indexOf(isH2() ? ';' : '?');
        return options < 0 ? url : url.substring(0, options);
    }

    private static String setting(Properties system, Map<String, String> environment, String name) {
        String value = system.getProperty(name);
        if (value == null || value.isBlank()) {
            value = environment.get(name.toUpperCase().replace('.', '_'));
        }
        return value == null || value.isBlank() ? null : value;
    }
}
