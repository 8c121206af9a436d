import type { AuditTarget } from '@pyairtable/audit-client';

type Args = Record<string, unknown>;

const str = (v: unknown) => (typeof v === 'string' && v.length > 0 ? v : undefined);
const obj = (v: unknown): Args | undefined =>
  v && typeof v === 'object' && !Array.isArray(v) ? (v as Args) : undefined;

/** Record ids and field names of a records argument ([{ id?, fields }]). */
function recordsOf(records: unknown) {
  if (!Array.isArray(records)) return {};
  const recordIds = records.map((r) => str(obj(r)?.id)).filter((id): id is string => !!id);
  const fieldNames = [...new Set(records.flatMap((r) => Object.keys(obj(obj(r)?.fields) ?? {})))];
  return {
    ...(recordIds.length ? { recordIds } : {}),
    ...(fieldNames.length ? { fieldNames } : {}),
  };
}

/**
 * What a root field's arguments say it touches: ids, names, roles and emails only. Nothing
 * else is copied, so passwords, tokens and keys given as arguments never reach the log.
 */
// Root fields whose `id` argument is a base's or a workspace's id.
const ID_IS: Record<string, 'baseId' | 'workspaceId'> = {
  base: 'baseId',
  removeBase: 'baseId',
  resyncBase: 'baseId',
  workspace: 'workspaceId',
  renameWorkspace: 'workspaceId',
  deleteWorkspace: 'workspaceId',
};

export function operationTarget(field: string, args: Args): AuditTarget {
  const input = obj(args.input) ?? {};
  const pick = (key: string) => str(args[key]) ?? str(input[key]);
  const ids = Array.isArray(args.ids) ? args.ids.filter((x): x is string => !!str(x)) : [];
  const records = recordsOf(args.records ?? input.records);
  const recordIds = [
    ...(records.recordIds ?? []),
    ...ids,
    ...(pick('recordId') ? [pick('recordId')!] : []),
  ];
  const fieldNames = [
    ...(records.fieldNames ?? []),
    ...(pick('fieldId') ? [pick('fieldId')!] : []),
  ];
  const target: AuditTarget = {
    workspaceId: pick('workspaceId'),
    baseId: pick('baseId'),
    tableId: pick('tableId'),
    id: pick('id') ?? pick('userId') ?? pick('memberId') ?? pick('newOwnerId'),
    email: pick('email')?.toLowerCase(),
    role: pick('role'),
    ...(recordIds.length ? { recordIds } : {}),
    ...(fieldNames.length ? { fieldNames } : {}),
  };
  const idIs = ID_IS[field];
  if (idIs && target.id) target[idIs] ??= target.id;
  return Object.fromEntries(
    Object.entries(target).filter(([, v]) => v !== undefined),
  ) as AuditTarget;
}
