import type { ChainVerification, createChainVerifier } from './verify-chain.ts';

type Line = Record<string, unknown> & { type?: string };

/**
 * Verifies an exported JSON Lines log: entries (position order per chain), then checkpoints
 * and the key. Entries are held per chain until the checkpoints are read (they come last);
 * an export is one workspace's chain, so this is that chain's entries.
 */
export async function verifyExport(
  lines: AsyncIterable<string>,
  publicKey: string | null,
  verifier: typeof createChainVerifier,
): Promise<ChainVerification & { chains: number; trustedKey: 'given' | 'from the file' }> {
  const entries = new Map<string, Line[]>();
  const checkpoints: Line[] = [];
  let fileKey: string | null = null;
  for await (const text of lines) {
    if (!text.trim()) continue;
    const line = JSON.parse(text) as Line;
    if (line.type === 'entry') {
      const chain = String(line.chain);
      entries.set(chain, [...(entries.get(chain) ?? []), line]);
    } else if (line.type === 'checkpoint') checkpoints.push(line);
    else if (line.type === 'key') fileKey = String(line.publicKey);
  }
  const key = publicKey ?? fileKey;
  if (!key) throw new Error('No public key given and none in the file.');
  let checked = 0;
  for (const [chain, list] of entries) {
    list.sort((a, b) => (BigInt(String(a.position)) < BigInt(String(b.position)) ? -1 : 1));
    const v = verifier(
      key,
      checkpoints
        .filter((c) => c.chain === chain)
        .map((c) => ({
          chain,
          position: String(c.position),
          hash: String(c.hash),
          signature: String(c.signature),
        })),
    );
    v.add(list as never);
    const result = v.result();
    checked += result.checkedEntries;
    if (!result.ok)
      return {
        ...result,
        checkedEntries: checked,
        chains: entries.size,
        trustedKey: publicKey ? 'given' : 'from the file',
      };
  }
  return {
    ok: true,
    checkedEntries: checked,
    firstBrokenEntryId: null,
    reason: null,
    chains: entries.size,
    trustedKey: publicKey ? 'given' : 'from the file',
  };
}
