/**
 * GraphiQL 5 edits with Monaco, which parses, validates and completes in web workers. They are
 * bundled by our build (WORKERS in src/http/build-web.ts) and the page's HTML names their hashed
 * files in data-workers, so the page works offline; graphiql's own setup-workers/esm.sh would load
 * them from a CDN. Imported before graphiql, so the environment is there before Monaco starts.
 */
const files = JSON.parse(document.getElementById('root')?.dataset.workers ?? '{}') as Record<string, string>;

(globalThis as unknown as { MonacoEnvironment: unknown }).MonacoEnvironment = {
  getWorker(_workerId: string, label: string): Worker {
    const file = files[label === 'json' || label === 'graphql' ? label : 'editor'];
    if (!file) throw new Error(`No editor worker for "${label}" in this page's HTML (data-workers)`);
    return new Worker(file, { name: label });
  },
};
