// @vitest-environment happy-dom
import { describe, expect, it } from 'vitest';
import { formatItemId } from '../../../../lib/model/item-id';
import { azureDevOpsWorkItemForm } from '../../../../lib/trackers/azure-devops-work-item-form';
import { fixtureFiles, fixtureUrls, keys, loadFixture } from '../asana/load';

const FORMS = ['work-item-page.html', 'work-item-dialog.html'];

describe('azure-devops-work-item-form', () => {
  it('finds the work item on its own page', () => {
    const { doc, url } = loadFixture('azure-devops', 'work-item-page.html');
    const items = azureDevOpsWorkItemForm.find(doc, url);
    expect(items).toHaveLength(1);
    const [item] = items;
    const bars = doc.querySelectorAll('.work-item-header-command-bar');
    expect(item?.ref).toEqual({ tracker: 'azure-devops', site: 'dev.azure.com/contoso', key: '101' });
    expect(item?.kind).toBe('detail');
    expect(item?.container).toBe(doc.querySelector('.work-item-form'));
    expect(bars).toHaveLength(2);
    expect(item?.anchor).toBe(bars[0]);
    expect(item?.anchor.contains(bars[1] as Element)).toBe(true);
    expect(item?.placement).toBe('before');
    expect(item?.title).toBe('Design the new pricing page');
    expect(item?.url).toBe('https://dev.azure.com/contoso/_workitems/edit/101');
    expect(item?.facts).toEqual({ areaPath: 'Platform\\Web' });
  });

  it('finds the work item opened in a dialog over a board, and only that one', () => {
    const { doc, url } = loadFixture('azure-devops', 'work-item-dialog.html');
    const items = azureDevOpsWorkItemForm.find(doc, url);
    expect(keys(items)).toEqual(['102']);
    expect(items[0]?.container.closest('.work-item-form-dialog')).not.toBeNull();
    expect(items[0]?.title).toBe('Self-serve upgrade from the usage prompt');
    expect(items[0]?.facts).toEqual({ areaPath: 'Platform\\Billing' });
  });

  it('defines no summary: the form is a detail view', () => {
    expect(azureDevOpsWorkItemForm.summaryAnchor).toBeUndefined();
  });

  it.each(FORMS)('gives the same canonical id on both hosts for %s', (file) => {
    const [cloud, legacy] = fixtureUrls('azure-devops')[file] ?? [];
    const onCloud = azureDevOpsWorkItemForm
      .find(...args(loadFixture('azure-devops', file, cloud)))
      .map((item) => formatItemId(item.ref));
    const onLegacy = azureDevOpsWorkItemForm
      .find(...args(loadFixture('azure-devops', file, legacy)))
      .map((item) => formatItemId(item.ref));
    expect(onLegacy).toEqual(onCloud);
    expect(onCloud).toHaveLength(1);
  });

  it('reads the id from the header text, then from the page URL, when the header link is gone', () => {
    const { doc, url } = loadFixture('azure-devops', 'work-item-page.html');
    const link = doc.querySelector('.work-item-form-header a[href*="/_workitems/edit/"]');
    link?.removeAttribute('href');
    expect(keys(azureDevOpsWorkItemForm.find(doc, url))).toEqual(['101']);
    link?.remove();
    expect(keys(azureDevOpsWorkItemForm.find(doc, url))).toEqual(['101']);
    expect(azureDevOpsWorkItemForm.find(doc, new URL('https://dev.azure.com/contoso/Platform/_workitems'))).toEqual([]);
  });

  it('prefers the id its header shows to the one in the page URL', () => {
    const { doc } = loadFixture('azure-devops', 'work-item-dialog.html');
    const url = new URL('https://dev.azure.com/contoso/Platform/_workitems/edit/101');
    expect(keys(azureDevOpsWorkItemForm.find(doc, url))).toEqual(['102']);
  });

  it('falls back to the header when the command bar is missing', () => {
    const { doc, url } = loadFixture('azure-devops', 'work-item-page.html');
    doc.querySelector('.work-item-header-command-bar')?.remove();
    const [item] = azureDevOpsWorkItemForm.find(doc, url);
    expect(item?.anchor).toBe(doc.querySelector('.work-item-form-header'));
    expect(item?.placement).toBe('append');
  });

  it('keeps a hostile title as text, and reads the title as edited', () => {
    const { doc, url } = loadFixture('azure-devops', 'work-item-page.html');
    const title = doc.querySelector<HTMLInputElement>('input[aria-label="Title Field"]');
    if (title) title.value = '<img src=x onerror=alert(1)>';
    expect(azureDevOpsWorkItemForm.find(doc, url)[0]?.title).toBe('<img src=x onerror=alert(1)>');
    expect(doc.querySelector('.work-item-form img')).toBeNull();
  });

  it('finds the form again after it is re-rendered', () => {
    const { doc, url } = loadFixture('azure-devops', 'work-item-page.html');
    const form = doc.querySelector('.work-item-form');
    const copy = form?.cloneNode(true) as Element;
    form?.replaceWith(copy);
    const [item] = azureDevOpsWorkItemForm.find(doc, url);
    expect(item?.container).toBe(copy);
    expect(item?.anchor).toBe(copy.querySelector('.work-item-header-command-bar'));
  });

  it.each(fixtureFiles('azure-devops').filter((file) => !FORMS.includes(file)))('finds nothing on %s', (file) => {
    const { doc, url } = loadFixture('azure-devops', file);
    expect(azureDevOpsWorkItemForm.find(doc, url)).toEqual([]);
  });
});

function args(page: { doc: Document; url: URL }): [Document, URL] {
  return [page.doc, page.url];
}
