import { api } from '../api/client.ts';
import { ErrorNote, Loading } from '../components/bits.tsx';
import { useResource } from '../hooks/useResource.ts';

const TAG_TITLES: Record<string, string> = {
  content: '题库',
  practice: '练习与复习',
  notes: '笔记',
  plans: '学习计划',
  labs: '实验室',
  interviews: '模拟面试',
  reports: '面经',
  accounts: '账户',
  exports: '导出',
  meta: '文档',
};

/** The HTTP API, from its OpenAPI 3.1 document (generated from the routes' own schemas). */
export function ApiDocs() {
  const { data, error } = useResource('openapi', api.openapi);
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
        {data.info.description} 机器可读的 OpenAPI 3.1 文档：
        <a href="/api/openapi.json">/api/openapi.json</a>（版本 {data.info.version}）。
      </p>
      {[...byTag].map(([tag, routes]) => (
        <section key={tag} className="panel" data-testid="api-tag">
          <h2>{TAG_TITLES[tag] ?? tag}</h2>
          {routes.map(({ method, path, op }) => (
            <details key={`${method} ${path}`} className="api-route">
              <summary>
                <code className={`method method-${method}`}>{method.toUpperCase()}</code>{' '}
                <code>{path}</code> <span className="muted">{op.summary}</span>
                {op.security.length > 0 && (
                  <span className="badge" title="服务器模式下需要登录">
                    需登录
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
                        {p.required ? ', 必填' : ''})
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
