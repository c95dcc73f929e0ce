package com.tangentlab.web;

import com.tangentlab.lti.Refusal;
import java.util.Locale;

/**
 * The page a refused LTI login or launch answers with: the pages' own skeleton (stylesheet, top bar, one
 * heading), what went wrong in words and what to do, and the refusal's code to quote when asking for help.
 * Nothing the request carried is shown.
 */
final class RefusalPage {
    private RefusalPage() {}

    static String of(Refusal refusal) {
        String code = refusal.name().toLowerCase(Locale.ROOT).replace('_', '-');
        return """
                <!DOCTYPE html>
                <html lang="en">
                <head>
                  <meta charset="utf-8">
                  <meta name="viewport" content="width=device-width, initial-scale=1">
                  <link rel="stylesheet" href="/css/app.css">
                  <title>Launch refused · Tangent Lab</title>
                </head>
                <body>
                  <header id="topbar"><a href="/index.html" class="brand">Tangent Lab</a></header>
                  <main>
                    <h1>Tangent Lab could not open this link</h1>
                    <p id="refusal" class="error refusal" role="alert">%s</p>
                    <p>If it happens again, tell your instructor the code <code id="refusal-code">%s</code>.</p>
                  </main>
                </body>
                </html>
                """.formatted(refusal.explanation(), code);
    }
}
