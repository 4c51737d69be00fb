import { useEffect, useState } from 'preact/hooks';
import type { DeletionQuestion } from '../../lib/catalogue/describe-deletion';
import type { Removed } from '../../lib/db/removed';
import { t } from '../../lib/i18n/catalogue';
import { send } from '../../lib/messages/client';
import type { EditableList } from '../../lib/messages/protocol';
import { ConfirmDialog } from './ConfirmDialog';

interface Props {
  list: EditableList;
  id: string;
  /** Counts from the database what goes with the record, and says so. */
  describe(): Promise<DeletionQuestion>;
  onClose(): void;
  /** What the delete removed, for the undo. */
  onDeleted(removed: Removed): void;
  focusAfterDelete: string;
}

/** Asks before deleting a catalogue record, saying what goes with it, then deletes it through the background. */
export function DeleteRecordDialog({ list, id, describe, onClose, onDeleted, focusAfterDelete }: Props) {
  const [question, setQuestion] = useState<DeletionQuestion | null>(null);
  // Asked once per record: `describe` is a new function on every render of the owner.
  useEffect(() => {
    let current = true;
    describe().then(
      (answer) => current && setQuestion(answer),
      // Counting is a read of the page's own database; should it fail, the choice is still the user's.
      () =>
        current &&
        setQuestion({
          question: t('deleteRecordDialog_deleteIt'),
          consequences: t('deleteRecordDialog_whatGoesWithItCould'),
        }),
    );
    return () => {
      current = false;
    };
  }, [list, id]);
  // Opened once the counts are in: a moment, and the question never changes under the reader.
  if (question === null) return null;
  return (
    <ConfirmDialog
      question={question.question}
      consequences={question.consequences}
      confirmLabel={t('deleteRecordDialog_delete')}
      focusAfterConfirm={focusAfterDelete}
      onClose={onClose}
      onConfirm={async () => {
        const reply = await send({ type: 'deleteRecord', list, id });
        if (!reply.ok) return reply.error;
        onDeleted(reply.data.removed);
        return null;
      }}
    />
  );
}
