/** The example of shared/pack-format.md, verbatim, as a fresh object each time. */
export function packFormatExample() {
  return {
    format: 'throughline.pack',
    version: 1,
    exportedAt: '2026-11-24T10:00:00.000Z',
    name: 'ACME FY27 strategy',
    themes: [{ id: 'th-growth', name: 'Profitable growth', color: '#1f6feb' }],
    objectives: [
      {
        id: 'ob-grow-2',
        code: 'GROW-2',
        title: 'Increase self-serve revenue',
        themeId: 'th-growth',
        parentId: null,
        owner: 'Dana Smith',
        status: 'active',
        period: { start: '2026-01-01', end: '2026-12-31' },
        url: 'https://intranet.example.com/strategy/grow-2',
        description: 'Shift new business to self-serve checkout.',
      },
    ],
    benefitTargets: [
      {
        id: 'bt-ssr',
        objectiveId: 'ob-grow-2',
        name: 'Self-serve revenue',
        unit: 'EUR',
        kind: 'financial',
        direction: 'increase',
        baseline: 1000000,
        target: 1500000,
        dueDate: '2026-12-31',
        owner: 'Dana Smith',
      },
    ],
    measurements: [
      { id: 'ms-1', targetId: 'bt-ssr', value: 1310000, at: '2026-10-31', confidence: 0.7, note: 'Q3 close' },
    ],
    links: [
      {
        id: 'ln-1',
        itemId: 'jira:acme.atlassian.net:PAY-42',
        objectiveId: 'ob-grow-2',
        targetId: 'bt-ssr',
        note: 'Checkout redesign',
        createdAt: '2026-11-02T09:00:00.000Z',
      },
    ],
    rules: [
      {
        id: 'ru-1',
        objectiveId: 'ob-grow-2',
        tracker: 'jira',
        site: 'acme.atlassian.net',
        match: { kind: 'project', value: 'PAY' },
        enabled: true,
      },
    ],
  } as const satisfies Record<string, unknown>;
}
