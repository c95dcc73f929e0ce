package com.tangentlab.exercise;

import com.tangentlab.agent.Value;

/**
 * What a submission did on one test: the value it returned and how many times it called each
 * function-valued argument (by argument position; zero for other arguments).
 */
public record Observed(Value result, long[] calls) {
    public long callsOf(int argument) {
        return argument < calls.length ? calls[argument] : 0;
    }
}
