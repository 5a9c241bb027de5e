import type { GeneratedDisclosure } from '@jixiao/core';

/** The generated narrative (公开说明) as it will print: parts, section titles, paragraphs and small tables. */
export function NarrativePreview({ generated }: { generated: GeneratedDisclosure }) {
  let part = '';
  return (
    <article className="jx-narrative" aria-label={generated.title}>
      <h2 className="jx-narrative-title">{generated.title}</h2>
      {generated.narrative.sections.map((s) => {
        const newPart = s.part !== part;
        part = s.part;
        return (
          <section key={s.key}>
            {newPart && s.part && <h3 className="jx-narrative-part">{s.part}</h3>}
            {s.title && <h4>{s.title}</h4>}
            {s.paragraphs.map((p, i) => (
              <p key={i}>{p}</p>
            ))}
            {s.table && (
              <table className="jx-print-table">
                {s.table.title && <caption>{s.table.title}{s.table.moneyUnit ? `（单位：${s.table.moneyUnit}）` : ''}</caption>}
                <thead>
                  <tr>
                    {s.table.header.map((h, i) => (
                      <th key={i}>{h}</th>
                    ))}
                  </tr>
                </thead>
                <tbody>
                  {s.table.rows.map((r, i) => (
                    <tr key={i}>
                      {r.map((c, j) => (
                        <td key={j}>{c}</td>
                      ))}
                    </tr>
                  ))}
                </tbody>
              </table>
            )}
          </section>
        );
      })}
    </article>
  );
}
