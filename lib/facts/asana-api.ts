import { t } from '../i18n/catalogue';
import type { ItemFacts } from '../model/item-facts';
import { cleanFacts, factsByKey, record, text, texts } from './clean-facts';
import { type FactsClient, type FactsClientForPage, mapLimited } from './facts-client';
import { EndpointMissing, FactsError, firstAnswering } from './facts-error';
import { requestJson } from './request-json';

const FIELDS = ['parent', 'projects', 'memberships.section.name', 'tags.name', 'resource_subtype'];
/** Asana's batch API takes ten actions a request. */
const BATCH = 10;

function taskFacts(task: unknown): [string, ItemFacts] | null {
  const data = record(task);
  const gid = text(data?.gid);
  if (!gid || !data) return null;
  const memberships = Array.isArray(data.memberships) ? data.memberships : [];
  return [
    gid,
    cleanFacts({
      parent: text(record(data.parent)?.gid),
      projects: texts(data.projects, 'gid'),
      sections: memberships.flatMap((membership) => text(record(record(membership)?.section)?.name) ?? []),
      labels: texts(data.tags, 'name'),
    }),
  ];
}

/**
 * Asana's web API, where the session allows it: the batch API, ten tasks a
 * request, else task by task. A task the user cannot see is left out.
 */
export function asanaFactsClient(origin: string): FactsClient {
  const fetchTasks = firstAnswering<readonly string[], Map<string, ItemFacts>>([
    async (gids, signal, timed) => {
      const { body } = await requestJson(
        {
          url: `${origin}/api/1.0/batch`,
          method: 'POST',
          body: {
            data: {
              actions: gids.map((gid) => ({
                method: 'get',
                relative_path: `/tasks/${gid}`,
                options: { fields: FIELDS },
              })),
            },
          },
          missingOn: [404, 405],
        },
        signal,
        timed,
      );
      return timed(() => {
        const results = record(body)?.data;
        if (!Array.isArray(results)) throw new FactsError(t('asanaApi_unreadable'), false);
        return factsByKey(results, (result) =>
          Number(record(result)?.status_code) === 200 ? taskFacts(record(record(result)?.body)?.data) : null,
        );
      });
    },
    async (gids, signal, timed) => {
      const found = new Map<string, ItemFacts>();
      let answered = false;
      let webPage = false;
      await mapLimited(gids, 4, async (gid) => {
        try {
          const { body } = await requestJson(
            { url: `${origin}/api/1.0/tasks/${gid}?opt_fields=${FIELDS.join(',')}` },
            signal,
            timed,
          );
          answered = true;
          const entry = timed(() => taskFacts(record(body)?.data));
          if (entry) found.set(entry[0], entry[1]);
        } catch (error) {
          if (!(error instanceof EndpointMissing)) throw error;
          webPage ||= error.webPage;
        }
      });
      if (!answered && webPage) throw new EndpointMissing(true);
      return found;
    },
  ]);
  return { batchSize: BATCH, fetch: fetchTasks };
}

export const asanaFactsClientFor: FactsClientForPage = (url) => asanaFactsClient(url.origin);
