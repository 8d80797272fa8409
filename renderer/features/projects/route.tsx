/**
 * `#/projects` (the list), `#/projects/new` (the form over the list), `#/projects/<id>` (one
 * project's overview) and `#/projects/<id>/<tab>` (tasks, timeline, spending, files).
 */
import type { Route } from '../../core/router';
import { PROJECT_TABS, ProjectPage, type ProjectTab } from './components/ProjectPage';
import { ProjectsPage } from './components/ProjectsPage';

const isTab = (s: string | undefined): s is ProjectTab => PROJECT_TABS.some((t) => t.id === s);

export default function ProjectsRoute({ route }: { route: Route }) {
  const [first, second] = route.rest;
  if (first === undefined || first === 'new') return <ProjectsPage key={first ?? 'list'} creating={first === 'new'} />;
  return <ProjectPage key={first} projectId={first} tab={isTab(second) ? second : ''} />;
}
