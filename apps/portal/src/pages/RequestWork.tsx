import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useQuery } from 'urql';
import { Link, useParams } from 'wouter';
import { useSession } from '../config-context';
import { DecisionOutcome, type RequestWorkQuery } from '../gql/graphql';
import { graphLang, type Lang } from '../i18n';
import { usePageTitle } from '../ui/page-title';
import { ErrorNote, Loading } from '../ui/Status';
import { TableScroll } from '../ui/TableScroll';
import { SignInFirst } from './officer/common';
import { AssessForm, CreateActionForm, DecisionForm, FicheForm, OfficialLetterForm, OverrideForm } from './officer/forms';
import { RequestWork as WorkQuery } from './officer/queries';

type Request = NonNullable<RequestWorkQuery['request']>;
const OUTCOMES: string[] = Object.values(DecisionOutcome);

function Eligibility({ request }: { request: Request }) {
  const { t } = useTranslation();
  const assessment = request.eligibility ?? request.eligibilityPreview;
  return (
    <section aria-labelledby="eligibility-title">
      <h2 id="eligibility-title">{request.eligibility ? t('officer.eligibility.assessed') : t('officer.eligibility.preview')}</h2>
      <p data-testid="eligible">{assessment.eligible ? t('requestStatus.ELIGIBLE') : t('requestStatus.INELIGIBLE')}</p>
      <ul className="reasons">
        {assessment.reasons.map((r) => (
          <li key={r.code} className={r.blocking ? 'blocking' : undefined}>
            {r.message}
          </li>
        ))}
      </ul>
      {request.eligibilityOverride && (
        <p className="note">
          {t('officer.eligibility.overridden', {
            outcome: request.eligibilityOverride.eligible ? t('requestStatus.ELIGIBLE') : t('requestStatus.INELIGIBLE'),
            rationale: request.eligibilityOverride.rationale,
          })}
        </p>
      )}
    </section>
  );
}

function Fiche({ request }: { request: Request }) {
  const { t } = useTranslation();
  const versions = [...request.actionFicheVersions].reverse();
  if (versions.length === 0) return null;
  return (
    <section aria-labelledby="fiche-title">
      <h2 id="fiche-title">{t('officer.fiche.heading')}</h2>
      {versions.map((fiche, index) => {
        const content = (
          <div data-testid={`fiche-${fiche.version}`}>
            <p>{fiche.objectives}</p>
            <ul>
              {fiche.priorityNeeds.map((need) => (
                <li key={need}>{need}</li>
              ))}
            </ul>
            <p>{fiche.plannedActivities.map((p) => `${p.count} × ${t(`activityTypes.${p.type}`)}`).join(', ')}</p>
          </div>
        );
        return index === 0 ? (
          <div key={fiche.version}>
            <h3>{t('officer.ficheVersion', { version: fiche.version })}</h3>
            {content}
          </div>
        ) : (
          <details key={fiche.version}>
            <summary>{t('officer.ficheVersion', { version: fiche.version })}</summary>
            {content}
          </details>
        );
      })}
    </section>
  );
}

