// Uploads through the dashboard's own origin: the gateway's /files/* is proxied like /graphql,
// so tus requests and download links need no CORS and no second origin in the CSP.

/** The same-origin path of a gateway link (upload, download or thumbnail URL). */
export function sameOrigin(url: string): string {
  const parsed = new URL(url);
  return `${parsed.pathname}${parsed.search}`;
}

/** Sends a file's bytes to its tus upload URL in one PATCH; the server's refusal as an Error. */
export async function sendBytes(uploadUrl: string, file: Blob, token: string | null) {
  const res = await fetch(sameOrigin(uploadUrl), {
    method: 'PATCH',
    headers: {
      ...(token ? { authorization: `Bearer ${token}` } : {}),
      'tus-resumable': '1.0.0',
      'upload-offset': '0',
      'content-type': 'application/offset+octet-stream',
    },
    body: file,
  });
  if (res.status !== 204)
    throw new Error((await res.text()).trim() || `Upload failed (${res.status}).`);
}
