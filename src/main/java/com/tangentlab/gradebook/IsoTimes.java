package com.tangentlab.gradebook;

import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;

/** Times as the dashboard sends them: ISO-8601 in UTC, seconds always written. */
public final class IsoTimes {
    private IsoTimes() {}

    /** Null for null. */
    public static String format(OffsetDateTime time) {
        return time == null ? null
                : DateTimeFormatter.ISO_OFFSET_DATE_TIME.format(time.withOffsetSameInstant(ZoneOffset.UTC));
    }
}
