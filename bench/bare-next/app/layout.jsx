// The smallest App Router page: the baseline a Habeas page's JavaScript is compared with (bench/page-javascript.ts).
export default function RootLayout({ children }) {
  return (
    <html lang="en">
      <body>{children}</body>
    </html>
  );
}
