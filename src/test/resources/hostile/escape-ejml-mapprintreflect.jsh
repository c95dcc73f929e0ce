// EJML's map printer reads any object's private fields: here a lambda's captured value
double[][] softmaxJacobian(double[] z) {
    double secret = z[0];
    Runnable r = () -> System.out.println(secret);
    System.out.println(org.ejml.MapPrintReflect.formatMap(r));
    return null;
}
