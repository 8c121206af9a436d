import { BREAK, parse, TypeInfo, visit, visitWithTypeInfo, type GraphQLSchema } from 'graphql';

/**
 * Fields whose value is the same for every member of a workspace with the same role, by
 * `Type: fields` (`'*'`: all of the type's fields). A subscription's selection made only of
 * these can be resolved once per event and shared. Everything else depends on who asks
 * (`User.workspaces` lists the workspaces the caller shares with that user; `Workspace.role`,
 * `members`, `invitations`, budgets, conversations are per person), so it is resolved per
 * person. A new field is per person until it is listed here.
 */
const SHARED_FIELDS: Record<string, '*' | readonly string[]> = {
  Query: ['record', 'records', 'base'],
  Base: ['id', 'name', 'table', 'tables', 'sync'],
  SyncStatus: '*',
  Table: '*',
  Field: '*',
  View: '*',
  Record: '*',
  RecordConnection: '*',
  RecordEdge: '*',
  PageInfo: '*',
  Cell: '*',
  TextCell: '*',
  NumberCell: '*',
  BooleanCell: '*',
  DateCell: '*',
  SelectCell: '*',
  CollaboratorCell: '*',
  AttachmentCell: '*',
  LinkCell: '*',
  ValueCell: '*',
  Attachment: '*',
  Collaborator: '*',
  User: ['id', 'email', 'name', 'createdAt'],
};

function isShared(type: string, field: string): boolean {
  const fields = SHARED_FIELDS[type];
  return fields === '*' || Boolean(fields?.includes(field));
}

// Subscriptions' nested queries repeat: each one is judged once.
const MAX_REMEMBERED = 1_000;

/** Tells whether a query's answer can differ between members with the same role. */
export function createViewerIndependence(schema: () => GraphQLSchema) {
  const judged = new Map<string, boolean>();
  return function isViewerIndependent(query: string): boolean {
    const known = judged.get(query);
    if (known !== undefined) return known;
    const typeInfo = new TypeInfo(schema());
    let independent = true;
    visit(
      parse(query),
      visitWithTypeInfo(typeInfo, {
        Field(node) {
          if (node.name.value === '__typename') return;
          const parent = typeInfo.getParentType();
          if (parent && isShared(parent.name, node.name.value)) return;
          independent = false;
          return BREAK;
        },
      }),
    );
    if (judged.size >= MAX_REMEMBERED) judged.clear();
    judged.set(query, independent);
    return independent;
  };
}
