import { createRequire } from 'node:module';
import path from 'node:path';
import type { Express } from 'express';

const require = createRequire(import.meta.url);

/** A file inside an installed package, even one its "exports" map does not list. */
function packageFile(name: string, file: string): string {
  return path.join(path.dirname(require.resolve(`${name}/package.json`)), file);
}

// Every asset comes from node_modules, so the playground works with no internet access.
const ASSETS: Record<string, { file: string; type: string }> = {
  'react.js': {
    file: packageFile('react', 'umd/react.production.min.js'),
    type: 'text/javascript',
  },
  'react-dom.js': {
    file: packageFile('react-dom', 'umd/react-dom.production.min.js'),
    type: 'text/javascript',
  },
  'graphiql.js': { file: packageFile('graphiql', 'graphiql.min.js'), type: 'text/javascript' },
  'graphiql.css': { file: packageFile('graphiql', 'graphiql.min.css'), type: 'text/css' },
  'playground.js': {
    file: new URL('./graphiql-playground.js', import.meta.url).pathname,
    type: 'text/javascript',
  },
};

const PAGE = `<!doctype html>
<html lang="en">
<head>
  <meta charset="utf-8">
  <meta name="viewport" content="width=device-width, initial-scale=1">
  <title>PyAirtable GraphQL playground</title>
  <link rel="stylesheet" href="/graphiql/graphiql.css">
  <style>html, body, #graphiql { height: 100%; margin: 0; }</style>
</head>
<body>
  <div id="graphiql">Loading the playground…</div>
  <script src="/graphiql/react.js"></script>
  <script src="/graphiql/react-dom.js"></script>
  <script src="/graphiql/graphiql.js"></script>
  <script src="/graphiql/playground.js"></script>
</body>
</html>`;

/** True when a GET is from a browser asking for a page rather than a GraphQL result. */
export function wantsPlayground(accept: string | undefined): boolean {
  return Boolean(accept?.includes('text/html'));
}

/** Serves GraphiQL at GET /graphql (browsers) and its assets at /graphiql/*. */
export function addPlayground(app: Express): void {
  app.get('/graphiql/:asset', (req, res) => {
    const asset = ASSETS[req.params.asset];
    if (!asset) {
      res.status(404).end();
      return;
    }
    res.type(asset.type).set('cache-control', 'public, max-age=3600').sendFile(asset.file);
  });
  app.get('/graphql', (req, res, next) => {
    if (!wantsPlayground(req.header('accept'))) {
      next();
      return;
    }
    res
      .type('html')
      .set(
        'content-security-policy',
        "default-src 'self'; style-src 'self' 'unsafe-inline'; img-src 'self' data:; font-src 'self' data:",
      )
      .send(PAGE);
  });
}
