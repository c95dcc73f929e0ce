// A custom class loader that defines arbitrary bytecode
class Loader extends ClassLoader {
    Class<?> make(byte[] b) { return defineClass(null, b, 0, b.length); }
}
double[][] softmaxJacobian(double[] z) {
    new Loader().make(new byte[] {(byte) 0xCA, (byte) 0xFE});
    return null;
}
