import { zodResolver } from '@hookform/resolvers/zod';
import { useEffect, useMemo, useState } from 'react';
import { useFieldArray, useForm, useWatch } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import { useMutation, useQuery } from 'urql';
import { usePageTitle } from '../ui/page-title';
import { graphql } from '../gql';
import { InstitutionType, type ThematicArea } from '../gql/graphql';
import { fieldProblems } from '../graph';
import { graphLang, type Lang } from '../i18n';
import { Choices, Field } from '../ui/Field';
import { showProblems } from '../ui/problems';
import { useReferenceData } from '../ui/reference-data';
import { FormEnd } from '../ui/FormEnd';
import { byLabel } from '../ui/options';
import { ErrorNote, Loading } from '../ui/Status';
import { schemaOf, type RequestForm } from './request-form';
import { RequestSubmitted } from './RequestSubmitted';

/** In the schema's order. */
export const INSTITUTION_TYPES: InstitutionType[] = Object.values(InstitutionType);

const CheckEligibility = graphql(`
  query CheckEligibility($input: EligibilityInput!, $lang: Language!) {
    checkEligibility(input: $input) {
      eligible
      reasons {
        code
        blocking
        field
        message(lang: $lang)
      }
    }
  }
`);

const Submit = graphql(`
  mutation SubmitExpressionOfInterest($input: ExpressionOfInterestInput!, $key: String) {
    submitExpressionOfInterest(input: $input, idempotencyKey: $key) {
      reference
      trackingCode
      status
      expressionOfInterestOn
    }
  }
`);

const FIELDS = ['title', 'countryCode', 'institutions', 'contact', 'thematicAreas', 'description'] as const;

/** The values settle for a moment before the eligibility rules are asked again. */
function useSettled<T>(value: T, ms = 400): T {
  const [settled, setSettled] = useState(value);
  const key = JSON.stringify(value);
  useEffect(() => {
    const timer = setTimeout(() => setSettled(value), ms);
    return () => clearTimeout(timer);
  }, [key, ms]);
  return settled;
}

function Eligibility({ lang, countryCode, institutions }: { lang: Lang; countryCode: string; institutions: { name: string; type: string }[] }) {
  const { t } = useTranslation();
  const input = useSettled({
    countryCode,
    institutions: institutions.filter((i) => i.type).map((i) => ({ name: i.name || '-', type: i.type as InstitutionType })),
  });
  const [{ data, fetching, error }] = useQuery({
    query: CheckEligibility,
    variables: { input, lang: graphLang(lang) },
    pause: !input.countryCode || input.institutions.length === 0,
  });
  const assessment = data?.checkEligibility;
  return (
    <section className="eligibility" aria-labelledby="eligibility-title" aria-live="polite">
      <h2 id="eligibility-title">{t('request.eligibility.title')}</h2>
      {!input.countryCode ? (
        <p>{t('request.eligibility.start')}</p>
      ) : fetching && !assessment ? (
        <Loading />
      ) : error ? (
        <ErrorNote error={error} />
      ) : assessment ? (
        <>
          <p className={assessment.eligible ? 'verdict ok' : 'verdict no'} data-testid="eligibility-verdict">
            {assessment.eligible ? t('request.eligibility.eligible') : t('request.eligibility.notEligible')}
          </p>
          <ul className="reasons">
            {assessment.reasons.map((r) => (
              <li key={r.code + (r.field ?? '')} className={r.blocking ? 'blocking' : undefined}>
                {r.blocking && <span className="visually-hidden">{t('request.eligibility.blocking')}: </span>}
                {r.message}
              </li>
            ))}
          </ul>
        </>
      ) : null}
    </section>
  );
}

