/** The six roles of docs/api.md. */
export const ROLES = ['preparer', 'unit_head', 'dept_reviewer', 'finance_reviewer', 'admin', 'auditor'] as const;
export type Role = (typeof ROLES)[number];

export const ROLE_LABELS: Readonly<Record<Role, string>> = {
  preparer: '填报人',
  unit_head: '单位负责人',
  dept_reviewer: '主管部门审核',
  finance_reviewer: '财政审核',
  admin: '管理员',
  auditor: '只读（审计）',
};

export function isRole(value: string): value is Role {
  return (ROLES as readonly string[]).includes(value);
}
