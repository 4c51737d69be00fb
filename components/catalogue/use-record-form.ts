import { useState } from 'preact/hooks';
import {
  type FormProblems,
  type FormResult,
  hasProblems,
  noProblems,
  refusalProblems,
} from '../../lib/catalogue/form-problems';
import type { Reply } from '../../lib/messages/protocol';

interface Options<F extends string, R> {
  /** Prefix of the controls' ids: `${idPrefix}-${field}`. */
  idPrefix: string;
  /** The fields in the order they show, so the first one with a problem takes the focus. */
  fields: readonly F[];
  initial: Record<F, string>;
  parse(values: Record<F, string>): FormResult<R, F>;
  fieldOfPath: Readonly<Record<string, F>>;
  /** `base` is the record as this form loaded it; the background refuses the save if it changed since. */
  save(record: R, base: object | undefined): Promise<Reply<unknown>>;
  onSaved(record: R): void;
  /** For an edit: the stored record the form starts from, and how to read it again and show it. */
  stored?: {
    record: object;
    read(): Promise<object | undefined>;
    valuesOf(record: object): Record<F, string>;
  };
}

/** A save refused because another tab changed the record: the user reloads it or overwrites it. */
export interface Conflict {
  message: string;
  reload(): void;
  overwrite(): void;
}

export interface RecordForm<F extends string> {
  values: Record<F, string>;
  problems: FormProblems<F>;
  saving: boolean;
  conflict: Conflict | null;
  set(field: F, value: string): void;
  /** Several fields at once, where one choice resets another (a new objective, no target). */
  change(values: Partial<Record<F, string>>): void;
  submit(event: Event): Promise<void>;
  idOf(field: F): string;
}

/**
 * A catalogue form: checked on the client with the model's schema on
 * submit (and again as the user corrects it), then saved through the
 * background, whose refusal (a code already used…) shows beside its field.
 * Nothing is sent while the client finds a problem.
 */
export function useRecordForm<F extends string, R>(options: Options<F, R>): RecordForm<F> {
  const { idPrefix, fields, parse, fieldOfPath, save, onSaved } = options;
  const [values, setValues] = useState(options.initial);
  const [checked, setChecked] = useState<FormProblems<F>>(noProblems);
  const [refused, setRefused] = useState<FormProblems<F>>(noProblems);
  const [attempted, setAttempted] = useState(false);
  const [saving, setSaving] = useState(false);
  const [base, setBase] = useState<object | undefined>(options.stored?.record);
  const [conflict, setConflict] = useState<{ message: string; record: R } | null>(null);

  const idOf = (field: F) => `${idPrefix}-${field}`;
  const focusFirst = (problems: FormProblems<F>) => {
    const field = fields.find((name) => problems.fields[name] !== undefined);
    if (field) document.getElementById(idOf(field))?.focus();
  };

  const change = (changes: Partial<Record<F, string>>) => {
    const next = { ...values, ...changes };
    setValues(next);
    if (attempted) {
      const result = parse(next);
      setChecked(result.ok ? noProblems() : result.problems);
    }
    // The database's word on a field no longer holds once the field changed.
    setRefused((problems) => {
      const fields = { ...problems.fields };
      for (const field of Object.keys(changes) as F[]) delete fields[field];
      return { fields, other: [] };
    });
  };
  const set = (field: F, value: string) => change({ [field]: value } as Partial<Record<F, string>>);

  const submit = async (event: Event) => {
    event.preventDefault();
    if (saving) return;
    setAttempted(true);
    setRefused(noProblems());
    const result = parse(values);
    if (!result.ok) {
      setChecked(result.problems);
      focusFirst(result.problems);
      return;
    }
    setChecked(noProblems());
    await saveWith(result.record, base);
  };

  const saveWith = async (record: R, against: object | undefined) => {
    setSaving(true);
    setConflict(null);
    const reply = await save(record, against);
    setSaving(false);
    if (reply.ok) return onSaved(record);
    if (reply.changedElsewhere) {
      setConflict({ message: reply.error, record });
      return;
    }
    const problems = refusalProblems(reply, fieldOfPath);
    setRefused(problems);
    focusFirst(problems);
  };

  const problems: FormProblems<F> = hasProblems(refused)
    ? { fields: { ...refused.fields, ...checked.fields }, other: [...checked.other, ...refused.other] }
    : checked;
  const reload = async () => {
    const fresh = await options.stored?.read();
    setConflict(null);
    setBase(fresh);
    if (fresh && options.stored) setValues(options.stored.valuesOf(fresh));
  };

  return {
    values,
    problems,
    saving,
    conflict: conflict && {
      message: conflict.message,
      reload: () => void reload(),
      overwrite: () => void saveWith(conflict.record, undefined),
    },
    set,
    change,
    submit,
    idOf,
  };
}
