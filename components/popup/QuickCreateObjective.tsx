import { useEffect, useState } from 'preact/hooks';
import { t } from '../../lib/i18n/catalogue';
import { send } from '../../lib/messages/client';
import type { Theme } from '../../lib/model/theme';

interface Props {
  onCreated(objectiveId: string): void;
  onCancel(): void;
}

/** Creates an objective with the few fields a PMO analyst knows on the spot; the rest waits for the workspace. */
export function QuickCreateObjective({ onCreated, onCancel }: Props) {
  const [themes, setThemes] = useState<readonly Theme[]>([]);
  const [code, setCode] = useState('');
  const [title, setTitle] = useState('');
  const [themeId, setThemeId] = useState('');
  const [error, setError] = useState<string | null>(null);
  const [saving, setSaving] = useState(false);

  // Read here rather than by the popup, so that the database loads only when someone creates an objective.
  useEffect(() => {
    void import('../../lib/db/page-database').then(({ pageDatabase }) => pageDatabase.themes.toArray()).then(setThemes);
  }, []);

  const submit = async (event: Event) => {
    event.preventDefault();
    setSaving(true);
    const id = `ob-${crypto.randomUUID()}`;
    const record = { id, code: code.trim(), title: title.trim(), status: 'active', ...(themeId ? { themeId } : {}) };
    const reply = await send({ type: 'saveRecord', list: 'objectives', record });
    setSaving(false);
    if (reply.ok) onCreated(id);
    else setError(reply.error);
  };

  return (
    <form class="quick-create" onSubmit={submit} aria-label={t('quickCreateObjective_newObjective')}>
      <h2>{t('quickCreateObjective_newObjective')}</h2>
      <label>
        {t('quickCreateObjective_code')}
        <input
          required
          value={code}
          maxLength={24}
          pattern="[A-Za-z0-9_\-]{1,24}"
          placeholder={t('quickCreateObjective_grow3')}
          onInput={(event) => setCode((event.currentTarget as HTMLInputElement).value)}
        />
      </label>
      <label>
        {t('quickCreateObjective_title')}
        <input
          required
          value={title}
          maxLength={200}
          onInput={(event) => setTitle((event.currentTarget as HTMLInputElement).value)}
        />
      </label>
      <label>
        {t('quickCreateObjective_theme')}
        <select value={themeId} onChange={(event) => setThemeId((event.currentTarget as HTMLSelectElement).value)}>
          <option value="">{t('quickCreateObjective_noTheme')}</option>
          {themes.map((theme) => (
            <option key={theme.id} value={theme.id}>
              {theme.name}
            </option>
          ))}
        </select>
      </label>
      {error && (
        <p class="error" role="alert">
          {error}
        </p>
      )}
      <div class="actions">
        <button type="submit" class="primary" disabled={saving}>
          {t('quickCreateObjective_create')}
        </button>
        <button type="button" onClick={onCancel}>
          {t('quickCreateObjective_cancel')}
        </button>
      </div>
    </form>
  );
}
