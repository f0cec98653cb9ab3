import { zodResolver } from '@hookform/resolvers/zod';
import { useMemo, useState } from 'react';
import { useForm } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import { useClient } from 'urql';
import { z } from 'zod';
import { usePageTitle } from '../ui/page-title';
import { graphql } from '../gql';
import type { TrackRequestQuery } from '../gql/graphql';
import { errorCode, fieldProblems } from '../graph';
import { graphLang, type Lang } from '../i18n';
import { Field } from '../ui/Field';
import { showProblems } from '../ui/problems';
import { ErrorNote } from '../ui/Status';
import type { CombinedError } from 'urql';
import { formatDate } from '../ui/dates';

const Track = graphql(`
  query TrackRequest($reference: String!, $code: String!, $lang: Language!) {
    trackRequest(reference: $reference, code: $code) {
      reference
      status
      nextStep(lang: $lang)
      expressionOfInterestOn
      officialLetterReceivedOn
      decidedOn
    }
  }
`);

export function TrackRequest() {
  const { t, i18n } = useTranslation();
  const lang = i18n.language as Lang;
  usePageTitle(t('track.title'));
  const client = useClient();
  const schema = useMemo(() => z.object({ reference: z.string().trim().min(1, t('form.required')), code: z.string().trim().min(1, t('form.required')) }), [t]);
  const initial = new URLSearchParams(window.location.search).get('reference') ?? '';
  const { register, handleSubmit, setError, formState } = useForm<z.infer<typeof schema>>({
    resolver: zodResolver(schema),
    defaultValues: { reference: initial, code: '' },
  });
  const [answer, setAnswer] = useState<TrackRequestQuery['trackRequest'] | null>(null);
  const [error, setErrorState] = useState<CombinedError | undefined>();
  const [asked, setAsked] = useState<{ reference: string; code: string } | null>(null);

  const ask = async (values: { reference: string; code: string }) => {
    const result = await client.query(Track, { ...values, lang: graphLang(lang) }, { requestPolicy: 'network-only' }).toPromise();
    setAsked(values);
    setAnswer(result.data?.trackRequest ?? null);
    setErrorState(result.error);
    showProblems(fieldProblems(result.error), ['reference', 'code'], setError);
  };
  const date = (value: string | null | undefined) => (value ? formatDate(value, lang, 'long') : '–');

  return (
    <>
      <h1>{t('track.title')}</h1>
      <p className="lead">{t('track.lead')}</p>
      <form onSubmit={(event) => void handleSubmit(ask)(event)} noValidate className="form">
        <Field label={t('track.reference')} hint={t('track.referenceHint')} error={formState.errors.reference?.message} required>
          {(a) => <input {...a} {...register('reference')} autoComplete="off" />}
        </Field>
        <Field label={t('track.code')} hint={t('track.codeHint')} error={formState.errors.code?.message} required>
          {(a) => <input {...a} {...register('code')} autoComplete="off" />}
        </Field>
        <button type="submit" disabled={formState.isSubmitting}>
          {t('track.submit')}
        </button>
      </form>
      <div aria-live="polite">
        {asked && errorCode(error) === 'NOT_FOUND' && (
          <p className="error" role="alert">
            {t('track.notFound')}
          </p>
        )}
        {asked && error && !['NOT_FOUND', 'BAD_USER_INPUT'].includes(errorCode(error)!) && <ErrorNote error={error} />}
        {answer && (
          <section aria-labelledby="status-title" className="receipt">
            <h2 id="status-title">{t('track.statusOf', { reference: answer.reference })}</h2>
            <p className="verdict" data-testid="tracked-status">
              {t(`requestStatus.${answer.status}`)}
            </p>
            <p>{answer.nextStep}</p>
            <dl>
              <dt>{t('track.received')}</dt>
              <dd>{date(answer.expressionOfInterestOn)}</dd>
              <dt>{t('track.letter')}</dt>
              <dd>{date(answer.officialLetterReceivedOn)}</dd>
              <dt>{t('track.decided')}</dt>
              <dd>{date(answer.decidedOn)}</dd>
            </dl>
          </section>
        )}
      </div>
    </>
  );
}
