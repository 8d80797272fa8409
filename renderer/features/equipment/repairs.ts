/** The repair log, its expense and parts from stock; cost of ownership (issue 12; being written: helper H4). */
export {};