function History({ request }: { request: Request }) {
  const { t, i18n } = useTranslation();
  const when = new Intl.DateTimeFormat(i18n.language, { dateStyle: 'medium', timeStyle: 'short' });
  return (
    <section aria-labelledby="history-title">
      <h2 id="history-title">{t('officer.history')}</h2>
      <TableScroll label={t('officer.history')}>
        <table data-testid="history">
          <thead>
            <tr>
              <th scope="col">{t('officer.when')}</th>
              <th scope="col">{t('form.status')}</th>
              <th scope="col">{t('officer.who')}</th>
              <th scope="col">{t('officer.why')}</th>
            </tr>
          </thead>
          <tbody>
            {request.history.map((line, index) => (
              <tr key={index}>
                <td>{when.format(new Date(line.at))}</td>
                <td>{t(`requestStatus.${line.to}`)}</td>
                <td>{[line.role ? t(`roles.${line.role}`) : null, line.body ? t(`bodies.${line.body}`) : null].filter(Boolean).join(', ')}</td>
                <td>{line.reason}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </TableScroll>
    </section>
  );
}

/** What the signed-in person may do next, from the request's allowed transitions and their role. */
function NextSteps({ request, roles, refresh }: { request: Request; roles: string[]; refresh: () => void }) {
  const { t, i18n } = useTranslation();
  const lang = i18n.language as Lang;
  const [created, setCreated] = useState<string | null>(null);
  const officer = roles.includes('PROJECT_OFFICER');
  const allowed = request.allowedTransitions as string[];
  const outcomes = allowed.filter((s) => OUTCOMES.includes(s)) as DecisionOutcome[];
  const steps = [
    officer && allowed.includes('SUBMITTED') && <OfficialLetterForm key="letter" request={request} done={refresh} />,
    officer && (allowed.includes('ELIGIBLE') || allowed.includes('INELIGIBLE')) && <AssessForm key="assess" request={request} done={refresh} />,
    officer && ['ELIGIBLE', 'INELIGIBLE'].includes(request.status) && <OverrideForm key="override" request={request} done={refresh} />,
    officer && allowed.includes('ACTION_FICHE_DRAFTED') && <FicheForm key={`fiche-${request.actionFicheVersions.length}`} request={request} done={refresh} />,
    roles.includes('STEERING_COMMITTEE') && outcomes.length > 0 && <DecisionForm key="decide" request={request} outcomes={outcomes} done={refresh} />,
    officer && request.status === 'APPROVED' && !request.action && (
      <CreateActionForm
        key="action"
        request={request}
        done={(reference) => {
          setCreated(reference);
          refresh();
        }}
      />
    ),
  ].filter(Boolean);
  return (
    <section aria-labelledby="next-title">
      <h2 id="next-title">{t('officer.next')}</h2>
      {created && (
        <p className="ok" role="status">
          {t('officer.createAction.done', { reference: created })}
        </p>
      )}
      {request.action && (
        <p>
          <Link href={`~/${lang}/actions/${request.action.id}`}>{t('action.open', { reference: request.action.reference })}</Link>
        </p>
      )}
      {steps.length ? steps : <p>{t('officer.nothingNext')}</p>}
    </section>
  );
}

/** A request as project officers and the Steering Committee work on it. */
export default function RequestWork() {
  const { t, i18n } = useTranslation();
  const lang = i18n.language as Lang;
  const { id } = useParams<{ id: string }>();
  const session = useSession();
  const [{ data, error }, reload] = useQuery({ query: WorkQuery, variables: { id, lang: graphLang(lang) }, pause: !session });
  const request = data?.request;
  usePageTitle(request ? `${request.reference} ${request.title}` : t('officer.boardTitle'));
  if (!session) return <SignInFirst title={t('officer.boardTitle')} />;
  if (error && !data) return <ErrorNote error={error} />;
  if (!data) return <Loading />;
  if (!request)
    return (
      <>
        <h1>{t('errors.NOT_FOUND')}</h1>
        <Link href={`~/${lang}/requests`}>{t('officer.backToBoard')}</Link>
      </>
    );
  return (
    <>
      <p>
        <Link href={`~/${lang}/requests`}>{t('officer.backToBoard')}</Link>
      </p>
      <h1>
        {request.reference} · {request.title}
      </h1>
      <p className="lead">
        <strong data-testid="request-status">{t(`requestStatus.${request.status}`)}</strong> · {request.country.name} ·{' '}
        {request.assignedOfficer?.displayName ?? t('officer.unassigned')}
      </p>
      <p>{request.description}</p>
      <div className="work-grid">
        <div>
          <Eligibility request={request} />
          <Fiche request={request} />
          {request.decision && (
            <section aria-labelledby="decision-title">
              <h2 id="decision-title">{t('officer.decision.heading')}</h2>
              <p>
                {t(`officer.outcomes.${request.decision.outcome}`)} · {request.decision.decidedOn}
                {request.decision.body ? ` · ${t(`bodies.${request.decision.body}`)}` : ''}
              </p>
              <p>{request.decision.rationale}</p>
            </section>
          )}
        </div>
        <NextSteps request={request} roles={session.roles} refresh={() => reload({ requestPolicy: 'network-only' })} />
      </div>
      <History request={request} />
    </>
  );
}
