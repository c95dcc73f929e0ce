package com.tangentlab.web;

import com.tangentlab.account.NewAccount;
import com.tangentlab.account.RosterImports;
import com.tangentlab.account.SignedIn;
import com.tangentlab.gradebook.Scored;
import com.tangentlab.lti.Platform;
import com.tangentlab.lti.ToolUrls;
import com.tangentlab.offering.Membership;
import com.tangentlab.score.Diagnostic;
import com.tangentlab.score.Grade;
import com.tangentlab.score.TestResult;
import com.tangentlab.store.Attempt;
import java.util.List;
import java.util.Locale;

/** The JSON bodies the API sends; times are ISO-8601 strings. */
final class Responses {
    private Responses() {}

    record Error(String error) {}

    /**
     * @param role the role in the current course (the account's while in none)
     * @param accountRole instructor accounts may create courses
     * @param course the course the session works in; null while in none
     */
    record Me(String username, String displayName, String role, String accountRole, String csrfToken,
            CourseView course) {
        static Me of(SignedIn s, Membership course) {
            return new Me(s.user().username(), s.user().displayName(),
                    course == null ? s.user().role().label() : course.role().label(), s.user().role().label(),
                    s.csrfToken(), course == null ? null : CourseView.of(course));
        }
    }

    /** A course as its member sees it, with their role in it. */
    record CourseView(long id, String title, boolean archived, String role) {
        static CourseView of(Membership m) {
            return new CourseView(m.offering().id(), m.offering().title(), m.offering().archived(), m.role().label());
        }
    }

    /** The courses of the signed-in user, and the one the session works in (null while in none). */
    record Courses(CourseView current, List<CourseView> courses) {}

    record Members(long course, List<UserView> members) {}

    record Ok(boolean ok) {}

    record Draft(String exerciseId, String code, String savedAt) {}

    record Account(String username, String displayName, String role, String password, boolean generated) {
        static Account of(NewAccount a) {
            return new Account(a.user().username(), a.user().displayName(), a.user().role().label(), a.password(),
                    a.generated());
        }
    }

    record Accounts(List<Account> accounts) {}

    /** A roster import running as a job: where it is, and where to poll it. */
    record RosterImport(long importId, String state, int hashed, int total, String failure, String location) {
        static RosterImport of(RosterImports.Status s) {
            return new RosterImport(s.id(), s.state().name().toLowerCase(Locale.ROOT), s.hashed(), s.total(),
                    s.failure(), "/api/instructor/roster/imports/" + s.id());
        }
    }

    record UserView(String username, String displayName, String role) {}

    record Users(List<UserView> users) {}

    record TestView(String name, String kind, boolean passed, double points, double maxPoints, String hint,
            String detail) {
        static TestView of(TestResult t) {
            return new TestView(t.name(), t.kind(), t.passed(), t.points(), t.maxPoints(), t.hint(), t.detail());
        }
    }

    record DiagnosticView(int line, int column, String message) {
        static DiagnosticView of(Diagnostic d) {
            return new DiagnosticView(d.line(), d.column(), d.message());
        }
    }

    /** @param output what the code printed; only sent for runs of the visible examples */
    record GradeView(String status, double score, double maxScore, String message, List<TestView> tests,
            List<DiagnosticView> diagnostics, String output) {
        static GradeView of(Grade g, boolean withOutput) {
            return new GradeView(g.status().label(), g.score(), g.maxScore(), g.message(),
                    g.tests().stream().map(TestView::of).toList(),
                    g.diagnostics().stream().map(DiagnosticView::of).toList(), withOutput ? g.output() : null);
        }
    }

    record Accepted(long id, String progress, String location) {}

    /**
     * @param grade   null until progress is done
     * @param counted the grade's score under the late rule, null with the grade
     * @param failure why the grader failed on this submission, when progress is failed for good; else null
     */
    record Submission(long id, String exerciseId, String submittedAt, String progress, String code,
            GradeView grade, Scored counted, String failure) {}

    /**
     * @param late    submitted after the exercise's deadline: graded and kept all the same
     * @param counted the score under the late rule, null until graded
     * @param counts  whether this is the attempt the gradebook counts
     */
    record AttemptView(long id, String submittedAt, String code, String status, Double score, Double maxScore,
            boolean late, Scored counted, boolean counts) {}

    /**
     * @param bestScore the judge's best score, null until an attempt is graded
     * @param counting  the score that counts in the gradebook, null until an attempt is graded
     */
    record Attempts(String exerciseId, Double bestScore, Scored counting, List<AttemptView> attempts) {}

    /** The addresses to paste into a learning platform's tool configuration. */
    record ToolUrlsView(String loginUrl, String launchUrl, String jwksUrl, String deepLinkingUrl, String domain) {
        static ToolUrlsView of(ToolUrls u) {
            return new ToolUrlsView(u.login().toString(), u.launch().toString(), u.jwks().toString(),
                    u.deepLinking().toString(), u.site().getAuthority());
        }
    }

    record PlatformView(long id, String issuer, String clientId, List<String> deploymentIds, String authEndpoint,
            String tokenEndpoint, String jwksUrl) {
        static PlatformView of(Platform p) {
            return new PlatformView(p.id(), p.issuer(), p.clientId(), p.deploymentIds(), p.authEndpoint().toString(),
                    p.tokenEndpoint().toString(), p.jwksUrl().toString());
        }
    }

    record LtiConfiguration(ToolUrlsView tool, List<PlatformView> platforms) {}

    /** What the deep-linking page posts to the platform, as the form field JWT. */
    record DeepLinkResponse(String returnUrl, String jwt) {}
}
