// How the extension starts its server, kept free of `vscode` so the benchmark starts it the same way.

/**
 * The server's environment: the editor's, without extra TLS certificates. The server makes no
 * network request, and Node parses NODE_EXTRA_CA_CERTS (set behind corporate proxies) at start,
 * which cost ~150 ms of a 200 ms start on the benchmark machine.
 */
export function serverEnv(env: NodeJS.ProcessEnv): NodeJS.ProcessEnv {
  const out = { ...env };
  delete out.NODE_EXTRA_CA_CERTS;
  return out;
}
