import { useEffect, useMemo, useState } from 'preact/hooks';
import { RULE_KIND_LABELS, ruleLabel } from '../../lib/alignment/rule-label';
import { pageDatabase as db } from '../../lib/db/page-database';
import { t } from '../../lib/i18n/catalogue';
import { messageParts } from '../../lib/i18n/message-parts';
import { send } from '../../lib/messages/client';
import type { Rule } from '../../lib/model/rule';
import { matchableItems, matchCounts } from '../../lib/rules/seen-matches';
import { routeHref } from '../../lib/workspace/route';
import { useLiveQuery } from '../../lib/workspace/use-live-query';
import { DeleteRecordDialog } from '../catalogue/DeleteRecordDialog';
import { useUndoToast } from '../catalogue/use-undo-toast';
import { TRACKER_NAMES } from '../links/tracker-names';
import { RuleFormDialog } from './RuleFormDialog';
import '../catalogue/catalogue.css';
import './rules.css';
import { readerFormat } from '../../lib/format/locale';

const HEADING_ID = 'rules-heading';

type Open = { kind: 'create' } | { kind: 'edit'; rule: Rule } | { kind: 'delete'; rule: Rule };

/**
 * The rules (`#rules`, or `#rules/<objective id>` for one objective's): each
 * aligns all the work it matches to an objective. Listed with how many seen
 * items each matches; created and edited with a live preview; switched on
 * and off; deleted with undo.
 */
