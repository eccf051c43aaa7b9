// The enrolment QR code: the otpauth address drawn as an SVG by `qrcode`, on the server, and sent as a data URL,
// which the content security policy allows for images (img-src 'self' data:) and no script needs to draw.
import "server-only";
import QRCode from "qrcode";

export async function totpQrDataUrl(uri: string): Promise<string> {
  const svg = await QRCode.toString(uri, { type: "svg", errorCorrectionLevel: "M", margin: 2 });
  return `data:image/svg+xml;base64,${Buffer.from(svg).toString("base64")}`;
}
