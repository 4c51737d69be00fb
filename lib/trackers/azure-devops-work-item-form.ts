import { defineAdapter, type FoundItem } from './adapter';
import { azureDevOpsFacts } from './azure-devops-facts';
import { idFromHref, idFromPageUrl, idFromText, workItemUrl } from './azure-devops-ids';
import {
  editLink,
  form,
  formAreaPath,
  formCommandBar,
  formDialog,
  formHeader,
  formHeaderControls,
  formPage,
  formTitle,
} from './azure-devops-selectors';
import { type AzureDevOpsSite, azureDevOpsSite, isAzureDevOpsPage } from './azure-devops-site';
import { closestOf, MAX_TEXT } from './dom';

// Nearest first: the form sits inside its page or dialog frame.
const FORM_FRAMES = [form, formPage, formDialog];

/** The work item form: its own page (`/_workitems/edit/ID`) or a dialog over a board (`?workitem=ID`). */
export const azureDevOpsWorkItemForm = defineAdapter({
  name: 'azure-devops-work-item-form',
  tracker: 'azure-devops',
  applies: isAzureDevOpsPage,
  page: azureDevOpsSite,
  container: formHeader,
  marker: editLink,
  // The header may show its id as text only: it is found by itself.
  standalone: true,
  read: readForm,
});

function readForm(header: Element, ado: AzureDevOpsSite, url: URL): FoundItem | null {
  // The header names its own item; the page URL may name another when a dialog opens over a form.
  const id =
    idFromHref(header.querySelector(editLink)?.getAttribute('href'), url) ??
    idFromText(header.querySelector(formHeaderControls)) ??
    idFromPageUrl(url);
  if (!id) return null;
  const container = closestOf(header, FORM_FRAMES) ?? header;
  return {
    ref: { tracker: 'azure-devops', site: ado.site, key: id },
    ...formAnchor(header, container),
    kind: 'detail',
    container,
    title: fieldText(container.querySelector(formTitle)),
    url: workItemUrl(ado, id),
    facts: azureDevOpsFacts({ areaPath: fieldText(container.querySelector(formAreaPath), Number.POSITIVE_INFINITY) }),
  };
}

/** Before the outer command bar (the bar is nested in itself); at the end of the header without one. */
function formAnchor(header: Element, container: Element): Pick<FoundItem, 'anchor' | 'placement' | 'provisional'> {
  for (const bar of container.querySelectorAll(formCommandBar)) {
    if (!bar.parentElement?.closest(formCommandBar)) return { anchor: bar, placement: 'before' };
  }
  return { anchor: header, placement: 'append', provisional: true };
}

/** An input's current value as plain text; the `value` attribute is only what the page first rendered. */
function fieldText(element: Element | null, max = MAX_TEXT): string | undefined {
  const value = element?.tagName === 'INPUT' ? (element as HTMLInputElement).value : element?.textContent;
  const text = value?.replace(/\s+/g, ' ').trim();
  if (!text) return undefined;
  return text.length > max ? `${text.slice(0, max - 1)}…` : text;
}
