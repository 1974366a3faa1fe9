"use client";

import Link from "next/link";
import { usePathname } from "next/navigation";
import { ThemeToggle } from "./theme-toggle";

export const NAV_ITEMS = [
  { href: "/lessons/", label: "Lessons" },
  { href: "/simulator/", label: "Simulator" },
  { href: "/quiz/", label: "Quiz" },
  { href: "/exercises/", label: "Exercises" },
  { href: "/progress/", label: "Progress" },
] as const;

export function SiteHeader() {
  const pathname = usePathname() ?? "/";
  return (
    <header className="site-header">
      <div className="site-header__inner">
        <Link href="/" className="brand" aria-label="Lambda Lab home">
          <span className="brand__mark" aria-hidden="true">
            λ
          </span>
          Lambda Lab
        </Link>
        <nav className="site-nav" aria-label="Main">
          <ul>
            {NAV_ITEMS.map((item) => {
              const active = pathname === item.href || pathname.startsWith(item.href) || pathname === item.href.slice(0, -1);
              return (
                <li key={item.href}>
                  <Link href={item.href} aria-current={active ? "page" : undefined}>
                    {item.label}
                  </Link>
                </li>
              );
            })}
          </ul>
        </nav>
        <div className="header-tools">
          <ThemeToggle />
        </div>
      </div>
    </header>
  );
}
