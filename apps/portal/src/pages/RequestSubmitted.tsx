import { useEffect, useRef } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'wouter';
import i18next, { type Lang } from '../i18n';
import type { RequestForm } from './request-form';

/** The official request letter, from the template, in English or French, filled in from the form. */
export function officialLetter(lang: Lang, answer: { reference: string }, form: RequestForm, countryName: string): string {
  const t = i18next.getFixedT(lang);
  return t('letter.body', {
    institution: form.institutions[0]?.name ?? '',
    institutions: form.institutions.map((i) => i.name).join(', '),
    country: countryName,
    reference: answer.reference,
    title: form.title,
    description: form.description,
    contact: form.contact.name,
    email: form.contact.email,
    date: new Intl.DateTimeFormat(lang, { dateStyle: 'long' }).format(new Date()),
  });
}

/** A text offered as a file download, made in the page: no server is asked. */
function downloadHref(text: string): string {
  return `data:text/plain;charset=utf-8,${encodeURIComponent(text)}`;
}

export function RequestSubmitted({
  answer,
  form,
  countryName,
}: {
  answer: { reference: string; trackingCode?: string | null };
  form: RequestForm;
  countryName: string;
}) {
  const { t, i18n } = useTranslation();
  const lang = i18n.language as Lang;
  const heading = useRef<HTMLHeadingElement>(null);
  useEffect(() => heading.current?.focus(), []);
  return (
    <>
      <h1 ref={heading} tabIndex={-1}>
        {t('submitted.title')}
      </h1>
      <dl className="receipt">
        <dt>{t('submitted.reference')}</dt>
        <dd data-testid="reference">{answer.reference}</dd>
        {answer.trackingCode && (
          <>
            <dt>{t('submitted.trackingCode')}</dt>
            <dd data-testid="tracking-code">{answer.trackingCode}</dd>
          </>
        )}
      </dl>
      {answer.trackingCode && <p className="notice">{t('submitted.keepCode')}</p>}
      <h2>{t('submitted.next')}</h2>
      <ol className="steps">
        {(t('submitted.steps', { returnObjects: true }) as string[]).map((step) => (
          <li key={step}>{step}</li>
        ))}
      </ol>
      <h2>{t('submitted.letter')}</h2>
      <p>{t('submitted.letterHint')}</p>
      <ul className="downloads">
        {(['en', 'fr'] as Lang[]).map((l) => (
          <li key={l}>
            <a href={downloadHref(officialLetter(l, answer, form, countryName))} download={`MIEUX-${answer.reference}-letter-${l}.txt`} hrefLang={l}>
              {t(`submitted.download.${l}`)}
            </a>
          </li>
        ))}
      </ul>
      <details>
        <summary>{t('submitted.preview')}</summary>
        <pre className="letter">{officialLetter(lang, answer, form, countryName)}</pre>
      </details>
      <p>
        <Link href={`~/${lang}/track?reference=${encodeURIComponent(answer.reference)}`}>{t('nav.track')}</Link>
      </p>
    </>
  );
}
