/** The rating scale: cumulative levels described by scope and autonomy (DESIGN.md). */
export const LEVELS = [
  { level: 0, name: 'Not yet', meaning: 'Never done it, or not applicable' },
  { level: 1, name: 'Aware', meaning: "Can explain it; has read others' work" },
  { level: 2, name: 'Working', meaning: 'Has done it with guidance or a template' },
  { level: 3, name: 'Practitioner', meaning: 'Has done it end to end, independently' },
  { level: 4, name: 'Advanced', meaning: 'Handles non-standard cases, reviews others' },
  { level: 5, name: 'Expert', meaning: 'Sets the standard or builds the platform others use' },
] as const;
