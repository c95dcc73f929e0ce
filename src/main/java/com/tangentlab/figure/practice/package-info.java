/**
 * The live figures of the theory's sections 11–21, Jacobians and Hessians in practice:
 * Hessian-vector products, step-size bounds, sharpness, K-FAC, coupling layers, gradient
 * checking, residual blocks, conditioning, LoRA, unit normalisation and power iteration.
 */
package com.tangentlab.figure.practice;
