// Public surface of the trust calculators, for the routes, store and workers built on them.
export * from './badges.ts';
export * from './client-trust.ts';
export * from './config.ts';
export * from './freelancer-trust.ts';
export * from './hold-length.ts';
export * from './interview-policy.ts';
export * from './invitations.ts';
export * from './job-success-score.ts';
export * from './ranking.ts';
export type * from './types.ts';
