// The numbered footer of every PDF Habeas makes: what the document is and as of when, then "Page n of N".
// react-pdf drops a numbered footer that inherits a line height on a page that wraps, so documents using it
// set their line height on a body View rather than on the Page.
import { Text } from "@react-pdf/renderer";

type Props = { label: string; pageOf: (page: number, pages: number) => string; inset: number };

export function PageFooter({ label, pageOf, inset }: Props) {
  return (
    <Text
      style={{
        position: "absolute",
        bottom: inset / 2,
        left: inset,
        right: inset,
        fontSize: 7,
        color: "#666",
        textAlign: "right",
      }}
      fixed
      render={({ pageNumber, totalPages }) => `${label} · ${pageOf(pageNumber, totalPages)}`}
    />
  );
}
