package com.tangentlab.figure;

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
                // sections 11–21
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
