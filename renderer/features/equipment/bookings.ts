/** Bookings of bookable items with the clash check (issue 12; being written: helper H2). */
export {};
