// The review measures (src/cases/measures.ts) as the dashboard reads them.
export type { MetricsSummary } from '../../../src/cases/measures.ts';
