-- Everything that belongs to one class now belongs to one offering. Each table gets its offering's id,
-- the rows a database already holds going to its first offering (the smallest id, which V9 made from the
-- one class there was), and only then the column becomes required.

-- The offering a session is working in: chosen at sign-in and by the course switcher. NULL until
-- chosen, and again if that offering is deleted; the server then picks one of the user's offerings.
ALTER TABLE sessions ADD COLUMN offering_id BIGINT;
ALTER TABLE sessions ADD CONSTRAINT sessions_offering FOREIGN KEY (offering_id)
    REFERENCES offerings (id) ON DELETE SET NULL;

ALTER TABLE submissions ADD COLUMN offering_id BIGINT;
UPDATE submissions SET offering_id = (SELECT MIN(id) FROM offerings);
ALTER TABLE submissions ALTER COLUMN offering_id SET NOT NULL;
ALTER TABLE submissions ADD CONSTRAINT submissions_offering FOREIGN KEY (offering_id) REFERENCES offerings (id);
CREATE INDEX submissions_by_offering ON submissions (offering_id, exercise_id);

ALTER TABLE section_views ADD COLUMN offering_id BIGINT;
UPDATE section_views SET offering_id = (SELECT MIN(id) FROM offerings);
ALTER TABLE section_views ALTER COLUMN offering_id SET NOT NULL;
ALTER TABLE section_views ADD CONSTRAINT section_views_offering FOREIGN KEY (offering_id)
    REFERENCES offerings (id) ON DELETE CASCADE;
CREATE INDEX section_views_by_offering ON section_views (offering_id, section);

ALTER TABLE regrade_runs ADD COLUMN offering_id BIGINT;
UPDATE regrade_runs SET offering_id = (SELECT MIN(id) FROM offerings);
ALTER TABLE regrade_runs ALTER COLUMN offering_id SET NOT NULL;
ALTER TABLE regrade_runs ADD CONSTRAINT regrade_runs_offering FOREIGN KEY (offering_id)
    REFERENCES offerings (id) ON DELETE CASCADE;

-- The one-row course_settings and the deadlines table become one row and one set of deadlines per
-- offering. An offering without a settings row counts the best attempt with 10 %/day, as a new
-- database always did.
CREATE TABLE offering_settings (
    offering_id             BIGINT PRIMARY KEY REFERENCES offerings (id) ON DELETE CASCADE,
    grading_policy          VARCHAR(8) NOT NULL,
    late_policy             VARCHAR(16) NOT NULL,
    penalty_percent_per_day DOUBLE PRECISION NOT NULL,
    CONSTRAINT offering_settings_grading CHECK (grading_policy IN ('best', 'last')),
    CONSTRAINT offering_settings_late CHECK (late_policy IN ('no-credit', 'penalty')),
    CONSTRAINT offering_settings_penalty CHECK (penalty_percent_per_day >= 0 AND penalty_percent_per_day <= 100)
);

INSERT INTO offering_settings (offering_id, grading_policy, late_policy, penalty_percent_per_day)
    SELECT (SELECT MIN(id) FROM offerings), grading_policy, late_policy, penalty_percent_per_day
    FROM course_settings;

CREATE TABLE offering_deadlines (
    offering_id BIGINT NOT NULL REFERENCES offerings (id) ON DELETE CASCADE,
    exercise_id VARCHAR(255) NOT NULL,
    due_at      TIMESTAMP WITH TIME ZONE NOT NULL,
    PRIMARY KEY (offering_id, exercise_id)
);

INSERT INTO offering_deadlines (offering_id, exercise_id, due_at)
    SELECT (SELECT MIN(id) FROM offerings), exercise_id, due_at FROM deadlines;

DROP TABLE deadlines;
DROP TABLE course_settings;
