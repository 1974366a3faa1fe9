/** @type {import('next').NextConfig} */
const nextConfig = {
  // The whole app is static files: it must work from any static host and offline.
  output: "export",
  // lessons/index.html rather than lessons.html: every static host serves directories.
  trailingSlash: true,
  images: { unoptimized: true },
  reactStrictMode: true,
  poweredByHeader: false,
};

module.exports = nextConfig;
