package org.xcbir.study;

import java.util.List;

import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Tuple;

/** One event of a simulated crowd: a participant arrives, completes the HIT, or time passes. */
record ArrivalStep(Kind kind, int participant, int minutes) {

    enum Kind { ARRIVE, COMPLETE, WAIT }

    static Arbitrary<List<ArrivalStep>> sequences(int participants, int maxSteps, boolean withWaiting) {
        Arbitrary<Integer> who = Arbitraries.integers().between(0, participants - 1);
        Arbitrary<ArrivalStep> arrive = who.map(p -> new ArrivalStep(Kind.ARRIVE, p, 0));
        Arbitrary<ArrivalStep> complete = who.map(p -> new ArrivalStep(Kind.COMPLETE, p, 0));
        Arbitrary<ArrivalStep> waitStep = Arbitraries.integers().between(1, 120).map(m -> new ArrivalStep(Kind.WAIT, 0, m));
        Arbitrary<ArrivalStep> step = withWaiting
                ? Arbitraries.frequencyOf(
                        Tuple.of(6, arrive), Tuple.of(3, complete),
                        Tuple.of(1, waitStep))
                : Arbitraries.frequencyOf(Tuple.of(2, arrive), Tuple.of(1, complete));
        return step.list().ofMaxSize(maxSteps);
    }

    static ParticipantId id(int participant) {
        return new ParticipantId("worker-" + participant);
    }
}
