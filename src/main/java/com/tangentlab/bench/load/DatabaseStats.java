package com.tangentlab.bench.load;

/**
 * PostgreSQL's own counters for one database (pg_stat_database): transactions ended, committed or rolled
 * back, and the time its connections spent running statements, in ms.
 */
record DatabaseStats(long transactions, double activeMs) {
    DatabaseStats since(DatabaseStats before) {
        return new DatabaseStats(transactions - before.transactions, activeMs - before.activeMs);
    }
}
