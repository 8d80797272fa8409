/** Supplies linked to the equipment that uses them (issue 12; being written: helper H4). */
export {};
