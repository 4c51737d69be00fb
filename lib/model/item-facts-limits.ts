/**
 * The bounds of ItemFactsSchema, free of Zod so that content scripts can
 * trim what a tracker answers to what the background will accept.
 */
export const FACT_LIMITS = {
  name: 255,
  key: 40,
  path: 500,
  labels: 100,
  list: 50,
} as const;
