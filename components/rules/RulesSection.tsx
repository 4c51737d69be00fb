import { useMemo, useState } from 'preact/hooks';
import { RULE_KIND_LABELS, ruleLabel } from '../../lib/alignment/rule-label';
import { pageDatabase as db } from '../../lib/db/page-database';
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

  const toggle = async (rule: Rule) => {
    const reply = await send({ type: 'saveRecord', list: 'rules', record: { ...rule, enabled: !rule.enabled } });
    if (!reply.ok) return toast.show(`Could not change the rule: ${reply.error}`);
    toast.show(`Turned ${rule.enabled ? 'off' : 'on'} “${ruleLabel(rule)}”.`, () =>
      send({ type: 'saveRecord', list: 'rules', record: rule }),
    );
  };

  const loading = rules === undefined || objectives === undefined || targets === undefined;
  const filtered = filter ? objectiveById.get(filter) : undefined;
  return (
    <section class="stack rules-section" aria-labelledby={HEADING_ID}>
      <div class="section-head">
        <h2 id={HEADING_ID} tabIndex={-1}>
          {filtered ? `Rules for ${filtered.code}` : 'Rules'}
        </h2>
        <button
          type="button"
          class="primary"
          disabled={loading || objectives.length === 0}
          onClick={() => setOpen({ kind: 'create' })}
        >
          New rule
        </button>
      </div>
      <p class="hint">
        A rule aligns all the work it matches: a Jira project, label or epic, an Azure DevOps area path, an Asana
        project… Work under an aligned parent or epic is aligned too. Counts are over the {items.length} work items seen
        so far.
      </p>
      {filtered && (
        <p>
          <a href={routeHref('rules')}>Show every objective’s rules</a>
        </p>
      )}
      {loading ? (
        <p class="pending">Loading the rules…</p>
      ) : objectives.length === 0 ? (
        <div class="empty-state">
          <p>
            <strong>No objectives yet.</strong> A rule aligns work to an objective: create one under Objectives, or
            import a strategy pack.
          </p>
        </div>
      ) : shown.length === 0 ? (
        <div class="empty-state">
          <p>
            <strong>No rules yet.</strong> Tag work at scale: “everything labelled checkout”, “everything under epic
            PAY-100”, “everything under Platform\Web”.
          </p>
          <button type="button" onClick={() => setOpen({ kind: 'create' })}>
            Create the first rule
          </button>
        </div>
      ) : (
        <table class="rules-table">
          <caption class="catalogue-sr-only">Rules, with the seen work each matches</caption>
          <thead>
            <tr>
              <th scope="col">Rule</th>
              <th scope="col">Matches on</th>
              <th scope="col">Objective</th>
              <th scope="col">Seen items</th>
              <th scope="col">On</th>
              <th scope="col">
                <span class="catalogue-sr-only">Actions</span>
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
                      {rule.site ? ` · ${rule.site}` : ' · every site'}
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
                      checked={rule.enabled}
                      aria-label={`${label} is on`}
                      onChange={() => void toggle(rule)}
                    />
                  </td>
                  <td>
                    <div class="row-actions">
                      <button
                        type="button"
                        aria-label={`Edit ${label}`}
                        onClick={() => setOpen({ kind: 'edit', rule })}
                      >
                        Edit
                      </button>
                      <button
                        type="button"
                        class="quiet"
                        aria-label={`Delete ${label}`}
                        onClick={() => setOpen({ kind: 'delete', rule })}
                      >
                        Delete
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
              created ? `Created the rule “${ruleLabel(saved)}”.` : `Saved the rule “${ruleLabel(saved)}”.`,
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
            question: `Delete the rule “${ruleLabel(open.rule)}”?`,
            consequences: `The ${counts.get(open.rule.id) ?? 0} seen items it matches no longer serve ${objectiveById.get(open.rule.objectiveId)?.code ?? 'its objective'} through it.`,
          })}
          focusAfterDelete={HEADING_ID}
          onClose={close}
          onDeleted={(removed) =>
            toast.show(`Deleted the rule “${ruleLabel(open.rule)}”.`, () => send({ type: 'restoreRemoved', removed }))
          }
        />
      )}
      {toast.element}
    </section>
  );
}
