// The real root layout is app/[locale]/layout.tsx, which knows the language for <html lang>.
import type { ReactNode } from "react";

export default function RootLayout({ children }: { children: ReactNode }) {
  return children;
}
