import Link from "next/link";

/** An honest placeholder for a section that is being built. No fake content. */
export function ComingSoon({ title, what, meanwhile }: { title: string; what: string; meanwhile?: { href: string; label: string } }) {
  return (
    <section aria-labelledby="coming-soon-title" className="coming-soon">
      <h1 id="coming-soon-title">{title}</h1>
      <p className="badge badge--accent">Coming soon</p>
      <p className="lead">{what}</p>
      <p>This section is not built yet, so there is nothing here to try today.</p>
      {meanwhile ? (
        <p>
          <Link className="button button--primary" href={meanwhile.href}>
            {meanwhile.label}
          </Link>
        </p>
      ) : null}
    </section>
  );
}
