import type { ColumnType, Generated } from 'kysely';

type Json<T> = ColumnType<T, string, string>;

export interface PolicyVersionsTable {
  name: string;
  version: number;
  document: Json<unknown>;
  comment: string | null;
  created_by: string | null;
  created_at: Generated<Date>;
}
export interface PolicyHeadsTable {
  name: string;
  live_version: number | null;
  shadow_version: number | null;
  updated_at: Generated<Date>;
}
export interface DecisionRulesTable {
  decision_id: string;
  account_id: string;
  policy: string;
  rule_id: string;
  created_at: ColumnType<Date, Date | string, Date | string>;
}
export interface PolicyShadowResultsTable {
  decision_id: string;
  policy: string;
  live_version: number | null;
  shadow_version: number;
  live_outcome: string;
  shadow_outcome: string;
  live_rules: Json<string[]>;
  shadow_rules: Json<string[]>;
  created_at: Generated<Date>;
}

declare module '../store/schema.ts' {
  interface Database {
    policy_versions: PolicyVersionsTable;
    policy_heads: PolicyHeadsTable;
    decision_rules: DecisionRulesTable;
    policy_shadow_results: PolicyShadowResultsTable;
  }
}
