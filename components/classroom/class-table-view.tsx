"use client";

import { buildClassTables, cellText, classTableCsv, percent, type ClassEntry } from "@/lib/exercises/class-table";
import styles from "./classroom.module.css";
import { downloadText } from "./download";

/** One table per assignment: student × exercise (verified results), quiz mastery, CSV export. */
export function ClassTableView({ entries, titles, topicTitles }: { entries: readonly ClassEntry[]; titles: Readonly<Record<string, string>>; topicTitles: Readonly<Record<string, string>> }) {
  const tables = buildClassTables(entries);
  if (tables.length === 0) return <p className="muted">Verified reports appear here, one row per student.</p>;
  return (
    <>
      {tables.map((table) => {
        const { assignment } = table;
        const fileName = `lambda-lab-class-${assignment.title.toLowerCase().replace(/[^a-z0-9]+/g, "-").replace(/^-|-$/g, "") || "assignment"}.csv`;
        return (
          <section key={assignment.id} className="card" aria-label={`Class table: ${assignment.title}`}>
            <h3>{assignment.title}</h3>
            <p className="muted">
              {table.rows.length} student{table.rows.length === 1 ? "" : "s"} · every result below comes from running the submitted code again, not from the reports.
              {assignment.topics.length ? " Quiz statistics are as each student's browser recorded them." : ""}
            </p>
            <div className="button-row">
              <button type="button" className="button button--small" onClick={() => downloadText(fileName, classTableCsv(table, titles), "text/csv")}>
                Export CSV
              </button>
            </div>
            <div className={styles.tableWrap}>
              <table className={styles.table}>
                <thead>
                  <tr>
                    <th scope="col">Student</th>
                    {assignment.exercises.map((s) => (
                      <th key={s} scope="col">
                        {titles[s] ?? s}
                      </th>
                    ))}
                    {assignment.topics.length ? <th scope="col">Quiz mastery</th> : null}
                  </tr>
                </thead>
                <tbody>
                  {table.rows.map((row) => (
                    <tr key={row.student}>
                      <th scope="row">
                        {row.student}
                        {row.replaced.length ? <div className="muted">replaces {row.replaced.length} older report{row.replaced.length === 1 ? "" : "s"}</div> : null}
                      </th>
                      {assignment.exercises.map((s) => {
                        const v = row.exercises[s];
                        const failing = v?.results.filter((r) => r.status !== "passed").map((r) => `${r.title}: ${r.message}`) ?? [];
                        return (
                          <td key={s} className={styles[`cell_${v?.outcome ?? "not-submitted"}`]} title={[...failing, v?.note ?? ""].filter(Boolean).join("\n") || undefined}>
                            {cellText(v)}
                            {v?.note ? <div className="muted">checks changed since</div> : null}
                          </td>
                        );
                      })}
                      {assignment.topics.length ? (
                        <td title={assignment.topics.map((t) => `${topicTitles[t] ?? t}: ${percent(row.topics[t]?.mastery ?? 0)}%`).join("\n")}>{percent(row.quizMastery)}%</td>
                      ) : null}
                    </tr>
                  ))}
                </tbody>
              </table>
            </div>
          </section>
        );
      })}
    </>
  );
}