export function RulesSection({ arg }: { arg: string }) {
  const rules = useLiveQuery(() => db.rules.toArray(), []);
  const objectives = useLiveQuery(() => db.objectives.toArray(), []);
  const targets = useLiveQuery(() => db.benefitTargets.toArray(), []);
  const seen = useLiveQuery(() => db.seenItems.toArray(), []);
  const facts = useLiveQuery(() => db.facts.toArray(), []);
  const [open, setOpen] = useState<Open | null>(null);
  /** Rules turned on or off and not stored yet: their box shows the new state at once, not after the round trip. */
  const [turning, setTurning] = useState<ReadonlyMap<string, boolean>>(new Map());
  const toast = useUndoToast();
  const close = () => setOpen(null);

  const objectiveById = useMemo(
    () => new Map((objectives ?? []).map((objective) => [objective.id, objective])),
    [objectives],
  );
  const filter = arg && objectiveById.has(arg) ? arg : '';
  const items = useMemo(() => {
    const factsById = new Map((facts ?? []).map((record) => [record.id, record.facts]));
    return matchableItems(seen ?? [], (id) => factsById.get(id));
  }, [seen, facts]);
  const counts = useMemo(() => matchCounts(rules ?? [], items), [rules, items]);
  const shown = useMemo(
    () =>
      (rules ?? [])
        .filter((rule) => !filter || rule.objectiveId === filter)
        .sort(
          (a, b) =>
            (objectiveById.get(a.objectiveId)?.code ?? '').localeCompare(
              objectiveById.get(b.objectiveId)?.code ?? '',
              undefined,
              {
                numeric: true,
              },
            ) || ruleLabel(a).localeCompare(ruleLabel(b)),
        ),
    [rules, filter, objectiveById],
  );

  const settled = (id: string) =>
    setTurning((current) => {
      const next = new Map(current);
      next.delete(id);
      return next;
    });
  // A turn is shown until the stored rule says the same (the live query follows the background's write).
  useEffect(() => {
    for (const rule of rules ?? []) if (turning.get(rule.id) === rule.enabled) settled(rule.id);
  }, [rules, turning]);

  const toggle = async (rule: Rule) => {
    setTurning((current) => new Map(current).set(rule.id, !rule.enabled));
    const reply = await send({ type: 'saveRecord', list: 'rules', record: { ...rule, enabled: !rule.enabled } });
    if (!reply.ok) {
      settled(rule.id);
      return toast.show(t('rulesSection_couldNotChangeTheRule', reply.error));
    }
    toast.show(t(rule.enabled ? 'rulesSection_turnedOff' : 'rulesSection_turnedOn', ruleLabel(rule)), () =>
      send({ type: 'saveRecord', list: 'rules', record: rule }),
    );
  };

  const loading = rules === undefined || objectives === undefined || targets === undefined;
  const filtered = filter ? objectiveById.get(filter) : undefined;
  return (
    <section class="stack rules-section" aria-labelledby={HEADING_ID}>
      <div class="section-head">
        <h2 id={HEADING_ID} tabIndex={-1}>
          {filtered ? t('rulesSection_rulesFor', filtered.code) : t('rulesSection_rules')}
        </h2>
        <button
          type="button"
          class="primary"
          disabled={loading || objectives.length === 0}
          onClick={() => setOpen({ kind: 'create' })}
        >
          {t('rulesSection_newRule')}
        </button>
      </div>
      <p class="hint">{t('rulesSection_aRuleAlignsAllThe', readerFormat.number(items.length))}</p>
      {filtered && (
        <p>
          <a href={routeHref('rules')}>{t('rulesSection_showEveryObjectiveSRules')}</a>
        </p>
      )}
      {loading ? (
        <p class="pending">{t('rulesSection_loadingTheRules')}</p>
      ) : objectives.length === 0 ? (
        <div class="empty-state">
          <p>{messageParts('rulesSection_aRuleAlignsWorkTo', <strong>{t('rulesSection_noObjectivesYet')}</strong>)}</p>
          <div class="actions">
            <a class="button-link" href={routeHref('pack')}>
              {t('rulesSection_importAStrategyPack')}
            </a>
            <a href={routeHref('objectives')}>{t('rulesSection_goToObjectives')}</a>
          </div>
        </div>
      ) : shown.length === 0 ? (
        <div class="empty-state">
          <p>
            {messageParts('rulesSection_tagWorkAtScaleEverything', <strong>{t('rulesSection_noRulesYet')}</strong>)}
          </p>
          <button type="button" onClick={() => setOpen({ kind: 'create' })}>
            {t('rulesSection_createTheFirstRule')}
          </button>
        </div>
      ) : (
        <table class="rules-table">
          <caption class="catalogue-sr-only">{t('rulesSection_rulesWithTheSeenWork')}</caption>
          <thead>
            <tr>
              <th scope="col">{t('rulesSection_rule')}</th>
              <th scope="col">{t('rulesSection_matchesOn')}</th>
              <th scope="col">{t('rulesSection_objective')}</th>
              <th scope="col">{t('rulesSection_seenItems')}</th>
              <th scope="col">{t('rulesSection_on')}</th>
              <th scope="col">
                <span class="catalogue-sr-only">{t('rulesSection_actions')}</span>
              </th>
            </tr>
          </thead>
          <tbody>
            {shown.map((rule) => {
              const objective = objectiveById.get(rule.objectiveId);
              const label = ruleLabel(rule);
              return (
                <tr key={rule.id} data-rule-id={rule.id} data-enabled={rule.enabled ? 'yes' : 'no'}>
                  <th scope="row">
                    <span class="rule-name">{label}</span>
                    <span class="muted rule-where">
                      {TRACKER_NAMES[rule.tracker]}
                      {rule.site ? ` · ${rule.site}` : t('rulesSection_everySite')}
                    </span>
                  </th>
                  <td>
                    {RULE_KIND_LABELS[rule.match.kind]} <code>{rule.match.value}</code>
                  </td>
                  <td>
                    {objective ? (
                      <a href={routeHref('objective', objective.id)} title={objective.title}>
                        {objective.code}
                      </a>
                    ) : (
                      rule.objectiveId
                    )}
                  </td>
                  <td class="count">{counts.get(rule.id) ?? 0}</td>
                  <td>
                    <input
                      type="checkbox"
                      checked={turning.get(rule.id) ?? rule.enabled}
                      aria-label={t('rulesSection_isOn', label)}
                      onChange={() => void toggle(rule)}
                    />
                  </td>
                  <td>
                    <div class="row-actions">
                      <button
                        type="button"
                        aria-label={t('rulesSection_edit', label)}
                        onClick={() => setOpen({ kind: 'edit', rule })}
                      >
                        {t('rulesSection_edit2')}
                      </button>
                      <button
                        type="button"
                        class="quiet destructive"
                        aria-label={t('rulesSection_delete', label)}
                        onClick={() => setOpen({ kind: 'delete', rule })}
                      >
                        {t('rulesSection_delete2')}
                      </button>
                    </div>
                  </td>
                </tr>
              );
            })}
          </tbody>
        </table>
      )}
      {(open?.kind === 'create' || open?.kind === 'edit') && objectives && targets && rules && (
        <RuleFormDialog
          {...(open.kind === 'edit' && { rule: open.rule })}
          {...(filter && { objectiveId: filter })}
          objectives={objectives}
          targets={targets}
          rules={rules}
          items={items}
          onClose={close}
          onSaved={(saved, created) => {
            close();
            const previous = open.kind === 'edit' ? open.rule : null;
            toast.show(
              created
                ? t('rulesSection_createdTheRule', ruleLabel(saved))
                : t('rulesSection_savedTheRule', ruleLabel(saved)),
              previous ? () => send({ type: 'saveRecord', list: 'rules', record: previous }) : undefined,
            );
          }}
        />
      )}
      {open?.kind === 'delete' && (
        <DeleteRecordDialog
          list="rules"
          id={open.rule.id}
          describe={async () => ({
            question: t('rulesSection_deleteTheRule', ruleLabel(open.rule)),
            consequences: t(
              'rulesSection_theSeenItemsItMatches',
              counts.get(open.rule.id) ?? 0,
              objectiveById.get(open.rule.objectiveId)?.code ?? 'its objective',
            ),
          })}
          focusAfterDelete={HEADING_ID}
          onClose={close}
          onDeleted={(removed) =>
            toast.show(t('rulesSection_deletedTheRule', ruleLabel(open.rule)), () =>
              send({ type: 'restoreRemoved', removed }),
            )
          }
        />
      )}
      {toast.element}
    </section>
  );
}
