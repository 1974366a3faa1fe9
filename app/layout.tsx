import type { Metadata, Viewport } from "next";
import type { ReactNode } from "react";
import { AppStoresProvider } from "@/components/stores/app-stores";
import { NoticeBanner } from "@/components/ui/notice-banner";
import { SiteHeader } from "@/components/ui/site-header";
import { THEME_INIT_SCRIPT } from "@/components/ui/theme";
import "./globals.css";

export const metadata: Metadata = {
  title: { default: "Lambda Lab", template: "%s · Lambda Lab" },
  description:
    "Learn AWS Lambda for the AWS Certified Developer – Associate exam with lessons, a live Lambda simulator, spaced-repetition quizzes and graded exercises.",
};

export const viewport: Viewport = {
  width: "device-width",
  initialScale: 1,
  themeColor: [
    { media: "(prefers-color-scheme: light)", color: "#ffffff" },
    { media: "(prefers-color-scheme: dark)", color: "#0f1217" },
  ],
};

export default function RootLayout({ children }: { children: ReactNode }) {
  return (
    <html lang="en" suppressHydrationWarning>
      <head>
        {/* Applies the saved theme before first paint, so a dark-mode reader never sees a white flash. */}
        <script dangerouslySetInnerHTML={{ __html: THEME_INIT_SCRIPT }} />
      </head>
      <body>
        <a className="skip-link" href="#main">
          Skip to content
        </a>
        <AppStoresProvider>
          <SiteHeader />
          <main id="main" tabIndex={-1}>
            <NoticeBanner />
            {children}
          </main>
        </AppStoresProvider>
        <footer className="site-footer">
          <div className="site-footer__inner">
            Lambda Lab: an independent study aid for the AWS Certified Developer – Associate exam. Not affiliated with
            Amazon Web Services. Everything runs in your browser; your progress stays on this device.
          </div>
        </footer>
      </body>
    </html>
  );
}
