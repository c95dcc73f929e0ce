package com.tangentlab.web;

import com.tangentlab.regrade.RegradeRow;
import com.tangentlab.regrade.RegradeRun;
import com.tangentlab.similarity.LineDiff;
import com.tangentlab.similarity.PairView;
import com.tangentlab.similarity.SimilarPair;
import com.tangentlab.similarity.SimilarityReport;
import com.tangentlab.store.Attempt;
import com.tangentlab.store.StoredSubmission;
import java.util.List;

/** The JSON bodies of the instructor dashboard's analytics, submission browser, regrade and similarity routes. */
final class DashboardViews {
    private DashboardViews() {}

    /** What a regrade is started with: one exercise, or null for every exercise. */
    record RegradeRequest(String exercise) {}

    record SubmissionRow(long id, String student, String exerciseId, String submittedAt, String source,
            String status, Double score, Double maxScore) {
        static SubmissionRow of(Attempt a) {
            StoredSubmission s = a.submission();
            return new SubmissionRow(s.id(), s.student(), s.exerciseId(), s.submittedAt().toString(),
                    s.source().label(), a.status(), a.score(), a.maxScore());
        }
    }

    /** @param total how many match, of which at most the limit are listed */
    record SubmissionList(int total, int limit, List<SubmissionRow> submissions) {}

    /** @param grade null while ungraded */
    record SubmissionDetail(long id, String student, String exerciseId, String submittedAt, String source,
            long seed, String code, Responses.GradeView grade) {}

    record DiffLine(String op, Integer oldLine, Integer newLine, String text) {
        static DiffLine of(LineDiff.Line l) {
            return new DiffLine(l.op().name().toLowerCase(java.util.Locale.ROOT), l.oldLine(), l.newLine(), l.text());
        }
    }

    record Diff(SubmissionRow from, SubmissionRow to, int added, int removed, List<DiffLine> lines) {}

    record Headline(String status, double score, double maxScore) {}

    record RegradeRowView(long submissionId, String student, String exerciseId, String submittedAt,
            Headline before, Headline after, boolean changed) {
        static RegradeRowView of(RegradeRow r) {
            StoredSubmission s = r.before().submission();
            return new RegradeRowView(s.id(), s.student(), s.exerciseId(), s.submittedAt().toString(),
                    new Headline(r.before().status(), r.before().score(), r.before().maxScore()),
                    new Headline(r.after().status().label(), r.after().score(), r.after().maxScore()), r.changed());
        }
    }

    /** @param exerciseId null when every exercise is regraded */
    record RegradeView(long id, String exerciseId, String state, int done, int total, boolean waitingForStudents,
            String failure, int changed, List<RegradeRowView> rows) {
        static RegradeView of(RegradeRun run) {
            List<RegradeRowView> rows = run.rows().stream().map(RegradeRowView::of).toList();
            return new RegradeView(run.id(), run.exerciseId(), run.state().label(), rows.size(), run.total(),
                    run.waitingForStudents(), run.failure(), (int) rows.stream().filter(RegradeRowView::changed)
                    .count(), rows);
        }
    }

    record Applied(long id, String state, int applied) {}

    record PairSide(long id, String student, String submittedAt) {
        static PairSide of(StoredSubmission s) {
            return new PairSide(s.id(), s.student(), s.submittedAt().toString());
        }
    }

    record PairRow(PairSide a, PairSide b, double similarity, int matchedTokens, int sameCode, String truncated) {
        static PairRow of(SimilarPair p) {
            return new PairRow(PairSide.of(p.a()), PairSide.of(p.b()), p.similarity(), p.matchedTokens(),
                    p.sameCode(), p.truncated());
        }
    }

    record Similarity(String exerciseId, double threshold, int minimumMatch, int submissions, int pairsCompared,
            List<PairRow> pairs, String truncated) {
        static Similarity of(SimilarityReport r) {
            return new Similarity(r.exerciseId(), r.threshold(), r.minimumMatch(), r.submissions(),
                    r.pairsCompared(), r.pairs().stream().map(PairRow::of).toList(), r.truncated());
        }
    }

    record CodeSide(long id, String student, String submittedAt, String code) {
        static CodeSide of(StoredSubmission s) {
            return new CodeSide(s.id(), s.student(), s.submittedAt().toString(), s.code());
        }
    }

    record Pair(String exerciseId, double similarity, int minimumMatch, CodeSide a, CodeSide b,
            List<PairView.Region> regions, String truncated) {}
}
