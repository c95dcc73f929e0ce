package com.tangentlab.check;

import com.tangentlab.agent.Value;
import com.tangentlab.exercise.Exercise;
import com.tangentlab.exercise.Signature;
import com.tangentlab.exercise.Tolerance;
import java.util.List;

/** One call the harness makes: which function, with which arguments, worth what. */
record TestCase(String name, Exercise.Kind kind, Signature call, List<Value> args, double points, Tolerance tolerance) {
    boolean visible() {
        return kind == Exercise.Kind.EXAMPLE;
    }
}
