import { api } from '../api/client.ts';
import { ErrorNote, Loading } from '../components/bits.tsx';
import { useResource } from '../hooks/useResource.ts';
import { useLang, useT } from '../i18n.tsx';

const TAG_TITLES: Record<string, [string, string]> = {
  content: ['题库', 'Question bank'],
  practice: ['练习与复习', 'Practice and review'],
  notes: ['笔记', 'Notes'],
  plans: ['学习计划', 'Study plans'],
  labs: ['实验室', 'Labs'],
  interviews: ['模拟面试', 'Mock interviews'],
  reports: ['面经', 'Interview reports'],
  accounts: ['账户', 'Accounts'],
  exports: ['导出', 'Exports'],
  meta: ['文档', 'Documentation'],
};

/** Chinese words inside the document's English text, marked as Chinese. */
function Mixed({ text }: { text: string }) {
  return (
    <>
      {text.split(/([\u3400-\u9fff]+)/).map((part, i) =>
        i % 2 ? (
          // biome-ignore lint/suspicious/noArrayIndexKey: positional slices of one string
          <span key={i} lang="zh-CN">
            {part}
          </span>
        ) : (
          part
        ),
      )}
    </>
  );
}

/** The HTTP API, from its OpenAPI 3.1 document (generated from the routes' own schemas). */
export function ApiDocs() {
  const { data, error } = useResource('openapi', api.openapi);
  const [lang] = useLang();
  const t = useT();
  if (error) return <ErrorNote error={error} />;
  if (!data) return <Loading />;
  const byTag = new Map<
    string,
    { method: string; path: string; op: (typeof data.paths)[string][string] }[]
  >();
  for (const [path, ops] of Object.entries(data.paths))
    for (const [method, op] of Object.entries(ops)) {
      const tag = op.tags[0] ?? 'other';
      if (!byTag.has(tag)) byTag.set(tag, []);
      byTag.get(tag)!.push({ method, path, op });
    }
  return (
    <>
      <h1>HTTP API</h1>
      <p className="muted">
        <span lang="en">
          <Mixed text={data.info.description} />
        </span>{' '}
        {t('机器可读的 OpenAPI 3.1 文档：', 'The machine-readable OpenAPI 3.1 document: ')}
        <a href="/api/openapi.json">/api/openapi.json</a>
        {t(`（版本 ${data.info.version}）。`, ` (version ${data.info.version}).`)}
      </p>
      {[...byTag].map(([tag, routes]) => (
        <section key={tag} className="panel" data-testid="api-tag">
          <h2>{TAG_TITLES[tag]?.[lang === 'en' ? 1 : 0] ?? tag}</h2>
          {routes.map(({ method, path, op }) => (
            <details key={`${method} ${path}`} className="api-route">
              <summary>
                <code className={`method method-${method}`}>{method.toUpperCase()}</code>{' '}
                <code>{path}</code>{' '}
                <span className="muted" lang="en">
                  <Mixed text={op.summary} />
                </span>
                {op.security.length > 0 && (
                  <span
                    className="badge"
                    title={t('服务器模式下需要登录', 'Needs a login in the server mode')}
                  >
                    {t('需登录', 'Login')}
                  </span>
                )}
              </summary>
              {op.parameters.length > 0 && (
                <ul className="api-params">
                  {op.parameters.map((p) => (
                    <li key={`${p.in}-${p.name}`}>
                      <code>{p.name}</code>{' '}
                      <span className="muted">
                        ({p.in}
                        {p.required ? t(', 必填', ', required') : ''})
                      </span>{' '}
                      <code className="small">{JSON.stringify(p.schema)}</code>
                    </li>
                  ))}
                </ul>
              )}
              {op.requestBody && (
                <pre className="api-schema">
                  {JSON.stringify(op.requestBody.content['application/json']?.schema, null, 2)}
                </pre>
              )}
            </details>
          ))}
        </section>
      ))}
    </>
  );
}
