import type { Metadata } from "next";
import { ExportSettingsForm } from "./export-settings-form";

export const metadata: Metadata = { title: "Export settings" };

export default function ExportSettingsPage() {
  return (
    <>
      <h1>Export settings</h1>
      <p className="lede">
        Counts of children under the threshold are protected in every aggregate export, every dashboard&apos;s download and the policy review pack:
        either suppressed, with any other figure hidden that would give one back, or every count rounded to the nearest 5. The DfE and the NHS
        suppress counts under 5 in their own statistics; many official statistics round to the nearest 5.
      </p>
      <ExportSettingsForm />
    </>
  );
}
