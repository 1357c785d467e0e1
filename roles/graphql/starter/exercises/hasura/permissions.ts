// What Hasura does with the permission rules of hasura/metadata.json, for the exercise's check: it reads the
// metadata as Hasura's metadata API takes it (version 3) and decides, as Hasura's engine would, which rows and
// columns a role may read, insert, update or delete. It knows the parts of boolean expressions the exercise needs:
// the table's own columns, _and/_or/_not, and the comparison operators below.
import { readFileSync } from 'node:fs';

export type Row = Record<string, string | number | null>;
export type Session = Record<string, string>;
type BoolExp = Record<string, unknown>;

interface Permission {
  columns?: string[] | '*';
  filter?: BoolExp;
  check?: BoolExp;
  set?: Record<string, unknown>;
  limit?: number;
  allow_aggregations?: boolean;
}
type Kind = 'select' | 'insert' | 'update' | 'delete';
interface Table {
  table: { schema: string; name: string };
  [key: `${string}_permissions`]: { role: string; permission: Permission }[] | undefined;
}

export const COLUMNS: Record<string, string[]> = {
  authors: ['id', 'name'],
  books: ['id', 'title', 'published_year', 'author_id'],
  users: ['id', 'name', 'email', 'role'],
  reviews: ['id', 'book_id', 'user_id', 'rating', 'comment', 'created_at'],
};

export class Metadata {
  private readonly tables: Map<string, Table>;

  constructor(path: string) {
    const metadata = JSON.parse(readFileSync(path, 'utf8')) as { version?: number; sources?: { name: string; tables?: Table[] }[] };
    if (metadata.version !== 3) throw new Error(`${path}: "version" should stay 3 (the format Hasura v2 exports)`);
    const source = metadata.sources?.find((s) => s.name === 'default');
    if (!source) throw new Error(`${path}: keep the "default" source`);
    this.tables = new Map((source.tables ?? []).map((table) => [`${table.table.schema}.${table.table.name}`, table]));
  }

  /** The permission of `role` for `kind` on public.`table`, or undefined when the role has none. */
  permission(kind: Kind, table: string, role: string): Permission | undefined {
    const tracked = this.tables.get(`public.${table}`);
    if (!tracked) throw new Error(`hasura/metadata.json: public.${table} is no longer tracked`);
    return tracked[`${kind}_permissions`]?.find((entry) => entry.role === role)?.permission;
  }

  /** The columns `role` may read of `table`, and whether it may read `row` at all. */
  select(table: string, role: string, session: Session, row: Row): { columns: string[]; visible: boolean } {
    const permission = this.permission('select', table, role);
    if (!permission) return { columns: [], visible: false };
    return { columns: columnsOf(permission, table), visible: matches(permission.filter ?? {}, row, session, table) };
  }

  /** Whether `role` may insert `values` (the columns a client sends), and the row it would insert. */
  insert(table: string, role: string, session: Session, values: Row): { allowed: boolean; row?: Row; why: string } {
    const permission = this.permission('insert', table, role);
    if (!permission) return { allowed: false, why: `${role} has no insert permission on ${table}` };
    const allowed = columnsOf(permission, table);
    const refused = Object.keys(values).filter((column) => !allowed.includes(column));
    if (refused.length > 0) return { allowed: false, why: `${role} may not set ${refused.join(', ')}` };
    const row = { ...values, ...presets(permission, session) };
    if (!matches(permission.check ?? {}, row, session, table)) return { allowed: false, row, why: 'the check refuses the new row' };
    return { allowed: true, row, why: 'allowed' };
  }

  /** Whether `role` may change `row` with `changes`. */
  update(table: string, role: string, session: Session, row: Row, changes: Row): { allowed: boolean; why: string } {
    const permission = this.permission('update', table, role);
    if (!permission) return { allowed: false, why: `${role} has no update permission on ${table}` };
    if (!matches(permission.filter ?? {}, row, session, table)) return { allowed: false, why: 'the filter does not select the row' };
    const allowed = columnsOf(permission, table);
    const refused = Object.keys(changes).filter((column) => !allowed.includes(column));
    if (refused.length > 0) return { allowed: false, why: `${role} may not change ${refused.join(', ')}` };
    const updated = { ...row, ...changes, ...presets(permission, session) };
    if (!matches(permission.check ?? {}, updated, session, table)) return { allowed: false, why: 'the check refuses the changed row' };
    return { allowed: true, why: 'allowed' };
  }

  /** Whether `role` may delete `row`. */
  delete(table: string, role: string, session: Session, row: Row): boolean {
    const permission = this.permission('delete', table, role);
    return permission !== undefined && matches(permission.filter ?? {}, row, session, table);
  }
}

function columnsOf(permission: Permission, table: string): string[] {
  return permission.columns === '*' ? COLUMNS[table]! : (permission.columns ?? []);
}

function presets(permission: Permission, session: Session): Row {
  return Object.fromEntries(Object.entries(permission.set ?? {}).map(([column, value]) => [column, resolve(value, session) as Row[string]]));
}

/** A session variable ("X-Hasura-User-Id", any case) becomes its value; anything else stays as it is. */
function resolve(value: unknown, session: Session): unknown {
  if (typeof value !== 'string' || !/^x-hasura-/i.test(value)) return value;
  const found = Object.entries(session).find(([name]) => name.toLowerCase() === value.toLowerCase());
  if (!found) throw new Error(`the rule uses ${value}, which the session does not have (it has ${Object.keys(session).join(', ')})`);
  return found[1];
}

const COMPARISONS: Record<string, (left: unknown, right: unknown) => boolean> = {
  _eq: (l, r) => l !== null && String(l) === String(r),
  _neq: (l, r) => l !== null && String(l) !== String(r),
  _gt: (l, r) => l !== null && Number(l) > Number(r),
  _gte: (l, r) => l !== null && Number(l) >= Number(r),
  _lt: (l, r) => l !== null && Number(l) < Number(r),
  _lte: (l, r) => l !== null && Number(l) <= Number(r),
  _in: (l, r) => Array.isArray(r) && r.some((v) => String(v) === String(l)),
  _nin: (l, r) => Array.isArray(r) && !r.some((v) => String(v) === String(l)),
  _is_null: (l, r) => (l === null || l === undefined) === r,
};

/** Hasura's boolean expression `exp` on `row`: `{}` matches every row. */
export function matches(exp: BoolExp, row: Row, session: Session, table: string): boolean {
  return Object.entries(exp).every(([key, value]) => {
    if (key === '_and') return (value as BoolExp[]).every((part) => matches(part, row, session, table));
    if (key === '_or') return (value as BoolExp[]).some((part) => matches(part, row, session, table));
    if (key === '_not') return !matches(value as BoolExp, row, session, table);
    if (!COLUMNS[table]!.includes(key)) {
      throw new Error(`${table} has no column ${key} (the check evaluates the table's own columns, _and, _or and _not)`);
    }
    return Object.entries(value as BoolExp).every(([operator, operand]) => {
      const compare = COMPARISONS[operator];
      if (!compare) throw new Error(`the check does not know ${operator}; use ${Object.keys(COMPARISONS).join(', ')}`);
      const right = Array.isArray(operand) ? operand.map((v) => resolve(v, session)) : resolve(operand, session);
      return compare(row[key] ?? null, right);
    });
  });
}
