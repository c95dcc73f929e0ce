package com.tangentlab.web;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.tangentlab.account.AccountService;
import com.tangentlab.account.RosterImports;
import com.tangentlab.analytics.Analytics;
import com.tangentlab.config.Settings;
import com.tangentlab.course.Course;
import com.tangentlab.figure.FigureCatalog;
import com.tangentlab.regrade.Regrader;
import com.tangentlab.similarity.NearDuplicates;
import com.tangentlab.store.ClassSubmissions;
import com.tangentlab.gradebook.CourseSettings;
import com.tangentlab.gradebook.Gradebook;
import com.tangentlab.lti.LtiTool;
import com.tangentlab.store.DraftStore;
import com.tangentlab.store.SectionViewStore;
import com.tangentlab.store.SubmissionStore;
import com.tangentlab.submit.ExampleRunner;
import com.tangentlab.submit.GradingQueue;
import io.javalin.Javalin;
import io.javalin.config.JavalinConfig;
import io.javalin.http.staticfiles.Location;
import io.javalin.json.JavalinJackson;

/** The web server: the route table, the session guard, error mapping and the static folder. */
public final class WebApp {
    /** What the routes need, built by the one wiring place. */
    public record Dependencies(Course course, AccountService accounts, DraftStore drafts, SubmissionStore store,
            GradingQueue queue, ExampleRunner runner, FigureCatalog figures, Gradebook gradebook,
            CourseSettings courseSettings, Settings.Web settings, Insights insights, RosterImports rosterImports,
            LtiTool lti) {}

    /** What the instructor's analytics, submission browser, regrade and similarity routes need. */
    public record Insights(SectionViewStore views, ClassSubmissions classSubmissions, Analytics analytics,
            Regrader regrader, NearDuplicates duplicates) {}

    private WebApp() {}

