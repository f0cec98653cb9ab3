/** What the server tells the page at start (server/serve.js, /config.json). */
export interface PortalConfig {
  graphUrl: string;
  oidc: { authority: string; clientId: string; scope: string } | null;
  devSignIn: boolean;
}

export async function loadConfig(): Promise<PortalConfig> {
  const response = await fetch('/config.json', { cache: 'no-cache' });
  if (!response.ok) throw new Error(`/config.json answered ${response.status}`);
  return (await response.json()) as PortalConfig;
}
