"use client";
// The error page is a client component that every page loads; it takes its few strings from this context,
// filled in by the layout on the server, rather than shipping the message catalogue and formatter.
import { createContext, useContext, type ReactNode } from "react";

export type ErrorStrings = { errorTitle: string; errorBody: string; tryAgain: string; home: string; homeHref: string };

const Context = createContext<ErrorStrings | null>(null);

export function ErrorStringsProvider({ strings, children }: { strings: ErrorStrings; children: ReactNode }) {
  return <Context.Provider value={strings}>{children}</Context.Provider>;
}

export function useErrorStrings(): ErrorStrings {
  const strings = useContext(Context);
  // The layout always provides them; the English fallback only guards against a layout that failed first.
  return (
    strings ?? {
      errorTitle: "Something went wrong",
      errorBody: "This page could not be shown.",
      tryAgain: "Try again",
      home: "Home",
      homeHref: "/",
    }
  );
}
