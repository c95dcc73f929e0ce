// A refused type named only as a type argument
class Queue {
    List<java.util.concurrent.Callable<Integer>> tasks = new ArrayList<>();
}
double[][] softmaxJacobian(double[] z) {
    return null;
}
