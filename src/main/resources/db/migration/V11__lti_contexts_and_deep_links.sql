-- The course instance (offering) each platform course (LTI context) launches into: made by the first
-- launch of one of the course's instructors, found by every later launch from that course.
CREATE TABLE lti_contexts (
    platform_id BIGINT NOT NULL REFERENCES lti_platforms (id) ON DELETE CASCADE,
    context_id  VARCHAR(255) NOT NULL,
    offering_id BIGINT NOT NULL REFERENCES offerings (id) ON DELETE CASCADE,
    PRIMARY KEY (platform_id, context_id)
);

CREATE INDEX lti_contexts_by_offering ON lti_contexts (offering_id);

-- A deep-linking request an instructor's launch brought: where the chosen links go back and the data to
-- return with them. The instructor who launched answers it once, within the hour.
CREATE TABLE lti_deep_link_requests (
    id            VARCHAR(64) PRIMARY KEY,
    username      VARCHAR(64) NOT NULL REFERENCES users (username) ON DELETE CASCADE,
    platform_id   BIGINT NOT NULL REFERENCES lti_platforms (id) ON DELETE CASCADE,
    deployment_id VARCHAR(255) NOT NULL,
    return_url    VARCHAR(2000) NOT NULL,
    data          VARCHAR(2000),
    expires_at    TIMESTAMP WITH TIME ZONE NOT NULL
);
