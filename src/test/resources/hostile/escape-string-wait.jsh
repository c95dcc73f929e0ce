// Object.wait reached through a subclass, so the call names java.lang.String as its owner
double[][] softmaxJacobian(double[] z) {
    String lock = "lock";
    try { synchronized (lock) { lock.wait(10); } } catch (InterruptedException e) { }
    return null;
}
