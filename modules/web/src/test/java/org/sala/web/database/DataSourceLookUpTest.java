package org.sala.web.database;

import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

/** SALA_DATASOURCE naming a data source the server does not define is one line that says what was tried. */
class DataSourceLookUpTest {

    @Test
    void anUndefinedDataSourceNamesWhatWasTriedAndHowToFixIt() {
        assertThatThrownBy(() -> SalaDatabase.lookUp("jdbc/missing"))
                .isInstanceOf(IllegalStateException.class)
                .hasMessageStartingWith("SALA_DATASOURCE names 'jdbc/missing', which this server does not define as a JDBC data source")
                .hasMessageContaining("jdbc/missing (not defined), java:comp/env/jdbc/missing (not defined)")
                .hasMessageNotContaining("\n");
    }
}
