package com.tangentlab.cli;

import com.tangentlab.account.NewAccount;
import com.tangentlab.app.WebPlatform;
import java.io.PrintWriter;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/** {@code tangentlab password <username>}: sets an account's password from the machine the server runs on. */
@Command(name = "password", mixinStandardHelpOptions = true,
        description = {"Sets the password of a web account, generating one unless --password is given, and ends"
                + " its sessions. For an instructor who lost theirs; the server may be running."})
final class PasswordCommand implements Callable<Integer> {
    @ParentCommand
    private Main main;

    @Spec
    private CommandSpec spec;

    @Parameters(index = "0", paramLabel = "<username>", description = "the account")
    private String username;

    @Option(names = "--password", paramLabel = "TEXT", description = "the new password (at least 8 characters);"
            + " default: a generated one, printed")
    private String password;

    @Override
    public Integer call() {
        NewAccount account = WebPlatform.resetPassword(main.announced(main.settings()), username, password);
        PrintWriter out = spec.commandLine().getOut();
        out.println(account.generated() ? "new password of " + username + ": " + account.password()
                : "password of " + username + " changed");
        return 0;
    }
}
