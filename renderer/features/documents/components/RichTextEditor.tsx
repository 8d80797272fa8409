/**
 * The document body editor (TipTap over ProseMirror): headings, bold, italic, bullet and
 * numbered lists, tables and links. It never hands HTML out: every change is converted to
 * the stored StructuredBody by the whitelist in shared/documents/editorJson.ts, and the
 * editor is fed back from that same structure, so what you see is what is stored.
 *
 * Works under the app's CSP: TipTap adds no scripts and only inline styles.
 */
import { EditorContent, useEditor, useEditorState } from '@tiptap/react';
import StarterKit from '@tiptap/starter-kit';
import { TableKit } from '@tiptap/extension-table';
import { useId, useState } from 'react';
import {
  type StructuredBody,
  editorJsonToStructuredBody,
  safeLinkHref,
  structuredBodyToEditorJson,
} from '../../../../shared/documents';
import { InsertFieldMenu } from './InsertFieldMenu';
import './richText.css';

export interface RichTextEditorProps {
  /** The content when the editor mounts; later changes come from the user only. */
  initial: StructuredBody;
  onChange: (body: StructuredBody) => void;
  label: string;
  describedBy?: string;
}

export function RichTextEditor({ initial, onChange, label, describedBy }: RichTextEditorProps) {
  const [linkOpen, setLinkOpen] = useState(false);
  const [linkHref, setLinkHref] = useState('');
  const [linkError, setLinkError] = useState<string | null>(null);
  const linkId = useId();

  const editor = useEditor({
    extensions: [
      StarterKit.configure({
        heading: { levels: [1, 2, 3] },
        blockquote: false,
        code: false,
        codeBlock: false,
        horizontalRule: false,
        strike: false,
        underline: false,
        link: {
          openOnClick: false,
          autolink: true,
          defaultProtocol: 'https',
          protocols: ['mailto'],
          isAllowedUri: (url) => safeLinkHref(url) !== undefined,
        },
      }),
      TableKit.configure({ table: { resizable: false } }),
    ],
    content: structuredBodyToEditorJson(initial),
    editorProps: {
      attributes: {
        role: 'textbox',
        'aria-multiline': 'true',
        'aria-label': label,
        ...(describedBy ? { 'aria-describedby': describedBy } : {}),
        class: 'rte-content',
        spellcheck: 'true',
      },
    },
    onUpdate: ({ editor: current }) => onChange(editorJsonToStructuredBody(current.getJSON())),
  });

  const state = useEditorState({
    editor,
    selector: ({ editor: e }) => ({
      h1: e.isActive('heading', { level: 1 }),
      h2: e.isActive('heading', { level: 2 }),
      h3: e.isActive('heading', { level: 3 }),
      bold: e.isActive('bold'),
      italic: e.isActive('italic'),
      bullet: e.isActive('bulletList'),
      ordered: e.isActive('orderedList'),
      link: e.isActive('link'),
      table: e.isActive('table'),
    }),
  });

  const chain = () => editor.chain().focus();

  const applyLink = () => {
    const raw = linkHref.trim();
    if (raw === '') {
      chain().extendMarkRange('link').unsetLink().run();
      setLinkOpen(false);
      return;
    }
    const href = safeLinkHref(/^[a-z][a-z0-9+.-]*:/i.test(raw) ? raw : `https://${raw}`);
    if (!href) {
      setLinkError('Links must be web addresses (https://…) or email (mailto:…).');
      return;
    }
    chain().extendMarkRange('link').setLink({ href }).run();
    setLinkOpen(false);
    setLinkError(null);
  };

  const tool = (name: string, active: boolean, run: () => void, keys?: string) => (
    <button
      type="button"
      className={`rte-btn${active ? ' rte-on' : ''}`}
      aria-pressed={active}
      aria-keyshortcuts={keys}
      onMouseDown={(event) => event.preventDefault()}
      onClick={run}
    >
      {name}
    </button>
  );

  return (
    <div className="rte">
      <div className="rte-toolbar" role="toolbar" aria-label={`${label} formatting`}>
        {tool('H1', state.h1, () => chain().toggleHeading({ level: 1 }).run())}
        {tool('H2', state.h2, () => chain().toggleHeading({ level: 2 }).run())}
        {tool('H3', state.h3, () => chain().toggleHeading({ level: 3 }).run())}
        <span className="rte-sep" aria-hidden="true" />
        {tool('Bold', state.bold, () => chain().toggleBold().run(), 'Control+B')}
        {tool('Italic', state.italic, () => chain().toggleItalic().run(), 'Control+I')}
        <span className="rte-sep" aria-hidden="true" />
        {tool('Bullet list', state.bullet, () => chain().toggleBulletList().run())}
        {tool('Numbered list', state.ordered, () => chain().toggleOrderedList().run())}
        <span className="rte-sep" aria-hidden="true" />
        {tool('Link…', state.link, () => {
          setLinkHref((editor.getAttributes('link').href as string | undefined) ?? '');
          setLinkError(null);
          setLinkOpen((open) => !open);
        })}
        <span className="rte-sep" aria-hidden="true" />
        <InsertFieldMenu onInsert={(token) => chain().insertContent({ type: 'text', text: token }).run()} />
        {state.table ? (
          <>
            {tool('Add row', false, () => chain().addRowAfter().run())}
            {tool('Add column', false, () => chain().addColumnAfter().run())}
            {tool('Delete row', false, () => chain().deleteRow().run())}
            {tool('Delete column', false, () => chain().deleteColumn().run())}
            {tool('Delete table', false, () => chain().deleteTable().run())}
          </>
        ) : (
          tool('Insert table', false, () =>
            chain().insertTable({ rows: 3, cols: 3, withHeaderRow: true }).run(),
          )
        )}
      </div>
      {linkOpen ? (
        <div className="rte-link" role="group" aria-label="Link">
          <label htmlFor={linkId}>Link address</label>
          <input
            id={linkId}
            autoFocus
            value={linkHref}
            placeholder="https://example.com or mailto:name@example.com"
            onChange={(event) => setLinkHref(event.target.value)}
            onKeyDown={(event) => {
              if (event.key === 'Enter') {
                event.preventDefault();
                applyLink();
              } else if (event.key === 'Escape') {
                event.preventDefault();
                event.stopPropagation();
                setLinkOpen(false);
                editor.commands.focus();
              }
            }}
            aria-invalid={linkError ? true : undefined}
          />
          <button type="button" className="btn" onClick={applyLink}>
            Apply link
          </button>
          {linkError ? (
            <span className="rte-error" role="alert">
              {linkError}
            </span>
          ) : null}
        </div>
      ) : null}
      <EditorContent editor={editor} className="rte-area" />
    </div>
  );
}
