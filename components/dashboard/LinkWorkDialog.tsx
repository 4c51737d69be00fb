import { useEffect, useState } from 'preact/hooks';
import type { SeenWork } from '../../lib/dashboard/seen-work';
import { t } from '../../lib/i18n/catalogue';
import { send } from '../../lib/messages/client';
import type { Reply } from '../../lib/messages/protocol';
import type { PickerObjective } from '../../lib/messages/responses';
import { Dialog } from '../catalogue/Dialog';
import { ObjectivePicker } from '../ObjectivePicker';

const NOTHING_LINKED = new Map();

interface Props {
  item: SeenWork;
  onClose(): void;
  notify(message: string, undo?: () => Promise<Reply<unknown>>): void;
}

/** "Link to…" on the dashboard: the same objective picker as on the page; the toast's Undo removes the link. */
export function LinkWorkDialog({ item, onClose, notify }: Props) {
  const [objectives, setObjectives] = useState<PickerObjective[] | null>(null);
  const [error, setError] = useState<string | undefined>(undefined);
  useEffect(() => {
    void send({ type: 'listObjectives' }).then((reply) =>
      reply.ok ? setObjectives(reply.data.objectives) : setError(reply.error),
    );
  }, []);
  const link = async (objectiveId: string, targetId?: string) => {
    const reply = await send({ type: 'link', itemId: item.id, objectiveId, targetId });
    if (!reply.ok) return setError(reply.error);
    const made = reply.data.link;
    const code = objectives?.find((objective) => objective.id === objectiveId)?.code ?? objectiveId;
    onClose();
    notify(
      t('linkWorkDialog_linkedTo', item.key, code),
      reply.data.created ? () => send({ type: 'removeLinks', linkIds: [made.id] }) : undefined,
    );
  };
  return (
    <Dialog title={t('linkWorkDialog_linkToAnObjective', item.key)} onClose={onClose}>
      <p class="hint">{item.title ?? item.key}</p>
      <ObjectivePicker
        subject={item.key}
        objectives={objectives}
        error={error}
        linked={NOTHING_LINKED}
        onLink={(objectiveId, targetId) => void link(objectiveId, targetId)}
        onUnlink={() => {}}
        onExclude={() => {}}
        onClose={onClose}
      />
      <div class="form-actions">
        <button type="button" onClick={onClose}>
          {t('linkWorkDialog_cancel')}
        </button>
      </div>
    </Dialog>
  );
}
