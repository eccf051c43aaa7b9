"use client";
// Admins manage accounts: invite by one-time link, change roles, disable or enable, issue reset links.
import { useTranslations } from "next-intl";
import { useActionState } from "react";
import { Field, inputClass } from "@/components/forms/field";
import { FormStatus } from "@/components/forms/form-status";
import { ConfirmSubmitButton } from "@/components/forms/confirm-submit-button";
import { SubmitButton } from "@/components/forms/submit-button";
import {
  inviteUserAction,
  issueResetAction,
  setUserDisabledAction,
  setUserRoleAction,
} from "@/lib/actions/users/user-actions";
import { UserRole } from "@/lib/generated/prisma/enums";

export type UserRow = {
  id: string;
  email: string;
  name: string;
  role: UserRole;
  disabled: boolean;
  totpEnabled: boolean;
};

function LinkResult({ path }: { path: string }) {
  const t = useTranslations("Editor");
  const url = typeof window === "undefined" ? path : `${window.location.origin}${path}`;
  return (
    <p className="text-sm">
      {t("oneTimeLink")}{" "}
      <code className="break-all rounded bg-slate-100 px-1" data-testid="one-time-link">
        {url}
      </code>
    </p>
  );
}

export function InviteForm() {
  const t = useTranslations("Editor");
  const roles = useTranslations("UserRole");
  const [result, action] = useActionState(inviteUserAction, null);
  const errors = result && !result.ok ? result.fieldErrors : {};
  return (
    <form action={action} className="grid max-w-xl gap-3 rounded border border-slate-200 p-4">
      <Field name="email" label={t("inviteEmail")} errors={errors.email}>
        <input className={inputClass} type="email" required />
      </Field>
      <Field name="role" label={t("role")} errors={errors.role}>
        <select className={inputClass} defaultValue="EDITOR">
          {Object.values(UserRole).map((r) => (
            <option key={r} value={r}>
              {roles(r)}
            </option>
          ))}
        </select>
      </Field>
      <FormStatus result={result} success={result?.ok ? <LinkResult path={result.data.path} /> : null} />
      <div>
        <SubmitButton pendingLabel={t("saving")}>{t("invite")}</SubmitButton>
      </div>
    </form>
  );
}

function UserControls({ user }: { user: UserRow }) {
  const t = useTranslations("Editor");
  const confirm = useTranslations("ConfirmDialog");
  const roles = useTranslations("UserRole");
  const [roleResult, roleAction] = useActionState(setUserRoleAction, null);
  const [disableResult, disableAction] = useActionState(setUserDisabledAction, null);
  const [resetResult, resetAction] = useActionState(issueResetAction, null);
  return (
    <div className="flex flex-wrap items-end gap-3">
      <form action={roleAction} className="flex items-end gap-2">
        <input type="hidden" name="userId" value={user.id} />
        <Field name="role" label={t("role")}>
          <select className={inputClass} defaultValue={user.role} aria-label={`${t("role")}: ${user.email}`}>
            {Object.values(UserRole).map((r) => (
              <option key={r} value={r}>
                {roles(r)}
              </option>
            ))}
          </select>
        </Field>
        <SubmitButton pendingLabel={t("saving")} tone="plain">
          {t("changeRole")}
        </SubmitButton>
      </form>
      <form action={disableAction}>
        <input type="hidden" name="userId" value={user.id} />
        <input type="hidden" name="disabled" value={user.disabled ? "false" : "true"} />
        {user.disabled ? (
          <SubmitButton pendingLabel={t("saving")} tone="plain">
            {t("enable")}
          </SubmitButton>
        ) : (
          <ConfirmSubmitButton
            pendingLabel={t("saving")}
            title={confirm("disableUserTitle", { name: user.name, email: user.email })}
            body={confirm("disableUserBody")}
            confirmLabel={confirm("disableUserConfirm")}
          >
            {t("disable")}
          </ConfirmSubmitButton>
        )}
      </form>
      <form action={resetAction}>
        <input type="hidden" name="userId" value={user.id} />
        <SubmitButton pendingLabel={t("saving")} tone="plain">
          {t("issueReset")}
        </SubmitButton>
      </form>
      <div className="basis-full">
        <FormStatus result={roleResult} success={t("saved")} />
        <FormStatus result={disableResult} success={t("saved")} />
        <FormStatus
          result={resetResult}
          success={resetResult?.ok ? <LinkResult path={resetResult.data.path} /> : null}
        />
      </div>
    </div>
  );
}

export function UserList({ users }: { users: UserRow[] }) {
  const t = useTranslations("Editor");
  const roles = useTranslations("UserRole");
  return (
    <ul className="grid gap-3">
      {users.map((user) => (
        <li key={user.id} className="rounded border border-slate-200 p-3">
          <p className="font-medium">
            {user.name} &lt;{user.email}&gt; · {roles(user.role)}
            {user.disabled && ` · ${t("disabledLabel")}`}
            {` · ${user.totpEnabled ? t("totpOnShort") : t("totpOffShort")}`}
          </p>
          <UserControls user={user} />
        </li>
      ))}
    </ul>
  );
}
