/** Styles of the monitoring pages (dense tables, red rows, the two-column top). */
export const MONITORING_CSS = `
.jx-mon-summary { margin-bottom: 10px; padding: 6px 10px; background: #fafafa; border: 1px solid #f0f0f0; border-radius: 4px; }
.jx-mon-grid { display: grid; grid-template-columns: minmax(0, 5fr) minmax(0, 7fr); gap: 12px; margin-bottom: 12px; align-items: start; }
.jx-plan-table td { padding: 2px 4px; }
.jx-dense-table .ant-table-cell { padding: 3px 6px !important; font-size: 13px; }
.jx-checkpoint-table tr.jx-row-red > td { background: #fff1f0; }
.jx-light-none { color: #8c8c8c; }
.jx-mon-rule { font-size: 12px; display: inline-block; max-width: 720px; white-space: normal; }
.jx-matrix td.jx-matrix-cell { text-align: center; }
@media (max-width: 1200px) { .jx-mon-grid { grid-template-columns: 1fr; } }
`;
