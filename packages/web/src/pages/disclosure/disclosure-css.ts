/** Styles of the disclosure workspace (dense, printable tables), rendered by the page in a <style> element. */
export const DISCLOSURE_CSS = `
.jx-disclosure-workspace .jx-toolbar { row-gap: 4px; }
.jx-dense-table .ant-table-cell { padding: 2px 4px !important; }
.jx-field-label { display: block; font-size: 12px; color: #595959; margin-bottom: 2px; }
.jx-generated-table { background: #fff; padding: 8px 4px; }
.jx-generated-title { text-align: center; font-size: 16px; font-weight: 600; margin: 4px 0 6px; }
.jx-generated-id { color: #595959; margin-right: 6px; }
.jx-generated-meta { display: flex; justify-content: space-between; font-size: 12px; color: #595959; margin-bottom: 4px; }
.jx-print-table { width: 100%; border-collapse: collapse; background: #fff; font-size: 12px; }
.jx-print-table th, .jx-print-table td { border: 1px solid #8c8c8c; padding: 2px 4px; vertical-align: middle; }
.jx-print-table th { background: #fafafa; font-weight: 500; text-align: center; }
.jx-print-table td.num { font-variant-numeric: tabular-nums; }
.jx-print-table tr.jx-row-total td { font-weight: 600; background: #fafafa; }
.jx-print-table tr.jx-row-group td { font-weight: 500; }
.jx-print-table caption { caption-side: top; text-align: left; font-size: 12px; color: #595959; }
.jx-empty-note { margin-top: 6px; color: #595959; font-size: 13px; }
.jx-findings-panel { position: sticky; top: 8px; max-height: calc(100vh - 80px); overflow: auto; border: 1px solid #f0f0f0; padding: 8px; background: #fff; }
.jx-panel-title { font-size: 14px; font-weight: 600; margin: 0 0 4px; }
.jx-table-tabs .ant-tabs-tab { padding: 3px 10px !important; margin: 0 !important; }
.jx-table-tabs .ant-tabs-content-holder { min-width: 0; }
.jx-tab-empty { color: #8c8c8c; font-size: 11px; margin-left: 4px; }
.jx-tab-error { color: #cf1322; margin-left: 3px; font-size: 10px; vertical-align: super; }
.jx-narrative { background: #fff; padding: 12px 24px; max-width: 900px; line-height: 1.9; }
.jx-narrative p { text-indent: 2em; margin: 0 0 4px; }
.jx-narrative-title { text-align: center; font-size: 18px; }
.jx-narrative-part { font-size: 16px; margin-top: 12px; }
@media print {
  .jx-findings-panel, .jx-toolbar, .ant-tabs-nav { display: none; }
}
`;
