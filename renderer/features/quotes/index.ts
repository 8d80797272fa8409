/** Quotes feature (issue 17.3): requests for quotation, vendors' quotes compared, awards, price history. */
export * from './repository';
export * from './hooks';
export { loadPriceHistory, listQuotedItemIds, readCheaperQuotes } from './history';
export {
  rfqSchema,
  rfqDraftSchema,
  compareQuotes,
  RFQ_STATUSES,
  RFQ_STATUS_LABELS,
  type Rfq,
  type RfqDraft,
  type RfqLine,
  type RfqStatus,
  type VendorQuote,
} from '../../../shared/domain/quotes';
