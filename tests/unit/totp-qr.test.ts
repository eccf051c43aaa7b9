// The enrolment QR code is the library's drawing of the otpauth address, as an SVG image data URL.
import QRCode from "qrcode";
import { describe, expect, it } from "vitest";
import { totpQrDataUrl } from "@/lib/auth/totp-qr";
import { totpUri } from "@/lib/auth/totp";

describe("two-factor QR code", () => {
  it("is an SVG data URL of the otpauth address and of nothing else", async () => {
    const uri = totpUri("JBSWY3DPEHPK3PXP", "editor@example.org");
    const url = await totpQrDataUrl(uri);
    expect(url.startsWith("data:image/svg+xml;base64,")).toBe(true);
    const svg = Buffer.from(url.slice(url.indexOf(",") + 1), "base64").toString("utf8");
    expect(svg).toMatch(/^<svg[\s\S]*<\/svg>\s*$/);
    expect(svg).toBe(await QRCode.toString(uri, { type: "svg", errorCorrectionLevel: "M", margin: 2 }));
    expect(svg).not.toBe(await QRCode.toString(`${uri}x`, { type: "svg", errorCorrectionLevel: "M", margin: 2 }));
  });
});
