package org.sala.web.authoring;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.Optional;
import org.eclipse.jgit.api.Git;
import org.eclipse.jgit.revwalk.RevCommit;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Writing published versions back to a git working copy: one commit each, in the course's own folder, never over local changes. */
class GitWorkingCopyTest {

    @TempDir
    Path dir;

    private Path work;

    @BeforeEach
    void repository() throws Exception {
        work = dir.resolve("work");
        Files.createDirectories(work.resolve("courses/history"));
        Files.writeString(work.resolve("courses/history/pack.yaml"), "id: history\ntitle: History\nversion: 1.0.0\n");
        Files.writeString(work.resolve("README.md"), "Our courses\n");
        try (Git git = Git.init().setDirectory(work.toFile()).setInitialBranch("main").call()) {
            git.add().addFilepattern(".").call();
            git.commit().setMessage("Courses").setAuthor("teacher", "teacher@school").setCommitter("teacher", "teacher@school").call();
        }
    }

    private static Map<String, String> release(String version) {
        return Map.of("pack.yaml", "id: history\ntitle: History\nversion: " + version + "\n", "banks/b.yaml", "id: b\nquestions: []\n");
    }

    private RevCommit head() throws Exception {
        try (Git git = Git.open(work.toFile())) {
            return git.log().setMaxCount(1).call().iterator().next();
        }
    }

    @Test
    void aPublishedVersionIsCommittedInTheFolderWhosePackYamlHasItsIdInTheEditorsName() throws Exception {
        var written = new GitWorkingCopy(work, Optional.empty()).write("history", "1.0.0-edit.1", release("1.0.0-edit.1"), "sokha", "key fixed");

        assertThat(written.ok()).isTrue();
        assertThat(written.message()).startsWith("written to git as commit ").endsWith(" in courses/history/");
        assertThat(Files.readString(work.resolve("courses/history/pack.yaml"))).contains("version: 1.0.0-edit.1");
        assertThat(Files.readString(work.resolve("courses/history/banks/b.yaml"))).isEqualTo("id: b\nquestions: []\n");
        RevCommit commit = head();
        assertThat(commit.getFullMessage()).isEqualTo("Publish history 1.0.0-edit.1\n\nkey fixed\n");
        assertThat(commit.getAuthorIdent().getName()).isEqualTo("sokha");
        try (Git git = Git.open(work.toFile())) {
            assertThat(git.status().call().isClean()).isTrue();
        }

        var again = new GitWorkingCopy(work, Optional.empty()).write("history", "1.0.0-edit.1", release("1.0.0-edit.1"), "sokha", "same");
        assertThat(again.ok()).isTrue();
        assertThat(again.message()).contains("nothing to commit");
        assertThat(head()).isEqualTo(commit);
    }

    @Test
    void aCourseTheWorkingCopyDoesNotHoldYetGetsAFolderNamedByItsId() throws Exception {
        var written = new GitWorkingCopy(work, Optional.empty()).write("geography", "2.0.0-edit.1",
                Map.of("pack.yaml", "id: geography\n"), "dara", "first");

        assertThat(written.ok()).isTrue();
        assertThat(work.resolve("geography/pack.yaml")).hasContent("id: geography");
    }

    @Test
    void changesNobodyHasCommittedAreNeverWrittenOverAndTheEditorIsToldWhich() throws Exception {
        Files.writeString(work.resolve("courses/history/pack.yaml"), "id: history\ntitle: History (local edit)\nversion: 1.0.0\n");

        var refused = new GitWorkingCopy(work, Optional.empty()).write("history", "1.0.0-edit.1", release("1.0.0-edit.1"), "sokha", "x");

        assertThat(refused.ok()).isFalse();
        assertThat(refused.message()).contains("changes nobody has committed").contains("courses/history/pack.yaml");
        assertThat(Files.readString(work.resolve("courses/history/pack.yaml"))).contains("(local edit)");
        assertThat(head().getFullMessage()).isEqualTo("Courses");
    }

    @Test
    void aFileOutsideTheCoursesFolderIsRefused() throws Exception {
        var refused = new GitWorkingCopy(work, Optional.empty()).write("history", "1.0.0-edit.1",
                Map.of("../../README.md", "overwritten\n"), "sokha", "x");

        assertThat(refused.ok()).isFalse();
        assertThat(refused.message()).contains("outside");
        assertThat(work.resolve("README.md")).hasContent("Our courses");
    }

    @Test
    void aFolderThatIsNotAWorkingCopyIsSaidPlainly() throws Exception {
        Path plain = Files.createDirectories(dir.resolve("plain"));

        var refused = new GitWorkingCopy(plain, Optional.empty()).write("history", "1.0.0-edit.1", release("1.0.0-edit.1"), "sokha", "x");

        assertThat(refused.ok()).isFalse();
        assertThat(refused.message()).isEqualTo("not written to git: " + plain.toAbsolutePath() + " is not a git working copy");
    }

    @Test
    void eachCommitIsPushedWhereTheDeploymentSaysAndAFailedPushIsReportedNotHidden() throws Exception {
        Path remote = dir.resolve("remote.git");
        Git.init().setBare(true).setDirectory(remote.toFile()).setInitialBranch("main").call().close();
        try (Git git = Git.open(work.toFile())) {
            git.remoteAdd().setName("origin").setUri(new org.eclipse.jgit.transport.URIish(remote.toUri().toString())).call();
        }

        var pushed = new GitWorkingCopy(work, Optional.of("origin")).write("history", "1.0.0-edit.1", release("1.0.0-edit.1"), "sokha", "x");
        assertThat(pushed.message()).endsWith("; pushed to origin");
        try (Git bare = Git.open(remote.toFile())) {
            assertThat(bare.log().setMaxCount(1).call().iterator().next().getFullMessage()).startsWith("Publish history 1.0.0-edit.1");
        }

        var unknown = new GitWorkingCopy(work, Optional.of("upstream")).write("history", "1.0.0-edit.2", release("1.0.0-edit.2"), "sokha", "y");
        assertThat(unknown.ok()).as("the commit is made").isTrue();
        assertThat(unknown.message()).contains("not pushed to upstream").endsWith("push it by hand");
    }
}
