// The two questions an import asks: text to paste (with what a file's metadata would say), and a
// publication date for an article that gives none. Native <dialog>s: focus is trapped and
// Escape closes them without any code of ours.
import { useEffect, useRef, useState } from "react";

function useModal(open: boolean) {
  const ref = useRef<HTMLDialogElement>(null);
  useEffect(() => {
    const dialog = ref.current;
    if (!dialog) return;
    if (open && !dialog.open) dialog.showModal();
    if (!open && dialog.open) dialog.close();
  }, [open]);
  return ref;
}

export interface PastedFields {
  title: string;
  published: string;
  url: string;
  text: string;
}

export function PasteDialog({
  open,
  onSubmit,
  onClose,
}: {
  open: boolean;
  onSubmit: (fields: PastedFields) => void;
  onClose: () => void;
}) {
  const ref = useModal(open);
  const empty: PastedFields = { title: "", published: "", url: "", text: "" };
  const [fields, setFields] = useState(empty);
  const field = (name: keyof PastedFields) => ({
    value: fields[name],
    onChange: (e: { target: { value: string } }) =>
      setFields((f) => ({ ...f, [name]: e.target.value })),
  });
  return (
    <dialog ref={ref} className="import-dialog" aria-labelledby="paste-title" onClose={onClose}>
      <form
        method="dialog"
        onSubmit={(e) => {
          e.preventDefault();
          if (!fields.text.trim()) return;
          onSubmit(fields);
          setFields(empty);
        }}
      >
        <h2 id="paste-title" className="import-dialog__title">
          Paste an article
        </h2>
        <label className="import-dialog__field">
          Title
          <input type="text" {...field("title")} />
        </label>
        <label className="import-dialog__field">
          Publication date
          <input type="date" {...field("published")} />
        </label>
        <label className="import-dialog__field">
          URL
          <input type="url" placeholder="https://" {...field("url")} />
        </label>
        <label className="import-dialog__field">
          Text
          <textarea rows={10} required {...field("text")} />
        </label>
        <div className="import-dialog__actions">
          <button type="button" className="button" onClick={onClose}>
            Cancel
          </button>
          <button type="submit" className="button button--primary">
            Add
          </button>
        </div>
      </form>
    </dialog>
  );
}

export function DateDialog({
  question,
  onAnswer,
}: {
  question: { name: string; title: string } | null;
  onAnswer: (date: string | null) => void;
}) {
  const ref = useModal(question !== null);
  const [date, setDate] = useState("");
  const answer = (value: string | null) => {
    setDate("");
    onAnswer(value);
  };
  return (
    <dialog
      ref={ref}
      className="import-dialog"
      aria-labelledby="date-title"
      // Escape is a skip: the worker must never wait on a question nobody sees.
      onCancel={(e) => {
        e.preventDefault();
        answer(null);
      }}
    >
      <form
        method="dialog"
        onSubmit={(e) => {
          e.preventDefault();
          if (date) answer(date);
        }}
      >
        <h2 id="date-title" className="import-dialog__title">
          When was this published?
        </h2>
        <p className="import-dialog__text">
          No publication date was found in <strong>{question?.title}</strong> ({question?.name}).
          Relative dates such as “on Tuesday” or “last week” are counted from it; without one they
          stay undated.
        </p>
        <label className="import-dialog__field">
          Publication date
          <input type="date" value={date} onChange={(e) => setDate(e.target.value)} />
        </label>
        <div className="import-dialog__actions">
          <button type="button" className="button" onClick={() => answer(null)}>
            Skip
          </button>
          <button type="submit" className="button button--primary" disabled={!date}>
            Use this date
          </button>
        </div>
      </form>
    </dialog>
  );
}
