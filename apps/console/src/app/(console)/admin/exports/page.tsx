import type { Metadata } from "next";
import { ExportSettingsForm } from "./export-settings-form";

export const metadata: Metadata = { title: "Export settings" };

export default function ExportSettingsPage() {
  return (
    <>
      <h1>Export settings</h1>
      <p className="lede">
        Counts of children under the threshold are suppressed in every aggregate export and in the policy review pack, and so is a second figure
        wherever a total would otherwise give the first back. The DfE and the NHS suppress counts under 5 in their own statistics.
      </p>
      <ExportSettingsForm />
    </>
  );
}
