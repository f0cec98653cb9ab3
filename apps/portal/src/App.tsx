import { lazy, Suspense, useEffect } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, Redirect, Route, Switch, useLocation, useParams } from 'wouter';
import i18next, { isLang, preferredLang, type Lang } from './i18n';
import { useSession } from './config-context';
import { openSession, readsCalendar, worksWithPortfolio } from './session';
import { Home } from './pages/Home';
import { RequestAssistance } from './pages/RequestAssistance';
import { TrackRequest } from './pages/TrackRequest';
import { BecomeExpert } from './pages/BecomeExpert';
import { Loading } from './ui/Status';

// Signed-in pages and sign-in load on demand: the public pages' first load stays small.
const SignIn = lazy(() => import('./pages/SignIn'));
const SignInCallback = lazy(() => import('./pages/SignInCallback'));
const ExpertSpace = lazy(() => import('./pages/ExpertSpace'));
const PartnerSpace = lazy(() => import('./pages/PartnerSpace'));
const Analysis = lazy(() => import('./pages/Analysis'));
const Factsheet = lazy(() => import('./pages/Factsheet'));
const RequestBoard = lazy(() => import('./pages/RequestBoard'));
const RequestWork = lazy(() => import('./pages/RequestWork'));
const Decisions = lazy(() => import('./pages/Decisions'));
const MyWork = lazy(() => import('./pages/MyWork'));
const Calendar = lazy(() => import('./pages/Calendar'));
const ActionPage = lazy(() => import('./pages/ActionPage'));
const Questionnaire = lazy(() => import('./pages/Questionnaire'));
const PartnerQuestionnaire = lazy(() => import('./pages/PartnerQuestionnaire'));

/** The pages, each under /en/… and /fr/…: the language switch keeps the page. */
export const PAGES = {
  home: '',
  request: '/request',
  track: '/track',
  expert: '/experts/apply',
  mySpace: '/my-space',
  partner: '/partner',
  requests: '/requests',
  myWork: '/my-work',
  calendar: '/calendar',
  actions: '/actions',
  decisions: '/decisions',
  analysis: '/analysis',
  factsheet: '/factsheet',
  signIn: '/sign-in',
} as const;

function Header({ lang }: { lang: Lang }) {
  const { t } = useTranslation();
  const [location] = useLocation();
  const session = useSession();
  const other: Lang = lang === 'en' ? 'fr' : 'en';
  // Inside /:lang, locations are relative to it; `~/` leaves it.
  const rest = location === '/' ? '' : location;
  const nav: [string, string][] = [
    [PAGES.home, t('nav.home')],
    [PAGES.request, t('nav.request')],
    [PAGES.track, t('nav.track')],
    [PAGES.expert, t('nav.expert')],
  ];
  if (session?.roles.includes('EXPERT')) nav.push([PAGES.mySpace, t('nav.mySpace')]);
  if (session?.roles.includes('PARTNER')) nav.push([PAGES.partner, t('nav.partner')]);
  if (session?.roles.includes('PROJECT_OFFICER')) nav.push([PAGES.requests, t('nav.requests')], [PAGES.myWork, t('nav.myWork')]);
  if (session?.roles.includes('STEERING_COMMITTEE')) nav.push([PAGES.decisions, t('nav.decisions')]);
  if (session && readsCalendar(session.roles)) nav.push([PAGES.calendar, t('nav.calendar')]);
  if (session && worksWithPortfolio(session.roles)) nav.push([PAGES.analysis, t('nav.analysis')]);
  return (
    <header className="site-header">
      <a className="skip" href="#main">
        {t('nav.skip')}
      </a>
      <div className="brand">
        <Link href={`~/${lang}`}>MIEUX+</Link>
        <span className="tagline">{t('brand.tagline')}</span>
      </div>
      <nav aria-label={t('nav.label')}>
        <ul>
          {nav.map(([path, label]) => {
            return (
              <li key={path}>
                <Link href={`~/${lang}${path}`} aria-current={location === (path || '/') ? 'page' : undefined}>
                  {label}
                </Link>
              </li>
            );
          })}
        </ul>
      </nav>
      <div className="header-tools">
        {session ? (
          <span className="who">
            {t('session.signedInAs', { sub: session.sub })}{' '}
            <button type="button" className="link" onClick={() => openSession(null)}>
              {t('session.signOut')}
            </button>
          </span>
        ) : (
          <Link href={`~/${lang}${PAGES.signIn}`}>{t('nav.signIn')}</Link>
        )}
        <Link href={`~/${other}${rest}`} hrefLang={other} lang={other} className="lang-switch">
          {other === 'fr' ? 'Français' : 'English'}
        </Link>
      </div>
    </header>
  );
}

function Localised() {
  const { lang } = useParams<{ lang: string }>();
  const { t } = useTranslation();
  const valid = isLang(lang);
  useEffect(() => {
    if (!valid) return;
    void i18next.changeLanguage(lang);
    document.documentElement.lang = lang;
  }, [lang, valid]);
  if (!valid) return <Redirect to={`~/${preferredLang()}`} replace />;
  if (i18next.language !== lang) void i18next.changeLanguage(lang);
  return (
    <>
      <Header lang={lang} />
      <main id="main" tabIndex={-1}>
        <Suspense fallback={<Loading />}>
          <Switch>
            <Route path="/">
              <Home />
            </Route>
            <Route path={PAGES.request}>
              <RequestAssistance />
            </Route>
            <Route path={PAGES.track}>
              <TrackRequest />
            </Route>
            <Route path={PAGES.expert}>
              <BecomeExpert />
            </Route>
            <Route path={PAGES.mySpace}>
              <ExpertSpace />
            </Route>
            <Route path={PAGES.partner}>
              <PartnerSpace />
            </Route>
            <Route path={PAGES.requests}>
              <RequestBoard />
            </Route>
            <Route path={`${PAGES.requests}/:id`}>
              <RequestWork />
            </Route>
            <Route path={PAGES.myWork}>
              <MyWork />
            </Route>
            <Route path={PAGES.calendar}>
              <Calendar />
            </Route>
            <Route path={`${PAGES.actions}/:id`}>
              <ActionPage />
            </Route>
            <Route path={PAGES.decisions}>
              <Decisions />
            </Route>
            <Route path={`${PAGES.partner}/questionnaires/:activityId`}>
              <PartnerQuestionnaire />
            </Route>
            <Route path="/evaluation/:token">
              <Questionnaire />
            </Route>
            <Route path={PAGES.analysis}>
              <Analysis />
            </Route>
            <Route path={PAGES.factsheet}>
              <Factsheet />
            </Route>
            <Route path={PAGES.signIn}>
              <SignIn />
            </Route>
            <Route path="/sign-in/callback">
              <SignInCallback />
            </Route>
            <Route>
              <h1>{t('notFound.title')}</h1>
              <p>
                <Link href={`~/${lang}`}>{t('notFound.home')}</Link>
              </p>
            </Route>
          </Switch>
        </Suspense>
      </main>
      <footer className="site-footer">
        <p>{t('footer.funded')}</p>
      </footer>
    </>
  );
}

export function App() {
  return (
    <Switch>
      <Route path="/">
        <Redirect to={`/${preferredLang()}`} replace />
      </Route>
      <Route path="/sign-in/callback">
        <Redirect to={`/${preferredLang()}/sign-in/callback${location.search}`} replace />
      </Route>
      <Route path="/:lang" nest>
        <Localised />
      </Route>
    </Switch>
  );
}
