/** Usage meters and their readings (issue 12; being written: helper H3). */
export {};
