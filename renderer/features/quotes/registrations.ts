/** What quotes contributes to other features: the reorder list's cheaper-quote hints (purchasing). */
import { registerCheaperQuoteReader } from '../purchasing';
import { readCheaperQuotes } from './history';

registerCheaperQuoteReader(readCheaperQuotes);
