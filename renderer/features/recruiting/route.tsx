/** Recruiting screens: `#/recruiting` (pipeline), `/candidate/ID`, `/positions`, `/dashboard`, `/erasure`, `/import`. */
import type { Route } from '../../core/router';
import { CandidatePage } from './components/CandidatePage';
import { useCandidate, usePosition } from './hooks';
import { ErasurePage } from './components/ErasurePage';
import { ImportPage } from './components/ImportPage';
import { PipelinePage } from './components/PipelinePage';
import { PositionsPage } from './components/PositionsPage';
import { RecruitingDashboard } from './components/RecruitingDashboard';
import { RecruitingTabs } from './components/RecruitingTabs';
import './components/recruiting.css';

function RecordById({ id }: { id: string }) {
  const candidate = useCandidate(id);
  const position = usePosition(id);
  if (candidate === undefined || position === undefined) return <p className="muted">Loading…</p>;
  if (position) return <PositionsPage openId={id} />;
  return <CandidatePage id={id} />;
}

export default function RecruitingRoute({ route }: { route: Route }) {
  const [section = '', id] = route.rest;
  // The wizard is a page of its own, with its own heading and Close.
  if (section === 'import') return <ImportPage />;
  let body;
  switch (section) {
    case 'candidate':
      body = id ? <CandidatePage key={id} id={id} /> : <PipelinePage />;
      break;
    case 'positions':
      body = <PositionsPage />;
      break;
    case 'dashboard':
      body = <RecruitingDashboard />;
      break;
    case 'erasure':
      body = <ErasurePage />;
      break;
    case '':
      body = <PipelinePage />;
      break;
    default:
      // The command palette opens records as `#/recruiting/ID`.
      body = <RecordById key={section} id={section} />;
  }
  return (
    <section className="page">
      <header className="page-header">
        <h1>Recruiting</h1>
      </header>
      <RecruitingTabs current={section === 'candidate' ? '' : section} />
      {body}
    </section>
  );
}
