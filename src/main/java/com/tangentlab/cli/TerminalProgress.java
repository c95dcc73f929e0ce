package com.tangentlab.cli;

import com.tangentlab.grade.Progress;
import me.tongfei.progressbar.ConsoleProgressBarConsumer;
import me.tongfei.progressbar.ProgressBar;
import me.tongfei.progressbar.ProgressBarBuilder;
import me.tongfei.progressbar.ProgressBarStyle;

/** A progress bar on stderr when a person is watching; silent when output goes to files or pipes. */
final class TerminalProgress implements Progress, AutoCloseable {
    private final boolean interactive;
    private ProgressBar bar;

    private TerminalProgress(boolean interactive) {
        this.interactive = interactive;
    }

    static TerminalProgress onStderr() {
        return new TerminalProgress(System.console() != null);
    }

    @Override
    public synchronized void start(int total) {
        if (!interactive) return;
        bar = new ProgressBarBuilder().setTaskName("grading").setInitialMax(total)
                .setStyle(ProgressBarStyle.ASCII).setConsumer(new ConsoleProgressBarConsumer(System.err))
                .continuousUpdate().build();
    }

    @Override
    public synchronized void advance() {
        if (bar != null) bar.step();
    }

    @Override
    public synchronized void close() {
        if (bar != null) bar.close();
    }
}
