package com.tangentlab.sandbox;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Supplier;
import java.util.function.Consumer;
import jdk.jshell.spi.ExecutionControl;

/**
 * The host side of the JShell execution protocol, with the class policy in front of it:
 * every class JShell wants to load into the agent is scanned first, and a class that
 * references something refused is never sent.
 */
final class PolicedControl implements ExecutionControl {
    private final ExecutionControl remote;
    private final Supplier<ClassPolicy> policy;
    private final Consumer<List<ClassPolicy.Violation>> onViolation;

    PolicedControl(ExecutionControl remote, Supplier<ClassPolicy> policy,
            Consumer<List<ClassPolicy.Violation>> onViolation) {
        this.remote = remote;
        this.policy = policy;
        this.onViolation = onViolation;
    }

    @Override
    public void load(ClassBytecodes[] classes) throws ClassInstallException, NotImplementedException,
            EngineTerminationException {
        vet(classes);
        remote.load(classes);
    }

    @Override
    public void redefine(ClassBytecodes[] classes) throws ClassInstallException, NotImplementedException,
            EngineTerminationException {
        vet(classes);
        remote.redefine(classes);
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
        return remote.invoke(className, methodName);
    }

    @Override
    public String varValue(String className, String varName) throws RunException, EngineTerminationException,
            InternalException {
        return remote.varValue(className, varName);
    }

    /** The agent has its class path from birth; only the host's compiler needs to be told. */
    @Override
    public void addToClasspath(String path) {
    }

    @Override
    public void stop() throws EngineTerminationException, InternalException {
        remote.stop();
    }

    @Override
    public Object extensionCommand(String command, Object arg) throws RunException, EngineTerminationException,
            InternalException {
        return remote.extensionCommand(command, arg);
    }

    @Override
    public void close() {
        remote.close();
    }
}
