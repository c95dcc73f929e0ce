package com.tangentlab.figure.practice;

import org.ejml.simple.SimpleMatrix;

/** f(x) = ½ xᵀ H x for a symmetric H: its gradient is H x and its Hessian H at every point. */
record Quadratic(SimpleMatrix hessian) {

    static Quadratic diagonal(double... curvatures) {
        return new Quadratic(SimpleMatrix.diag(curvatures));
    }

    double value(double[] x) {
        return 0.5 * Linear.dot(x, Linear.times(hessian, x));
    }

    double[] times(double[] v) {
        return Linear.times(hessian, v);
    }

    double largestEigenvalue() {
        return Linear.largestEigenvalue(hessian);
    }
}
