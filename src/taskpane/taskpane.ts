/**
 * Placeholder task pane. It runs in the shared runtime page next to the custom
 * functions, and also in a plain browser (no Office), where it says so.
 */
function setStatus(text: string): void {
  const status = document.getElementById("status");
  if (status) status.textContent = text;
}

if (typeof Office !== "undefined") {
  Office.onReady((info) => {
    setStatus(info.host ? `AIPAY is running in ${info.host}.` : "Office.js loaded outside Office.");
  });
} else {
  setStatus("Office.js is not available: open AIPAY from Excel.");
}
