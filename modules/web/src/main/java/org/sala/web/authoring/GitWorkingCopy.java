package org.sala.web.authoring;

import java.io.IOException;
import java.io.Serializable;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Stream;
import org.eclipse.jgit.api.Git;
import org.eclipse.jgit.api.Status;
import org.eclipse.jgit.api.errors.GitAPIException;
import org.eclipse.jgit.errors.RepositoryNotFoundException;
import org.eclipse.jgit.lib.PersonIdent;
import org.eclipse.jgit.revwalk.RevCommit;
import org.eclipse.jgit.transport.PushResult;
import org.eclipse.jgit.transport.RemoteRefUpdate;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.constructor.SafeConstructor;
import org.yaml.snakeyaml.error.YAMLException;

/**
 * A git working copy that published versions of courses are written back to as their files, one commit per
 * version, so the institution's repository stays the source of truth and a reviewer sees each publish as a
 * diff. A course goes to the folder of the working copy whose {@code pack.yaml} has its id, or to a new folder
 * named by the id. A folder with changes nobody has committed is not written over: the write is refused and
 * the reason given, and the next publish writes the whole course again.
 *
 * <p>Invariants: only files inside the course's folder are written; a write that changes nothing makes no
 * commit; a failure never undoes the publish (the database holds the version that is served).
 */
public final class GitWorkingCopy {

    /** How deep below the working copy's top a course folder is looked for. */
    private static final int SEARCH_DEPTH = 4;

    private final Path root;
    private final Optional<String> pushTo;

    /**
     * @param root   the working copy's top folder (holding {@code .git})
     * @param pushTo the remote to push each commit to ({@code origin}), or empty to commit only
     */
    public GitWorkingCopy(Path root, Optional<String> pushTo) {
        this.root = root.toAbsolutePath().normalize();
        this.pushTo = pushTo.filter(remote -> !remote.isBlank());
    }

    /** What writing a version back did, worded for the editor who published it. */
    public record Written(boolean ok, String message) implements Serializable {
    }

    /** Writes a course's files, as published, and commits them in the editor's name. */
    public synchronized Written write(String packId, String version, Map<String, String> files, String editor, String summary) {
        try (Git git = Git.open(root.toFile())) {
            Path folder = folderOf(packId);
            String prefix = relative(folder);
            Status before = status(git, prefix);
            if (!before.isClean()) {
                Set<String> dirty = new TreeSet<>();
                dirty.addAll(before.getUncommittedChanges());
                dirty.addAll(before.getUntracked());
                return new Written(false, "not written to git: " + folder + " has changes nobody has committed (" + String.join(", ",
                        dirty.stream().limit(5).toList()) + "); commit or discard them, then publish again");
            }
            for (var file : files.entrySet()) {
                Path target = folder.resolve(file.getKey()).normalize();
                if (!target.startsWith(folder)) {
                    return new Written(false, "not written to git: the file " + file.getKey() + " would lie outside " + folder);
                }
                Files.createDirectories(target.getParent());
                Files.writeString(target, file.getValue(), StandardCharsets.UTF_8);
                git.add().addFilepattern(relative(target)).call();
            }
            Status after = status(git, prefix);
            if (after.getAdded().isEmpty() && after.getChanged().isEmpty()) {
                return new Written(true, "the files in " + relative(folder) + " already hold version " + version + "; nothing to commit");
            }
            PersonIdent author = new PersonIdent(editor, editor + "@sala");
            RevCommit commit = git.commit().setMessage("Publish " + packId + " " + version + "\n\n" + summary + "\n")
                    .setAuthor(author).setCommitter(new PersonIdent("Sala", "sala@localhost")).setAllowEmpty(false).call();
            String id = commit.getId().abbreviate(10).name();
            String where = prefix.isEmpty() ? "the top folder" : prefix + "/";
            if (pushTo.isEmpty()) {
                return new Written(true, "written to git as commit " + id + " in " + where);
            }
            return new Written(true, "written to git as commit " + id + " in " + where + "; " + push(git));
        } catch (RepositoryNotFoundException e) {
            return new Written(false, "not written to git: " + root + " is not a git working copy");
        } catch (IOException | GitAPIException | RuntimeException e) {
            return new Written(false, "not written to git: " + firstLine(e));
        }
    }

    private static Status status(Git git, String prefix) throws GitAPIException {
        var status = git.status();
        if (!prefix.isEmpty()) {
            status.addPath(prefix);
        }
        return status.call();
    }

    private String push(Git git) {
        try {
            for (PushResult result : git.push().setRemote(pushTo.get()).call()) {
                for (RemoteRefUpdate update : result.getRemoteUpdates()) {
                    if (update.getStatus() != RemoteRefUpdate.Status.OK && update.getStatus() != RemoteRefUpdate.Status.UP_TO_DATE) {
                        return "not pushed to " + pushTo.get() + ": " + update.getStatus().name().toLowerCase().replace('_', ' ')
                                + (update.getMessage() == null ? "" : " (" + update.getMessage() + ")") + "; push it by hand";
                    }
                }
            }
            return "pushed to " + pushTo.get();
        } catch (GitAPIException | RuntimeException e) {
            return "not pushed to " + pushTo.get() + ": " + firstLine(e) + "; push it by hand";
        }
    }

    /** The folder holding the course: the one whose pack.yaml has its id, or a new one named by the id. */
    Path folderOf(String packId) throws IOException {
        try (Stream<Path> manifests = Files.find(root, SEARCH_DEPTH + 1, (path, attributes) -> attributes.isRegularFile()
                && path.getFileName().toString().equals("pack.yaml") && !relative(path).startsWith(".git/"))) {
            Optional<Path> found = manifests.sorted().filter(manifest -> packId.equals(idOf(manifest))).findFirst();
            if (found.isPresent()) {
                return found.get().getParent();
            }
        }
        return root.resolve(packId);
    }

    private static String idOf(Path manifest) {
        try {
            Object document = new Yaml(new SafeConstructor(new LoaderOptions())).load(Files.readString(manifest, StandardCharsets.UTF_8));
            return document instanceof Map<?, ?> map && map.get("id") instanceof String id ? id : "";
        } catch (IOException | YAMLException e) {
            return "";
        }
    }

    private String relative(Path path) {
        return root.relativize(path.toAbsolutePath().normalize()).toString().replace('\\', '/');
    }

    private static String firstLine(Exception e) {
        String message = e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
        return message.lines().findFirst().orElse("").strip();
    }

    /** The working copy the deployment names ({@code sala.git.dir} / {@code SALA_GIT_DIR}), pushing to {@code sala.git.push} / {@code SALA_GIT_PUSH}. */
    static Optional<GitWorkingCopy> configured() {
        String directory = System.getProperty("sala.git.dir", System.getenv("SALA_GIT_DIR"));
        if (directory == null || directory.isBlank()) {
            return Optional.empty();
        }
        return Optional.of(new GitWorkingCopy(Path.of(directory), Optional.ofNullable(System.getProperty("sala.git.push", System.getenv("SALA_GIT_PUSH")))));
    }
}
