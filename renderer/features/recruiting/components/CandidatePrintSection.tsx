/** The candidate's printables: the offer letter (through its dialog) and the one-page summary. */
import type {
  Candidate,
  Interview,
  Position,
  StageConfig,
} from '../../../../shared/domain/recruiting';
import { today } from '../../../../shared/lib/dates';
import { useCompanyProfile } from '../../../core/settingsHooks';
import { usePrintDocument, type PrintMode } from '../../../ui/printing';
import { candidateSummaryHtml, printRequest } from '../print';

export function CandidatePrintSection({
  candidate,
  position,
  stages,
  interviews,
  names,
  onOffer,
}: {
  candidate: Candidate;
  position: Position | undefined;
  stages: readonly StageConfig[];
  interviews: readonly Interview[];
  names: ReadonlyMap<string, string>;
  onOffer: () => void;
}) {
  const company = useCompanyProfile();
  const printDocument = usePrintDocument();
  const printSummary = (mode: PrintMode) => {
    const html = candidateSummaryHtml(
      candidate,
      position,
      stages,
      interviews,
      names,
      company,
      today(),
    );
    void printDocument(mode, printRequest(html, `Candidate summary - ${candidate.name}`, company), {
      what: `Candidate summary for ${candidate.name}`,
    });
  };
  return (
    <section className="card" aria-labelledby="rec-print">
      <h3 id="rec-print">Print</h3>
      <div className="rec-actions" style={{ justifyContent: 'flex-start' }}>
        <button type="button" className="btn" onClick={onOffer}>
          Offer letter…
        </button>
        <button type="button" className="btn" onClick={() => printSummary('print')}>
          Print summary…
        </button>
        <button type="button" className="btn" onClick={() => printSummary('pdf')}>
          Summary as PDF…
        </button>
      </div>
    </section>
  );
}
