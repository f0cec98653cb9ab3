import type { Labels } from './labels';

export const ACTIVITY_TYPES = ['POLICY_WORK', 'INFORMATION_EXCHANGE', 'TRAINING', 'PRACTICAL_TOOLS'] as const;
export type ActivityType = (typeof ACTIVITY_TYPES)[number];

export const ACTIVITY_TYPE_LABELS: Readonly<Record<ActivityType, Labels>> = {
  POLICY_WORK: { EN: 'Policy work', FR: 'Élaboration de politiques' },
  INFORMATION_EXCHANGE: { EN: 'Information exchange', FR: "Échange d'informations" },
  TRAINING: { EN: 'Training', FR: 'Formation' },
  PRACTICAL_TOOLS: { EN: 'Practical tools', FR: 'Outils pratiques' },
};

/** The usual formats of each activity type (brochures 000 and 002). */
export const ACTIVITY_FORMATS = [
  { code: 'POLICY_DRAFTING_SUPPORT', type: 'POLICY_WORK', label: { EN: 'Support to drafting a policy', FR: "Soutien à l'élaboration d'une politique" } },
  { code: 'STRATEGY_DRAFTING_SUPPORT', type: 'POLICY_WORK', label: { EN: 'Support to drafting a strategy', FR: "Soutien à l'élaboration d'une stratégie" } },
  { code: 'SEMINAR', type: 'INFORMATION_EXCHANGE', label: { EN: 'Seminar', FR: 'Séminaire' } },
  { code: 'WORKSHOP', type: 'INFORMATION_EXCHANGE', label: { EN: 'Workshop', FR: 'Atelier' } },
  { code: 'STUDY_VISIT', type: 'INFORMATION_EXCHANGE', label: { EN: 'Study visit', FR: "Visite d'étude" } },
  { code: 'TRAINING_OF_TRAINERS', type: 'TRAINING', label: { EN: 'Training of trainers', FR: 'Formation de formateurs' } },
  {
    code: 'TRAINING_DEPARTMENT_STRENGTHENING',
    type: 'TRAINING',
    label: { EN: 'Strengthening a training department', FR: 'Renforcement des départements de formation' },
  },
  { code: 'NEEDS_ASSESSMENT', type: 'TRAINING', label: { EN: 'Needs assessment', FR: 'Évaluation des besoins' } },
  { code: 'STANDARD_OPERATING_PROCEDURES', type: 'PRACTICAL_TOOLS', label: { EN: 'Standard operating procedures', FR: 'Procédures opérationnelles standard' } },
  { code: 'HANDBOOK', type: 'PRACTICAL_TOOLS', label: { EN: 'Handbook', FR: 'Manuel' } },
  { code: 'MANUAL', type: 'PRACTICAL_TOOLS', label: { EN: 'Manual', FR: 'Guide' } },
] as const satisfies readonly { code: string; type: ActivityType; label: Labels }[];

export type ActivityFormat = (typeof ACTIVITY_FORMATS)[number]['code'];

export function isActivityType(value: unknown): value is ActivityType {
  return (ACTIVITY_TYPES as readonly unknown[]).includes(value);
}

/** Whether a format belongs to a type (a seminar is an information exchange, not a training). */
export function isFormatOfType(type: string, format: string): boolean {
  return ACTIVITY_FORMATS.some((f) => f.type === type && f.code === format);
}

/**
 * The fiche becomes the plan: each activity an Action Fiche plans (a type and how many) becomes a
 * draft of the Action with its type and a title ("Training 2 of 3"), to be dated, not typed again.
 */
export function activityDraftsOf(planned: readonly { type: string; count: number }[]): { type: ActivityType; title: string; position: number }[] {
  const drafts = planned
    .filter((p): p is { type: ActivityType; count: number } => isActivityType(p.type))
    .flatMap((p) =>
      Array.from({ length: Math.max(0, p.count) }, (_, i) => ({ type: p.type, title: `${ACTIVITY_TYPE_LABELS[p.type].EN} ${i + 1} of ${p.count}` })),
    );
  return drafts.map((draft, position) => ({ ...draft, position }));
}
