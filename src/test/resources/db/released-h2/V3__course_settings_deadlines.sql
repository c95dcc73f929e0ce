-- How the gradebook scores the course: one row, edited by instructors. A late attempt is still
-- graded and stored; the late policy only decides what it counts for.
CREATE TABLE course_settings (
    id                      INT PRIMARY KEY,
    grading_policy          VARCHAR(8) NOT NULL,
    late_policy             VARCHAR(16) NOT NULL,
    penalty_percent_per_day DOUBLE PRECISION NOT NULL,
    CONSTRAINT course_settings_one_row CHECK (id = 1),
    CONSTRAINT course_settings_grading CHECK (grading_policy IN ('best', 'last')),
    CONSTRAINT course_settings_late CHECK (late_policy IN ('no-credit', 'penalty')),
    CONSTRAINT course_settings_penalty CHECK (penalty_percent_per_day >= 0 AND penalty_percent_per_day <= 100)
);

INSERT INTO course_settings (id, grading_policy, late_policy, penalty_percent_per_day)
    VALUES (1, 'best', 'penalty', 10);

-- An exercise without a row has no deadline.
CREATE TABLE deadlines (
    exercise_id VARCHAR(255) PRIMARY KEY,
    due_at      TIMESTAMP WITH TIME ZONE NOT NULL
);
