/** Names for the ids an expense carries: categories (tree order), vendors and people. */
import { useMemo } from 'react';
import { buildCategoryTree, useBudgetCategories, type CategoryNode } from '../../budget';
import { useVendors } from '../../vendors';
import { useEmployees } from '../../people';

export interface Lookups {
  /** Categories in tree order with their depth, for selects. */
  categories: { id: string; name: string; depth: number; path: string }[];
  categoryName(id: string | undefined): string;
  vendors: { id: string; name: string }[];
  vendorName(id: string | undefined): string;
  people: { id: string; name: string }[];
  personName(id: string | undefined): string;
}

export function useLookups(): Lookups {
  const cats = useBudgetCategories();
  const vendors = useVendors();
  const people = useEmployees();
  return useMemo(() => {
    const flat: Lookups['categories'] = [];
    const walk = (nodes: CategoryNode[], parents: string[]) => {
      for (const n of nodes) {
        const path = [...parents, n.category.name].join(' / ');
        flat.push({ id: n.category.id, name: n.category.name, depth: n.depth, path });
        walk(n.children, [...parents, n.category.name]);
      }
    };
    walk(buildCategoryTree(cats ?? []), []);
    const catById = new Map(flat.map((c) => [c.id, c.path]));
    const vendorList = (vendors ?? [])
      .map((v) => ({ id: v.id, name: v.name }))
      .sort((a, b) => a.name.localeCompare(b.name));
    const vendorById = new Map(vendorList.map((v) => [v.id, v.name]));
    const peopleList = (people ?? [])
      .map((p) => ({ id: p.id, name: p.name }))
      .sort((a, b) => a.name.localeCompare(b.name));
    const personById = new Map(peopleList.map((p) => [p.id, p.name]));
    return {
      categories: flat,
      categoryName: (id) => (id ? (catById.get(id) ?? 'Deleted category') : 'Uncategorized'),
      vendors: vendorList,
      vendorName: (id) => (id ? (vendorById.get(id) ?? '') : ''),
      people: peopleList,
      personName: (id) => (id ? (personById.get(id) ?? '') : ''),
    };
  }, [cats, vendors, people]);
}
