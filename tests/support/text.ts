// Text compared in tests regardless of how it was wrapped or laid out.
export const normaliseSpace = (text: string) => text.replace(/\s+/g, " ").trim();
