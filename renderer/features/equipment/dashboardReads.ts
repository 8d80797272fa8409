/** The Dashboard's equipment cards (issue 12; being written: helper H5). */
export {};
