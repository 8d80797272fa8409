/**
 * Settings → Equipment: the asset-tag prefix new items' tags are suggested from, and the
 * category list the register's picker offers (add, rename, hide). A rename follows onto the
 * items filed under the old name when saved; a hidden category stays on the items using it.
 */
import { useId, useState } from 'react';
import { FormError, useSubmit } from '../../../ui/FormDialog';
import { useToast } from '../../../ui/Toast';
import { exampleAssetTag, newEquipmentCategoryKey, saveEquipmentSettings, useEquipmentSettings, type EquipmentSettings } from '../../equipment';

function EquipmentSettingsForm({ initial }: { initial: EquipmentSettings }) {
  const [prefix, setPrefix] = useState(initial.assetTagPrefix);
  const [categories, setCategories] = useState(initial.categories);
  const [newName, setNewName] = useState('');
  const [addError, setAddError] = useState<string | null>(null);
  const toast = useToast((s) => s.show);
  const ids = useId();
  const { error, busy, submit } = useSubmit(async () => {
    await saveEquipmentSettings({ assetTagPrefix: prefix, categories });
    toast('Equipment settings saved');
  });

  let example = '';
  try {
    example = exampleAssetTag(prefix);
  } catch {
    example = '';
  }

  const add = () => {
    const name = newName.trim();
    if (!name) return setAddError('Type the new category’s name first.');
    if (categories.some((c) => c.name.trim().toLowerCase() === name.toLowerCase()))
      return setAddError(`The category "${name}" is already in the list.`);
    setCategories((list) => [...list, { key: newEquipmentCategoryKey(name, list.map((c) => c.key)), name }]);
    setNewName('');
    setAddError(null);
  };

  return (
    <form
      className="card"
      aria-labelledby={`${ids}-title`}
      noValidate
      onSubmit={(e) => {
        e.preventDefault();
        void submit();
      }}
    >
      <h2 id={`${ids}-title`}>Equipment</h2>
      <p className="muted">How new items’ asset tags are numbered, and the categories the register offers.</p>
      <div className="form-grid">
        <label className="field">
          <span>Asset-tag prefix</span>
          <input value={prefix} onChange={(e) => setPrefix(e.target.value)} maxLength={20} aria-describedby={`${ids}-example`} />
          <small id={`${ids}-example`} className="muted">
            {example ? `New tags look like ${example}, numbered after the highest tag in use.` : 'Use letters, digits and - _ / . # :'}
          </small>
        </label>
      </div>
      <fieldset style={{ border: 0, padding: 0, margin: '16px 0 0' }}>
        <legend style={{ fontWeight: 600, marginBottom: 8 }}>Categories</legend>
        <ul className="list-plain" style={{ display: 'grid', gap: 6, margin: 0, padding: 0, listStyle: 'none' }}>
          {categories.map((c, i) => (
            <li key={c.key} style={{ display: 'flex', gap: 12, alignItems: 'center', flexWrap: 'wrap' }}>
              <input
                className="input"
                aria-label={`Category name (${initial.categories.find((o) => o.key === c.key)?.name ?? c.name})`}
                value={c.name}
                maxLength={80}
                onChange={(e) => setCategories((list) => list.map((x, j) => (j === i ? { ...x, name: e.target.value } : x)))}
                style={{ minWidth: '16rem', opacity: c.hidden ? 0.7 : 1 }}
              />
              <label style={{ display: 'flex', gap: 6, alignItems: 'center' }}>
                <input
                  type="checkbox"
                  checked={!!c.hidden}
                  onChange={(e) => setCategories((list) => list.map((x, j) => (j === i ? { ...x, hidden: e.target.checked || undefined } : x)))}
                />
                Hidden from the picker
              </label>
            </li>
          ))}
        </ul>
        <div style={{ display: 'flex', gap: 8, alignItems: 'center', marginTop: 10, flexWrap: 'wrap' }}>
          <input
            className="input"
            aria-label="New category"
            placeholder="New category, e.g. Audio/visual"
            value={newName}
            maxLength={80}
            onChange={(e) => setNewName(e.target.value)}
            onKeyDown={(e) => {
              if (e.key === 'Enter') {
                e.preventDefault();
                add();
              }
            }}
            style={{ minWidth: '16rem' }}
          />
          <button type="button" className="btn" onClick={add}>
            Add category
          </button>
        </div>
        {addError ? (
          <p className="field-error" role="alert">
            {addError}
          </p>
        ) : null}
      </fieldset>
      <FormError error={error} />
      <div style={{ marginTop: 12 }}>
        <button type="submit" className="btn btn-primary" disabled={busy}>
          Save equipment settings
        </button>
      </div>
    </form>
  );
}

export function EquipmentSettingsSection() {
  const settings = useEquipmentSettings();
  if (!settings) return <p className="muted">Loading…</p>;
  return <EquipmentSettingsForm key={JSON.stringify(settings)} initial={settings} />;
}
