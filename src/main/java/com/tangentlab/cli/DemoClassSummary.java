package com.tangentlab.cli;

import com.tangentlab.account.User;
import com.tangentlab.demo.DemoClass;
import java.io.PrintWriter;
import java.util.stream.Collectors;

/** What the demo class holds, as the console shows it once it is created. */
final class DemoClassSummary {
    private DemoClassSummary() {}

    static void print(PrintWriter out, DemoClass.Created c) {
        out.println("Demo class created: " + c.students().size() + " student accounts ("
                + c.students().stream().limit(3).map(User::username).collect(Collectors.joining(", "))
                + ", ...; passwords generated and not shown: set one on the instructor's Accounts page),");
        out.println("  deadlines for " + c.deadlines() + " exercises where none was set, " + c.web().size()
                + " web submissions over the last six weeks,");
        out.println("  and a graded folder of " + c.batchFiles() + " files (" + c.batchFolder() + ") naming "
                + String.join(" and ", c.withoutAccount()) + ", who have no account.");
        out.flush();
    }
}
