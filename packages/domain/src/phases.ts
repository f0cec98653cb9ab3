import type { IsoDate } from './dates';

/**
 * The phases of the facility. MIEUX+ ends with the programme in March 2024 (ICMPD's closing news),
 * not April 2023 as the 2021 factsheet planned: the later date is what the programme did.
 */
export const PHASES = [
  { code: 'MIEUX_I', name: 'MIEUX I', from: '2009-01-01', to: '2011-12-31' },
  { code: 'MIEUX_II', name: 'MIEUX II', from: '2012-01-01', to: '2015-12-31' },
  { code: 'MIEUX_III', name: 'MIEUX III', from: '2016-01-01', to: '2020-03-31' },
  { code: 'MIEUX_PLUS', name: 'MIEUX+', from: '2020-04-01', to: '2024-03-31' },
] as const;
export type PhaseCode = (typeof PHASES)[number]['code'];

/** The phase a date falls in, or null outside the programme. */
export function phaseOn(date: IsoDate): PhaseCode | null {
  return PHASES.find((p) => p.from <= date && date <= p.to)?.code ?? null;
}

export function findPhase(code: string): (typeof PHASES)[number] | undefined {
  return PHASES.find((p) => p.code === code);
}
