package com.tangentlab.sandbox;

import com.tangentlab.agent.AgentMain;
import com.tangentlab.agent.Crossing;
import jdk.jshell.spi.ExecutionControl;

/**
 * The trusted end of an agent's execution protocol, metered. Every reply but the encoded
 * results (which have bounds of their own: the results decoder and the JEP 290 filter) may
 * be at most the output cap plus {@link #PLAIN_REPLY_BYTES}; a reply that ends in an
 * exception is charged to the submission's output, so a flood of exceptions ends at the
 * output limit as a flood of printing does; and what arrives is cut to the caps of
 * {@link Crossing} before JShell sees it.
 */
final class MeteredControl implements ExecutionControl {
    /** Room for a reply without an exception: a status and a value string cut to Crossing's cap. */
    static final long PLAIN_REPLY_BYTES = 4096;

    private final ExecutionControl remote;
    private final ReplyMeter meter;
    private final CappedOutput output;
    private final long maxReplyBytes;

    MeteredControl(ExecutionControl remote, ReplyMeter meter, CappedOutput output) {
        this.remote = remote;
        this.meter = meter;
        this.output = output;
        this.maxReplyBytes = output.capBytes() + PLAIN_REPLY_BYTES;
    }

    @Override
    public void load(ClassBytecodes[] classes) throws ClassInstallException, NotImplementedException,
            EngineTerminationException {
        long start = meter.begin(maxReplyBytes);
        try {
            remote.load(classes);
        } catch (ClassInstallException | NotImplementedException e) {
            charge(start);
            throw e;
        } catch (EngineTerminationException e) {
            throw broken(start, e);
        } finally {
            meter.end();
        }
    }

    @Override
    public void redefine(ClassBytecodes[] classes) throws ClassInstallException, NotImplementedException,
            EngineTerminationException {
        long start = meter.begin(maxReplyBytes);
        try {
            remote.redefine(classes);
        } catch (ClassInstallException | NotImplementedException e) {
            charge(start);
            throw e;
        } catch (EngineTerminationException e) {
            throw broken(start, e);
        } finally {
            meter.end();
        }
    }

    @Override
    public String invoke(String className, String methodName) throws RunException, EngineTerminationException,
            InternalException {
        long start = meter.begin(maxReplyBytes);
        try {
            return Crossing.text(remote.invoke(className, methodName), Crossing.MAX_VALUE_CHARS);
        } catch (UserException e) {
            charge(start);
            throw Crossing.chain(e);
        } catch (RunException | InternalException e) {
            charge(start);
            throw e;
        } catch (EngineTerminationException e) {
            throw broken(start, e);
        } finally {
            meter.end();
        }
    }

    @Override
    public String varValue(String className, String varName) throws RunException, EngineTerminationException,
            InternalException {
        long start = meter.begin(maxReplyBytes);
        try {
            return Crossing.text(remote.varValue(className, varName), Crossing.MAX_VALUE_CHARS);
        } catch (UserException e) {
            charge(start);
            throw Crossing.chain(e);
        } catch (RunException | InternalException e) {
            charge(start);
            throw e;
        } catch (EngineTerminationException e) {
            throw broken(start, e);
        } finally {
            meter.end();
        }
    }

    @Override
    public Object extensionCommand(String command, Object arg) throws RunException, EngineTerminationException,
            InternalException {
        if (AgentMain.FETCH_OUTCOMES.equals(command)) return remote.extensionCommand(command, arg);
        long start = meter.begin(maxReplyBytes);
        try {
            return remote.extensionCommand(command, arg);
        } catch (RunException | InternalException e) {
            charge(start);
            throw e;
        } catch (EngineTerminationException e) {
            throw broken(start, e);
        } finally {
            meter.end();
        }
    }

    @Override
    public void addToClasspath(String path) throws EngineTerminationException, InternalException {
        remote.addToClasspath(path);
    }

    @Override
    public void stop() throws EngineTerminationException, InternalException {
        remote.stop();
    }

    @Override
    public void close() {
        remote.close();
    }

    /** Counts the reply begun at {@code start} as output. */
    private void charge(long start) {
        output.charge(meter.count() - start);
    }

    /** A reply that broke off: one cut at its ceiling is charged, and so ends at the output limit. */
    private EngineTerminationException broken(long start, EngineTerminationException e) {
        if (meter.overflowed()) charge(start);
        return e;
    }
}
