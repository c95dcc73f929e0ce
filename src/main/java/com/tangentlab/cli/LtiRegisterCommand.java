package com.tangentlab.cli;

import com.tangentlab.app.WebPlatform;
import com.tangentlab.config.Settings;
import com.tangentlab.lti.LtiException;
import com.tangentlab.lti.Platform;
import com.tangentlab.lti.Registration;
import com.tangentlab.lti.ToolUrls;
import java.io.PrintWriter;
import java.net.URI;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/**
 * {@code tangentlab lti-register}: registers a learning platform (LTI 1.3) from the values its tool
 * configuration shows, and prints the tool's addresses to paste there.
 */
@Command(name = "lti-register", mixinStandardHelpOptions = true,
        description = {"Registers a learning platform (Moodle, Canvas, ...) to launch Tangent Lab over LTI 1.3,"
                + " makes the tool's key pair if there is none, and prints the tool's URLs to paste into the"
                + " platform. The server may be running."})
final class LtiRegisterCommand implements Callable<Integer> {
    @ParentCommand
    private Main main;

    @Spec
    private CommandSpec spec;

    @Option(names = "--issuer", required = true, paramLabel = "URL", description = "the platform's issuer (platform ID)")
    private String issuer;

    @Option(names = "--client-id", required = true, paramLabel = "ID", description = "the client ID the platform gave the tool")
    private String clientId;

    @Option(names = "--deployment-id", required = true, paramLabel = "ID",
            description = "a deployment ID of the tool on the platform; repeat for several")
    private List<String> deploymentIds;

    @Option(names = "--auth-url", required = true, paramLabel = "URL",
            description = "the platform's authentication request (OIDC auth) endpoint")
    private String authUrl;

    @Option(names = "--token-url", required = true, paramLabel = "URL", description = "the platform's access token endpoint")
    private String tokenUrl;

    @Option(names = "--jwks-url", required = true, paramLabel = "URL", description = "the platform's public keyset URL")
    private String jwksUrl;

    @Override
    public Integer call() {
        Registration registration;
        try {
            registration = Registration.of(issuer, clientId, deploymentIds, authUrl, tokenUrl, jwksUrl);
        } catch (LtiException e) {
            // A bad value is a misuse of the command, told like picocli's own: the message and status 2.
            throw new CommandLine.ParameterException(spec.commandLine(), e.getMessage(), e);
        }
        Settings settings = main.announced(main.settings());
        Platform platform = WebPlatform.registerLtiPlatform(settings, registration, "command line");
        PrintWriter out = spec.commandLine().getOut();
        out.println("registered " + platform.issuer() + " (client ID " + platform.clientId() + ", deployments "
                + String.join(", ", platform.deploymentIds()) + ")");
        String site = settings.web().publicUrl();
        if (site.isEmpty()) {
            out.println("set TANGENTLAB_PUBLIC_URL to the site's https:// address to see the tool's URLs here");
        } else {
            ToolUrls urls = ToolUrls.under(URI.create(site));
            out.println("login initiation URL: " + urls.login());
            out.println("launch / redirect URL: " + urls.launch());
            out.println("deep linking URL: " + urls.deepLinking());
            out.println("public keyset (JWKS) URL: " + urls.jwks());
        }
        return 0;
    }
}
