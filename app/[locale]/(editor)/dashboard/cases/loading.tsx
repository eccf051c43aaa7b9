// Shown while this section loads (components/editor/page-loading.tsx says why each section has its own).
export { default } from "@/components/editor/page-loading";
