import { zodResolver } from '@hookform/resolvers/zod';
import { useMemo, useState } from 'react';
import { useForm, useWatch } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import { useMutation, useQuery } from 'urql';
import { Link } from 'wouter';
import { z } from 'zod';
import { graphql } from '../gql';
import { EmployerType, type Region, type ThematicArea } from '../gql/graphql';
import { fieldProblems } from '../graph';
import { graphLang, type Lang } from '../i18n';
import { Choices, Field } from '../ui/Field';
import { usePageTitle } from '../ui/page-title';
import { showProblems } from '../ui/problems';
import { useReferenceData } from '../ui/reference-data';
import { FormEnd } from '../ui/FormEnd';
import { byLabel } from '../ui/options';
import { ErrorNote, Loading } from '../ui/Status';
import { REGIONS } from '../ui/FilterSelects';

/** The privacy notice the applicant consents to; its version is recorded with the consent. */
export const PRIVACY_NOTICE_VERSION = '2026-12';
/** In the schema's order. */
export const EMPLOYER_TYPES: EmployerType[] = Object.values(EmployerType);
export const LANGUAGES = ['en', 'fr', 'es', 'pt', 'ar', 'ru', 'de', 'it'] as const;
/** The expert's application, remembered in this browser for the development sign-in. */
export const LAST_APPLICATION = 'mieux.lastApplication';

const AllCountries = graphql(`
  query AllCountries($lang: Language!) {
    countries {
      code
      kind
      name(lang: $lang)
      euMemberState
    }
  }
`);

const Apply = graphql(`
  mutation ApplyToRoster($input: RosterApplicationInput!, $key: String) {
    applyToRoster(input: $input, idempotencyKey: $key) {
      id
      status
      displayName
    }
  }
`);

function schemaOf(t: (key: string) => string) {
  const text = (max: number) => z.string().trim().min(1, t('form.required')).max(max, t('form.tooLong'));
  return z
    .object({
      fullName: text(200),
      email: z.string().trim().email(t('form.emailInvalid')),
      phone: z.string().max(40, t('form.tooLong')).optional(),
      nationality: z.string().min(1, t('form.required')),
      employerType: z.string().min(1, t('form.required')),
      publicOfficial: z.boolean(),
      memberState: z.string().optional(),
      thematicAreas: z.array(z.string()).min(1, t('form.chooseOne')),
      languages: z.array(z.string()).min(1, t('form.chooseOne')),
      regions: z.array(z.string()),
      availableFrom: z.string().optional(),
      availableTo: z.string().optional(),
      cvSummary: text(5000),
      consent: z.boolean().refine((v) => v, t('expert.consentRequired')),
    })
    .refine((v) => !v.availableFrom || !v.availableTo || v.availableFrom <= v.availableTo, { path: ['availableTo'], message: t('form.dateOrder') });
}
type ApplicationForm = z.infer<ReturnType<typeof schemaOf>>;
const FIELDS = [
  'fullName',
  'email',
  'phone',
  'nationality',
  'employerType',
  'publicOfficial',
  'memberState',
  'thematicAreas',
  'languages',
  'regions',
  'availability',
  'cvSummary',
  'consent',
];

