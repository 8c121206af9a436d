/* global GraphiQL, React, ReactDOM, window, document -- browser globals from the UMD bundles */
// Boots GraphiQL against this gateway. Paste `{"Authorization": "Bearer <token or API key>"}`
// in the Headers tab to run operations as yourself.
(function () {
  var fetcher = GraphiQL.createFetcher({ url: window.location.origin + '/graphql' });
  var defaultQuery = [
    '# Welcome to the PyAirtable GraphQL playground.',
    '# Sign in with logIn, then put {"Authorization": "Bearer <accessToken>"} in Headers.',
    'mutation LogIn {',
    '  logIn(input: { email: "demo@example.com", password: "demo-password" }) {',
    '    accessToken',
    '    user { id email name }',
    '  }',
    '}',
    '',
    'query Me {',
    '  me { id email workspaces { id name role members { role user { email } } } }',
    '}',
    '',
  ].join('\n');
  var root = ReactDOM.createRoot(document.getElementById('graphiql'));
  root.render(
    React.createElement(GraphiQL, {
      fetcher: fetcher,
      defaultQuery: defaultQuery,
      defaultEditorToolsVisibility: 'headers',
      shouldPersistHeaders: true,
    }),
  );
})();
