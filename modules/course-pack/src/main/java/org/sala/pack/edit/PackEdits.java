package org.sala.pack.edit;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.sala.pack.read.PackFiles;
import org.sala.pack.read.PackSource;
import org.sala.pack.write.BankWriter;
import org.sala.pack.write.PackFormat;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.constructor.SafeConstructor;
import org.yaml.snakeyaml.error.YAMLException;

/**
 * Applies question changes to a pack's files. A changed question keeps its place in its bank; one that moves
 * to another bank or is new is added at the end of it; a retired one is taken out. Only the banks that change
 * are written again (in {@link PackFormat}'s canonical layout; their other questions keep every key they had). The
 * manifest's {@code version:} is raised: {@code 0.3.0} becomes {@code 0.3.0-edit.1}, {@code 0.3.0-edit.1}
 * becomes {@code 0.3.0-edit.2}, so an edited pack always wins over the files it came from.
 */
public final class PackEdits {

    private static final Pattern VERSION_LINE = Pattern.compile("(?m)^version:[ \\t]*(\\S.*?)[ \\t]*$");
    private static final Pattern EDITED = Pattern.compile("(.*)-edit\\.(\\d{1,9})");

    private PackEdits() {
    }

    /** The files after the changes, or why they cannot be applied (one line each). */
    public record Result(Map<String, String> files, String version, List<String> refusals) {

        public Result {
            files = java.util.Collections.unmodifiableMap(new LinkedHashMap<>(files));
            refusals = List.copyOf(refusals);
        }

        public boolean applied() {
            return refusals.isEmpty();
        }
    }

    public static Result apply(Map<String, String> files, List<QuestionChange> changes) {
        var refusals = new ArrayList<String>();
        String manifest = files.get(PackSource.MANIFEST);
        if (manifest == null) {
            return new Result(files, "", List.of("the pack has no " + PackSource.MANIFEST));
        }
        var banks = new LinkedHashMap<String, String>();
        var documents = new LinkedHashMap<String, Map<String, Object>>();
        try {
            for (String path : PackFiles.listed(manifest, "banks")) {
                Map<String, Object> document = load(files.get(path), path);
                if (document.get("id") instanceof String id && document.get("questions") instanceof List<?>) {
                    banks.put(id, path);
                    documents.put(path, document);
                }
            }
        } catch (java.io.IOException e) {
            return new Result(files, "", List.of(e.getMessage()));
        }
        var changed = new java.util.LinkedHashSet<String>();
        for (QuestionChange change : changes) {
            String target = banks.get(change.bankId());
            if (target == null) {
                refusals.add("question '" + change.questionId() + "': the pack has no bank '" + change.bankId() + "'");
                continue;
            }
            int place = -1;
            String from = null;
            for (var entry : documents.entrySet()) {
                List<Object> questions = questions(entry.getValue());
                for (int index = 0; index < questions.size(); index++) {
                    if (questions.get(index) instanceof Map<?, ?> question && change.questionId().equals(question.get("id"))) {
                        questions.remove(index);
                        from = entry.getKey();
                        place = index;
                        changed.add(from);
                        break;
                    }
                }
            }
            if (change.text().isEmpty()) {
                if (from == null) {
                    refusals.add("question '" + change.questionId() + "' is in no bank, so it cannot be retired");
                }
                continue;
            }
            Map<String, Object> question;
            try {
                question = load(change.text().get(), "question '" + change.questionId() + "'");
            } catch (java.io.IOException e) {
                refusals.add(e.getMessage());
                continue;
            }
            List<Object> into = questions(documents.get(target));
            into.add(target.equals(from) ? place : into.size(), question);
            changed.add(target);
        }
        var edited = new LinkedHashMap<>(files);
        changed.forEach(path -> edited.put(path, PackFormat.yaml(path, BankWriter.dump(documents.get(path))).text()));
        Matcher version = VERSION_LINE.matcher(manifest);
        String next = "";
        if (version.find()) {
            next = nextVersion(unquote(version.group(1)));
            edited.put(PackSource.MANIFEST, manifest.substring(0, version.start(1)) + next + manifest.substring(version.end(1)));
        } else {
            refusals.add(PackSource.MANIFEST + " has no 'version:' line");
        }
        return new Result(edited, next, refusals);
    }

    /** The version an edit of a pack at {@code version} gets. */
    public static String nextVersion(String version) {
        Matcher edited = EDITED.matcher(version);
        return edited.matches() ? edited.group(1) + "-edit." + (Integer.parseInt(edited.group(2)) + 1) : version + "-edit.1";
    }

    private static String unquote(String text) {
        return text.length() >= 2 && (text.startsWith("\"") && text.endsWith("\"") || text.startsWith("'") && text.endsWith("'"))
                ? text.substring(1, text.length() - 1) : text;
    }

    @SuppressWarnings("unchecked")
    private static List<Object> questions(Map<String, Object> document) {
        Object list = document.get("questions");
        if (!(list instanceof ArrayList<?>)) {
            list = new ArrayList<>((List<Object>) list);
            document.put("questions", list);
        }
        return (List<Object>) list;
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> load(String text, String what) throws java.io.IOException {
        try {
            Object document = new Yaml(new SafeConstructor(new LoaderOptions())).load(text == null ? "" : text);
            if (document instanceof Map<?, ?> map) {
                return new LinkedHashMap<>((Map<String, Object>) map);
            }
        } catch (YAMLException e) {
            throw new java.io.IOException(what + " is not YAML: " + e.getMessage().lines().findFirst().orElse(""));
        }
        throw new java.io.IOException(what + " is not a YAML mapping");
    }
}
