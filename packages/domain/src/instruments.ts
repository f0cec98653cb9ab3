import type { IsoDate } from './dates';
import type { Labels } from './labels';

/**
 * The EU cooperation instruments that make a country eligible, with the dates they applied.
 * Before the ENI (2014) the neighbourhood was covered by its predecessor, the ENPI (2007-2013):
 * kept as its own instrument so that 2009-2013 requests from the neighbourhood stay eligible.
 * NDICI-Global Europe merged DCI, EDF and ENI from 2021; the Overseas Association Decision
 * (2001, renewed 2013 and 2021) keeps covering the overseas countries and territories.
 */
export const INSTRUMENTS = [
  {
    code: 'DCI',
    name: { EN: 'Development Cooperation Instrument', FR: 'Instrument de financement de la coopération au développement' },
    validFrom: '2007-01-01',
    validTo: '2020-12-31',
  },
  { code: 'EDF', name: { EN: 'European Development Fund', FR: 'Fonds européen de développement' }, validFrom: '2000-06-23', validTo: '2020-12-31' },
  {
    code: 'ENPI',
    name: { EN: 'European Neighbourhood and Partnership Instrument', FR: 'Instrument européen de voisinage et de partenariat' },
    validFrom: '2007-01-01',
    validTo: '2013-12-31',
  },
  { code: 'ENI', name: { EN: 'European Neighbourhood Instrument', FR: 'Instrument européen de voisinage' }, validFrom: '2014-01-01', validTo: '2020-12-31' },
  { code: 'OAD', name: { EN: 'Overseas Association Decision', FR: "Décision d'association outre-mer" }, validFrom: '2001-12-02', validTo: null },
  { code: 'NDICI', name: { EN: 'NDICI-Global Europe', FR: 'IVCDCI-Europe dans le monde' }, validFrom: '2021-01-01', validTo: null },
] as const satisfies readonly { code: string; name: Labels; validFrom: IsoDate; validTo: IsoDate | null }[];

export type InstrumentCode = (typeof INSTRUMENTS)[number]['code'];

/** Whether an instrument applied on a date. */
export function instrumentValidOn(code: InstrumentCode, date: IsoDate): boolean {
  const instrument = INSTRUMENTS.find((i) => i.code === code)!;
  return instrument.validFrom <= date && (instrument.validTo === null || date <= instrument.validTo);
}
