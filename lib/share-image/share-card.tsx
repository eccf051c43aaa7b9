// The one layout of every share image (1200 × 630, the size link previews expect): the site's name, a title and
// a few lines. Callers pass only published, public facts, each already checked with fontCanDraw.
import { ImageResponse } from "next/og";
import { shareImageFonts } from "./share-font";

export const SHARE_IMAGE_SIZE = { width: 1200, height: 630 };

type Card = { site: string; tagline: string; title: string | null; lines: string[] };

const BRAND = "#7a1f1f";

export function shareCard({ site, tagline, title, lines }: Card): ImageResponse {
  return new ImageResponse(
    <div
      style={{
        width: "100%",
        height: "100%",
        display: "flex",
        flexDirection: "column",
        justifyContent: "space-between",
        background: "#fbf3f2",
        borderTop: `24px solid ${BRAND}`,
        padding: "56px 72px",
        fontFamily: "DejaVu Sans",
        color: "#0f172a",
      }}
    >
      <div style={{ display: "flex", flexDirection: "column" }}>
        {title && (
          <div style={{ fontSize: title.length > 40 ? 60 : 76, fontWeight: 700, lineHeight: 1.15 }}>{title}</div>
        )}
        {lines.map((line) => (
          <div key={line} style={{ fontSize: 40, marginTop: 24, color: "#334155" }}>
            {line}
          </div>
        ))}
      </div>
      {/* Stacked: the Russian tagline is too long to sit beside the name. */}
      <div style={{ display: "flex", flexDirection: "column" }}>
        <div style={{ fontSize: 44, fontWeight: 700, color: BRAND }}>{site}</div>
        {tagline && <div style={{ fontSize: 26, color: "#475569", marginTop: 4 }}>{tagline}</div>}
      </div>
    </div>,
    {
      ...SHARE_IMAGE_SIZE,
      fonts: shareImageFonts(),
      // Not a year, as ImageResponse would send: a status change or a takedown must reach previews soon.
      headers: { "Cache-Control": "public, max-age=60" },
    },
  );
}
