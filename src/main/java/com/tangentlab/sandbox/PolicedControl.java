package com.tangentlab.sandbox;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import java.util.function.Supplier;
import jdk.jshell.spi.ExecutionControl;

/**
 * The host side of the JShell execution protocol, with the class policy in front of it:
 * every class JShell wants to load is scanned first, and a class that references something
 * refused is never sent. The agent behind it is swapped for each submission, so one warm
 * JShell compiler serves many single-use agents; between agents it is detached and loads go
 * nowhere.
 */
final class PolicedControl implements ExecutionControl {
    private final Supplier<ClassPolicy> policy;
    private final Consumer<List<ClassPolicy.Violation>> onViolation;
    private volatile ExecutionControl remote;

    PolicedControl(Supplier<ClassPolicy> policy, Consumer<List<ClassPolicy.Violation>> onViolation) {
        this.policy = policy;
        this.onViolation = onViolation;
    }

    void attach(ExecutionControl agent) {
        this.remote = agent;
    }

    /** Detaches the current agent (which is about to be killed) and returns it. */
    ExecutionControl detach() {
        ExecutionControl previous = remote;
        remote = null;
        return previous;
    }

    @Override
    public void load(ClassBytecodes[] classes) throws ClassInstallException, NotImplementedException,
            EngineTerminationException {
        vet(classes);
        if (remote != null) remote.load(classes);
    }

    @Override
    public void redefine(ClassBytecodes[] classes) throws ClassInstallException, NotImplementedException,
            EngineTerminationException {
        vet(classes);
        if (remote != null) remote.redefine(classes);
    }

    private void vet(ClassBytecodes[] classes) throws ClassInstallException {
        List<ClassPolicy.Violation> found = new ArrayList<>();
        ClassPolicy active = policy.get();
        for (ClassBytecodes c : classes) found.addAll(active.check(c.bytecodes()));
        if (!found.isEmpty()) {
            onViolation.accept(found);
            throw new ClassInstallException("refused by the class policy", new boolean[classes.length]);
        }
    }

    @Override
    public String invoke(String className, String methodName) throws RunException, EngineTerminationException,
            InternalException {
        return attached().invoke(className, methodName);
    }

    @Override
    public String varValue(String className, String varName) throws RunException, EngineTerminationException,
            InternalException {
        return attached().varValue(className, varName);
    }

    /** The agent has its class path from birth; only the host's compiler needs to be told. */
    @Override
    public void addToClasspath(String path) {
    }

    @Override
    public void stop() throws EngineTerminationException, InternalException {
        if (remote != null) remote.stop();
    }

    @Override
    public Object extensionCommand(String command, Object arg) throws RunException, EngineTerminationException,
            InternalException {
        return attached().extensionCommand(command, arg);
    }

    @Override
    public void close() {
        ExecutionControl last = detach();
        if (last != null) last.close();
    }

    private ExecutionControl attached() throws EngineTerminationException {
        ExecutionControl current = remote;
        if (current == null) throw new EngineTerminationException("no agent is attached");
        return current;
    }
}
