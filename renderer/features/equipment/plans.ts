/** Maintenance plans, due maintenance and mark done (issue 12; being written: helper H3). */
export {};
