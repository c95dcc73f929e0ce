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
import com.tangentlab.gradebook.CourseRulesStore;
import com.tangentlab.gradebook.CourseSettings;
import com.tangentlab.gradebook.Gradebook;
import com.tangentlab.gradebook.ScoreOverrides;
import com.tangentlab.lti.LtiTool;
import com.tangentlab.offering.Offerings;
import com.tangentlab.store.DraftStore;
import com.tangentlab.store.SectionViewStore;
import com.tangentlab.store.SubmissionStore;
import com.tangentlab.submit.ExampleRunner;
import com.tangentlab.submit.GradingQueue;
import io.javalin.Javalin;
import io.javalin.config.JavalinConfig;
import io.javalin.http.staticfiles.Location;
import io.javalin.json.JavalinJackson;
import java.time.Clock;
import java.util.function.LongFunction;

/** The web server: the route table, the session guard, error mapping and the static folder. */
public final class WebApp {
    /** What the routes need, built by the one wiring place. */
    public record Dependencies(Course course, AccountService accounts, Offerings offerings, DraftStore drafts,
            SubmissionStore store, GradingQueue queue, ExampleRunner runner, FigureCatalog figures,
            LongFunction<ClassScope> classes, Regrader regrader, Settings.Web settings, RosterImports rosterImports,
            Clock clock, LtiTool lti) {}

    /**
     * One course's class as the dashboards and the student pages read it: its gradebook, settings and
     * deadlines, section views, submissions, analytics and similarity, none of which sees another course.
     */
    public record ClassScope(Gradebook gradebook, CourseSettings settings, CourseRulesStore rules,
            SectionViewStore views, ClassSubmissions submissions, Analytics analytics, NearDuplicates duplicates,
            ScoreOverrides overrides) {}

    private WebApp() {}

