package com.tangentlab.lti;

import java.net.URI;
import java.util.List;

/**
 * A learning-management system registered to launch the tool: its issuer, the client id it gave the tool,
 * its endpoints, and the deployments of the tool there that may launch it.
 */
public record Platform(long id, String issuer, String clientId, URI authEndpoint, URI tokenEndpoint, URI jwksUrl,
        List<String> deploymentIds) {

    public Platform {
        deploymentIds = List.copyOf(deploymentIds);
    }
}
