/** `#/vendors`, `#/vendors/new` and `#/vendors/<id>`. */
import type { Route } from '../../core/router';
import { VendorPage } from '../../pages/VendorPage';
import { VendorsPage } from './components/VendorsPage';

export default function VendorsRoute({ route }: { route: Route }) {
  const [first] = route.rest;
  if (first === undefined || first === 'new') return <VendorsPage key={first ?? 'list'} creating={first === 'new'} />;
  return <VendorPage key={first} vendorId={first} />;
}
