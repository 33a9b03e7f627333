// The peer authorization server of bench/run-token-bench.sh: oidc-provider (npm) with one
// client allowed the client_credentials grant, client_secret_basic, and the scopes tasklane's
// service clients have. Prints "listening on http://127.0.0.1:PORT" once it serves.
// Usage: node oidc-peer.mjs MODULE_DIR CLIENT_ID CLIENT_SECRET
import { createRequire } from 'node:module';
import path from 'node:path';

const [moduleDir, clientId, clientSecret] = process.argv.slice(2);
if (!clientSecret) {
  console.error('usage: node oidc-peer.mjs MODULE_DIR CLIENT_ID CLIENT_SECRET');
  process.exit(2);
}
const require = createRequire(path.join(moduleDir, 'package.json'));
const { default: Provider } = await import(require.resolve('oidc-provider'));

const server = (await import('node:http')).createServer();
await new Promise((resolve) => server.listen(0, '127.0.0.1', resolve));
const issuer = `http://127.0.0.1:${server.address().port}`;
const provider = new Provider(issuer, {
  clients: [{
    client_id: clientId,
    client_secret: clientSecret,
    grant_types: ['client_credentials'],
    redirect_uris: [],
    response_types: [],
    token_endpoint_auth_method: 'client_secret_basic',
    scope: 'tasks:read tasks:write',
  }],
  scopes: ['tasks:read', 'tasks:write'],
  features: { clientCredentials: { enabled: true }, devInteractions: { enabled: false } },
  // Opaque access tokens kept by the provider, as tasklane-server keeps its hashes.
  ttl: { ClientCredentials: 3600 },
});
server.on('request', provider.callback());
console.log(`listening on ${issuer}`);
