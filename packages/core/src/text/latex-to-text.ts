const COMMANDS: Readonly<Record<string, string>> = {
  geq: '≥', ge: '≥', geqslant: '≥', leq: '≤', le: '≤', leqslant: '≤', neq: '≠', ne: '≠',
  times: '×', div: '÷', pm: '±', cdot: '·', sim: '~', approx: '≈', lt: '<', gt: '>',
  left: '', right: '', quad: ' ', qquad: ' ', mathrm: '', text: '', textrm: '', mbox: '', rm: '',
};

/** `\name`, `\%` or another escaped symbol, or a brace or `$`; everything else is copied. */
const TOKEN = /\\([a-zA-Z]{1,20})|\\(.)|[{}$]/g;

/**
 * The LaTeX of a `<math>` fragment as plain symbols: `\geq 90\%` → `≥ 90%`, `\leq`/`\le` → `≤`,
 * `\times` → `×`, `\div` → `÷`, `\neq` → `≠`, `\text{人}` → `人`; braces and `$` are dropped, other
 * commands keep their name (`\alpha` → `alpha`). One linear pass.
 */
export function latexToText(latex: string): string {
  if (!/[\\{}$]/.test(latex)) return latex;
  return latex.replace(TOKEN, (whole, name: string | undefined, symbol: string | undefined) => {
    if (name !== undefined) return COMMANDS[name] ?? name;
    if (symbol !== undefined) return /[,;:! ]/.test(symbol) ? ' ' : symbol === '\\' ? '\n' : symbol;
    return whole === '$' || whole === '{' || whole === '}' ? '' : whole;
  });
}
