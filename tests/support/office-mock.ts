/** What the unit tests' hand-made workbooks share on top of office-addin-mock. */
import type { OfficeMockObject } from "office-addin-mock";

/**
 * Gives the mock Excel's sync: after the mock's own, `settle` is told the batch ended and
 * answers the command that failed in it, if one did; then, as in Excel, the sync rejects.
 */
export function syncFailingAs(mock: OfficeMockObject, settle: () => string | undefined): void {
  const sync = mock.sync.bind(mock);
  (mock as unknown as { sync: () => Promise<void> }).sync = async () => {
    await sync();
    const failed = settle();
    if (failed) throw new Error(`InvalidArgument: ${failed} failed`);
  };
}
