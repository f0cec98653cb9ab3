/**
 * Where the demo portfolio works: real partner countries and regional organisations, weighted as
 * the ten-year review describes (West Africa: 14 of 16 states and ECOWAS), with the city where
 * activities are held.
 */
export const BENEFICIARY_CITIES: Readonly<Record<string, string>> = {
  // West Africa and ECOWAS
  SN: 'Dakar', CI: 'Abidjan', GH: 'Accra', NG: 'Abuja', BF: 'Ouagadougou', ML: 'Bamako', NE: 'Niamey',
  GN: 'Conakry', GM: 'Banjul', CV: 'Praia', TG: 'Lomé', BJ: 'Cotonou', LR: 'Monrovia', SL: 'Freetown', ECOWAS: 'Abuja',
  // East, Central and Southern Africa
  KE: 'Nairobi', ET: 'Addis Ababa', UG: 'Kampala', TZ: 'Dodoma', ZA: 'Pretoria', ZM: 'Lusaka', MW: 'Lilongwe',
  MZ: 'Maputo', CM: 'Yaoundé', CD: 'Kinshasa', RW: 'Kigali', AUC: 'Addis Ababa', IGAD: 'Djibouti', SADC: 'Gaborone', EAC: 'Arusha',
  // Asia, Central Asia, Middle East and the Pacific
  PH: 'Manila', VN: 'Hanoi', KH: 'Phnom Penh', LA: 'Vientiane', TH: 'Bangkok', ID: 'Jakarta', BD: 'Dhaka',
  LK: 'Colombo', NP: 'Kathmandu', PK: 'Islamabad', MN: 'Ulaanbaatar', KG: 'Bishkek', TJ: 'Dushanbe',
  UZ: 'Tashkent', KZ: 'Astana', IQ: 'Baghdad', FJ: 'Suva', PG: 'Port Moresby', ASEAN: 'Jakarta',
  // Eastern Neighbourhood
  AM: 'Yerevan', AZ: 'Baku', GE: 'Tbilisi', MD: 'Chișinău', UA: 'Kyiv', BY: 'Minsk',
  // Southern Neighbourhood
  MA: 'Rabat', TN: 'Tunis', JO: 'Amman', LB: 'Beirut', EG: 'Cairo', DZ: 'Algiers',
  // Latin America and the Caribbean
  MX: 'Mexico City', CR: 'San José', GT: 'Guatemala City', HN: 'Tegucigalpa', SV: 'San Salvador', CO: 'Bogotá',
  EC: 'Quito', PE: 'Lima', BO: 'La Paz', PY: 'Asunción', AR: 'Buenos Aires', BR: 'Brasília', DO: 'Santo Domingo',
  JM: 'Kingston', TT: 'Port of Spain', HT: 'Port-au-Prince', SICA: 'San Salvador', CARICOM: 'Georgetown',
  // Overseas countries and territories
  CW: 'Willemstad', NC: 'Nouméa',
};

/** The order beneficiaries are drawn in: West Africa first and most often, as in the portfolio. */
export const BENEFICIARIES: readonly string[] = Object.keys(BENEFICIARY_CITIES);

/** Where a regional organisation's activities are held when not at its seat. */
export const SEAT_COUNTRY: Readonly<Record<string, string>> = {
  ECOWAS: 'NG', AUC: 'ET', IGAD: 'DJ', SADC: 'BW', EAC: 'TZ', ASEAN: 'ID', SICA: 'SV', CARICOM: 'GY',
};

export const FIRST_NAMES = [
  'Anna', 'Marco', 'Sofia', 'Jan', 'Elena', 'Pieter', 'Marta', 'Luis', 'Ingrid', 'Tomás', 'Aïcha', 'Kwame',
  'Fatou', 'Jorge', 'Mariam', 'Olga', 'Nikos', 'Claire', 'Henrik', 'Lucía', 'Amadou', 'Ewa', 'Dario', 'Leila',
  'Jonas', 'Katarzyna', 'Mehdi', 'Ana', 'Oskar', 'Nadia', 'Paulo', 'Eva', 'Samuel', 'Irena', 'Chidi', 'Lena',
];

export const LAST_NAMES = [
  'Novak', 'Rossi', 'García', 'Dubois', 'Jansen', 'Kowalski', 'Papadopoulos', 'Silva', 'Lindqvist', 'Horvat',
  'Diallo', 'Mensah', 'Okafor', 'Haddad', 'Petrov', 'Moreau', 'Schmidt', 'Fernández', 'Virtanen', 'Murphy',
  'Nagy', 'Popescu', 'Ionescu', 'Berg', 'Costa', 'Traoré', 'Kamau', 'Santos', 'Kovač', 'Ndiaye',
];
