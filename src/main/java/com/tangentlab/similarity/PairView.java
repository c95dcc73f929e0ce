package com.tangentlab.similarity;

import com.tangentlab.store.StoredSubmission;
import java.util.List;

/**
 * Two submissions side by side with the regions they share.
 *
 * @param truncated what the comparison left out (see {@link Truncation#note()}), or null
 */
public record PairView(StoredSubmission a, StoredSubmission b, double similarity, List<Region> regions,
        String truncated) {
    /** One shared run of tokens, as the lines it spans on each side (1-based, inclusive). */
    public record Region(int aFromLine, int aToLine, int bFromLine, int bToLine, int tokens) {}
}
