package io.github.rapolicy.examples.ledger;

import java.util.List;

/**
 * One data row of the ledger as read: its cells, in file order, and the line of the file it starts
 * on (a quoted cell may span lines).
 */
record LedgerRow(long fileLine, List<String> cells) {}
