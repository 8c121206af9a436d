import type { KeyObject } from 'node:crypto';
import { GENESIS_HASH, hashEntry, type HashedFields } from './hash-entry.ts';
import { verifyCheckpoint } from './checkpoint-signature.ts';

export interface ChainVerification {
  ok: boolean;
  checkedEntries: number;
  firstBrokenEntryId: string | null;
  reason: string | null;
}

type Entry = HashedFields & { hash: string };
type Checkpoint = { chain: string; position: bigint | string; hash: string; signature: string };

/**
 * Checks entries of one chain, oldest first, fed page by page: each must sit at the next
 * position, link to the previous hash and hash to what it says. A chain that starts after
 * position 1 (pruned) must start from a validly signed checkpoint. Pure, so the subgraph and
 * the offline command share it.
 */
export function createChainVerifier(publicKey: KeyObject | string, checkpoints: Checkpoint[]) {
  const signed = new Map(checkpoints.map((c) => [String(c.position), c]));
  let prev: { id: string; position: bigint; hash: string } | null = null;
  let checked = 0;
  let broken: { id: string; reason: string } | null = null;

  function check(e: Entry): string | null {
    const position = BigInt(e.position);
    if (prev === null) {
      if (position === 1n) {
        if (e.prevHash !== GENESIS_HASH) return 'the first entry does not start the chain';
      } else {
        const cp = signed.get(String(position - 1n));
        if (!cp || cp.hash !== e.prevHash || !verifyCheckpoint(publicKey, cp))
          return 'entries before it are missing and no signed checkpoint covers them';
      }
    } else {
      if (position !== prev.position + 1n) return `position ${prev.position + 1n} is missing`;
      if (e.prevHash !== prev.hash) return 'it does not link to the previous entry';
    }
    if (hashEntry(e) !== e.hash) return 'its content does not match its hash';
    const cp = signed.get(String(position));
    if (cp && (cp.hash !== e.hash || !verifyCheckpoint(publicKey, cp)))
      return 'it does not match the signed checkpoint';
    return null;
  }

  return {
    /** Feeds the next entries; false once the chain broke. */
    add(entries: Entry[]): boolean {
      for (const e of entries) {
        if (broken) return false;
        checked += 1;
        const reason = check(e);
        if (reason) broken = { id: e.id, reason };
        prev = { id: e.id, position: BigInt(e.position), hash: e.hash };
      }
      return !broken;
    },
    /** The result; `head` is the chain's recorded newest position and hash, if known. */
    result(head?: { position: bigint; hash: string } | null): ChainVerification {
      if (!broken && head && prev && (head.position !== prev.position || head.hash !== prev.hash))
        broken = { id: prev.id, reason: 'entries after it are missing' };
      return {
        ok: !broken,
        checkedEntries: checked,
        firstBrokenEntryId: broken?.id ?? null,
        reason: broken?.reason ?? null,
      };
    },
  };
}
