import { describe, expect, it } from 'vitest';
import { loadSigningKey, signCheckpoint } from '../src/domain/checkpoint-signature.ts';
import {
  canonicalJson,
  GENESIS_HASH,
  hashEntry,
  type HashedFields,
} from '../src/domain/hash-entry.ts';
import { createChainVerifier } from '../src/domain/verify-chain.ts';

const key = loadSigningKey(undefined);

function chain(n: number, from = 1) {
  const out: (HashedFields & { hash: string })[] = [];
  let prevHash = GENESIS_HASH;
  for (let i = from; i < from + n; i++) {
    const e = {
      id: `e${i}`,
      chain: 'w',
      position: BigInt(i),
      workspaceId: null,
      at: new Date(1_700_000_000_000 + i),
      userId: 'u',
      apiKeyId: null,
      path: 'graphql',
      operation: 'updateRecords',
      outcome: 'ok',
      errorCode: null,
      requestId: null,
      ip: null,
      userAgent: null,
      target: { recordIds: [`rec${i}`], baseId: 'app1' },
      prevHash,
    };
    const hash = hashEntry(e);
    out.push({ ...e, hash });
    prevHash = hash;
  }
  return out;
}

describe('audit: the hash chain (pure)', () => {
  it('hashes the same whatever the key order of the target (a JSONB round trip)', () => {
    expect(canonicalJson({ b: 1, a: [{ d: 2, c: 3 }] })).toBe('{"a":[{"c":3,"d":2}],"b":1}');
    const [e] = chain(1);
    expect(hashEntry({ ...e!, target: { baseId: 'app1', recordIds: ['rec1'] } })).toBe(e!.hash);
  });

  it('accepts an intact chain and names an edit, a gap and a reordering', () => {
    const good = chain(5);
    const v = createChainVerifier(key, []);
    v.add(good);
    expect(v.result()).toMatchObject({ ok: true, checkedEntries: 5 });

    const edited = good.map((e) => (e.id === 'e3' ? { ...e, operation: 'deleteRecords' } : e));
    const v2 = createChainVerifier(key, []);
    v2.add(edited);
    expect(v2.result()).toMatchObject({ ok: false, firstBrokenEntryId: 'e3' });

    const gap = good.filter((e) => e.id !== 'e2');
    const v3 = createChainVerifier(key, []);
    v3.add(gap);
    expect(v3.result()).toMatchObject({ ok: false, firstBrokenEntryId: 'e3' });

    const v4 = createChainVerifier(key, []);
    v4.add(good.slice(0, 4));
    expect(v4.result({ position: 5n, hash: good[4]!.hash })).toMatchObject({
      ok: false,
      firstBrokenEntryId: 'e4',
      reason: 'entries after it are missing',
    });
  });

  it('lets a pruned chain start from a signed checkpoint, and only a validly signed one', () => {
    const all = chain(6);
    const kept = all.slice(3);
    const at3 = { chain: 'w', position: 3n, hash: all[2]!.hash };
    const signed = { ...at3, signature: signCheckpoint(key, 'w', 3n, at3.hash) };
    const ok = createChainVerifier(key, [signed]);
    ok.add(kept);
    expect(ok.result()).toMatchObject({ ok: true, checkedEntries: 3 });

    const otherKey = loadSigningKey(
      Buffer.from(
        '-----BEGIN PRIVATE KEY-----\nMC4CAQAwBQYDK2VwBCIEIAEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEB\n-----END PRIVATE KEY-----\n',
      ).toString('base64'),
    );
    const forged = { ...at3, signature: signCheckpoint(otherKey, 'w', 3n, at3.hash) };
    const bad = createChainVerifier(key, [forged]);
    bad.add(kept);
    expect(bad.result()).toMatchObject({ ok: false, firstBrokenEntryId: 'e4' });
  });
});
