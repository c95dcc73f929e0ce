package com.tangentlab.lti;

/** The names of the LTI 1.3 claims the tool reads and writes (LTI Core 1.3, Deep Linking 2.0). */
final class Claims {
    static final String PREFIX = "https://purl.imsglobal.org/spec/lti/claim/";
    static final String MESSAGE_TYPE = PREFIX + "message_type";
    static final String VERSION = PREFIX + "version";
    static final String DEPLOYMENT_ID = PREFIX + "deployment_id";
    static final String ROLES = PREFIX + "roles";
    static final String CONTEXT = PREFIX + "context";
    static final String CUSTOM = PREFIX + "custom";
    static final String TARGET_LINK_URI = PREFIX + "target_link_uri";
    static final String RESOURCE_LINK = PREFIX + "resource_link";
    static final String DEEP_LINKING_SETTINGS = "https://purl.imsglobal.org/spec/lti-dl/claim/deep_linking_settings";
    static final String NONCE = "nonce";
    static final String AUTHORIZED_PARTY = "azp";
    static final String LTI_VERSION = "1.3.0";

    private Claims() {}
}
