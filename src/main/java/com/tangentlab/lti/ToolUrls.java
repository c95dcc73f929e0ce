package com.tangentlab.lti;

import java.net.URI;

/**
 * The addresses a platform's administrator pastes into its tool configuration, all under the site's public
 * address. Deep linking uses the launch URL too: the message type tells the two launches apart.
 */
public record ToolUrls(URI site, URI login, URI launch, URI jwks, URI deepLinking) {

    public static ToolUrls under(URI site) {
        String base = site.toString().replaceAll("/+$", "");
        URI launch = URI.create(base + "/lti/launch");
        return new ToolUrls(URI.create(base + "/"), URI.create(base + "/lti/login"), launch,
                URI.create(base + "/lti/jwks"), launch);
    }
}