export function RequestAssistance() {
  const { t, i18n } = useTranslation();
  const lang = i18n.language as Lang;
  usePageTitle(t('request.title'));
  const schema = useMemo(() => schemaOf(t), [t]);
  const { countries, thematicAreas, fetching, error } = useReferenceData(lang);
  const { register, control, handleSubmit, setError, formState } = useForm<RequestForm>({
    resolver: zodResolver(schema),
    defaultValues: {
      title: '',
      countryCode: '',
      institutions: [{ name: '', type: 'NATIONAL_INSTITUTION' }],
      contact: { name: '', email: '', phone: '' },
      thematicAreas: [],
      description: '',
    },
  });
  const institutions = useFieldArray({ control, name: 'institutions' });
  const watched = useWatch({ control });
  const [key] = useState(() => crypto.randomUUID());
  const [submission, submit] = useMutation(Submit);
  const [unplaced, setUnplaced] = useState<string[]>([]);
  const [sent, setSent] = useState<RequestForm | null>(null);
  const errors = formState.errors;

  const onSubmit = async (form: RequestForm) => {
    setUnplaced([]);
    const result = await submit({
      key,
      input: {
        title: form.title,
        countryCode: form.countryCode,
        institutions: form.institutions.map((i) => ({ name: i.name, type: i.type as InstitutionType })),
        contact: { name: form.contact.name, email: form.contact.email, phone: form.contact.phone || null, language: graphLang(lang) },
        thematicAreas: form.thematicAreas as ThematicArea[],
        description: form.description,
      },
    });
    const problems = fieldProblems(result.error);
    if (problems.length) setUnplaced(showProblems(problems, FIELDS, setError).map((p) => `${p.field}: ${p.message}`));
    else if (result.data?.submitExpressionOfInterest) setSent(form);
  };

  const answer = submission.data?.submitExpressionOfInterest;
  if (answer && sent) {
    const country = countries.find((c) => c.code === sent.countryCode)?.name ?? sent.countryCode;
    return <RequestSubmitted answer={answer} form={sent} countryName={country} />;
  }
  if (fetching && countries.length === 0) return <Loading />;

  return (
    <>
      <h1>{t('request.title')}</h1>
      <p className="lead">{t('request.lead')}</p>
      {error && <ErrorNote error={error} />}
      <form onSubmit={(event) => void handleSubmit(onSubmit)(event)} noValidate className="form" aria-describedby="required-note">
        <p id="required-note" className="hint">
          {t('form.requiredNote')}
        </p>
        <Field label={t('request.country')} error={errors.countryCode?.message} required>
          {(a) => (
            <select {...a} {...register('countryCode')}>
              <option value="">{t('form.choose')}</option>
              {countries.map((c) => (
                <option key={c.code} value={c.code}>
                  {c.name}
                </option>
              ))}
            </select>
          )}
        </Field>
        <fieldset className="institutions">
          <legend>{t('request.institutions')}</legend>
          <p className="hint">{t('request.institutionsHint')}</p>
          {institutions.fields.map((item, index) => (
            <div key={item.id} className="institution">
              <Field label={t('request.institutionName', { n: index + 1 })} error={errors.institutions?.[index]?.name?.message} required>
                {(a) => <input {...a} {...register(`institutions.${index}.name`)} autoComplete="organization" />}
              </Field>
              <Field label={t('request.institutionType', { n: index + 1 })} error={errors.institutions?.[index]?.type?.message} required>
                {(a) => (
                  <select {...a} {...register(`institutions.${index}.type`)}>
                    {byLabel(INSTITUTION_TYPES, (type) => t(`institutionTypes.${type}`), lang).map((type) => (
                      <option key={type} value={type}>
                        {t(`institutionTypes.${type}`)}
                      </option>
                    ))}
                  </select>
                )}
              </Field>
              {institutions.fields.length > 1 && (
                <button type="button" className="secondary" onClick={() => institutions.remove(index)}>
                  {t('request.removeInstitution', { n: index + 1 })}
                </button>
              )}
            </div>
          ))}
          <button type="button" className="secondary" onClick={() => institutions.append({ name: '', type: 'CIVIL_SOCIETY_ORGANISATION' })}>
            {t('request.addInstitution')}
          </button>
        </fieldset>
        <Eligibility
          lang={lang}
          countryCode={watched.countryCode ?? ''}
          institutions={(watched.institutions ?? []).map((i) => ({ name: i?.name ?? '', type: i?.type ?? '' }))}
        />
        <Field label={t('request.requestTitle')} error={errors.title?.message} required>
          {(a) => <input {...a} {...register('title')} />}
        </Field>
        <Choices legend={t('request.thematicAreas')} error={errors.thematicAreas?.message}>
          {thematicAreas.map((area) => (
            <label key={area.code} className="choice">
              <input type="checkbox" value={area.code} {...register('thematicAreas')} /> {area.label}
            </label>
          ))}
        </Choices>
        <Field label={t('request.description')} hint={t('request.descriptionHint')} error={errors.description?.message} required>
          {(a) => <textarea {...a} rows={6} {...register('description')} />}
        </Field>
        <fieldset>
          <legend>{t('request.contact')}</legend>
          <Field label={t('form.name')} error={errors.contact?.name?.message} required>
            {(a) => <input {...a} {...register('contact.name')} autoComplete="name" />}
          </Field>
          <Field label={t('form.email')} error={errors.contact?.email?.message} required>
            {(a) => <input {...a} type="email" {...register('contact.email')} autoComplete="email" />}
          </Field>
          <Field label={t('form.phone')} error={errors.contact?.phone?.message}>
            {(a) => <input {...a} type="tel" {...register('contact.phone')} autoComplete="tel" />}
          </Field>
        </fieldset>
        <FormEnd unplaced={unplaced} error={submission.error} sending={submission.fetching} label={t('request.submit')} />
      </form>
    </>
  );
}
