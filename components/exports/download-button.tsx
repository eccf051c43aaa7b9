"use client";
// Downloads a generated file, showing progress while it streams and a clear message if generation fails. The file
// takes the name the server gives it (with the day it was made), else `filename`.
import { useState } from "react";

type Props = { href: string; label: string; filename: string; strings: { generating: string; failed: string } };

/** The plain filename of a Content-Disposition header, when it has one. */
function serverFilename(response: Response): string | null {
  return /filename="([^"]+)"/.exec(response.headers.get("content-disposition") ?? "")?.[1] ?? null;
}

async function readWithProgress(response: Response, onProgress: (bytes: number) => void): Promise<Blob> {
  const reader = response.body?.getReader();
  if (!reader) return response.blob();
  const chunks: BlobPart[] = [];
  let received = 0;
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    chunks.push(value);
    received += value.byteLength;
    onProgress(received);
  }
  return new Blob(chunks, { type: response.headers.get("content-type") ?? "application/octet-stream" });
}

export function DownloadButton({ href, label, filename, strings }: Props) {
  const t = (key: "generating" | "failed") => strings[key];
  const [state, setState] = useState<{ busy: boolean; bytes: number; failed: boolean }>({
    busy: false,
    bytes: 0,
    failed: false,
  });

  async function download() {
    setState({ busy: true, bytes: 0, failed: false });
    try {
      const response = await fetch(href);
      if (!response.ok) throw new Error(`HTTP ${response.status}`);
      const blob = await readWithProgress(response, (bytes) => setState((s) => ({ ...s, bytes })));
      const url = URL.createObjectURL(blob);
      const link = document.createElement("a");
      link.href = url;
      link.download = serverFilename(response) ?? filename;
      link.click();
      URL.revokeObjectURL(url);
      setState({ busy: false, bytes: 0, failed: false });
    } catch {
      setState({ busy: false, bytes: 0, failed: true });
    }
  }

  return (
    <span className="inline-flex flex-col">
      <a
        href={href}
        onClick={(event) => {
          event.preventDefault();
          if (!state.busy) void download();
        }}
        aria-busy={state.busy}
        className="text-blue-800 underline"
      >
        {label}
      </a>
      {state.busy && (
        <span role="status" className="text-xs text-slate-600">
          {t("generating")} {state.bytes > 0 && `(${Math.round(state.bytes / 1024)} KB)`}
        </span>
      )}
      {state.failed && (
        <span role="alert" className="text-sm text-red-800">
          {t("failed")}
        </span>
      )}
    </span>
  );
}
