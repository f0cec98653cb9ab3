/** Why an export could not be had: the gateway's HTTP status and its message. */
export class ExportRefused extends Error {
  constructor(
    readonly status: number,
    message: string,
  ) {
    super(message);
  }
}

/**
 * Asks the gateway for one of its exports (`/export/portfolio.csv?…`) with the session's bearer token, and
 * hands the file to the browser as a download under `fileName`.
 */
export async function downloadExport(graphUrl: string, path: string, search: string, token: string | null, fileName: string): Promise<void> {
  const response = await fetch(new URL(`${path}?${search}`, graphUrl), { headers: token ? { authorization: `Bearer ${token}` } : {} });
  if (!response.ok) {
    const body = (await response.json().catch(() => null)) as { errors?: { message?: string }[] } | null;
    throw new ExportRefused(response.status, body?.errors?.[0]?.message ?? response.statusText);
  }
  const url = URL.createObjectURL(await response.blob());
  const link = document.createElement('a');
  link.href = url;
  link.download = fileName;
  document.body.append(link);
  link.click();
  link.remove();
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
}
