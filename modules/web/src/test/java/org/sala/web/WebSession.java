package org.sala.web;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.CookieManager;
import java.net.CookiePolicy;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpHeaders;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

/**
 * One visitor talking HTTP to the server, with their own cookies, reading pages as a parser does: the
 * security suite's client. {@link #submit} posts a form the way a browser would (its inputs as they are,
 * some changed, and the button pressed); {@link #post} posts whatever a test makes up.
 */
final class WebSession {

    /** A page as received, after redirects. */
    record Page(int status, URI uri, HttpHeaders headers, String body, Document html) {

        String heading() {
            Element heading = html.selectFirst("h1");
            return heading == null ? "" : heading.text();
        }

        String viewState() {
            Element state = html.selectFirst("input[name=jakarta.faces.ViewState]");
            return state == null ? null : state.attr("value");
        }
    }

    private static final Pattern ATTEMPT = Pattern.compile("attempt=([0-9a-f-]{36})");

    private final String base;
    private final HttpClient client;
    private final java.util.List<String> setCookies = new java.util.concurrent.CopyOnWriteArrayList<>();
    private final CookieManager cookies;

    WebSession(String base) {
        this.base = base;
        this.cookies = new CookieManager(null, CookiePolicy.ACCEPT_ALL);
        this.client = HttpClient.newBuilder()
                .cookieHandler(new java.net.CookieHandler() {
                    @Override
                    public Map<String, java.util.List<String>> get(URI uri, Map<String, java.util.List<String>> headers) {
                        // As a browser sends them (RFC 6265): name=value pairs, never the old "$Version" form that
                        // CookieManager falls back to for some values, which servers read as part of the value.
                        String path = uri.getPath() == null || uri.getPath().isEmpty() ? "/" : uri.getPath();
                        String header = cookies.getCookieStore().get(uri).stream()
                                .filter(cookie -> cookie.getPath() == null || path.startsWith(cookie.getPath()))
                                .map(cookie -> cookie.getName() + "=" + cookie.getValue()).collect(Collectors.joining("; "));
                        return header.isEmpty() ? Map.of() : Map.of("Cookie", java.util.List.of(header));
                    }

                    @Override
                    public void put(URI uri, Map<String, java.util.List<String>> headers) throws IOException {
                        headers.forEach((name, values) -> {
                            if (name != null && name.equalsIgnoreCase("Set-Cookie")) {
                                setCookies.addAll(values);
                            }
                        });
                        cookies.put(uri, headers);
                    }
                })
                // As a browser speaks to a server without TLS: HTTP/1.1, never an upgrade to cleartext HTTP/2.
                .version(HttpClient.Version.HTTP_1_1)
                .followRedirects(HttpClient.Redirect.NORMAL)
                .connectTimeout(Duration.ofSeconds(10))
                .build();
    }

    /** The Cookie header this visitor sends to the server, for requests made by hand. */
    String cookieHeader() {
        return cookies.getCookieStore().get(URI.create(base)).stream().map(cookie -> cookie.getName() + "=" + cookie.getValue())
                .collect(Collectors.joining("; "));
    }

    /** Every {@code Set-Cookie} header this visitor has received, redirects included, as the server wrote it. */
    java.util.List<String> setCookies() {
        return java.util.List.copyOf(setCookies);
    }

    Page get(String path) {
        return send(HttpRequest.newBuilder(resolve(path)).GET());
    }

    /** A GET with one more request header, as a program (a metrics scraper, say) sends it. */
    Page get(String path, String header, String value) {
        return send(HttpRequest.newBuilder(resolve(path)).header(header, value).GET());
    }

    /** Posts these fields, as they are, to this path. */
    Page post(String path, Map<String, String> fields) {
        return postAll(path, java.util.List.copyOf(fields.entrySet()));
    }

    /** Posts these fields (a name may repeat) with these request headers, as a page's script or another site's page does. */
    Page post(String path, java.util.List<Map.Entry<String, String>> fields, Map<String, String> headers) {
        HttpRequest.Builder request = HttpRequest.newBuilder(resolve(path));
        headers.forEach(request::header);
        return send(form(request, fields));
    }

    private Page postAll(String path, java.util.List<Map.Entry<String, String>> fields) {
        return send(form(HttpRequest.newBuilder(resolve(path)), fields));
    }