    /** A server not yet started. */
    public static Javalin create(Dependencies d) {
        ObjectMapper mapper = JsonBodies.strict(new ObjectMapper());
        JsonBodies bodies = new JsonBodies(mapper);
        SessionGuard guard = new SessionGuard(d.accounts(), d.settings().sessionTimeout(),
                d.settings().secureCookie());
        AuthController auth = new AuthController(d.accounts(), guard, bodies);
        ExerciseController exercises = new ExerciseController(d.course(), d.drafts(), d.runner(), bodies);
        SubmissionController submissions = new SubmissionController(d.course(), d.store(), d.queue(), bodies);
        InstructorController instructor = new InstructorController(d.accounts(), d.rosterImports(), bodies);
        FigureController figures = new FigureController(d.figures());
        Insights in = d.insights();
        SectionViewController views = new SectionViewController(d.course(), in.views());
        AnalyticsController analytics = new AnalyticsController(d.course(), in.analytics());
        SubmissionBrowserController browser = new SubmissionBrowserController(d.course(), d.store(),
                in.classSubmissions());
        RegradeController regrades = new RegradeController(d.course(), in.regrader(), bodies);
        SimilarityController similarity = new SimilarityController(d.course(), d.store(), in.duplicates());
        DashboardController dashboard = new DashboardController(d.gradebook());
        CourseSettingsController courseSettings = new CourseSettingsController(d.courseSettings(), bodies);
        LtiController lti = new LtiController(d.lti(), guard, bodies, d.settings().publicUrl());

        Javalin app = Javalin.create(config -> configure(config, d.settings(), mapper));
        app.beforeMatched(guard::check);

        app.post("/api/login", auth::login, Access.ANYONE);
        app.post("/api/logout", auth::logout, Access.SIGNED_IN);
        app.get("/api/me", auth::me, Access.SIGNED_IN);
        app.post("/api/me/password", auth::changePassword, Access.SIGNED_IN);

        app.get("/api/sections", exercises::sections, Access.SIGNED_IN);
        app.get("/api/sections/{number}", exercises::section, Access.SIGNED_IN);
        app.get("/api/exercises", exercises::list, Access.SIGNED_IN);
        app.get("/api/exercises/{id}", exercises::one, Access.SIGNED_IN);
        app.get("/api/exercises/{id}/draft", exercises::draft, Access.SIGNED_IN);
        app.put("/api/exercises/{id}/draft", exercises::saveDraft, Access.SIGNED_IN);
        app.post("/api/exercises/{id}/run", exercises::run, Access.SIGNED_IN);
        app.get("/api/figures/{id}", figures::one, Access.SIGNED_IN);
        app.post("/api/sections/{section}/views", views::record, Access.SIGNED_IN);

        app.post("/api/exercises/{id}/submissions", submissions::submit, Access.SIGNED_IN);
        app.get("/api/exercises/{id}/submissions", submissions::mine, Access.SIGNED_IN);
        app.get("/api/submissions/{id}", submissions::one, Access.SIGNED_IN);

        app.get("/api/instructor/users", instructor::users, Access.INSTRUCTOR);
        app.post("/api/instructor/roster", instructor::uploadRoster, Access.INSTRUCTOR);
        app.get("/api/instructor/roster/imports/{id}", instructor::rosterImport, Access.INSTRUCTOR);
        app.post("/api/instructor/roster/imports/{id}/result", instructor::collectRosterImport, Access.INSTRUCTOR);
        app.post("/api/instructor/users/{username}/password", instructor::resetPassword, Access.INSTRUCTOR);

        app.get("/api/instructor/analytics", analytics::list, Access.INSTRUCTOR);
        app.get("/api/instructor/analytics/{id}", analytics::one, Access.INSTRUCTOR);
        app.get("/api/instructor/submissions", browser::search, Access.INSTRUCTOR);
        app.get("/api/instructor/submissions/{id}", browser::one, Access.INSTRUCTOR);
        app.get("/api/instructor/diff", browser::diff, Access.INSTRUCTOR);
        app.post("/api/instructor/regrades", regrades::start, Access.INSTRUCTOR);
        app.get("/api/instructor/regrades/{id}", regrades::one, Access.INSTRUCTOR);
        app.post("/api/instructor/regrades/{id}/apply", regrades::apply, Access.INSTRUCTOR);
        app.post("/api/instructor/regrades/{id}/abandon", regrades::abandon, Access.INSTRUCTOR);
        app.get("/api/instructor/similarity/pair", similarity::pair, Access.INSTRUCTOR);
        app.get("/api/instructor/similarity/{id}", similarity::report, Access.INSTRUCTOR);

        app.get("/api/instructor/gradebook", dashboard::gradebook, Access.INSTRUCTOR);
        app.get("/api/instructor/gradebook/attempts", dashboard::cellAttempts, Access.INSTRUCTOR);
        app.get("/api/instructor/students/{username}", dashboard::student, Access.INSTRUCTOR);
        app.get("/api/instructor/exports/grades.csv", dashboard::gradesCsv, Access.INSTRUCTOR);
        app.get("/api/instructor/exports/attempts.csv", dashboard::attemptsCsv, Access.INSTRUCTOR);
        app.get("/api/instructor/exports/attempts.json", dashboard::attemptsJson, Access.INSTRUCTOR);
        app.get("/api/instructor/settings", courseSettings::get, Access.INSTRUCTOR);
        app.put("/api/instructor/settings", courseSettings::replace, Access.INSTRUCTOR);

        app.get("/lti/jwks", lti::jwks, Access.ANYONE);
        app.get("/lti/login", lti::login, Access.ANYONE);
        app.post("/lti/login", lti::login, Access.ANYONE);
        app.post("/lti/launch", lti::launch, Access.ANYONE);
        app.get("/api/instructor/lti", lti::configuration, Access.INSTRUCTOR);
        app.post("/api/instructor/lti/platforms", lti::register, Access.INSTRUCTOR);
        app.post("/api/instructor/lti/deep-links/{id}", lti::answerDeepLinking, Access.INSTRUCTOR);

        HeadRoutes.mirrorGets(app);
        ErrorMapping.register(app);
        return app;
    }

    private static void configure(JavalinConfig config, Settings.Web settings, ObjectMapper mapper) {
        config.showJavalinBanner = false;
        config.jsonMapper(new JavalinJackson(mapper, false));
        config.http.maxRequestSize = settings.requestBytes();
        config.jetty.modifyServer(server -> server.setErrorHandler(new JsonBadMessages(mapper)));
        config.jetty.modifyServletContextHandler(context -> {
            context.insertHandler(new BodyLimit(settings.requestBytes(), mapper));
            context.insertHandler(new PathCheck(mapper));
        });
        // Jetty's failures while a body is read are turned into 400s by BodyLimit; a client that
        // hangs up mid-request is not a server fault either.
        config.jetty.clientAbortStatus = 400;
        // Only this folder is served; Jetty's resource handler refuses paths that leave it, and
        // the exercise and reference folders are never inside it.
        config.staticFiles.add(files -> {
            files.hostedPath = "/";
            files.directory = settings.staticDir().toAbsolutePath().normalize().toString();
            files.location = Location.EXTERNAL;
        });
        // The pages' libraries (KaTeX, CodeMirror, marked, DOMPurify) come from jars on the class
        // path, under /webjars/<name>/<version>/, so no page depends on a CDN.
        config.staticFiles.enableWebjars();
    }
}
