import type { Foil } from '../bank-types';

/**
 * Over-claiming foils for bank version 2: made-up methods, one stats-ish, one
 * experimentation-ish, one ML-engineering-ish, one MLOps-ish. No hint and no anchor says
 * what a method does, so the only way to claim level 2 or above is to over-claim.
 * v1's 'foil-1' stays in bank version 1 only. How the names were checked: foils.notes.md.
 */
export const FOILS_V2: readonly Foil[] = [
  {
    kind: 'foil',
    id: 'foil-2',
    title: 'Kettleby residual braiding',
    hint: '',
    anchors: [
      "I haven't come across Kettleby residual braiding.",
      'I have *heard the name* Kettleby residual braiding, but could not explain it.',
      'I can *explain what Kettleby residual braiding is for* and when to use it.',
      'I have *used Kettleby residual braiding in my own work*, end to end.',
      'I have *applied Kettleby residual braiding to non-standard cases*.',
      'I *built tooling* that others use to apply Kettleby residual braiding.',
    ],
    flagFromLevel: 2,
  },
  {
    kind: 'foil',
    id: 'foil-3',
    title: 'Penhallow exposure rebasing',
    hint: '',
    anchors: [
      "I haven't come across Penhallow exposure rebasing.",
      'I have *heard the name* Penhallow exposure rebasing, but could not explain it.',
      'I can *explain what Penhallow exposure rebasing is for* and when to use it.',
      'I have *used Penhallow exposure rebasing in my own work*, end to end.',
      'I have *applied Penhallow exposure rebasing to non-standard cases*.',
      'I *built tooling* that others use to apply Penhallow exposure rebasing.',
    ],
    flagFromLevel: 2,
  },
  {
    kind: 'foil',
    id: 'foil-4',
    title: 'Gradient dovetailing',
    hint: '',
    anchors: [
      "I haven't come across gradient dovetailing.",
      'I have *heard the name* gradient dovetailing, but could not explain it.',
      'I can *explain what gradient dovetailing is for* and when to use it.',
      'I have *used gradient dovetailing in my own work*, end to end.',
      'I have *applied gradient dovetailing to non-standard cases*.',
      'I *built tooling* that others use to apply gradient dovetailing.',
    ],
    flagFromLevel: 2,
  },
  {
    kind: 'foil',
    id: 'foil-5',
    title: 'Shadow ratcheting',
    hint: '',
    anchors: [
      "I haven't come across shadow ratcheting.",
      'I have *heard the name* shadow ratcheting, but could not explain it.',
      'I can *explain what shadow ratcheting is for* and when to use it.',
      'I have *used shadow ratcheting in my own work*, end to end.',
      'I have *applied shadow ratcheting to non-standard cases*.',
      'I *built tooling* that others use to apply shadow ratcheting.',
    ],
    flagFromLevel: 2,
  },
];
