package org.sala.web;

import org.junit.jupiter.api.extension.RegisterExtension;

/** The learner's journey with the application on PostgreSQL (skipped without a server unless CI=true). */
class LearnerJourneyPostgresIT extends LearnerJourney {

    @RegisterExtension
    static final PayaraMicroServer SERVER = use(PayaraMicroServer.postgres("sala_web_it"));
}
