package com.tangentlab.demo;

import com.tangentlab.exercise.Exercise;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;

/** How a demo student works: what they hand in for an exercise, and when. */
enum Profile {
    /** Right at the first or second try, well before the deadline. */
    STRONG(0.6, 0.8),
    /** Wrong once or twice, then right, hours apart. */
    IMPROVING(0.45, 0.6),
    /** Wrong or not compiling, leaves most exercises alone. */
    STRUGGLING(0.4, 0.25),
    /** Improves, but the last attempt comes after the deadline. */
    LATE(0.45, 0.35),
    /** Never submits anything. */
    ABSENT(0, 0);

    private static final Profile[] CYCLE = {STRONG, IMPROVING, STRUGGLING, IMPROVING, LATE, STRONG, IMPROVING,
        STRUGGLING, LATE, IMPROVING, STRONG, ABSENT, IMPROVING, LATE, STRUGGLING, STRONG};
    /** Even improving students leave an exercise unfinished now and then. */
    private static final double GIVE_UP_WHEN_IMPROVING = 0.2;
    /** Of those who get there, most need one wrong try, some two. */
    private static final double TWO_TRIES_WHEN_IMPROVING = 0.65;
    private static final int WINDOW_HOURS = 7 * 24;
    /** Nothing is dated in the last hour, so no demo submission lies in the future of a slow start. */
    private static final int MARGIN_HOURS = 1;
    /**
     * The share of the 15 exercises such a student takes on: the class is some weeks into the
     * chapter and nobody does everything, which also keeps the demo to a few hundred
     * submissions that grade in minutes.
     */
    private final double takesOn;
    /** How often such a student opens an exercise's theory section before the first attempt. */
    private final double readsFirst;

    Profile(double takesOn, double readsFirst) {
        this.takesOn = takesOn;
        this.readsFirst = readsFirst;
    }

    /** Whether this student read the theory before trying an exercise, drawn once per exercise. */
    boolean readsFirst(Random random) {
        return random.nextDouble() < readsFirst;
    }

    static Profile of(int studentIndex) {
        return CYCLE[studentIndex % CYCLE.length];
    }

    /** The attempts of {@code student} at {@code e}, oldest first; none after {@code now}. */
    List<DemoClass.Planned> attempts(String student, Exercise e, OffsetDateTime deadline, OffsetDateTime now,
            Random random) {
        List<String> codes = codes(e, random);
        if (codes.isEmpty()) return List.of();
        OffsetDateTime latest = now.minusHours(MARGIN_HOURS);
        boolean late = this == LATE && deadline.plusDays(1).isBefore(latest);
        OffsetDateTime end = late ? deadline.plusHours(6 + random.nextInt(60)) : min(deadline, latest);
        OffsetDateTime at = end.minusHours(WINDOW_HOURS / 2 + random.nextInt(WINDOW_HOURS / 2));
        List<DemoClass.Planned> planned = new ArrayList<>();
        for (int i = 0; i < codes.size(); i++) {
            boolean last = i == codes.size() - 1;
            OffsetDateTime when = last && late ? end : at;
            if (when.isAfter(latest)) when = latest.minusMinutes(codes.size() - i);
            String code = "// " + student + ", attempt " + (i + 1) + "\n"
                    + (random.nextBoolean() ? DemoClass.Samples.twoSpaceIndent(codes.get(i)) : codes.get(i));
            planned.add(new DemoClass.Planned(student, e, code, when));
            at = at.plusMinutes(20 + random.nextInt(600));
        }
        return planned;
    }

    private List<String> codes(Exercise e, Random random) {
        String right = DemoClass.Samples.correct(e);
        if (random.nextDouble() >= takesOn) return List.of();
        return switch (this) {
            case STRONG -> random.nextBoolean() ? List.of(right)
                    : List.of(DemoClass.Samples.wrong(e, random.nextInt(4)), right);
            case IMPROVING -> random.nextDouble() < GIVE_UP_WHEN_IMPROVING
                    ? List.of(DemoClass.Samples.wrong(e, random.nextInt(4)), DemoClass.Samples.wrong(e, random.nextInt(4)))
                    : random.nextDouble() < TWO_TRIES_WHEN_IMPROVING
                    ? List.of(DemoClass.Samples.wrong(e, random.nextInt(4)), right)
                    : List.of(DemoClass.Samples.wrong(e, random.nextInt(4)), DemoClass.Samples.wrong(e, random.nextInt(4)),
                            right);
            case STRUGGLING -> List.of(DemoClass.Samples.wrong(e, random.nextInt(4)), DemoClass.Samples.wrong(e, random.nextInt(4)));
            case LATE -> List.of(DemoClass.Samples.wrong(e, random.nextInt(4)), right);
            case ABSENT -> List.of();
        };
    }

    private static OffsetDateTime min(OffsetDateTime a, OffsetDateTime b) {
        return a.isBefore(b) ? a : b;
    }
}
