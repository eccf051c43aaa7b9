"use client";
// The submit button of a destructive form, which first asks in a modal native <dialog>: labelled by its heading,
// Cancel focused first (so Enter does not act), Esc or Cancel closes it without acting, and focus goes back to the
// button. Confirm is the form's own submit button, so the form sends its fields (and name/value) as usual. Without
// script the button simply submits, as a plain submit button would.
import { useTranslations } from "next-intl";
import { useId, useRef, type MouseEvent, type ReactNode } from "react";
import { useFormStatus } from "react-dom";

type Props = {
  /** The button's label, and what it says while the form is being sent. */
  children: ReactNode;
  pendingLabel: string;
  /** The dialog's heading, what will happen, and the confirming button's label. */
  title: string;
  body: ReactNode;
  confirmLabel: string;
  /** The submitter's name and value, when the form's handler reads which button sent it. */
  name?: string;
  value?: string;
  tone?: "danger" | "plain" | "approve";
  /** Besides while its own form is being sent, e.g. while a sibling form works through its slices. */
  disabled?: boolean;
};

const TONES = {
  danger: "bg-red-700 text-white",
  plain: "border border-slate-400 bg-white text-slate-900",
  approve: "bg-green-800 text-white",
};

export function ConfirmSubmitButton({
  children,
  pendingLabel,
  title,
  body,
  confirmLabel,
  name,
  value,
  tone = "danger",
  disabled = false,
}: Props) {
  const t = useTranslations("ConfirmDialog");
  const { pending } = useFormStatus();
  const dialog = useRef<HTMLDialogElement>(null);
  const trigger = useRef<HTMLButtonElement>(null);
  const id = useId();
  const ask = (event: MouseEvent<HTMLButtonElement>) => {
    event.preventDefault();
    // The fields are checked before asking: a modal dialog makes the form behind it unreachable.
    if (event.currentTarget.form?.reportValidity() === false) return;
    dialog.current?.showModal();
  };
  const close = () => dialog.current?.close();
  return (
    <>
      <button
        ref={trigger}
        type="submit"
        name={name}
        value={value}
        onClick={ask}
        disabled={pending || disabled}
        aria-disabled={pending || disabled}
        aria-haspopup="dialog"
        className={`rounded px-4 py-2 font-medium disabled:opacity-60 ${TONES[tone]}`}
      >
        {pending ? pendingLabel : children}
      </button>
      <dialog
        ref={dialog}
        aria-labelledby={`${id}-title`}
        aria-describedby={`${id}-body`}
        onClose={() => trigger.current?.focus()}
        data-confirm-dialog
        className="m-auto w-[min(32rem,calc(100vw-2rem))] rounded border border-slate-300 bg-white p-5 text-slate-900 shadow-lg backdrop:bg-slate-900/50"
      >
        <h2 id={`${id}-title`} className="text-lg font-semibold">
          {title}
        </h2>
        <div id={`${id}-body`} className="mt-2 text-slate-700">
          {body}
        </div>
        <div className="mt-5 flex flex-wrap justify-end gap-3">
          <button type="button" onClick={close} className={`rounded px-4 py-2 font-medium ${TONES.plain}`}>
            {t("cancel")}
          </button>
          <button
            type="submit"
            name={name}
            value={value}
            onClick={close}
            className={`rounded px-4 py-2 font-medium ${TONES[tone]}`}
          >
            {confirmLabel}
          </button>
        </div>
      </dialog>
    </>
  );
}
