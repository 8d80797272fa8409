/** Reports feature (issue 17.6): spend, price trends and request times read from the other features. */
export { loadSpendData, loadPriceData, loadRequestData, type SpendData, type SpendRecord, type PriceData, type RequestRecord } from './data';
export { useSpendData, usePriceData, useRequestData } from './hooks';
