package com.tangentlab.similarity;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.tangentlab.similarity.LineDiff.Line;
import com.tangentlab.similarity.LineDiff.Op;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** Line diffs keep every line once, numbered on the side it belongs to. */
class LineDiffTest {
    static Stream<Arguments> diffs() {
        return Stream.of(
                Arguments.of("identical texts", "a\nb\n", "a\nb\n",
                        List.of(same(1, 1, "a"), same(2, 2, "b"))),
                Arguments.of("a changed middle line", "a\nb\nc\n", "a\nB\nc\n",
                        List.of(same(1, 1, "a"), removed(2, "b"), added(2, "B"), same(3, 3, "c"))),
                Arguments.of("a line added at the end", "a\n", "a\nb\n", List.of(same(1, 1, "a"), added(2, "b"))),
                Arguments.of("a line removed at the start", "x\na\nb", "a\nb",
                        List.of(removed(1, "x"), same(2, 1, "a"), same(3, 2, "b"))),
                Arguments.of("a missing final newline is no difference", "a\nb", "a\nb\n",
                        List.of(same(1, 1, "a"), same(2, 2, "b"))),
                Arguments.of("from nothing", "", "a\nb\n", List.of(added(1, "a"), added(2, "b"))),
                Arguments.of("to nothing", "a\n", "", List.of(removed(1, "a"))),
                Arguments.of("Windows line ends", "a\r\nb\r\n", "a\nc\n",
                        List.of(same(1, 1, "a"), removed(2, "b"), added(2, "c"))),
                Arguments.of("two separate changes", "1\n2\n3\n4\n5\n", "1\n2x\n3\n4\n5\n6\n",
                        List.of(same(1, 1, "1"), removed(2, "2"), added(2, "2x"), same(3, 3, "3"), same(4, 4, "4"),
                                same(5, 5, "5"), added(6, "6"))));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("diffs")
    void theDiffListsEveryLineInOrder(String name, String before, String after, List<Line> expected) {
        assertEquals(expected, LineDiff.of(before, after));
    }

    private static Line same(int oldLine, int newLine, String text) {
        return new Line(Op.SAME, oldLine, newLine, text);
    }

    private static Line removed(int oldLine, String text) {
        return new Line(Op.REMOVED, oldLine, null, text);
    }

    private static Line added(int newLine, String text) {
        return new Line(Op.ADDED, null, newLine, text);
    }
}
