package org.sala.web;

import org.junit.jupiter.api.extension.RegisterExtension;

/** The learner's journey on the embedded default: the H2 file database. */
class LearnerJourneyIT extends LearnerJourney {

    @RegisterExtension
    static final PayaraMicroServer SERVER = use(PayaraMicroServer.embedded());
}
