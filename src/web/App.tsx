import { lazy, Suspense, useEffect } from 'react';
import { Route, Switch, useLocation } from 'wouter';
import { Layout } from './components/Layout.tsx';
import { useT } from './i18n.tsx';
import { Account } from './scenes/Account.tsx';
import { ApiDocs } from './scenes/ApiDocs.tsx';
import { Bookmarks } from './scenes/Bookmarks.tsx';
import { Dashboard } from './scenes/Dashboard.tsx';
import { CheatSheetScene, Export } from './scenes/Export.tsx';
import { Glossary } from './scenes/Glossary.tsx';
import { Home } from './scenes/Home.tsx';
import { InterviewReportScene, InterviewSession, InterviewSetup } from './scenes/Interview.tsx';
import { InterviewerSheet } from './scenes/InterviewerSheet.tsx';
import { Login } from './scenes/Login.tsx';
import { Mistakes } from './scenes/Mistakes.tsx';
import { Notes } from './scenes/Notes.tsx';
import { Outline } from './scenes/Outline.tsx';
import { Plan } from './scenes/Plan.tsx';
import { Point } from './scenes/Point.tsx';
import { Practice } from './scenes/Practice.tsx';
import { Question } from './scenes/Question.tsx';
import { ReportDetail, Reports } from './scenes/Reports.tsx';
import { Review } from './scenes/Review.tsx';

// The labs bring zod and the calculators: load them only on their pages.
const LabsIndex = lazy(() => import('./scenes/Labs.tsx').then((m) => ({ default: m.LabsIndex })));
const Lab = lazy(() => import('./scenes/Labs.tsx').then((m) => ({ default: m.Lab })));

import { Search } from './scenes/Search.tsx';

export function App() {
  const [location] = useLocation();
  const t = useT();
  // biome-ignore lint/correctness/useExhaustiveDependencies: scroll to top on every navigation
  useEffect(() => {
    if (!window.location.hash) window.scrollTo(0, 0);
  }, [location]);
  return (
    <Layout>
      <Switch>
        <Route path="/" component={Home} />
        <Route path="/outline" component={Outline} />
        <Route path="/outline/:track" component={Outline} />
        <Route path="/point/:id" component={Point} />
        <Route path="/q/:id" component={Question} />
        <Route path="/search" component={Search} />
        <Route path="/glossary" component={Glossary} />
        <Route path="/login" component={Login} />
        <Route path="/account" component={Account} />
        <Route path="/api-docs" component={ApiDocs} />
        <Route path="/export" component={Export} />
        <Route path="/cheatsheet" component={CheatSheetScene} />
        <Route path="/bookmarks" component={Bookmarks} />
        <Route path="/review" component={Review} />
        <Route path="/mistakes" component={Mistakes} />
        <Route path="/notes" component={Notes} />
        <Route path="/progress" component={Dashboard} />
        <Route path="/plan" component={Plan} />
        <Route path="/interview" component={InterviewSetup} />
        <Route path="/interviewer" component={InterviewerSheet} />
        <Route path="/interview/:id/report" component={InterviewReportScene} />
        <Route path="/interview/:id" component={InterviewSession} />
        <Route path="/reports" component={Reports} />
        <Route path="/reports/:id" component={ReportDetail} />
        <Route path="/labs">
          <Suspense fallback={<p className="muted">{t('加载中…', 'Loading…')}</p>}>
            <LabsIndex />
          </Suspense>
        </Route>
        <Route path="/labs/:id">
          <Suspense fallback={<p className="muted">{t('加载中…', 'Loading…')}</p>}>
            <Lab />
          </Suspense>
        </Route>
        <Route path="/practice/:source" component={Practice} />
        <Route path="/practice/:source/:id" component={Practice} />
        <Route>
          <h1>{t('页面不存在', 'Page not found')}</h1>
          <p className="muted">
            {t(
              '检查一下地址，或从顶部导航重新进入。',
              'Check the address, or start again from the navigation at the top.',
            )}
          </p>
        </Route>
      </Switch>
    </Layout>
  );
}