    private static HttpRequest.Builder form(HttpRequest.Builder request, java.util.List<Map.Entry<String, String>> fields) {
        String body = fields.stream()
                .map(entry -> encode(entry.getKey()) + "=" + encode(entry.getValue()))
                .collect(Collectors.joining("&"));
        return request.header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(body));
    }

    /**
     * What the attempt page's script sends to {@code POST /answers} to save these values of the page's question
     * (its {@code value} fields; {@code part.<id>} for parts): the attempt, question, sequence and token the page carries.
     */
    static java.util.List<Map.Entry<String, String>> answerFields(Page page, java.util.List<Map.Entry<String, String>> answer) {
        Element form = form(page, "answers");
        var fields = new java.util.ArrayList<Map.Entry<String, String>>(answer);
        fields.add(Map.entry("attempt", form.attr("data-attempt")));
        fields.add(Map.entry("question", form.selectFirst("fieldset.question").attr("data-question")));
        fields.add(Map.entry("sequence", form.selectFirst("input[name='answers:sequence']").attr("value")));
        fields.add(Map.entry("token", form.attr("data-token")));
        return fields;
    }

    /** Submits the form {@code formId} of the page with its current values, these changes, and the button pressed. */
    Page submit(Page page, String formId, Map<String, String> changes, String buttonId) {
        Element form = form(page, formId);
        return postAll(page.uri().resolve(form.attr("action")).toString(), fields(page, form, changes, buttonId));
    }

    /**
     * Submits the multipart form {@code formId} as a browser does when a file is chosen: its current values,
     * these changes, the file under the input named {@code fileField}, and the button pressed.
     */
    Page upload(Page page, String formId, Map<String, String> changes, String fileField, String fileName, byte[] content, String buttonId) {
        Element form = form(page, formId);
        String boundary = "----sala" + java.util.UUID.randomUUID().toString().replace("-", "");
        var body = new java.io.ByteArrayOutputStream();
        java.util.function.Consumer<String> text = line -> body.writeBytes(line.getBytes(StandardCharsets.UTF_8));
        for (Map.Entry<String, String> field : fields(page, form, changes, buttonId)) {
            if (field.getKey().equals(fileField)) {
                continue;
            }
            text.accept("--" + boundary + "\r\nContent-Disposition: form-data; name=\"" + field.getKey() + "\"\r\n\r\n" + field.getValue() + "\r\n");
        }
        text.accept("--" + boundary + "\r\nContent-Disposition: form-data; name=\"" + fileField + "\"; filename=\"" + fileName
                + "\"\r\nContent-Type: application/octet-stream\r\n\r\n");
        body.writeBytes(content);
        text.accept("\r\n--" + boundary + "--\r\n");
        return send(HttpRequest.newBuilder(resolve(page.uri().resolve(form.attr("action")).toString()))
                .header("Content-Type", "multipart/form-data; boundary=" + boundary)
                .POST(HttpRequest.BodyPublishers.ofByteArray(body.toByteArray())));
    }

    private static Element form(Page page, String formId) {
        Element form = page.html().getElementById(formId);
        if (form == null) {
            throw new AssertionError("no form '" + formId + "' on " + page.uri() + ": " + page.heading());
        }
        return form;
    }

    /** A form's fields as a browser sends them (every selected option of a multiple select), with changes and the button. */
    private static java.util.List<Map.Entry<String, String>> fields(Page page, Element form, Map<String, String> changes, String buttonId) {
        var fields = new java.util.ArrayList<Map.Entry<String, String>>();
        for (Element input : form.select("input, select, textarea")) {
            String name = input.attr("name");
            String type = input.attr("type");
            if (name.isEmpty() || type.equals("submit") || type.equals("button") || type.equals("file") || changes.containsKey(name)) {
                continue;
            }
            if ((type.equals("radio") || type.equals("checkbox")) && !input.hasAttr("checked")) {
                continue;
            }
            if (input.tagName().equals("select")) {
                var selected = input.select("option[selected]");
                if (selected.isEmpty() && !input.hasAttr("multiple")) {
                    Element first = input.selectFirst("option");
                    fields.add(Map.entry(name, first == null ? "" : first.attr("value")));
                }
                selected.forEach(option -> fields.add(Map.entry(name, option.attr("value"))));
            } else {
                fields.add(Map.entry(name, input.tagName().equals("textarea") ? input.wholeText() : input.val()));
            }
        }
        changes.forEach((name, value) -> fields.add(Map.entry(name, value)));
        Element button = form.getElementById(buttonId);
        if (button == null) {
            throw new AssertionError("no button '" + buttonId + "' in form '" + form.id() + "' on " + page.uri());
        }
        fields.add(Map.entry(button.attr("name"), button.attr("value")));
        return fields;
    }

    Page signIn(String username, String password) {
        return submit(get("login.xhtml"), "login", Map.of("login:username", username, "login:password", password), "login:submit");
    }

    Page register(String username, String displayName, String password) {
        return submit(get("register.xhtml"), "register", Map.of("register:username", username, "register:displayName", displayName,
                "register:password", password, "register:repeatPassword", password), "register:submit");
    }

    /** The attempt id a URL names (attempt, summary or result page). */
    static String attemptId(String url) {
        Matcher matcher = ATTEMPT.matcher(url);
        if (!matcher.find()) {
            throw new AssertionError("not an attempt's page: " + url);
        }
        return matcher.group(1);
    }

    private URI resolve(String path) {
        return path.startsWith("http") ? URI.create(path) : URI.create(base).resolve(path);
    }

    private Page send(HttpRequest.Builder request) {
        try {
            HttpResponse<String> response = client.send(request.timeout(Duration.ofSeconds(60)).build(), HttpResponse.BodyHandlers.ofString());
            return new Page(response.statusCode(), response.uri(), response.headers(), response.body(),
                    Jsoup.parse(response.body(), response.uri().toString()));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private static String encode(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }
}
