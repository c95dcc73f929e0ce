-- Why the grader itself failed on a submission (one line), when it did. Such a submission has no
-- grade (status stays NULL), but it is not ungraded either: it is not queued again at every start,
-- and its student sees it as failed with this reason.
ALTER TABLE submissions ADD COLUMN failure VARCHAR(1000);