export function BecomeExpert() {
  const { t, i18n } = useTranslation();
  const lang = i18n.language as Lang;
  usePageTitle(t('expert.title'));
  const schema = useMemo(() => schemaOf(t), [t]);
  const { thematicAreas } = useReferenceData(lang);
  const [countries] = useQuery({ query: AllCountries, variables: { lang: graphLang(lang) }, requestPolicy: 'cache-first' });
  const { register, control, handleSubmit, setError, formState } = useForm<ApplicationForm>({
    resolver: zodResolver(schema),
    defaultValues: {
      fullName: '',
      email: '',
      phone: '',
      nationality: '',
      employerType: '',
      publicOfficial: false,
      memberState: '',
      thematicAreas: [],
      languages: [],
      regions: [],
      availableFrom: '',
      availableTo: '',
      cvSummary: '',
      consent: false,
    },
  });
  const employerType = useWatch({ control, name: 'employerType' });
  const [key] = useState(() => crypto.randomUUID());
  const [application, apply] = useMutation(Apply);
  const [unplaced, setUnplaced] = useState<string[]>([]);
  const errors = formState.errors;
  const sorted = [...(countries.data?.countries ?? [])].filter((c) => c.kind === 'COUNTRY').sort((a, b) => a.name.localeCompare(b.name, lang));

  const onSubmit = async (form: ApplicationForm) => {
    setUnplaced([]);
    const result = await apply({
      key,
      input: {
        fullName: form.fullName,
        email: form.email,
        phone: form.phone || null,
        nationality: form.nationality,
        employerType: form.employerType as EmployerType,
        publicOfficial: form.publicOfficial,
        memberState: form.memberState || null,
        thematicAreas: form.thematicAreas as ThematicArea[],
        languages: form.languages,
        regions: form.regions as Region[],
        availability: form.availableFrom && form.availableTo ? [{ from: form.availableFrom, to: form.availableTo }] : [],
        cvSummary: form.cvSummary,
        consent: form.consent,
        privacyNoticeVersion: PRIVACY_NOTICE_VERSION,
      },
    });
    const problems = fieldProblems(result.error);
    if (problems.length) setUnplaced(showProblems(problems, FIELDS, setError).map((p) => `${p.field}: ${p.message}`));
    const expert = result.data?.applyToRoster;
    if (expert) localStorage.setItem(LAST_APPLICATION, JSON.stringify({ id: expert.id, email: form.email.trim().toLowerCase() }));
  };

  const expert = application.data?.applyToRoster;
  if (expert) {
    return (
      <>
        <h1>{t('expert.thanks')}</h1>
        <p>{t('expert.received', { name: expert.displayName })}</p>
        <dl className="receipt">
          <dt>{t('expert.applicationNumber')}</dt>
          <dd data-testid="expert-id">{expert.id}</dd>
          <dt>{t('expert.status')}</dt>
          <dd>{t(`rosterStatus.${expert.status}`)}</dd>
        </dl>
        <p>{t('expert.next')}</p>
        <p>
          <Link href={`~/${lang}/sign-in`}>{t('nav.signIn')}</Link>
        </p>
      </>
    );
  }
  if (countries.fetching && !countries.data) return <Loading />;

  return (
    <>
      <h1>{t('expert.title')}</h1>
      <p className="lead">{t('expert.lead')}</p>
      {countries.error && <ErrorNote error={countries.error} />}
      <form onSubmit={(event) => void handleSubmit(onSubmit)(event)} noValidate className="form">
        <p className="hint">{t('form.requiredNote')}</p>
        <Field label={t('form.fullName')} error={errors.fullName?.message} required>
          {(a) => <input {...a} {...register('fullName')} autoComplete="name" />}
        </Field>
        <Field label={t('form.email')} error={errors.email?.message} required>
          {(a) => <input {...a} type="email" {...register('email')} autoComplete="email" />}
        </Field>
        <Field label={t('form.phone')} error={errors.phone?.message}>
          {(a) => <input {...a} type="tel" {...register('phone')} autoComplete="tel" />}
        </Field>
        <Field label={t('expert.nationality')} error={errors.nationality?.message} required>
          {(a) => (
            <select {...a} {...register('nationality')}>
              <option value="">{t('form.choose')}</option>
              {sorted.map((c) => (
                <option key={c.code} value={c.code}>
                  {c.name}
                </option>
              ))}
            </select>
          )}
        </Field>
        <Field label={t('expert.employerType')} error={errors.employerType?.message} required>
          {(a) => (
            <select {...a} {...register('employerType')}>
              <option value="">{t('form.choose')}</option>
              {byLabel(EMPLOYER_TYPES, (e) => t(`employerTypes.${e}`), lang).map((e) => (
                <option key={e} value={e}>
                  {t(`employerTypes.${e}`)}
                </option>
              ))}
            </select>
          )}
        </Field>
        {employerType === 'EU_MEMBER_STATE_ADMINISTRATION' && (
          <Field label={t('expert.memberState')} error={errors.memberState?.message}>
            {(a) => (
              <select {...a} {...register('memberState')}>
                <option value="">{t('form.choose')}</option>
                {sorted
                  .filter((c) => c.euMemberState)
                  .map((c) => (
                    <option key={c.code} value={c.code}>
                      {c.name}
                    </option>
                  ))}
              </select>
            )}
          </Field>
        )}
        <label className="choice">
          <input type="checkbox" {...register('publicOfficial')} /> {t('expert.publicOfficial')}
        </label>
        <Choices legend={t('expert.thematicAreas')} error={errors.thematicAreas?.message}>
          {thematicAreas.map((area) => (
            <label key={area.code} className="choice">
              <input type="checkbox" value={area.code} {...register('thematicAreas')} /> {area.label}
            </label>
          ))}
        </Choices>
        <Choices legend={t('expert.languages')} error={errors.languages?.message}>
          {LANGUAGES.map((code) => (
            <label key={code} className="choice">
              <input type="checkbox" value={code} {...register('languages')} /> {t(`languages.${code}`)}
            </label>
          ))}
        </Choices>
        <Choices legend={t('expert.regions')} error={errors.regions?.message}>
          {byLabel(REGIONS, (r) => t(`regions.${r}`), lang).map((r) => (
            <label key={r} className="choice">
              <input type="checkbox" value={r} {...register('regions')} /> {t(`regions.${r}`)}
            </label>
          ))}
        </Choices>
        <fieldset>
          <legend>{t('expert.availability')}</legend>
          <p className="hint">{t('expert.availabilityHint')}</p>
          <Field label={t('form.from')} error={errors.availableFrom?.message}>
            {(a) => <input {...a} type="date" {...register('availableFrom')} />}
          </Field>
          <Field label={t('form.to')} error={errors.availableTo?.message}>
            {(a) => <input {...a} type="date" {...register('availableTo')} />}
          </Field>
        </fieldset>
        <Field label={t('expert.cvSummary')} hint={t('expert.cvHint')} error={errors.cvSummary?.message} required>
          {(a) => <textarea {...a} rows={6} {...register('cvSummary')} />}
        </Field>
        <section aria-labelledby="privacy-title" className="privacy">
          <h2 id="privacy-title">{t('privacy.title', { version: PRIVACY_NOTICE_VERSION })}</h2>
          {(t('privacy.paragraphs', { returnObjects: true }) as string[]).map((p) => (
            <p key={p}>{p}</p>
          ))}
        </section>
        <Field label={t('expert.consent', { version: PRIVACY_NOTICE_VERSION })} error={errors.consent?.message} required>
          {(a) => <input {...a} type="checkbox" className="consent" {...register('consent')} />}
        </Field>
        <FormEnd unplaced={unplaced} error={application.error} sending={application.fetching} label={t('expert.submit')} />
      </form>
    </>
  );
}
