-- The grading queue lives in the submissions table, so that web nodes and grading workers on many
-- machines share it. A row is in the queue while queued is TRUE: it is set when the submission is
-- accepted for the shared queue and cleared when its grade or its failure is recorded. A worker claims
-- the first row by priority (0: a student's, 1: bulk work such as the demo class or a queued folder),
-- then by arrival (id), among rows whose lease is free or expired, locking it with FOR UPDATE SKIP LOCKED;
-- it sets lease_owner and lease_expires_at, counts the claim, and extends the lease while it grades. A
-- worker that dies stops extending it, and after lease_expires_at another worker claims the row again.
-- claims counts every claim that did not end in a grade or a failure, so that a submission the grader
-- dies on every time ends failed instead of being claimed forever.
ALTER TABLE submissions ADD COLUMN queued BOOLEAN DEFAULT FALSE NOT NULL;
ALTER TABLE submissions ADD COLUMN priority INT DEFAULT 0 NOT NULL;
ALTER TABLE submissions ADD COLUMN lease_owner VARCHAR(255);
ALTER TABLE submissions ADD COLUMN lease_expires_at TIMESTAMP WITH TIME ZONE;
ALTER TABLE submissions ADD COLUMN claims INT DEFAULT 0 NOT NULL;

-- The claim and the capacity count read the queued rows in this order.
CREATE INDEX submissions_queue ON submissions (queued, priority, id);
CREATE INDEX submissions_by_lease_owner ON submissions (lease_owner);

-- Web submissions a server left ungraded were graded again at its next start: they are now in the queue.
UPDATE submissions SET queued = TRUE
    WHERE source = 'web' AND status IS NULL AND failure IS NULL;

-- One row that every web node locks while it counts the students' queued submissions and adds one, so
-- that the queue's capacity holds across nodes that accept submissions at the same moment.
CREATE TABLE queue_intake (
    id INT PRIMARY KEY,
    CONSTRAINT queue_intake_one_row CHECK (id = 1)
);

INSERT INTO queue_intake (id) VALUES (1);
