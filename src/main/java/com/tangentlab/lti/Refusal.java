package com.tangentlab.lti;

/**
 * Why a login or launch was refused, with the HTTP status it is answered with and what the person who
 * clicked the link in their course is told. The details (which claim, which value) go to the log line.
 */
public enum Refusal {
    UNKNOWN_PLATFORM(400, "This learning platform is not registered with Tangent Lab. Ask your instructor"
            + " or administrator to register it."),
    MISSING_PARAMETER(400, "The learning platform's request lacks a required field, so Tangent Lab cannot sign"
            + " you in."),
    BAD_STATE(400, "This launch does not answer a sign-in Tangent Lab started, or it took too long. Open the"
            + " link in your course again."),
    MALFORMED_TOKEN(400, "The learning platform sent a launch that is not a signed token."),
    WRONG_ISSUER(401, "The launch was issued by another platform than the one that started the sign-in."),
    WRONG_AUDIENCE(401, "The launch is meant for another tool, not for Tangent Lab."),
    UNKNOWN_KEY(401, "The launch is signed with a key the learning platform does not publish."),
    BAD_SIGNATURE(401, "The launch's signature does not match its content: it was changed on the way or forged."),
    EXPIRED(401, "The launch has expired. Open the link in your course again."),
    ISSUED_IN_FUTURE(401, "The launch claims to have been issued in the future; check the platform's clock."),
    NONCE_MISMATCH(401, "The launch does not answer the sign-in this browser started. Open the link in your"
            + " course again."),
    REPLAYED_NONCE(401, "This launch has been used already. Open the link in your course again."),
    UNREGISTERED_DEPLOYMENT(403, "This deployment of Tangent Lab on the learning platform is not registered."
            + " Ask your administrator to add its deployment id."),
    WRONG_MESSAGE_TYPE(400, "The learning platform sent a kind of launch Tangent Lab does not handle."),
    WRONG_VERSION(400, "The learning platform speaks another LTI version than 1.3.0."),
    MISSING_CLAIM(400, "The launch lacks information Tangent Lab needs (who you are, your course or your roles)."),
    UNKNOWN_CONTEXT(403, "This course is not set up in Tangent Lab yet: your instructor opens it once from the"
            + " course first. Try again after that."),
    NOT_INSTRUCTOR(403, "Only the course's instructors choose what Tangent Lab links to."),
    PLATFORM_UNREACHABLE(502, "Tangent Lab could not fetch the learning platform's public keys to check the"
            + " launch. Try again in a minute.");

    private final int status;
    private final String explanation;

    Refusal(int status, String explanation) {
        this.status = status;
        this.explanation = explanation;
    }

    public int status() {
        return status;
    }

    public String explanation() {
        return explanation;
    }
}
