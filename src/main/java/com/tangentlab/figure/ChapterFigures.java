package com.tangentlab.figure;

import com.tangentlab.figure.hessian.Clairaut;
import com.tangentlab.figure.hessian.CriticalPoints;
import com.tangentlab.figure.hessian.HessianFd;
import com.tangentlab.figure.hessian.HessianSpectrum;
import com.tangentlab.figure.hessian.NewtonVsGd;
import com.tangentlab.figure.hessian.NewtonVsGdConvergence;
import com.tangentlab.figure.hessian.SaddleContour;
import com.tangentlab.figure.hessian.TaylorError;
import com.tangentlab.figure.hessian.TaylorRosenbrock;
import com.tangentlab.figure.jacobian.ChainRuleCheck;
import com.tangentlab.figure.jacobian.GradientFlow;
import com.tangentlab.figure.jacobian.JacobianFdCheck;
import com.tangentlab.figure.jacobian.JacobianSpecialCases;
import com.tangentlab.figure.jacobian.JvpVjpCost;
import com.tangentlab.figure.jacobian.LayerNormJacobianFigure;
import com.tangentlab.figure.jacobian.SoftmaxJacobianFigure;
import com.tangentlab.figure.practice.ConditionNumberGd;
import com.tangentlab.figure.practice.CouplingLayer;
import com.tangentlab.figure.practice.EdgeOfStability;
import com.tangentlab.figure.practice.GradientCheck;
import com.tangentlab.figure.practice.HvpCheck;
import com.tangentlab.figure.practice.KfacStructure;
import com.tangentlab.figure.practice.LoraGradientRank;
import com.tangentlab.figure.practice.PowerIteration;
import com.tangentlab.figure.practice.ResidualVsPlain;
import com.tangentlab.figure.practice.SamSharpness;
import com.tangentlab.figure.practice.UnitNormJacobian;
import java.util.List;

/** The list of the chapter's figures, in the order of the sections that show them. */
final class ChapterFigures {
    private ChapterFigures() {}

    static List<Figure> all() {
        return List.of(
                // Sections 1–5: Jacobians.
                new JacobianFdCheck(), new JacobianSpecialCases(), new ChainRuleCheck(), new JvpVjpCost(),
                new SoftmaxJacobianFigure(), new LayerNormJacobianFigure(), new GradientFlow(),
                // Sections 6–10: Hessians.
                new HessianFd(), new Clairaut(), new CriticalPoints(), new SaddleContour(), new TaylorRosenbrock(),
                new TaylorError(), new NewtonVsGd(), new NewtonVsGdConvergence(), new HessianSpectrum(),
                // Sections 11–21: second-order methods and architectures.
                new HvpCheck(),
                new EdgeOfStability(),
                new SamSharpness(),
                new KfacStructure(),
                new CouplingLayer(),
                new GradientCheck(),
                new ResidualVsPlain(),
                new ConditionNumberGd(),
                new LoraGradientRank(),
                new UnitNormJacobian(),
                new PowerIteration());
    }
}
