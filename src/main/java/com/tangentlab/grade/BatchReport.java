package com.tangentlab.grade;

import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * What a batch run did.
 *
 * @param rows    one per file of the folder, sorted by student then exercise
 * @param resumed submissions an earlier, interrupted run had stored but not graded
 */
public record BatchReport(List<BatchRow> rows, List<BatchRow> resumed) {

    /** How many rows, this run's and resumed ones, ended with each status. */
    public Map<String, Integer> countsByStatus() {
        Map<String, Integer> counts = new TreeMap<>();
        for (List<BatchRow> list : List.of(rows, resumed)) {
            for (BatchRow row : list) counts.merge(row.status(), 1, Integer::sum);
        }
        return counts;
    }

    public long count(NotGraded why) {
        return countsByStatus().getOrDefault(why.label(), 0);
    }
}
