import { useTranslation } from 'react-i18next';
import { useQuery } from 'urql';
import { graphql } from '../gql';
import type { MyInstitutionActionsQuery } from '../gql/graphql';
import { graphLang, type Lang } from '../i18n';
import { ErrorNote, Loading } from '../ui/Status';
import { formatDate } from '../ui/dates';

const MyInstitutionActions = graphql(`
  query MyInstitutionActions($lang: Language!) {
    myActions(first: 10) {
      totalCount
      edges {
        node {
          id
          reference
          title
          status
          launchedOn
          country {
            name(lang: $lang)
          }
          activities(first: 20) {
            edges {
              node {
                id
                title
                type
                status
                startsOn
                endsOn
                city
                deployments(first: 5) {
                  edges {
                    node {
                      id
                      role
                      expert {
                        id
                        publicOfficial
                        euNational
                      }
                    }
                  }
                }
              }
            }
          }
          results {
            id
            type
            status
            title
            date
          }
          indicators {
            id
            name
            unit
            baseline
            periods {
              period
              target
              actual
              progress
            }
          }
        }
      }
    }
  }
`);

type ActionOfInstitution = NonNullable<MyInstitutionActionsQuery['myActions']>['edges'][number]['node'];

/**
 * The Actions of the partner's institution: activities with the deployed experts' public cards, results,
 * indicators per period. Ten Actions of twenty activities each keep the query within a partner's cost
 * budget (an institution rarely has more).
 */
export default function PartnerActions() {
  const { t, i18n } = useTranslation();
  const lang = i18n.language as Lang;
  const [{ data, fetching, error }, refetch] = useQuery({ query: MyInstitutionActions, variables: { lang: graphLang(lang) } });
  const actions = data?.myActions;
  return (
    <section aria-labelledby="actions-title">
      <h2 id="actions-title">{t('partner.actions')}</h2>
      {fetching && !data && <Loading />}
      {error && <ErrorNote error={error} retry={() => refetch({ requestPolicy: 'network-only' })} />}
      {actions && actions.totalCount === 0 && <p>{t('partner.noActions')}</p>}
      {actions?.edges.map(({ node }) => (
        <ActionCard key={node.id} action={node} />
      ))}
    </section>
  );
}

function ActionCard({ action }: { action: ActionOfInstitution }) {
  const { t, i18n } = useTranslation();
  const date = (value: string) => formatDate(value, i18n.language);
  const number = (value: number) => new Intl.NumberFormat(i18n.language).format(value);
  const headingId = `action-${action.id}`;
  return (
    <article className="action" aria-labelledby={headingId}>
      <h3 id={headingId}>
        {action.reference}: {action.title}
      </h3>
      <p>
        {t(`actionStatuses.${action.status}`)}
        {action.country?.name ? ` · ${action.country.name}` : ''}
        {action.launchedOn ? ` · ${t('partner.launchedOn', { date: date(action.launchedOn) })}` : ''}
      </p>

      <h4>{t('partner.activities')}</h4>
      {action.activities.edges.length === 0 ? (
        <p>{t('partner.noActivities')}</p>
      ) : (
        <ul className="activities">
          {action.activities.edges.map(({ node: activity }) => (
            <li key={activity.id}>
              <strong>{activity.title}</strong> ({t(`activityTypes.${activity.type}`)}, {t(`activityStatus.${activity.status}`)}),{' '}
              {t('partner.dates', { from: date(activity.startsOn), to: date(activity.endsOn) })}
              {activity.city ? `, ${activity.city}` : ''}
              {activity.deployments.edges.length > 0 && (
                <ul aria-label={t('partner.experts')}>
                  {activity.deployments.edges.map(({ node: deployment }) => (
                    <li key={deployment.id}>
                      {t('partner.expertCard', {
                        role: t(`deploymentRoles.${deployment.role}`),
                        official: t(deployment.expert?.publicOfficial ? 'partner.publicOfficial' : 'partner.notPublicOfficial'),
                        nationality: t(deployment.expert?.euNational ? 'partner.euNational' : 'partner.notEuNational'),
                      })}
                    </li>
                  ))}
                </ul>
              )}
            </li>
          ))}
        </ul>
      )}

      <h4>{t('partner.results')}</h4>
      {!action.results?.length ? (
        <p>{t('partner.noResults')}</p>
      ) : (
        <ul className="results">
          {action.results.map((result) => (
            <li key={result.id}>
              {result.title} ({t(`resultTypes.${result.type}`)}, {t(`resultStatus.${result.status}`)}, {date(result.date)})
            </li>
          ))}
        </ul>
      )}

      <h4>{t('partner.indicators')}</h4>
      {!action.indicators?.length ? (
        <p>{t('partner.noIndicators')}</p>
      ) : (
        action.indicators.map((indicator) => (
          <table key={indicator.id} className="indicator">
            <caption>{t('partner.indicatorCaption', { name: indicator.name, unit: indicator.unit, baseline: number(indicator.baseline) })}</caption>
            <thead>
              <tr>
                <th scope="col">{t('partner.period')}</th>
                <th scope="col">{t('partner.target')}</th>
                <th scope="col">{t('partner.actual')}</th>
                <th scope="col">{t('partner.progress')}</th>
              </tr>
            </thead>
            <tbody>
              {indicator.periods.map((period) => (
                <tr key={period.period}>
                  <th scope="row">{period.period}</th>
                  <td>{number(period.target)}</td>
                  <td>{period.actual === null || period.actual === undefined ? '–' : number(period.actual)}</td>
                  <td>
                    {period.progress === null || period.progress === undefined
                      ? '–'
                      : new Intl.NumberFormat(i18n.language, { style: 'percent' }).format(period.progress)}
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        ))
      )}
    </article>
  );
}
