/**
 * Purchase requests (issue 17.2): requests to buy, with approval above the office's threshold.
 * Being built; the Requests screen's "Purchase requests" tab shows this.
 */
export function PurchaseRequestsPage() {
  return null;
}
