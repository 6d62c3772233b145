package org.sala.web.quiz;

import java.sql.Connection;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;
import org.h2.api.Trigger;

/** An H2 trigger that counts the rows each statement updates, by table, so that a test can see what a transaction wrote. */
public final class RowUpdates implements Trigger {

    static final Map<String, AtomicInteger> UPDATED = new ConcurrentHashMap<>();

    private String table;

    @Override
    public void init(Connection connection, String schema, String trigger, String tableName, boolean before, int type) {
        this.table = tableName.toLowerCase(java.util.Locale.ROOT);
    }

    @Override
    public void fire(Connection connection, Object[] oldRow, Object[] newRow) {
        UPDATED.computeIfAbsent(table, key -> new AtomicInteger()).incrementAndGet();
    }

    /** Rows of the table updated since the last {@link #reset()}. */
    static int of(String table) {
        return UPDATED.getOrDefault(table, new AtomicInteger()).get();
    }

    static void reset() {
        UPDATED.clear();
    }
}
