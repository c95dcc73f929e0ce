package com.tangentlab.check;

import com.tangentlab.exercise.Exercise;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;

/**
 * The tests of one submission: the visible examples, then hidden tests drawn from the
 * submission's seed. The same seed always draws the same inputs, so a regrade replays them.
 */
final class TestPlan {
    private TestPlan() {}

    static List<TestCase> examples(Exercise exercise) {
        List<TestCase> cases = new ArrayList<>();
        for (Exercise.Example e : exercise.examples()) {
            cases.add(new TestCase(e.name(), Exercise.Kind.EXAMPLE, e.call(), e.args(), e.points(), exercise.tolerance()));
        }
        return cases;
    }

    static List<TestCase> all(Exercise exercise, long seed) {
        List<TestCase> cases = examples(exercise);
        for (Exercise.TestGroup group : exercise.tests()) {
            for (int i = 0; i < group.repeat(); i++) {
                SplittableRandom random = new SplittableRandom(mix(seed, group.name(), i));
                String name = group.repeat() == 1 ? group.name() : group.name() + " #" + (i + 1);
                cases.add(new TestCase(name, group.kind(), group.call(),
                        exercise.reference().draw(group.generator(), random), group.points(), group.tolerance()));
            }
        }
        return cases;
    }

    /** A per-test seed: independent of the order of the groups, so adding a group changes no other inputs. */
    private static long mix(long seed, String group, int index) {
        long h = seed ^ 0x9E3779B97F4A7C15L;
        for (char c : group.toCharArray()) h = (h ^ c) * 0x100000001B3L;
        return h * 31 + index;
    }
}
