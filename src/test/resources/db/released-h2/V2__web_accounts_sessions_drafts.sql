-- Accounts of the web platform. Web submissions stay in the submissions table, with
-- student = username and source = 'web'.
CREATE TABLE users (
    username      VARCHAR(64) PRIMARY KEY,
    display_name  VARCHAR(255) NOT NULL,
    role          VARCHAR(16) NOT NULL,
    password_hash VARCHAR(100) NOT NULL,
    created_at    TIMESTAMP WITH TIME ZONE NOT NULL,
    CONSTRAINT users_role CHECK (role IN ('student', 'instructor'))
);

-- Only a SHA-256 hash of each session token is kept, so a copy of the database cannot be
-- used to sign in; the CSRF token is sent back to the signed-in page and must come back
-- in the X-CSRF-Token header of every state-changing request.
CREATE TABLE sessions (
    token_hash  VARCHAR(64) PRIMARY KEY,
    username    VARCHAR(64) NOT NULL REFERENCES users (username) ON DELETE CASCADE,
    csrf_token  VARCHAR(64) NOT NULL,
    created_at  TIMESTAMP WITH TIME ZONE NOT NULL,
    expires_at  TIMESTAMP WITH TIME ZONE NOT NULL
);

CREATE INDEX sessions_by_user ON sessions (username);

-- The last draft of each user for each exercise.
CREATE TABLE drafts (
    username    VARCHAR(64) NOT NULL REFERENCES users (username) ON DELETE CASCADE,
    exercise_id VARCHAR(255) NOT NULL,
    code        CLOB NOT NULL,
    saved_at    TIMESTAMP WITH TIME ZONE NOT NULL,
    PRIMARY KEY (username, exercise_id)
);
