import type { Labels } from './labels';

/** The five thematic areas (brochure 000 in English, 002 in French) and their sub-topics. */
const AREAS = [
  {
    code: 'LEGAL_MIGRATION_AND_MOBILITY',
    label: { EN: 'Legal migration and mobility', FR: 'Migration légale et mobilité' },
    subTopics: [
      { code: 'LABOUR_MIGRATION', label: { EN: 'Labour migration', FR: 'Migration des travailleurs' } },
      { code: 'INTEGRATION', label: { EN: 'Integration', FR: 'Intégration' } },
      { code: 'FREE_MOVEMENT', label: { EN: 'Free movement', FR: 'Liberté de circulation' } },
    ],
  },
  {
    code: 'MIGRATION_AND_DEVELOPMENT',
    label: { EN: 'Migration and development', FR: 'Migration et développement' },
    subTopics: [
      { code: 'DEVELOPMENT_PLANNING', label: { EN: 'Development planning', FR: 'Planification du développement' } },
      { code: 'DIASPORA_ENGAGEMENT', label: { EN: 'Diaspora engagement', FR: 'Implication de la diaspora' } },
      { code: 'REMITTANCES', label: { EN: 'Remittances', FR: "Envois d'argent" } },
      { code: 'BRAIN_DRAIN_GAIN', label: { EN: 'Brain drain/gain', FR: 'Fuite/afflux des cerveaux' } },
    ],
  },
  {
    code: 'IRREGULAR_MIGRATION_AND_TRAFFICKING',
    label: { EN: 'Irregular migration and trafficking in human beings', FR: 'Migration irrégulière et traite des personnes' },
    subTopics: [
      { code: 'BORDER_AND_VISA_MANAGEMENT', label: { EN: 'Border and visa management', FR: 'Gestion des frontières et des visas' } },
      { code: 'SMUGGLING', label: { EN: 'Smuggling of migrants', FR: 'Trafic de migrants' } },
      { code: 'TRAFFICKING_IN_HUMAN_BEINGS', label: { EN: 'Trafficking in human beings', FR: 'Traite des personnes' } },
    ],
  },
  {
    code: 'INTERNATIONAL_PROTECTION_AND_ASYLUM',
    label: { EN: 'International protection and asylum policy', FR: "Protection internationale et politique d'asile" },
    subTopics: [
      { code: 'INTEGRATION_OF_REFUGEES', label: { EN: 'Integration of refugees', FR: 'Intégration des réfugiés' } },
      { code: 'DISPLACEMENT', label: { EN: 'Displacement', FR: 'Déplacement' } },
    ],
  },
  {
    code: 'HORIZONTAL_INTERVENTIONS',
    label: { EN: 'Horizontal interventions', FR: 'Interventions horizontales' },
    subTopics: [
      { code: 'MIGRATION_AND_HEALTH', label: { EN: 'Migration and health', FR: 'Migration et santé' } },
      { code: 'MIGRATION_AND_CLIMATE_CHANGE', label: { EN: 'Migration and climate change', FR: 'Migration et changement climatique' } },
      { code: 'DATA', label: { EN: 'Data', FR: 'Données' } },
      { code: 'GENDER', label: { EN: 'Gender', FR: 'Genre' } },
      { code: 'COMMUNICATION', label: { EN: 'Communication', FR: 'Communication' } },
      { code: 'POLICY_DEVELOPMENT', label: { EN: 'Policy development', FR: 'Élaboration des politiques' } },
    ],
  },
] as const satisfies readonly { code: string; label: Labels; subTopics: readonly { code: string; label: Labels }[] }[];

export type ThematicAreaCode = (typeof AREAS)[number]['code'];
export type SubTopicCode = (typeof AREAS)[number]['subTopics'][number]['code'];

export interface SubTopicInfo {
  code: SubTopicCode;
  label: Labels;
}

export interface ThematicAreaInfo {
  code: ThematicAreaCode;
  label: Labels;
  subTopics: readonly SubTopicInfo[];
}

/** The five thematic areas with their sub-topics, in the brochure's order. */
export const THEMATIC_AREAS: readonly ThematicAreaInfo[] = AREAS;

export const THEMATIC_AREA_CODES: readonly ThematicAreaCode[] = THEMATIC_AREAS.map((a) => a.code);
export const SUB_TOPIC_CODES: readonly SubTopicCode[] = THEMATIC_AREAS.flatMap((a) => a.subTopics.map((t) => t.code));

export function isThematicAreaCode(value: unknown): value is ThematicAreaCode {
  return (THEMATIC_AREA_CODES as readonly unknown[]).includes(value);
}

export function isSubTopicCode(value: unknown): value is SubTopicCode {
  return (SUB_TOPIC_CODES as readonly unknown[]).includes(value);
}

/** The thematic area a sub-topic belongs to. */
export function thematicAreaOfSubTopic(code: SubTopicCode): ThematicAreaCode {
  return THEMATIC_AREAS.find((a) => a.subTopics.some((t) => t.code === code))!.code;
}
