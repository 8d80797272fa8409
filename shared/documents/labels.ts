/**
 * Asset labels (issue 12.8): printable sheets of labels, or a single label, with each item's
 * name, asset tag and a QR or Code 128 code of the tag. Its own entry beside index.ts so the
 * barcode library is bundled only where labels are printed.
 */
export {
  LABEL_GEOMETRY,
  MAX_CODE_LENGTH,
  labelsPerSheet,
  renderAssetLabelsHtml,
  renderCodeSvg,
  type AssetLabel,
  type AssetLabelsInput,
  type LabelCodeType,
  type LabelGeometry,
  type LabelLayout,
} from './templates/labels';
