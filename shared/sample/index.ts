/** The deterministic sample office (see generate.ts). */
export { generateSampleOffice, SAMPLE_TABLES, sampleEmployeeName, type SampleOffice } from './generate';
export { createRandom, type Random } from './random';
