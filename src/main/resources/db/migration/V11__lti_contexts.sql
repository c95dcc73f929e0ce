-- The course instance (offering) each platform course (LTI context) launches into: made by the first
-- launch of one of the course's instructors, found by every later launch from that course.
CREATE TABLE lti_contexts (
    platform_id BIGINT NOT NULL REFERENCES lti_platforms (id) ON DELETE CASCADE,
    context_id  VARCHAR(255) NOT NULL,
    offering_id BIGINT NOT NULL REFERENCES offerings (id) ON DELETE CASCADE,
    PRIMARY KEY (platform_id, context_id)
);

CREATE INDEX lti_contexts_by_offering ON lti_contexts (offering_id);
