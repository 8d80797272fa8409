/** Check-out and check-in through the hand-over ledger; what a person holds; overdue returns (issue 12; being written: helper H2). */
export {};
