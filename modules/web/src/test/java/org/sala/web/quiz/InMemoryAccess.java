package org.sala.web.quiz;

import java.util.ArrayList;
import java.util.List;
import org.sala.persistence.account.AccessRepository;
import org.sala.persistence.account.AuditEvent;
import org.sala.persistence.account.CourseEditor;

/** Editing rights and audit events kept in lists, for testing services without a database. */
public final class InMemoryAccess implements AccessRepository {

    private final List<CourseEditor> editors = new ArrayList<>();
    public final List<AuditEvent> events = new ArrayList<>();

    @Override
    public boolean grant(CourseEditor editor) {
        if (mayEdit(editor.username(), editor.packId())) {
            return false;
        }
        return editors.add(editor);
    }

    @Override
    public boolean revoke(String username, String packId) {
        return editors.removeIf(editor -> editor.username().equals(username) && editor.packId().equals(packId));
    }

    @Override
    public boolean mayEdit(String username, String packId) {
        return editors.stream().anyMatch(editor -> editor.username().equals(username) && editor.packId().equals(packId));
    }

    @Override
    public List<CourseEditor> editors() {
        return List.copyOf(editors);
    }

    @Override
    public void record(AuditEvent event) {
        events.add(event);
    }

    @Override
    public List<AuditEvent> events(int limit) {
        return events.reversed().stream().limit(limit).toList();
    }

    @Override
    public List<AuditEvent> events(String packId, int limit) {
        return events(Integer.MAX_VALUE).stream().filter(event -> event.packId().filter(packId::equals).isPresent()).limit(limit).toList();
    }

    @Override
    public List<AuditEvent> eventsAbout(String subject, int limit) {
        return events.reversed().stream().filter(event -> event.subject().equals(subject)).limit(limit).toList();
    }
}
