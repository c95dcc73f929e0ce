package com.tangentlab.sandbox;

import jdk.jshell.spi.ExecutionControl;

/**
 * The agent's end of the execution protocol with the submission's clock around every call, so
 * that its top-level statements and its tests share one time limit, while compiling (done here in
 * between) and loading classes (which runs none of the submission's code) are not charged to it.
 */
final class ClockedControl implements ExecutionControl {
    private final ExecutionControl agent;
    private final AgentClock clock;

    ClockedControl(ExecutionControl agent, AgentClock clock) {
        this.agent = agent;
        this.clock = clock;
    }

    @Override
    public void load(ClassBytecodes[] classes) throws ClassInstallException, NotImplementedException,
            EngineTerminationException {
        clock.resumeUncharged();
        try {
            agent.load(classes);
        } finally {
            clock.pause();
        }
    }

    @Override
    public void redefine(ClassBytecodes[] classes) throws ClassInstallException, NotImplementedException,
            EngineTerminationException {
        clock.resumeUncharged();
        try {
            agent.redefine(classes);
        } finally {
            clock.pause();
        }
    }

    @Override
    public String invoke(String className, String methodName) throws RunException, EngineTerminationException,
            InternalException {
        clock.resume();
        try {
            return agent.invoke(className, methodName);
        } finally {
            clock.pause();
        }
    }

    @Override
    public String varValue(String className, String varName) throws RunException, EngineTerminationException,
            InternalException {
        clock.resume();
        try {
            return agent.varValue(className, varName);
        } finally {
            clock.pause();
        }
    }

    @Override
    public void addToClasspath(String path) throws EngineTerminationException, InternalException {
        agent.addToClasspath(path);
    }

    @Override
    public void stop() throws EngineTerminationException, InternalException {
        agent.stop();
    }

    @Override
    public Object extensionCommand(String command, Object arg) throws RunException, EngineTerminationException,
            InternalException {
        clock.resume();
        try {
            return agent.extensionCommand(command, arg);
        } finally {
            clock.pause();
        }
    }

    @Override
    public void close() {
        agent.close();
    }
}
