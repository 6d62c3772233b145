package org.sala.web.pages;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Named;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Properties;

/**
 * Where the container serves Chart.js from: the webjar's {@code META-INF/resources/webjars/chart.js/<version>/},
 * the version read from the webjar itself, so an upgrade of the dependency needs no change to a page.
 */
@Named("charts")
@ApplicationScoped
public class ChartLibrary {

    private static final String PROPERTIES = "META-INF/maven/org.webjars.npm/chart.js/pom.properties";

    private volatile String path;

    /** The script's path below the context root, e.g. {@code /webjars/chart.js/4.4.9/dist/chart.umd.js}. */
    public String getScript() {
        if (path == null) {
            path = "/webjars/chart.js/" + version() + "/dist/chart.umd.js";
        }
        return path;
    }

    static String version() {
        try (InputStream in = ChartLibrary.class.getClassLoader().getResourceAsStream(PROPERTIES)) {
            if (in == null) {
                throw new IllegalStateException("the Chart.js webjar is not in WEB-INF/lib (" + PROPERTIES + " not found)");
            }
            var properties = new Properties();
            properties.load(in);
            return properties.getProperty("version");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