    /** A server not yet started. */
    public static Javalin create(Dependencies d) {
        ObjectMapper mapper = JsonBodies.strict(new ObjectMapper());
        JsonBodies bodies = new JsonBodies(mapper);
        SessionGuard guard = new SessionGuard(d.accounts(), d.offerings(), d.settings().sessionTimeout(),
                d.settings().secureCookie());
        AuthController auth = new AuthController(d.accounts(), d.offerings(), guard, bodies);
        CourseController courses = new CourseController(d.offerings(), d.accounts(), d.classes(), bodies);
        ExerciseController exercises = new ExerciseController(d.course(), d.drafts(), d.runner(), bodies);
        SubmissionController submissions = new SubmissionController(d.course(), d.store(), d.queue(), bodies);
        InstructorController instructor = new InstructorController(d.accounts(), d.offerings(), d.rosterImports(),
                bodies);
        FigureController figures = new FigureController(d.figures());
        SectionViewController views = new SectionViewController(d.course(), d.classes());
        AnalyticsController analytics = new AnalyticsController(d.course(), d.classes());
        SubmissionBrowserController browser = new SubmissionBrowserController(d.course(), d.store(), d.classes());
        RegradeController regrades = new RegradeController(d.course(), d.regrader(), bodies);
        SimilarityController similarity = new SimilarityController(d.course(), d.classes());
        DashboardController dashboard = new DashboardController(d.classes());
        CourseSettingsController courseSettings = new CourseSettingsController(d.classes(), bodies);
        ExtensionController extensions = new ExtensionController(d.offerings(), d.classes(), bodies, d.clock());
        OverrideController overrides = new OverrideController(d.classes(), bodies, d.clock());
        LtiController lti = new LtiController(d.lti(), guard, bodies, d.settings().publicUrl());

        Javalin app = Javalin.create(config -> configure(config, d.settings(), mapper));
        app.beforeMatched(guard::check);

        app.post("/api/login", auth::login, Access.ANYONE);
        app.post("/api/logout", auth::logout, Access.SIGNED_IN);
        app.get("/api/me", auth::me, Access.SIGNED_IN);
        app.post("/api/me/password", auth::changePassword, Access.SIGNED_IN);

        app.get("/api/courses", courses::mine, Access.SIGNED_IN);
        app.post("/api/courses", courses::create, Access.COURSE_CREATOR);
        app.post("/api/courses/current", courses::choose, Access.SIGNED_IN);
        app.put("/api/instructor/course", courses::rename, Access.INSTRUCTOR);
        app.post("/api/instructor/course/archive", courses::archive, Access.INSTRUCTOR);
        app.post("/api/instructor/course/copy", courses::copy, Access.INSTRUCTOR);
        app.get("/api/instructor/members", courses::members, Access.STAFF);
        app.put("/api/instructor/members/{username}", courses::putMember, Access.INSTRUCTOR);

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

        app.get("/api/instructor/users", instructor::users, Access.STAFF);
        app.post("/api/instructor/roster", instructor::uploadRoster, Access.INSTRUCTOR);
        app.get("/api/instructor/roster/imports/{id}", instructor::rosterImport, Access.INSTRUCTOR);
        app.post("/api/instructor/roster/imports/{id}/result", instructor::collectRosterImport, Access.INSTRUCTOR);
        app.post("/api/instructor/users/{username}/password", instructor::resetPassword, Access.INSTRUCTOR);

        app.get("/api/instructor/analytics", analytics::list, Access.STAFF);
        app.get("/api/instructor/analytics/{id}", analytics::one, Access.STAFF);
        app.get("/api/instructor/submissions", browser::search, Access.STAFF);
        app.get("/api/instructor/submissions/{id}", browser::one, Access.STAFF);
        app.get("/api/instructor/diff", browser::diff, Access.STAFF);
        app.post("/api/instructor/regrades", regrades::start, Access.INSTRUCTOR);
        app.get("/api/instructor/regrades/{id}", regrades::one, Access.STAFF);
        app.post("/api/instructor/regrades/{id}/apply", regrades::apply, Access.INSTRUCTOR);
        app.post("/api/instructor/regrades/{id}/abandon", regrades::abandon, Access.INSTRUCTOR);
        app.get("/api/instructor/similarity/pair", similarity::pair, Access.STAFF);
        app.get("/api/instructor/similarity/{id}", similarity::report, Access.STAFF);

        app.get("/api/instructor/gradebook", dashboard::gradebook, Access.STAFF);
        app.get("/api/instructor/gradebook/attempts", dashboard::cellAttempts, Access.STAFF);
        app.get("/api/instructor/students/{username}", dashboard::student, Access.STAFF);
        app.get("/api/instructor/exports/grades.csv", dashboard::gradesCsv, Access.STAFF);
        app.get("/api/instructor/exports/attempts.csv", dashboard::attemptsCsv, Access.STAFF);
        app.get("/api/instructor/exports/attempts.json", dashboard::attemptsJson, Access.STAFF);
        app.get("/api/instructor/settings", courseSettings::get, Access.STAFF);
        app.put("/api/instructor/settings", courseSettings::replace, Access.INSTRUCTOR);
        app.get("/api/instructor/extensions", extensions::list, Access.STAFF);
        app.put("/api/instructor/extensions", extensions::grant, Access.INSTRUCTOR);
        app.delete("/api/instructor/extensions", extensions::revoke, Access.INSTRUCTOR);
        app.post("/api/instructor/submissions/{id}/override", overrides::override, Access.INSTRUCTOR);
        app.get("/api/instructor/overrides", overrides::log, Access.STAFF);

        app.get("/lti/jwks", lti::jwks, Access.ANYONE);
        app.get("/lti/login", lti::login, Access.ANYONE);
        app.post("/lti/login", lti::login, Access.ANYONE);
        app.post("/lti/launch", lti::launch, Access.ANYONE);
        app.get("/api/instructor/lti", lti::configuration, Access.COURSE_CREATOR);
        app.post("/api/instructor/lti/platforms", lti::register, Access.COURSE_CREATOR);
        app.post("/api/instructor/lti/deep-links/{id}", lti::answerDeepLinking, Access.INSTRUCTOR);

        HeadRoutes.mirrorGets(app);
        ErrorMapping.register(app, d.settings().staticDir().toAbsolutePath().normalize());
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
