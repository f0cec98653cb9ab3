import { z } from 'zod';

/** The expression of interest as the form holds it, with the rules checked before anything is sent. */
export function schemaOf(t: (key: string) => string) {
  const text = (max: number) => z.string().trim().min(1, t('form.required')).max(max, t('form.tooLong'));
  return z.object({
    title: text(200),
    countryCode: z.string().min(1, t('form.required')),
    institutions: z.array(z.object({ name: text(200), type: z.string().min(1, t('form.required')) })).min(1),
    contact: z.object({ name: text(200), email: z.string().trim().email(t('form.emailInvalid')), phone: z.string().max(40, t('form.tooLong')).optional() }),
    thematicAreas: z.array(z.string()).min(1, t('form.chooseOne')),
    description: text(5000),
  });
}

export type RequestForm = z.infer<ReturnType<typeof schemaOf>>;
