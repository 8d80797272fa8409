/**
 * The one way a screen prints or saves a document: hand the page to the platform (print
 * dialog, or Save as PDF) and tell the user what happened — a toast when it went out, the
 * error where the screen shows errors (or a toast) when it failed, nothing when they cancelled.
 */
import { useState } from 'react';
import { officePaper, type PaperProfile, type PaperSize } from '../../shared/lib/paper';
import { getPlatform, type PrintOutcome, type PrintRequest } from '../platform';
import { useToast } from './Toast';

/** Print on paper (the print dialog) or save as a PDF file. */
export type PrintMode = 'print' | 'pdf';

/** Sends the request to the platform's print or Save as PDF path. */
export function sendDocument(mode: PrintMode, request: PrintRequest): Promise<PrintOutcome> {
  const platform = getPlatform();
  return mode === 'print' ? platform.print(request) : platform.saveAsPdf(request);
}

/** The sentence for an outcome; null when there is nothing to say (cancelled). */
export function outcomeMessage(mode: PrintMode, outcome: PrintOutcome, what: string): string | null {
  switch (outcome.status) {
    case 'failed':
      return `${what} could not be ${mode === 'print' ? 'printed' : 'saved as PDF'}: ${outcome.message}`;
    case 'printed':
      return `${what} sent to the printer`;
    case 'saved':
      return `${what} saved as PDF`;
    case 'cancelled':
      return null;
  }
}

export interface PrintOptions {
  /** What is printed, as the user calls it: "Expense report", "PO-0012", "2 letters". */
  what: string;
  /** Where a failure is shown; a toast when absent. */
  onError?: (message: string) => void;
}

/** A function that prints or saves a document and reports the outcome. */
export function usePrintDocument(): (
  mode: PrintMode,
  request: PrintRequest,
  options: PrintOptions,
) => Promise<PrintOutcome> {
  const toast = useToast((s) => s.show);
  return async (mode, request, { what, onError }) => {
    const outcome = await sendDocument(mode, request);
    const message = outcomeMessage(mode, outcome, what);
    if (message && outcome.status === 'failed') (onError ?? toast)(message);
    else if (message) toast(message);
    return outcome;
  };
}

/**
 * The paper of one print (issue 16.13): what the user picked in this print's Paper menu, else
 * the office's paper from Settings.
 */
export function paperForPrint(office: PaperProfile | null | undefined, chosen: PaperSize | null | undefined): PaperSize {
  return chosen ?? officePaper(office);
}

export interface PaperChoice {
  /** The paper this print goes on. */
  paper: PaperSize;
  /** The office's paper (Settings). */
  officeSize: PaperSize;
  /** Picks the paper for this print only; nothing is saved. */
  choose: (paper: PaperSize) => void;
}

/** A print's Paper menu state: the office's paper until the user picks the other size. */
export function usePaperChoice(office: PaperProfile | null | undefined): PaperChoice {
  const [chosen, setChosen] = useState<PaperSize | null>(null);
  const officeSize = officePaper(office);
  return {
    paper: paperForPrint(office, chosen),
    officeSize,
    // Picking the office's own size again follows Settings from then on.
    choose: (paper) => setChosen(paper === officeSize ? null : paper),
  };
}
