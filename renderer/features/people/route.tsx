/** People screens: `#/people` (directory and org view), `#/people/ID` (with the equipment they hold), `#/people/import`. */
import type { Route } from '../../core/router';
import { EmployeeEquipmentSection } from '../../pages/EmployeeEquipmentSection';
import { Directory } from './components/Directory';
import { EmployeePage } from './components/EmployeePage';
import { ImportPage } from './components/ImportPage';
import './components/people.css';

export default function PeopleRoute({ route }: { route: Route }) {
  const [id] = route.rest;
  if (id === 'import') return <ImportPage />;
  return (
    <section className="page">
      <header className="page-header">
        <h1>People</h1>
      </header>
      {id ? <EmployeePage key={id} id={id} extraSections={<EmployeeEquipmentSection personId={id} />} /> : <Directory />}
    </section>
  );
}
