package com.tangentlab.grade;

/** Hears how far a batch has got; called from the grading threads. */
public interface Progress {
    Progress SILENT = new Progress() {
        @Override
        public void start(int total) {}

        @Override
        public void advance() {}
    };

    void start(int total);

    void advance();
}
