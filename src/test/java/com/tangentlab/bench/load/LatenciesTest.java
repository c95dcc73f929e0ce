package com.tangentlab.bench.load;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The load benchmark's percentiles are nearest-rank: always a duration that was measured. */
class LatenciesTest {
    @Test
    void theMedianAndP95OfOneToAHundredMsAreFiftyAndNinetyFiveWhateverTheOrder() {
        List<Double> ms = new ArrayList<>();
        for (int i = 1; i <= 100; i++) ms.add((double) i);
        Collections.shuffle(ms, new java.util.Random(7));
        Latencies l = Latencies.of(ms);
        assertEquals(100, l.count());
        assertEquals(50, l.p50Ms());
        assertEquals(95, l.p95Ms());
        assertEquals(100, l.percentileMs(1));
    }

    @Test
    void theP95OfTwentyRequestsIsTheNineteenthAndOfTwentyOneTheTwentieth() {
        List<Double> twenty = new ArrayList<>();
        for (int i = 1; i <= 20; i++) twenty.add(i * 10.0);
        assertEquals(190, Latencies.of(twenty).p95Ms());
        twenty.add(210.0);
        assertEquals(200, Latencies.of(twenty).p95Ms());
    }

    @Test
    void aSingleRequestIsItsOwnMedianAndP95() {
        Latencies one = Latencies.of(List.of(42.0));
        assertEquals(42, one.p50Ms());
        assertEquals(42, one.p95Ms());
    }

    @Test
    void noRequestHasNoPercentile() {
        assertTrue(Double.isNaN(Latencies.of(List.of()).p95Ms()));
    }
}
