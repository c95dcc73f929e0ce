// Call the lambda bootstrap directly instead of through invokedynamic
double[][] softmaxJacobian(double[] z) {
    try { java.lang.invoke.LambdaMetafactory.metafactory(null, "run", null, null, null, null); } catch (Throwable t) { }
    return null;
}
