import Link from "next/link";

export default function NotFound() {
  return (
    <section aria-labelledby="nf-title">
      <p className="badge">404</p>
      <h1 id="nf-title">This page does not exist</h1>
      <p className="lead">The link may be old, or the address mistyped. Nothing was lost: your progress is stored in this browser.</p>
      <p>
        <Link className="button button--primary" href="/">
          Go to your dashboard
        </Link>{" "}
        <Link className="button" href="/lessons/">
          Browse lessons
        </Link>
      </p>
    </section>
  );
}
