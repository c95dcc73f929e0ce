package com.tangentlab.course;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.tangentlab.exercise.ExerciseCatalog;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The theory pages load in reading order, and a page that cannot be used stops the start with its fault named. */
class ChapterLoaderTest {
    private static final Path EXERCISES = Path.of("exercises");

    @TempDir
    Path folder;

    @Test
    void theChapterHasItsTwentyOneSectionsInReadingOrder() {
        Chapter chapter = Chapter.load(EXERCISES.resolve(ExerciseCatalog.THEORY_FOLDER));

        List<String> numbers = chapter.sections().stream().map(TheorySection::number).toList();
        assertEquals(IntStream.rangeClosed(1, 21).mapToObj(String::valueOf).toList(), numbers);
        assertEquals("The softmax Jacobian", chapter.find("3").orElseThrow().title());
        chapter.sections().forEach(s -> assertTrue(s.markdown().contains("$"), "no maths in section " + s.number()));
    }

    @Test
    void everyExerciseOfTheCatalogHasItsTheoryPage() {
        ExerciseCatalog catalog = ExerciseCatalog.load(EXERCISES, Path.of("reference/samples"));
        Chapter chapter = Chapter.load(EXERCISES.resolve(ExerciseCatalog.THEORY_FOLDER));

        Course course = new Course(catalog, chapter, null, null, null);

        assertTrue(course.find("softmax-jacobian").isPresent());
    }

    @Test
    void thePagesNameTheirFiguresNumbersAsTheFiguresHaveThem() {
        Chapter chapter = Chapter.load(EXERCISES.resolve(ExerciseCatalog.THEORY_FOLDER));

        String spectrum = chapter.find("10").orElseThrow().markdown();
        assertTrue(spectrum.contains("$15$ ReLU hidden units"), spectrum);
        chapter.sections().forEach(s -> assertFalse(s.markdown().contains("{{"), "section " + s.number()
                + " reaches readers with a mention unfilled"));
    }

    /** A copy of a real page whose text names a figure's setting with a number the figure does not have. */
    @ParameterizedTest(name = "{0}: {2}")
    @CsvSource(delimiter = '|', value = {
        "10-hessian-spectrum.md            | hessian-spectrum.hidden = 15   | hessian-spectrum.hidden = 20",
        "18-condition-number-and-gd-rate.md | condition-number-gd.kappas = 1, 10, 100, 1000 | condition-number-gd.kappas = 1, 5, 25, 100",
        "17-residual-connections.md        | residual-vs-plain.residualNorm = 19 | residual-vs-plain.residualNorm = 1",
    })
    void aPageNamingAFigureParameterTheFigureDoesNotHaveIsRefusedAndNamed(String page, String right, String wrong)
            throws IOException {
        String text = Files.readString(EXERCISES.resolve(ExerciseCatalog.THEORY_FOLDER).resolve(page));
        assertTrue(text.contains(right), page + " no longer says " + right);
        Path file = page(page, text.replace(right, wrong));

        InvalidChapterException refused = assertThrows(InvalidChapterException.class, () -> Chapter.load(folder));

        assertTrue(refused.getMessage().contains(file.toString()), refused.getMessage());
        assertTrue(refused.getMessage().contains("says " + wrong + ", but the figure has"), refused.getMessage());
    }

    @Test
    void theFrontMatterIsCutFromTheText() throws IOException {
        page("02-second.md", "---\nnumber: \"2\"\ntitle: Second\n---\nThe text $x$.\n");
        page("10-tenth.md", "---\nnumber: \"10\"\ntitle: Tenth\n---\n\nMore text.\n");

        Chapter chapter = Chapter.load(folder);

        assertEquals(List.of("2", "10"), chapter.sections().stream().map(TheorySection::number).toList());
        assertEquals("The text $x$.\n", chapter.find("2").orElseThrow().markdown());
    }

    @ParameterizedTest(name = "{2}")
    @CsvSource(delimiter = '|', value = {
        "05-five.md | Some text without a front matter.                     | has no front matter",
        "05-five.md | ---\\ntitle: Five\\n---\\nText.                          | number must be a section number",
        "05-five.md | ---\\nnumber: \"five\"\\ntitle: Five\\n---\\nText.        | number must be a section number",
        "05-five.md | ---\\nnumber: \"5\"\\n---\\nText.                         | has no title",
        "05-five.md | ---\\nnumber: \"5\"\\ntitle: Five\\nlevel: 2\\n---\\nText. | level",
        "05-five.md | ---\\nnumber: \"6\"\\ntitle: Five\\n---\\nText.           | differs from the file name",
        "05-five.md | ---\\nnumber: \"5\"\\ntitle: Five\\n---\\n                 | has no text",
        "5-five.md  | ---\\nnumber: \"5\"\\ntitle: Five\\n---\\nText.           | the file name must be NN-slug.md",
    })
    void aBrokenPageIsRefusedWithItsFault(String name, String text, String fault) throws IOException {
        Path file = page(name, text.replace("\\n", "\n"));

        InvalidChapterException refused = assertThrows(InvalidChapterException.class, () -> Chapter.load(folder));

        assertTrue(refused.getMessage().contains(file.toString()), refused.getMessage());
        assertTrue(refused.getMessage().contains(fault), refused.getMessage());
    }

    @Test
    void twoPagesWithOneNumberAreRefused() throws IOException {
        page("05-five.md", "---\nnumber: \"5\"\ntitle: Five\n---\nText.\n");
        page("05-another-five.md", "---\nnumber: \"5\"\ntitle: Another five\n---\nText.\n");

        InvalidChapterException refused = assertThrows(InvalidChapterException.class, () -> Chapter.load(folder));

        assertTrue(refused.getMessage().contains("section 5 is already"), refused.getMessage());
    }

    @Test
    void aMissingTheoryFolderIsRefused() {
        InvalidChapterException refused = assertThrows(InvalidChapterException.class,
                () -> Chapter.load(folder.resolve("nowhere")));

        assertTrue(refused.getMessage().contains("does not exist"), refused.getMessage());
    }

    @Test
    void anExerciseWhoseSectionHasNoTheoryPageStopsTheCourse() throws IOException {
        page("01-one.md", "---\nnumber: \"1\"\ntitle: One\n---\nText.\n");
        ExerciseCatalog catalog = ExerciseCatalog.load(EXERCISES, Path.of("reference/samples"));

        InvalidChapterException refused = assertThrows(InvalidChapterException.class,
                () -> new Course(catalog, Chapter.load(folder), null, null, null));

        assertTrue(refused.getMessage().contains("softmax-jacobian (section \"3\")"), refused.getMessage());
    }

    private Path page(String name, String text) throws IOException {
        return Files.writeString(folder.resolve(name), text);
    }
}
